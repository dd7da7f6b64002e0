// The generator on a small fixture spec tree: golden files, idempotence, no mutation of its input,
// and strict typechecking of everything it emits (with the fixture migration body).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadSpecTree } from "../../codegen/load.js";
import { generate } from "../../codegen/pipeline.js";
import { FIXTURE_LAYOUT, FIXTURE_SPECS, generateFixture, REPO, writeGenerated } from "../helpers/fixture-codegen.js";
import { typecheck } from "../helpers/typecheck.js";

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe("codegen on the fixture specs", async () => {
  const files = await generateFixture();

  test("emits the expected files", () => {
    expect([...files.keys()]).toEqual([
      "data/demo/palette.ts",
      "fields/demo/widget/1.0.ts",
      "fields/demo/widget/1.1.ts",
      "index.ts",
      "jsonschema/demo/widget/1.0.json",
      "jsonschema/demo/widget/1.1.json",
      "langs/csharp/demo_widget_1_1.cs",
      "langs/go/demo_widget_1_1/demo_widget_1_1.go",
      "langs/kotlin/demo_widget_1_1.kt",
      "langs/python/demo_widget_1_1.py",
      "langs/rust/demo_widget_1_1.rs",
      "migrations.ts",
      "types/demo/index.ts",
      "types/demo/widget/1.0.ts",
      "types/demo/widget/1.1.ts",
      "types/demo/widget/index.ts",
      "types/index.ts",
      "validators/demo/widget/1.0.d.ts",
      "validators/demo/widget/1.0.js",
      "validators/demo/widget/1.1.d.ts",
      "validators/demo/widget/1.1.js",
      "validators/json-schema/2019-09.d.ts",
      "validators/json-schema/2019-09.js",
      "validators/json-schema/2020-12.d.ts",
      "validators/json-schema/2020-12.js",
      "validators/json-schema/draft-07.d.ts",
      "validators/json-schema/draft-07.js",
    ]);
  });

  for (const [path, text] of files) {
    test(`golden: ${path}`, async () => {
      await expect(text).toMatchFileSnapshot(join(REPO, "test/codegen/__golden__", `${path}.golden`));
    });
  }

  test("every file is headed with its source and 'do not edit'", () => {
    const header = /^generated from (test\/codegen\/fixtures\/specs\/\S*|ajv's \S+ meta-schema) by codegen - do not edit$/;
    for (const [path, text] of files) {
      const first = path.endsWith(".json") ? String(JSON.parse(text).$comment) : text.split("\n")[0]?.replace(/^(\/\/|#) /, "");
      expect(first, path).toMatch(header);
    }
  });

  test("is idempotent: a second run gives the same bytes", async () => {
    expect(await generateFixture()).toEqual(files);
  });

  test("does not mutate its input", async () => {
    const tree = loadSpecTree(join(REPO, FIXTURE_SPECS));
    const before = JSON.stringify(tree);
    await generate(tree, FIXTURE_LAYOUT);
    expect(JSON.stringify(tree)).toBe(before);
    expect(Object.isFrozen(tree.specs[0]?.schema)).toBe(true);
  });

  test("everything emitted typechecks under the strict flags, with the migration body", () => {
    const dir = writeGenerated(files);
    const tsFiles = listFiles(dir).filter((f) => f.endsWith(".ts"));
    const body = join(REPO, "test/codegen/fixtures/families/demo/widget/1.1/migrate.ts");
    expect(typecheck([...tsFiles, body])).toEqual([]);
  });
});
