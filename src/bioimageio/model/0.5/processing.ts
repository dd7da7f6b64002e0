// Model 0.5 processing kwargs (bioimageio.spec model/v0_5.py): the model validators of ClipKwargs,
// ScaleLinear(AlongAxis)Kwargs, FixedZeroMeanUnitVarianceAlongAxisKwargs and ScaleRangeKwargs.
import { ERROR } from "../../../engine/summary/types.js";
import { pyFloat } from "../../../engine/python-repr.js";
import { isObjectValue } from "../../../engine/records.js";
import { defineRule, type RuleFinding, type Unchecked } from "../../../engine/validation/rule.js";
import type { ClipKwargs, ScaleLinearAlongAxisKwargs, ScaleLinearKwargs } from "../../../../generated/types/bioimageio/model/0.5.js";
import { type ModelDescr, type StepWithKwargs, tensorSteps } from "./model.js";

type Loc = readonly (string | number)[];

/** A step with kwargs, where it is: `kwargsLoc` has the discriminator tag, e.g. ["inputs", 0, "preprocessing", 1, "clip", "kwargs"]. */
interface Step {
  readonly step: StepWithKwargs;
  readonly kwargsLoc: Loc;
  readonly kwargsPath: Loc;
}

/** The processing steps whose kwargs validated. */
function* validSteps(doc: ModelDescr, isValid: (path: Loc) => boolean): Generator<Step> {
  for (const { field, i, key, steps } of tensorSteps(doc)) {
    for (const [s, step] of steps.entries()) {
      const path = [field, i, key, s];
      if (
        !isObjectValue(step) ||
        typeof step.id !== "string" ||
        !("kwargs" in step) ||
        typeof step.kwargs !== "object" ||
        step.kwargs === null ||
        !isValid([...path, "kwargs"])
      ) {
        continue;
      }
      yield { step, kwargsLoc: [...path, step.id, "kwargs"], kwargsPath: [...path, "kwargs"] };
    }
  }
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

// The migration passes kwargs it builds from a 0.4 document, hence Unchecked.
export function clipProblem(kwargs: Unchecked<ClipKwargs>): string | undefined {
  if (isSet(kwargs.min) && isSet(kwargs.min_percentile)) {
    return "Only one of `min` and `min_percentile` may be set, not both.";
  }
  if (isSet(kwargs.max) && isSet(kwargs.max_percentile)) {
    return "Only one of `max` and `max_percentile` may be set, not both.";
  }
  if (![kwargs.min, kwargs.min_percentile, kwargs.max, kwargs.max_percentile].some(isSet)) {
    return "At least one of `min`, `min_percentile`, `max`, or `max_percentile` must be set.";
  }
  if (isSet(kwargs.axes) && !isSet(kwargs.min_percentile) && !isSet(kwargs.max_percentile)) {
    return "If `axes` is set, at least one of `min_percentile` or `max_percentile` must be set.";
  }
  return undefined;
}

const REDUNDANT_SCALING = "Redundant linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0.";

/** ScaleLinearKwargs or ScaleLinearAlongAxisKwargs: which one the kwargs are (the schema let one through) and its problem. */
export function scaleLinearProblem(
  kwargs: Unchecked<ScaleLinearKwargs | ScaleLinearAlongAxisKwargs>,
): { readonly tag: string; readonly problem: string } | undefined {
  if (!("axis" in kwargs)) {
    const gain = typeof kwargs.gain === "number" ? kwargs.gain : 1;
    const offset = typeof kwargs.offset === "number" ? kwargs.offset : 0;
    return gain === 1 && offset === 0 ? { tag: "function-after[_validate(), ScaleLinearKwargs]", problem: REDUNDANT_SCALING } : undefined;
  }
  const tag = "function-after[_validate(), ScaleLinearAlongAxisKwargs]";
  let gain = kwargs.gain ?? 1;
  let offset = kwargs.offset ?? 0;
  if (Array.isArray(gain)) {
    if (Array.isArray(offset)) {
      if (gain.length !== offset.length) {
        return { tag, problem: `Size of \`gain\` (${gain.length}) and \`offset\` (${offset.length}) must match.` };
      }
    } else {
      offset = gain.map(() => offset);
    }
  } else if (Array.isArray(offset)) {
    gain = offset.map(() => gain);
  } else {
    return { tag, problem: "Do not specify an `axis` for scalar gain and offset values." };
  }
  const gains = gain as unknown[];
  const offsets = offset as unknown[];
  return gains.every((g) => g === 1) && offsets.every((o) => o === 0) ? { tag, problem: REDUNDANT_SCALING } : undefined;
}

const SCALE_LINEAR_TAG = "function-after[_validate(), ScaleLinearKwargs]";
const FIXED_ZERO_MEAN_AXIS_TAG = "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]";

/**
 * The errors of the other branch of a kwargs union (`ScaleLinearKwargs | ScaleLinearAlongAxisKwargs`, ...) when
 * the branch the schema accepted fails its model validator: pydantic then reports every branch. The kwargs passed
 * the accepting branch's schema, which fixes what the other says: without `axis`, that `axis` is missing; with
 * it, that each list is not a number (`fields`, in field order) and that `axis` is an extra input.
 */
function otherBranchFindings<K extends object>(
  kwargs: K,
  step: Step,
  tags: { readonly scalar: string; readonly alongAxis: string },
  fields: readonly (keyof K & string)[],
): RuleFinding[] {
  const { kwargsLoc, kwargsPath } = step;
  if (!("axis" in kwargs)) {
    return [{ loc: [...kwargsLoc, tags.alongAxis, "axis"], path: kwargsPath, msg: "Field required", type: "missing" }];
  }
  return [
    ...fields
      .filter((field) => Array.isArray(kwargs[field]))
      .map((field) => ({
        loc: [...kwargsLoc, tags.scalar, field],
        path: [...kwargsPath, field],
        msg: "Input should be a valid number",
        type: "float_type",
      })),
    {
      loc: [...kwargsLoc, tags.scalar, "axis"],
      path: [...kwargsPath, "axis"],
      msg: "Extra inputs are not permitted",
      type: "extra_forbidden",
    },
  ];
}

export const processingKwargs = defineRule<ModelDescr>({
  id: "model05.processing.kwargs",
  description:
    "clip sets one of min/min_percentile and max/max_percentile; scale_linear is not the identity and scalar gain/offset take no axis; fixed zero-mean-unit-variance along an axis has as many means as stds; scale_range has min_percentile < max_percentile",
  severity: ERROR,
  messages: [
    "Value error, Only one of `min` and `min_percentile` may be set, not both.",
    "Value error, Only one of `max` and `max_percentile` may be set, not both.",
    "Value error, At least one of `min`, `min_percentile`, `max`, or `max_percentile` must be set.",
    "Value error, If `axes` is set, at least one of `min_percentile` or `max_percentile` must be set.",
    "Value error, Redundant linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0.",
    "Value error, Size of `gain` ({n}) and `offset` ({m}) must match.",
    "Value error, Do not specify an `axis` for scalar gain and offset values.",
    "Value error, Size of `mean` ({n}) and `std` ({m}) must match.",
    "Value error, min_percentile {min} >= max_percentile {max}",
    "Field required",
    "Input should be a valid number",
    "Extra inputs are not permitted",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:1007",
  *check(doc, context) {
    for (const step of validSteps(doc, (path) => context.isValid(path))) {
      const { step: s, kwargsLoc, kwargsPath } = step;
      switch (s.id) {
        case "clip": {
          const problem = clipProblem(s.kwargs);
          if (problem) {
            yield { loc: kwargsLoc, path: kwargsPath, msg: `Value error, ${problem}` };
          }
          break;
        }
        case "scale_linear": {
          const found = scaleLinearProblem(s.kwargs);
          if (found) {
            const tags = { scalar: SCALE_LINEAR_TAG, alongAxis: "function-after[_validate(), ScaleLinearAlongAxisKwargs]" };
            const other = otherBranchFindings(s.kwargs, step, tags, ["gain", "offset"]);
            const own = { loc: [...kwargsLoc, found.tag], path: kwargsPath, msg: `Value error, ${found.problem}` };
            // in the union's branch order
            yield* found.tag === SCALE_LINEAR_TAG ? [own, ...other] : [...other, own];
          }
          break;
        }
        case "fixed_zero_mean_unit_variance": {
          const { mean, std } = s.kwargs;
          if (Array.isArray(mean) && Array.isArray(std) && mean.length !== std.length) {
            const tags = { scalar: "FixedZeroMeanUnitVarianceKwargs", alongAxis: FIXED_ZERO_MEAN_AXIS_TAG };
            yield* otherBranchFindings(s.kwargs, step, tags, ["mean", "std"]);
            yield {
              loc: [...kwargsLoc, FIXED_ZERO_MEAN_AXIS_TAG],
              path: kwargsPath,
              msg: `Value error, Size of \`mean\` (${mean.length}) and \`std\` (${std.length}) must match.`,
            };
          }
          break;
        }
        case "scale_range": {
          const min = typeof s.kwargs?.min_percentile === "number" ? s.kwargs.min_percentile : 0;
          const max = typeof s.kwargs?.max_percentile === "number" ? s.kwargs.max_percentile : 100;
          if (min >= max) {
            yield {
              loc: [...kwargsLoc, "max_percentile"],
              path: [...kwargsPath, "max_percentile"],
              msg: `Value error, min_percentile ${pyFloat(min)} >= max_percentile ${pyFloat(max)}`,
            };
          }
          break;
        }
        default:
          break;
      }
    }
  },
});

export const processingRules = [processingKwargs] as const;
