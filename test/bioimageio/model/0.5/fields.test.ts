import { describe, expect, test } from "vitest";
import { validModel } from "../../../helpers/model.js";
import { byRule, validateDoc } from "../../../helpers/validate.js";

describe("model05.parent.not-self", () => {
  test("passes another parent, fails itself", async () => {
    const doc = validModel();
    doc.id = "affable-shark";
    doc.parent = { id: "ambitious-sloth" };
    expect(byRule((await validateDoc(doc)).errors, "model05.parent.not-self")).toEqual([]);
    doc.parent = { id: "affable-shark" };
    expect(byRule((await validateDoc(doc)).errors, "model05.parent.not-self")).toEqual([
      { loc: [], msg: "Value error, A model description may not reference itself as parent." },
    ]);
  });
});

describe("model05.run-mode.limited-support", () => {
  test("no run mode: no warning; deepimagej: limited support; unknown: only that it is unknown", async () => {
    const rule = "model05.run-mode.limited-support";
    const doc = validModel();
    expect(byRule((await validateDoc(doc)).warnings, rule)).toEqual([]);
    doc.run_mode = { name: "deepimagej" };
    expect(byRule((await validateDoc(doc)).warnings, rule)).toEqual([
      { loc: ["run_mode"], msg: "Run mode 'name='deepimagej' kwargs={}' has limited support across consumer softwares." },
    ]);
    doc.run_mode = { name: "tta", kwargs: { n: 4 } };
    expect(byRule((await validateDoc(doc)).warnings, rule)).toEqual([{ loc: ["run_mode", "name"], msg: "Unknown run mode 'tta'." }]);
  });
});

describe("model05.size.data-dependent-bounds", () => {
  test("min < max", async () => {
    const rule = "model05.size.data-dependent-bounds";
    const doc = validModel();
    doc.outputs.push({ id: "counts", axes: [{ type: "index", size: { min: 2, max: 10 } }] });
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
    doc.outputs[1].axes[0].size = { min: 5, max: 3 };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["outputs", 1, "axes", 0, "index", "size", "function-after[_validate_max_gt_min(), DataDependentSize]"],
        msg: "Value error, expected `min` < `max`, but got 5, 3",
      },
    ]);
  });
});

describe("model05.evaluation.table-shape", () => {
  test("rows match metrics, columns match factors", async () => {
    const rule = "model05.evaluation.table-shape";
    const evaluation = {
      dataset_id: "covid",
      dataset_source: "https://example.com/covid",
      dataset_role: "test",
      sample_count: 10,
      evaluation_factors: ["noise"],
      evaluation_factors_long: ["noise level"],
      metrics: ["IoU"],
      metrics_long: ["intersection over union"],
      results: [[0.9]],
    };
    const doc = validModel();
    doc.config = { bioimageio: { evaluations: [evaluation] } };
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([]);
    doc.config.bioimageio.evaluations[0].results = [[0.9, 0.8]];
    expect(byRule((await validateDoc(doc)).errors, rule)).toEqual([
      {
        loc: ["config", "bioimageio", "evaluations", 0],
        msg: "Value error, `results` must have the same number of columns (in every row) as `evaluation_factors`",
      },
    ]);
  });
});

describe("model05.timestamp.iso8601", () => {
  test("a bad timestamp fails at timestamp", async () => {
    const doc = validModel();
    doc.timestamp = "last tuesday";
    expect(byRule((await validateDoc(doc)).errors, "model05.timestamp.iso8601")).toEqual([
      { loc: ["timestamp"], msg: "Value error, invalid literal for int() with base 10: b'last'" },
    ]);
  });
});
