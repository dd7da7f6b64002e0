import { describe, expect, test } from "vitest";
import { validModel } from "../../../helpers/model.js";
import { byRule, validateDoc } from "../../../helpers/validate.js";

describe("model05.tensors.fair", () => {
  const rule = "model05.tensors.fair";

  test("filled test and sample tensors: no alert", async () => {
    expect(byRule((await validateDoc(validModel())).warnings, rule)).toEqual([]);
  });

  test("a missing sample tensor is an ALERT at its loc, the model stays valid", async () => {
    const doc = validModel();
    delete doc.outputs[0].sample_tensor;
    const { status, warnings } = await validateDoc(doc);
    expect(status).toBe("valid-format");
    expect(byRule(warnings, rule)).toEqual([{ loc: ["outputs", 0, "sample_tensor"], msg: "Needs to be filled for FAIR compliance" }]);
    expect(warnings.find((w) => w.rule === rule)?.severity).toBe(35);
  });
});

describe("model05.files.reserved-name", () => {
  const rule = "model05.files.reserved-name";

  test("ordinary file names pass", async () => {
    expect(byRule((await validateDoc(validModel())).errors, rule)).toEqual([]);
  });

  test("a weights source or test tensor named like an rdf.yaml fails at the reference's loc, in its words", async () => {
    const doc = validModel();
    doc.weights.onnx.source = "model.rdf.yaml";
    doc.inputs[0].test_tensor.source = "bioimageio.yaml";
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        // a file description is checked as a whole: the message shows it as Python's str() of the model does
        loc: ["inputs", 0, "test_tensor"],
        msg: `Value error, 'source=RelativePath('bioimageio.yaml') sha256='${String(doc.inputs[0].test_tensor.sha256)}'' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.`,
      },
      {
        loc: ["weights", "onnx", "source"],
        msg: "Value error, 'model.rdf.yaml' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
      },
    ]);
  });
});
