// Ajv errors become pydantic-style issues: wording, loc, union tags, and no restated errors.
import { describe, expect, test } from "vitest";
import { buildDescription } from "../../../src/bioimageio/build.js";
import { validModel } from "../../helpers/model.js";

/** The shape errors (an invalid input also makes the outputs' size references fail, as in the reference). */
async function errorsOf(doc: unknown) {
  const summary = (await buildDescription(doc)).validationSummary;
  return summary.errors.filter((e) => e.rule === "schema").map((e) => ({ loc: e.loc, msg: e.msg, type: e.type }));
}

describe("schema errors in the reference's words", () => {
  test("missing and extra fields", async () => {
    const doc = validModel();
    delete doc.name;
    doc.colour = "blue";
    expect(await errorsOf(doc)).toEqual([
      { loc: ["name"], msg: "Field required", type: "missing" },
      { loc: ["colour"], msg: "Extra inputs are not permitted", type: "extra_forbidden" },
    ]);
  });

  test("a discriminated union reports only the chosen branch, with its tag in the loc", async () => {
    const doc = validModel();
    doc.inputs[0].axes[1].size = 3;
    expect(await errorsOf(doc)).toEqual([
      { loc: ["inputs", 0, "axes", 1, "channel", "size"], msg: "Extra inputs are not permitted", type: "extra_forbidden" },
    ]);
  });

  test("an unknown tag is reported once, at the item", async () => {
    const doc = validModel();
    doc.inputs[0].axes[1] = { type: "colour" };
    const errors = await errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ loc: ["inputs", 0, "axes", 1], type: "union_tag_invalid" });
  });

  test("a smart union names each failing branch, as pydantic", async () => {
    const doc = validModel();
    doc.inputs[0].axes[2].size = { min: 0, step: 16 };
    expect(await errorsOf(doc)).toContainEqual({
      loc: ["inputs", 0, "axes", 2, "space", "size", "ParameterizedSize", "min"],
      msg: "Input should be greater than 0",
      type: "greater_than",
    });
  });

  test("a presence-discriminated union: with_halo requires a size reference", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2].size = 512;
    expect(await errorsOf(doc)).toEqual([
      {
        loc: ["outputs", 0, "axes", 2, "space", "with_halo", "size"],
        msg: "Input should be a valid dictionary or instance of SizeReference",
        type: "model_type",
      },
    ]);
  });

  test("a nullable field reports the non-null branch only", async () => {
    const doc = validModel();
    doc.inputs[0].test_tensor = "test_input.npy";
    expect(await errorsOf(doc)).toEqual([
      { loc: ["inputs", 0, "test_tensor"], msg: "Input should be a valid dictionary or instance of FileDescr", type: "model_type" },
    ]);
  });

  test("literals and enums are quoted as pydantic does", async () => {
    const doc = validModel();
    doc.outputs[0].postprocessing[1].kwargs.dtype = "float16";
    const [error] = await errorsOf(doc);
    expect(error?.type).toBe("literal_error");
    expect(error?.msg).toMatch(/^Input should be 'float32', 'float64', .* or 'bool'$/);
  });
});

describe("dictionaries", () => {
  test("a dict-typed field inside a $defs entry is a plain dictionary, the entry itself a model", async () => {
    const { validate } = await import("../../../generated/validators/fractal/manifest/2.js");
    const { schemaIssues } = await import("../../../src/engine/validation/schema-errors.js");
    const doc = { manifest_version: "2", task_list: [{ name: "t", executable_parallel: "t.py", meta_parallel: null }, 3] };
    expect(validate(doc)).toBe(false);
    expect(schemaIssues(validate.errors ?? [], doc, []).map((i) => ({ loc: i.loc, msg: i.msg, type: i.type }))).toEqual([
      { loc: ["task_list", 0, "meta_parallel"], msg: "Input should be a valid dictionary", type: "dict_type" },
      { loc: ["task_list", 1], msg: "Input should be a valid dictionary or instance of TaskManifestV2", type: "model_type" },
    ]);
  });
});
