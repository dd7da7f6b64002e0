import { describe, expect, test } from "vitest";
import { validModel } from "../../../helpers/model.js";
import { byRule, validateDoc } from "../../../helpers/validate.js";

const rule = "model05.processing.kwargs";

async function findings(step: Record<string, unknown>) {
  const doc = validModel();
  doc.inputs[0].preprocessing.splice(1, 1, step);
  return byRule((await validateDoc(doc)).errors, rule);
}

describe(rule, () => {
  test("passes sensible kwargs", async () => {
    expect(await findings({ id: "clip", kwargs: { min: 0, max_percentile: 99 } })).toEqual([]);
    expect(await findings({ id: "scale_linear", kwargs: { gain: 2 } })).toEqual([]);
    expect(await findings({ id: "scale_linear", kwargs: { axis: "channel", gain: [2] } })).toEqual([]);
    expect(await findings({ id: "scale_range", kwargs: { min_percentile: 1, max_percentile: 99.8 } })).toEqual([]);
    expect(await findings({ id: "fixed_zero_mean_unit_variance", kwargs: { axis: "channel", mean: [1], std: [2] } })).toEqual([]);
  });

  test("clip: exclusive and required bounds", async () => {
    const loc = ["inputs", 0, "preprocessing", 1, "clip", "kwargs"];
    expect(await findings({ id: "clip", kwargs: { min: 0, min_percentile: 1 } })).toEqual([
      { loc, msg: "Value error, Only one of `min` and `min_percentile` may be set, not both." },
    ]);
    expect(await findings({ id: "clip", kwargs: {} })).toEqual([
      { loc, msg: "Value error, At least one of `min`, `min_percentile`, `max`, or `max_percentile` must be set." },
    ]);
    expect(await findings({ id: "clip", kwargs: { min: 0, axes: ["x"] } })).toEqual([
      { loc, msg: "Value error, If `axes` is set, at least one of `min_percentile` or `max_percentile` must be set." },
    ]);
  });

  test("scale_linear: no identity, no axis for scalars, equal lengths; the other branch of the kwargs union then fails too", async () => {
    const base = ["inputs", 0, "preprocessing", 1, "scale_linear", "kwargs"];
    const scalar = [...base, "function-after[_validate(), ScaleLinearKwargs]"];
    const along = [...base, "function-after[_validate(), ScaleLinearAlongAxisKwargs]"];
    expect(await findings({ id: "scale_linear", kwargs: { gain: 1, offset: 0 } })).toEqual([
      { loc: scalar, msg: "Value error, Redundant linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0." },
      { loc: [...along, "axis"], msg: "Field required" },
    ]);
    expect(await findings({ id: "scale_linear", kwargs: { axis: "channel", gain: 2, offset: 1 } })).toEqual([
      { loc: [...scalar, "axis"], msg: "Extra inputs are not permitted" },
      { loc: along, msg: "Value error, Do not specify an `axis` for scalar gain and offset values." },
    ]);
    expect(await findings({ id: "scale_linear", kwargs: { axis: "channel", gain: [1, 2], offset: [0] } })).toEqual([
      { loc: [...scalar, "gain"], msg: "Input should be a valid number" },
      { loc: [...scalar, "offset"], msg: "Input should be a valid number" },
      { loc: [...scalar, "axis"], msg: "Extra inputs are not permitted" },
      { loc: along, msg: "Value error, Size of `gain` (2) and `offset` (1) must match." },
    ]);
  });

  test("fixed_zero_mean_unit_variance along an axis: as many means as stds, and not the scalar branch", async () => {
    const base = ["inputs", 0, "preprocessing", 1, "fixed_zero_mean_unit_variance", "kwargs"];
    expect(await findings({ id: "fixed_zero_mean_unit_variance", kwargs: { axis: "channel", mean: [1, 2], std: [1] } })).toEqual([
      { loc: [...base, "FixedZeroMeanUnitVarianceKwargs", "mean"], msg: "Input should be a valid number" },
      { loc: [...base, "FixedZeroMeanUnitVarianceKwargs", "std"], msg: "Input should be a valid number" },
      { loc: [...base, "FixedZeroMeanUnitVarianceKwargs", "axis"], msg: "Extra inputs are not permitted" },
      {
        loc: [...base, "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]"],
        msg: "Value error, Size of `mean` (2) and `std` (1) must match.",
      },
    ]);
  });

  test("scale_range: min_percentile < max_percentile", async () => {
    expect(await findings({ id: "scale_range", kwargs: { min_percentile: 50, max_percentile: 40 } })).toEqual([
      {
        loc: ["inputs", 0, "preprocessing", 1, "scale_range", "kwargs", "max_percentile"],
        msg: "Value error, min_percentile 50.0 >= max_percentile 40.0",
      },
    ]);
  });
});
