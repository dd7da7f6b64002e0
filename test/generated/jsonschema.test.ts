// The editor schemas (generated/jsonschema) are self-contained and accept the corpus's valid documents as
// written (any patch of the format version), and reject a broken one — checked by a plain Ajv, as an
// editor's validator would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { loadCorpusDocument } from "../helpers/model.js";

const GENERATED = join(import.meta.dirname, "..", "..", "generated", "jsonschema");

function editorValidator(path: string) {
  const schema = JSON.parse(readFileSync(join(GENERATED, path), "utf8"));
  expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/); // bundled: only local references
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true, validateFormats: false });
  return ajv.compile(schema);
}

describe("generated/jsonschema", () => {
  test("model 0.5 accepts the corpus models as written and rejects a broken one", () => {
    const validate = editorValidator("bioimageio/model/0.5.json");
    for (const path of [
      "example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml",
      "example_descriptions/models/unet2d_multi_tensor/bioimageio.yaml",
      "example_descriptions/models/unet2d_diff_output_shape/bioimageio.yaml",
    ]) {
      expect(validate(loadCorpusDocument(path)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml");
    expect(validate({ ...broken, inputs: "raw" })).toBe(false);
    expect(validate({ ...broken, format_version: "0.4.10" })).toBe(false);
  });

  test("descriptions and titles are kept for editors", () => {
    const schema = JSON.parse(readFileSync(join(GENERATED, "bioimageio/model/0.5.json"), "utf8"));
    expect(schema.$id).toBe("https://bioimage-specs.org/jsonschema/bioimageio/model/0.5.json");
    expect(schema.properties.name.description).toMatch(/name/i);
    expect(JSON.stringify(schema)).not.toMatch(/"x-/);
  });
});
