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

// On the small fixture spec tree, so that the three codegen runs stay quick; the real tree is checked by
// `make check-generated` itself before the tests.
test("check fails after a hand edit and passes after generate", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-check-"));
  try {
    cpSync(join(REPO, "test/codegen/fixtures/specs"), join(dir, "specs"), { recursive: true });
    await exec(TSX, [MAIN], { cwd: dir });
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
}, 60_000);
