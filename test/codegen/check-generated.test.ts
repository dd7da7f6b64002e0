// `make check-generated`: a hand edit in generated/ is caught, naming the file; regenerating fixes it.
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { REPO } from "../helpers/fixture-codegen.js";

const exec = promisify(execFile);
const TSX = join(REPO, "node_modules/.bin/tsx");
const MAIN = join(REPO, "codegen/main.ts");

test("check fails after a hand edit and passes after generate", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-check-"));
  try {
    cpSync(join(REPO, "specs"), join(dir, "specs"), { recursive: true });
    cpSync(join(REPO, "generated"), join(dir, "generated"), { recursive: true });
    appendFileSync(join(dir, "generated/index.ts"), "// a hand edit\n");
    const failure = await exec(TSX, [MAIN, "--check"], { cwd: dir }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/generated\/ is stale/);
    expect(failure?.stderr).toMatch(/index\.ts \(differs\)/);

    await exec(TSX, [MAIN], { cwd: dir });
    await expect(exec(TSX, [MAIN, "--check"], { cwd: dir })).resolves.toMatchObject({ stdout: expect.stringMatching(/up to date/) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000); // three codegen runs, slow when the whole suite runs in parallel
