// Runs the generator on the fixture spec tree (test/codegen/fixtures/specs) into test/.tmp, where the
// fixture migration body expects it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Layout } from "../../codegen/emit-index.js";
import { loadSpecTree } from "../../codegen/load.js";
import { generate } from "../../codegen/pipeline.js";

export const REPO = join(import.meta.dirname, "..", "..");
export const FIXTURE_SPECS = "test/codegen/fixtures/specs";

export const FIXTURE_LAYOUT: Layout = {
  generatedDir: "test/.tmp/golden-check/generated",
  runtimeDir: "src/engine/runtime",
  validatorRuntime: "src/engine/validation/ajv-runtime.ts",
  familiesDir: "test/codegen/fixtures/families",
  specsDir: FIXTURE_SPECS,
};

export async function generateFixture(layout: Layout = FIXTURE_LAYOUT): Promise<Map<string, string>> {
  return generate(loadSpecTree(join(REPO, FIXTURE_SPECS)), layout);
}

/** Writes generated files below `layout.generatedDir` (repo-relative), replacing what was there. */
export function writeGenerated(files: ReadonlyMap<string, string>, layout: Layout = FIXTURE_LAYOUT): string {
  const dir = join(REPO, layout.generatedDir);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
