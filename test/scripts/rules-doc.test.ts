// `make rules-doc` / `make check-rules-doc`: docs/rules.md is written from the rule catalogue, deterministically,
// with an anchor per rule id; a hand edit is caught, naming the file, and rewriting fixes it.
import { execFile } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { RULE_CATALOGUE } from "../../src/rule-catalogue.js";
import { renderRuleCatalogue, RULES_DOC } from "../../scripts/rules-doc.js";
import { REPO } from "../helpers/fixture-codegen.js";

const exec = promisify(execFile);
const TSX = join(REPO, "node_modules/.bin/tsx");
const SCRIPT = join(REPO, "scripts/rules-doc.ts");

test("docs/rules.md is the catalogue as rendered, with an anchor and a section entry for every rule id", () => {
  const text = renderRuleCatalogue();
  expect(renderRuleCatalogue()).toBe(text);
  expect(readFileSync(RULES_DOC, "utf8")).toBe(text);
  const ids = new Set(RULE_CATALOGUE.flatMap((family) => family.scopes.flatMap((scope) => scope.rules.map((rule) => rule.id))));
  const anchors = [...text.matchAll(/^<a id="([^"]+)"><\/a>$/gm)].map((m) => m[1]);
  expect(anchors.sort()).toEqual([...ids].sort());
});

test("check fails after a hand edit, naming the file, and passes after the file is written again", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-rules-doc-"));
  try {
    const copy = join(dir, "rules.md");
    copyFileSync(RULES_DOC, copy);
    await expect(exec(TSX, [SCRIPT, "--check", copy])).resolves.toMatchObject({ stdout: expect.stringMatching(/up to date/) });
    appendFileSync(copy, "a hand edit\n");
    const failure = await exec(TSX, [SCRIPT, "--check", copy]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/rules\.md is stale \(differs\): run make rules-doc/);
    await exec(TSX, [SCRIPT, copy]);
    await expect(exec(TSX, [SCRIPT, "--check", copy])).resolves.toMatchObject({ stdout: expect.stringMatching(/up to date/) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
