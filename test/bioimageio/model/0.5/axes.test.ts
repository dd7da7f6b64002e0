import { describe, expect, test } from "vitest";
import { byRule, validateDoc } from "../../../helpers/validate.js";
import { validModel, validMultiTensorModel } from "../../../helpers/model.js";

describe("model05.axes.unique-ids", () => {
  const rule = "model05.axes.unique-ids";

  test("passes distinct axis ids", async () => {
    const { errors } = await validateDoc(validModel());
    expect(byRule(errors, rule)).toEqual([]);
  });

  test("a repeated axis id fails at the tensor's axes (defaulted ids count)", async () => {
    const doc = validModel();
    doc.inputs[0].axes[3].id = "y"; // the axis without an id defaults to x
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([{ loc: ["inputs", 0, "axes"], msg: "Value error, Duplicate axis ids: {'y'}" }]);
  });

  test("two batch axes fail", async () => {
    const doc = validModel();
    doc.outputs[0].axes.push({ type: "batch" });
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      {
        loc: ["outputs", 0, "axes"],
        msg: "Value error, Only one batch axis (per tensor) allowed, but got [BatchAxis(id='batch', description='', type='batch', size=None), BatchAxis(id='batch', description='', type='batch', size=None)]",
      },
    ]);
  });
});

describe("model05.axes.size-references", () => {
  const rule = "model05.axes.size-references";

  test("passes references to fixed and parameterized axes", async () => {
    expect(byRule((await validateDoc(validModel())).errors, rule)).toEqual([]);
    expect(byRule((await validateDoc(validMultiTensorModel())).errors, rule)).toEqual([]);
  });

  test("a reference to an unknown axis fails at outputs, naming the axis", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2].size = { tensor_id: "raw", axis_id: "z" };
    const { errors, status } = await validateDoc(doc);
    expect(status).toBe("failed");
    expect(byRule(errors, rule)).toEqual([
      {
        loc: ["outputs"],
        msg: "Value error, Invalid tensor axis reference at outputs[0].axes[2].size: tensor_id='raw' axis_id='z' offset=0.",
      },
    ]);
  });

  test("a halo too large for the referenced size fails", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2].halo = 256;
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      { loc: ["outputs"], msg: "Value error, axis y with minimum size 512 is too small for halo 256." },
    ]);
  });

  test("a halo that is not an integer at the reference's scale fails", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2].scale = 0.5;
    doc.outputs[0].axes[2].halo = 3;
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      {
        loc: ["outputs"],
        msg: "Value error, Inferred halo for raw.y is not an integer (1.5 = probability.y.halo 3 * probability.y.scale 0.5 / raw.y.scale 1.0).",
      },
    ]);
  });

  test("units of an axis and its reference must match", async () => {
    const doc = validModel();
    doc.outputs[0].axes[2].unit = "micrometer";
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)).toEqual([
      { loc: ["outputs"], msg: "Value error, The units of an axis and its reference axis need to match, but 'micrometer' != 'None'." },
    ]);
  });

  test("an invalid input hides the inputs from the outputs' references (the reference's follow-on error)", async () => {
    const doc = validModel();
    doc.inputs[0].axes[2].size = -1;
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule).map((e) => e.loc)).toEqual([["outputs"]]);
  });

  test("a reference to a data-dependent axis fails", async () => {
    const doc = validModel();
    doc.outputs.push({
      id: "counts",
      axes: [
        { type: "index", size: { min: 1 } },
        { type: "index", id: "other", size: { tensor_id: "counts", axis_id: "index" } },
      ],
    });
    const { errors } = await validateDoc(doc);
    expect(byRule(errors, rule)[0]?.msg).toMatch(/^Value error, Invalid tensor axis reference at outputs\[1\]\.axes\[1\]\.size/);
  });
});
