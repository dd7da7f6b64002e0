// The reference's own inline test cases (bioimageio.spec tests/test_model/test_v0_5.py, research notes 2.3),
// re-expressed on our model document (unet2d_nuclei_broad: input `raw`, output `probability`).
import { describe, expect, test } from "vitest";
import { buildDescription } from "../../src/bioimageio/build.js";
import { validModel } from "../helpers/model.js";

async function summary(doc: unknown) {
  return (await buildDescription(doc)).validationSummary;
}

/** Errors at or below the first input (where the reference's node tests look). */
function inputErrors(s: Awaited<ReturnType<typeof summary>>) {
  return s.errors.filter((e) => e.loc[0] === "inputs" && e.loc[1] === 0);
}

function withInput(tensor: Record<string, unknown>): Record<string, any> {
  const doc = validModel();
  doc.inputs[0] = { ...tensor, id: "raw", axes: [...(tensor.axes as unknown[]), ...doc.inputs[0].axes.slice(2)] };
  return doc;
}

describe("test_tensor_base / test_tensor_base_invalid: nominal and ordinal data", () => {
  const valid = [
    { data: { values: ["cat", "dog", "parrot"] }, axes: [{ type: "channel", channel_names: ["animal"] }] },
    {
      data: [{ values: ["cat", "dog", "parrot"] }, { values: ["mouse", "zebra", "elephant"] }],
      axes: [{ type: "channel", channel_names: ["animal", "other_animal"] }],
    },
    { data: [{ values: [1, 2, 3] }, { type: "uint8" }], axes: [{ type: "channel", channel_names: ["animal_code", "animal_count"] }] },
    {
      data: [{ values: ["mouse", "zebra", "elephant"] }, { type: "uint8" }],
      axes: [{ type: "channel", channel_names: ["animal_code", "count"] }],
    },
  ];
  for (const [i, tensor] of valid.entries()) {
    test(`valid t${i}`, async () => {
      expect(inputErrors(await summary(withInput(tensor)))).toEqual([]);
    });
  }
  const invalid = {
    "str and float values": {
      data: [{ values: ["cat", "dog", "parrot"] }, { values: [1.1, 2.2, 3.3] }],
      axes: [{ type: "channel", channel_names: ["a", "b"] }],
    },
    "string values and int data type": {
      data: [{ values: ["mouse", "zebra", "elephant"] }, { type: "int8" }],
      axes: [{ type: "channel", channel_names: ["a", "b"] }],
    },
    "channel mismatch": {
      data: [{ values: ["cat", "dog", "parrot"] }, { values: ["mouse", "zebra", "elephant"] }],
      axes: [{ type: "channel", channel_names: ["a", "b", "c"] }],
    },
  };
  for (const [name, tensor] of Object.entries(invalid)) {
    test(`invalid: ${name}`, async () => {
      expect(inputErrors(await summary(withInput(tensor))).length).toBeGreaterThan(0);
    });
  }

  test("test_input_tensor: -inf/inf ranges are accepted (replaced by null)", async () => {
    const doc = validModel();
    doc.inputs[0].data = { type: "float32", range: ["-inf", Number.POSITIVE_INFINITY] };
    const s = await summary(doc);
    expect(inputErrors(s)).toEqual([]);
    expect(s.warnings.map((w) => w.msg)).toContain("replaced 'inf' value");
  });
});

describe("test_input_tensor_error_count: a discriminated union reports the chosen branch only", () => {
  test.each([0, 1, 2])("an axis id of the wrong type is one error (inputs[0].axes[%i])", async (axis) => {
    const doc = validModel();
    // The reference's fixture has outputs of fixed size: no follow-on error from their size references.
    doc.outputs[0].axes = [
      { type: "batch" },
      { type: "channel", channel_names: ["p"] },
      { type: "space", id: "y", size: 512 },
      { type: "space", size: 512 },
    ];
    doc.inputs[0].axes[axis].id = 42;
    const s = await summary(doc);
    // (every level of the id's `$ref` chain declares its type: still one error)
    expect(s.details[0]?.errors.map((e) => [e.loc.join("."), e.msg])).toEqual([
      [`inputs.0.axes.${axis}.${String(doc.inputs[0].axes[axis].type)}.id`, "Input should be a valid string"],
    ]);
  });
});

describe("model-level cases", () => {
  test("test_warn_long_name: an INFO warning at name", async () => {
    const doc = validModel();
    doc.name = "veeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeery loooooooooooooooong name";
    const s = await summary(doc);
    expect(s.status).toBe("valid-format");
    expect(s.details[1]?.warnings[0]).toMatchObject({ loc: ["name"], msg: "Name longer than 64 characters.", severity: 20 });
  });

  test("test_model_schema_raises_invalid_input_id", async () => {
    const doc = validModel();
    doc.inputs[0].id = "invalid/id";
    expect((await summary(doc)).status).toBe("failed");
  });

  test("test_output_fixed_shape_too_small (a halo key on the tensor is an unknown field)", async () => {
    const doc = validModel();
    doc.outputs[0].halo = 999;
    expect((await summary(doc)).status).toBe("failed");
  });

  test("test_output_ref_shape_mismatch / too_small", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2] = { type: "space", id: "y", size: { tensor_id: "raw", axis_id: "y" }, halo: 2 };
    expect((await summary(doc)).status).toBe("valid-format");
    doc.outputs[0].axes[2].size.axis_id = "z";
    expect((await summary(doc)).status).toBe("failed");
    doc.outputs[0].axes[2].size.axis_id = "y";
    doc.outputs[0].axes[2].halo = 999;
    expect((await summary(doc)).status).toBe("failed");
  });

  test("test_model_has_parent_with_id", async () => {
    const doc = validModel();
    doc.parent = { id: "10.5281/zenodo.5764892/6647674" };
    expect((await summary(doc)).status).toBe("valid-format");
  });

  test("test_model_with_expanded_output", async () => {
    const doc = validModel();
    doc.outputs[0].axes = [
      { type: "space", id: "x", size: { tensor_id: "raw", axis_id: "y" }, scale: 0.5 },
      { type: "space", id: "y", size: { tensor_id: "raw", axis_id: "y" }, scale: 4 },
      { type: "space", id: "z", size: 7 },
      { type: "channel", channel_names: ["a", "b", "c"] },
      { type: "batch" },
    ];
    expect((await summary(doc)).status).toBe("valid-format");
  });

  test("test_model_rdf_is_valid_general_rdf", async () => {
    const doc = validModel();
    doc.type = "model_as_generic";
    doc.format_version = "0.3.0";
    const s = await summary(doc);
    expect(s.status).toBe("valid-format");
    expect(s.type).toBe("model_as_generic");
  });

  test("test_model_does_not_accept_unknown_fields", async () => {
    const doc = validModel();
    doc.unknown_additional_field = "shouldn't be here";
    expect((await summary(doc)).status).toBe("failed");
  });

  test("test_empty_axis_data", async () => {
    for (const field of ["inputs", "outputs"]) {
      const doc = validModel();
      doc[field][0].axes[0] = {};
      expect((await summary(doc)).status).toBe("failed");
    }
  });
});
