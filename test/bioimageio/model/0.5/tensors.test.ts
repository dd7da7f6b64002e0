import { describe, expect, test } from "vitest";
import { byRule, validateDoc } from "../../../helpers/validate.js";
import { validModel, validMultiTensorModel } from "../../../helpers/model.js";
import { DATA_TAGS } from "../../../../src/bioimageio/model/0.5/data-union.js";

describe("model05.tensors.unique-ids", () => {
  const rule = "model05.tensors.unique-ids";

  test("passes distinct ids", async () => {
    expect(byRule((await validateDoc(validMultiTensorModel())).errors, rule)).toEqual([]);
  });

  test("a repeated input id fails at outputs (where the reference checks)", async () => {
    const doc = validMultiTensorModel();
    doc.inputs[1].id = doc.inputs[0].id;
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([{ loc: ["outputs"], msg: `Value error, Duplicate tensor ids: ['${doc.inputs[0].id}']` }]);
  });

  test("an input id repeated as an output id passes, as in the reference", async () => {
    const doc = validModel();
    doc.outputs[0].id = "raw";
    doc.outputs[0].axes[2].size.tensor_id = "raw";
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([]);
  });
});

describe("model05.tensors.data", () => {
  const rule = "model05.tensors.data";

  test("passes a default data description", async () => {
    expect(byRule((await validateDoc(validModel())).errors, rule)).toEqual([]);
  });

  test("nominal values that do not fit the dtype fail their branch of the data union", async () => {
    const doc = validModel();
    doc.outputs[0].data = { type: "uint8", values: [0, 1, 300, -1] };
    const { nominal, interval, list } = DATA_TAGS.outputs;
    expect([nominal, interval]).toEqual([
      "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
      "IntervalOrRatioDataDescr",
    ]);
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      { loc: ["outputs", 0, "data", nominal], msg: "Value error, data type 'uint8' incompatible with values [300, -1]" },
      { loc: ["outputs", 0, "data", interval, "values"], msg: "Extra inputs are not permitted" },
      { loc: ["outputs", 0, "data", list], msg: "Input should be an instance of Sequence" },
    ]);
  });

  test("a list of numbers with a fraction is a list of floats: no integer dtype takes any of them", async () => {
    const doc = validModel();
    doc.outputs[0].data = { type: "uint8", values: [0, 1, 300, -1, 2.5, 3] };
    expect(byRule((await validateDoc(doc)).errors, rule)[0]?.msg).toBe(
      "Value error, data type 'uint8' incompatible with values [0.0, 1.0, 300.0, -1.0, 2.5, '...']",
    );
  });

  test("a bad entry of a list of data descriptions fails the list's branch at its index", async () => {
    const doc = validModel();
    doc.outputs[0].data = [{ type: "bool", values: [1], unit: null }];
    const { nominal, interval, list, unitLiteral, unitSi } = DATA_TAGS.outputs;
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      { loc: ["outputs", 0, "data", nominal], msg: "Input should be a valid dictionary or instance of NominalOrOrdinalDataDescr" },
      { loc: ["outputs", 0, "data", interval], msg: "Input should be a valid dictionary or instance of IntervalOrRatioDataDescr" },
      { loc: ["outputs", 0, "data", list, 0, nominal], msg: "Value error, data type 'bool' incompatible with values [1]" },
      {
        loc: ["outputs", 0, "data", list, 0, interval, "type"],
        msg: "Input should be 'float32', 'float64', 'uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'uint64' or 'int64'",
      },
      { loc: ["outputs", 0, "data", list, 0, interval, "unit", unitLiteral], msg: "Input should be 'arbitrary unit'" },
      { loc: ["outputs", 0, "data", list, 0, interval, "unit", unitSi], msg: "Input should be a valid string" },
      { loc: ["outputs", 0, "data", list, 0, interval, "values"], msg: "Extra inputs are not permitted" },
    ]);
  });

  test("string values need an unsigned integer type; bool needs booleans", async () => {
    const doc = validModel();
    doc.outputs[0].data = { type: "int8", values: ["a", "b"] };
    expect(byRule((await validateDoc(doc)).errors, rule)[0]?.msg).toBe("Value error, data type 'int8' incompatible with values ['a', 'b']");
    doc.outputs[0].data = { type: "bool", values: [0, 1] };
    expect(byRule((await validateDoc(doc)).errors, rule)[0]?.msg).toBe("Value error, data type 'bool' incompatible with values [0, 1]");
  });

  test("per-channel descriptions must agree in type and match the channel count", async () => {
    const doc = validModel();
    doc.outputs[0].data = [{ type: "float32" }, { type: "uint8", values: [1, 2] }];
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["outputs", 0, "data"],
        msg: "Value error, Tensor data descriptions per channel need to agree in their data `type`, but found {'float32', 'uint8'}.",
      },
    ]);
    doc.outputs[0].data = [{ type: "float32" }, { type: "float32" }];
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      { loc: ["outputs", 0], msg: "Value error, Got tensor data descriptions for 2 channels, but 'channel' axis has size 1." },
    ]);
  });
});

describe("model05.processing.kwargs-axes", () => {
  const rule = "model05.processing.kwargs-axes";

  test("passes axes of the tensor", async () => {
    expect(byRule((await validateDoc(validModel())).errors, rule)).toEqual([]);
  });

  test("an unknown axis in preprocessing kwargs fails at the input", async () => {
    const doc = validModel();
    doc.inputs[0].preprocessing[1].kwargs.axes = ["x", "z"];
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      { loc: ["inputs", 0], msg: "Value error, `preprocessing.i.kwargs.axes` needs to be subset of axes ids" },
    ]);
  });

  test("an unknown axis in postprocessing kwargs fails at the output", async () => {
    const doc = validModel();
    doc.outputs[0].postprocessing = [{ id: "zero_mean_unit_variance", kwargs: { axes: ["t"] } }];
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([{ loc: ["outputs", 0], msg: "Value error, `kwargs.axes` needs to be subset of axes ids" }]);
  });
});

describe("model05.processing.reference-tensor", () => {
  const rule = "model05.processing.reference-tensor";

  test("passes a reference to an input", async () => {
    const doc = validModel();
    doc.outputs[0].postprocessing = [{ id: "scale_mean_variance", kwargs: { reference_tensor: "raw" } }];
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
  });

  test("a reference to an unknown tensor fails at the root", async () => {
    const doc = validModel();
    doc.outputs[0].postprocessing = [{ id: "scale_mean_variance", kwargs: { reference_tensor: "nope" } }];
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      { loc: [], msg: "Value error, `reference_tensor` 'nope' not found. Valid tensor references are: {'raw', 'probability'}." },
    ]);
  });
});
