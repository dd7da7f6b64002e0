// scripts/refresh-data.ts refuses what is not an SPDX list, leaving the data as it was.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { REPO } from "../helpers/fixture-codegen.js";

test("a file that is not an SPDX license list is refused and nothing is written", async () => {
  const bad = join(mkdtempSync(join(tmpdir(), "refresh-")), "licenses.json");
  writeFileSync(bad, JSON.stringify({ licenses: [{ id: "MIT" }] }));
  const before = readFileSync(join(REPO, "specs/bioimageio/data/spdx-licenses.json"), "utf8");
  const failure = await promisify(execFile)(join(REPO, "node_modules/.bin/tsx"), ["scripts/refresh-data.ts", bad], { cwd: REPO }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toMatch(/not an SPDX license list/);
  expect(readFileSync(join(REPO, "specs/bioimageio/data/spdx-licenses.json"), "utf8")).toBe(before);
});
