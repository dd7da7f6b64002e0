// Model 0.5 fields beyond tensors and weights (bioimageio.spec model/v0_5.py): parent is not the model
// itself, run_mode warns, data-dependent size bounds, evaluation table shapes, ISO 8601 timestamps.
import { isoparseProblem } from "../../common/isoparse.js";
import { pyModelStr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { axisSize, type ModelDescr, tensorsOf } from "./model.js";

const WARNING = 30;

export const parentNotSelf = defineRule<ModelDescr>({
  id: "model05.parent.not-self",
  description: "a model does not name itself as its parent",
  *check(doc, context) {
    const parent = (doc as { parent?: { id?: string } | null }).parent;
    if (context.isValid([]) && parent?.id !== undefined && parent.id === (doc as { id?: string | null }).id) {
      yield { loc: [], path: ["parent", "id"], msg: "Value error, A model description may not reference itself as parent." };
    }
  },
});

const KNOWN_RUN_MODES = new Set(["deepimagej"]);

export const runModeWarning = defineRule<ModelDescr>({
  id: "model05.run-mode.limited-support",
  description: "a run mode has limited support across consumer software, an unknown one even less (warnings)",
  *check(doc, context) {
    const runMode = (doc as { run_mode?: { name?: string; kwargs?: Record<string, unknown> } | null }).run_mode;
    if (runMode && context.isValid(["run_mode"])) {
      if (typeof runMode.name === "string" && !KNOWN_RUN_MODES.has(runMode.name)) {
        yield { loc: ["run_mode", "name"], severity: WARNING, msg: `Unknown run mode '${runMode.name}'.` };
      }
      yield {
        loc: ["run_mode"],
        severity: WARNING,
        msg: `Run mode '${pyModelStr({ name: runMode.name, kwargs: runMode.kwargs ?? {} })}' has limited support across consumer softwares.`,
      };
    }
  },
});

export const dataDependentSizeBounds = defineRule<ModelDescr>({
  id: "model05.size.data-dependent-bounds",
  description: "a data-dependent size has min < max",
  *check(doc, context) {
    for (const [i, tensor] of tensorsOf(doc, "outputs").entries()) {
      if (!context.isValid(["outputs", i, "axes"])) {
        continue;
      }
      for (const [a, axis] of tensor.axes.entries()) {
        const path = ["outputs", i, "axes", a, "size"];
        const size = (axis as { size?: { min?: number; max?: number | null } }).size;
        if (axisSize(axis).kind !== "data-dependent" || !size || !context.isValid(path)) {
          continue;
        }
        const min = size.min ?? 1;
        if (typeof size.max === "number" && min >= size.max) {
          yield {
            loc: ["outputs", i, "axes", a, axis.type, "size", "function-after[_validate_max_gt_min(), DataDependentSize]"],
            path,
            msg: `Value error, expected \`min\` < \`max\`, but got ${min}, ${size.max}`,
          };
        }
      }
    }
  },
});

interface Evaluation {
  readonly evaluation_factors?: readonly unknown[];
  readonly evaluation_factors_long?: readonly unknown[];
  readonly metrics?: readonly unknown[];
  readonly metrics_long?: readonly unknown[];
  readonly results?: readonly (readonly unknown[])[];
}

function evaluationProblem(e: Evaluation): string | undefined {
  const len = (list: readonly unknown[] | undefined) => list?.length ?? 0;
  if (len(e.evaluation_factors) !== len(e.evaluation_factors_long)) {
    return "`evaluation_factors` and `evaluation_factors_long` must have the same length";
  }
  if (len(e.metrics) !== len(e.metrics_long)) {
    return "`metrics` and `metrics_long` must have the same length";
  }
  if (len(e.results) !== len(e.metrics)) {
    return "`results` must have the same number of rows as `metrics`";
  }
  if ((e.results ?? []).some((row) => row.length !== len(e.evaluation_factors))) {
    return "`results` must have the same number of columns (in every row) as `evaluation_factors`";
  }
  return undefined;
}

export const evaluationTables = defineRule<ModelDescr>({
  id: "model05.evaluation.table-shape",
  description: "an evaluation's factors, metrics and results table agree in size",
  *check(doc, context) {
    const evaluations = (doc as { config?: { bioimageio?: { evaluations?: unknown } } }).config?.bioimageio?.evaluations;
    if (!Array.isArray(evaluations)) {
      return;
    }
    for (const [e, evaluation] of (evaluations as Evaluation[]).entries()) {
      const loc = ["config", "bioimageio", "evaluations", e];
      const problem = context.isValid(loc) ? evaluationProblem(evaluation) : undefined;
      if (problem) {
        yield { loc, msg: `Value error, ${problem}` };
      }
    }
  },
});

export const timestampIso = defineRule<ModelDescr>({
  id: "model05.timestamp.iso8601",
  description: "`timestamp` is an ISO 8601 date-time",
  *check(doc, context) {
    const timestamp = (doc as { timestamp?: unknown }).timestamp;
    if (typeof timestamp === "string" && context.isValid(["timestamp"])) {
      const problem = isoparseProblem(timestamp);
      if (problem) {
        yield { loc: ["timestamp"], msg: `Value error, ${problem}` };
      }
    }
  },
});

export const fieldRules = [parentNotSelf, runModeWarning, dataDependentSizeBounds, evaluationTables, timestampIso] as const;
