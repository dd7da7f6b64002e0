import { describe, expect, test } from "vitest";
import { validModel } from "../../../helpers/model.js";
import { byRule, validateDoc } from "../../../helpers/validate.js";

describe("model05.weights.entries", () => {
  const rule = "model05.weights.entries";

  test("passes one root and children of present formats", async () => {
    const { errors, warnings } = await validateDoc(validModel());
    expect(byRule(errors, rule)).toEqual([]);
    expect(byRule(warnings, rule)).toEqual([]);
  });

  test("missing or null weights: only the schema's error, the weights rules read nothing", async () => {
    for (const weights of [undefined, null]) {
      const doc = validModel();
      doc.weights = weights;
      const { errors } = await validateDoc(doc);
      expect(errors.filter((e) => e.loc[0] === "weights" || e.loc.length === 0).map((e) => e.rule)).toEqual(["schema"]);
    }
  });

  test("two entries without parent: a warning, not an error", async () => {
    const doc = validModel();
    delete doc.weights.torchscript.parent;
    const { errors, warnings, status } = await validateDoc(doc);
    expect(status).toBe("valid-format");
    expect(byRule(errors, rule)).toEqual([]);
    expect(byRule(warnings, rule)).toEqual([
      { loc: ["weights"], msg: expect.stringMatching(/^Exactly one weights entry may not specify the `parent` field \(got 2\)/) },
    ]);
    expect(warnings.find((w) => w.rule === rule)?.severity).toBe(30);
  });

  test("a parent that is not present fails", async () => {
    const doc = validModel();
    doc.weights.torchscript.parent = "keras_hdf5";
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["weights"],
        msg: "Value error, `weights.torchscript.parent=keras_hdf5 not in specified weight formats: {'onnx', 'pytorch_state_dict', 'torchscript'}",
      },
    ]);
  });

  test("an entry that is its own parent fails", async () => {
    const doc = validModel();
    doc.weights.torchscript.parent = "torchscript";
    expect(byRule((await validateDoc(doc)).errors, rule)).toContainEqual({
      loc: ["weights", "torchscript"],
      msg: "Value error, Weights entry can't be it's own parent.",
    });
  });
});

describe("model05.weights.onnx-external-data", () => {
  const rule = "model05.weights.onnx-external-data";

  test("passes a differently named data file", async () => {
    const doc = validModel();
    doc.weights.onnx.external_data = { source: "weights.onnx.data" };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
  });

  test("the same file name fails", async () => {
    const doc = validModel();
    doc.weights.onnx.source = "https://example.com/model/weights.data";
    doc.weights.onnx.external_data = { source: "weights.data" };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["weights", "onnx"],
        msg: "Value error, ONNX `external_data` file name 'weights.data' must be different from ONNX `source` file name.",
      },
    ]);
  });
});
