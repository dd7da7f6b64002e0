// The Fractal manifest's editor schema (generated/jsonschema/fractal/manifest/2.json), as an editor would use it
// for __FRACTAL_MANIFEST__.json: it accepts the corpus's real manifests and rejects broken shapes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { CORPUS } from "../helpers/corpus.js";

test("manifest 2 accepts the corpus manifests and rejects a broken one", () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "generated", "jsonschema", "fractal", "manifest", "2.json"), "utf8"));
  expect(schema.$id).toBe("https://bioimage-specs.org/jsonschema/fractal/manifest/2.json");
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const valid = join(CORPUS, "fractal", "valid");
  for (const file of readdirSync(valid)) {
    expect(validate(JSON.parse(readFileSync(join(valid, file), "utf8"))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  expect(validate({ manifest_version: 2, task_list: [{ name: "t", type: "converter_parallel" }] })).toBe(false);
  expect([...new Set(validate.errors?.map((e) => e.instancePath))]).toEqual(["/manifest_version", "/task_list/0/type"]);
});
