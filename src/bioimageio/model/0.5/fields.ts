// Model 0.5 fields beyond tensors and weights (bioimageio.spec model/v0_5.py): parent is not the model
// itself, run_mode warns, data-dependent size bounds, evaluation table shapes, ISO 8601 timestamps.
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { isoparseProblem } from "../../common/isoparse.js";
import { versionFinding } from "../../common/version.js";
import { pyModelStr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import type { Evaluation } from "../../../../generated/types/bioimageio/model/0.5.js";
import { axisSize, type ModelDescr, tensorEntries } from "./model.js";

export const parentNotSelf = defineRule<ModelDescr>({
  id: "model05.parent.not-self",
  description: "a model does not name itself as its parent",
  severity: ERROR,
  messages: ["Value error, A model description may not reference itself as parent."],
  reference: "src/bioimageio/spec/model/v0_5.py:3492",
  *check(doc, context) {
    if (context.isValid([]) && doc.parent?.id !== undefined && doc.parent.id === doc.id) {
      yield { loc: [], path: ["parent", "id"], msg: "Value error, A model description may not reference itself as parent." };
    }
  },
});

export const parentVersion = defineRule<ModelDescr>({
  id: "model05.parent.version",
  description: "the version of the parent model (`LinkedModel.version`, where a `version_number` is moved) is a PEP 440 version",
  severity: ERROR,
  messages: ["Value error, Invalid version: {version}"],
  reference: "src/bioimageio/spec/_internal/version_type.py:20",
  *check(doc, context) {
    const version: unknown = doc.parent?.version;
    const finding =
      (typeof version === "string" || typeof version === "number") && context.isValid(["parent", "version"])
        ? versionFinding(version, ["parent", "version"])
        : undefined;
    if (finding) {
      yield finding;
    }
  },
});

const KNOWN_RUN_MODES = new Set(["deepimagej"]);

export const runModeWarning = defineRule<ModelDescr>({
  id: "model05.run-mode.limited-support",
  description: "a run mode has limited support across consumer software; an unknown one gets its own warning instead (warnings)",
  severity: WARNING,
  messages: ["Unknown run mode '{name}'.", "Run mode '{run_mode}' has limited support across consumer softwares."],
  reference: "src/bioimageio/spec/model/v0_5.py:3498",
  *check(doc, context) {
    const runMode = doc.run_mode;
    if (runMode && context.isValid(["run_mode"])) {
      if (typeof runMode.name === "string" && !KNOWN_RUN_MODES.has(runMode.name)) {
        // the warning is raised as an error inside `RunMode` in the reference's warnings pass: the run mode then
        // fails, and its own warning is never reached
        yield { loc: ["run_mode", "name"], severity: WARNING, msg: `Unknown run mode '${runMode.name}'.` };
        return;
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
  severity: ERROR,
  messages: ["Value error, expected `min` < `max`, but got {min}, {max}"],
  reference: "src/bioimageio/spec/model/v0_5.py:337",
  *check(doc, context) {
    for (const [i, tensor] of tensorEntries(doc, "outputs")) {
      if (!context.isValid(["outputs", i, "axes"])) {
        continue;
      }
      for (const [a, axis] of tensor.axes.entries()) {
        const path = ["outputs", i, "axes", a, "size"];
        const size = axisSize(axis);
        if (size.kind !== "data-dependent" || !context.isValid(path)) {
          continue;
        }
        const { min = 1, max } = size.value;
        if (typeof max === "number" && min >= max) {
          yield {
            loc: ["outputs", i, "axes", a, axis.type, "size", "function-after[_validate_max_gt_min(), DataDependentSize]"],
            path,
            msg: `Value error, expected \`min\` < \`max\`, but got ${min}, ${max}`,
          };
        }
      }
    }
  },
});

function evaluationProblem(e: Evaluation): string | undefined {
  if (e.evaluation_factors.length !== e.evaluation_factors_long.length) {
    return "`evaluation_factors` and `evaluation_factors_long` must have the same length";
  }
  if (e.metrics.length !== e.metrics_long.length) {
    return "`metrics` and `metrics_long` must have the same length";
  }
  if (e.results.length !== e.metrics.length) {
    return "`results` must have the same number of rows as `metrics`";
  }
  if (e.results.some((row) => row.length !== e.evaluation_factors.length)) {
    return "`results` must have the same number of columns (in every row) as `evaluation_factors`";
  }
  return undefined;
}

export const evaluationTables = defineRule<ModelDescr>({
  id: "model05.evaluation.table-shape",
  description: "an evaluation's factors, metrics and results table agree in size",
  severity: ERROR,
  messages: [
    "Value error, `evaluation_factors` and `evaluation_factors_long` must have the same length",
    "Value error, `metrics` and `metrics_long` must have the same length",
    "Value error, `results` must have the same number of rows as `metrics`",
    "Value error, `results` must have the same number of columns (in every row) as `evaluation_factors`",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:2932",
  *check(doc, context) {
    const evaluations = doc.config?.bioimageio?.evaluations;
    if (!Array.isArray(evaluations)) {
      return;
    }
    for (const [e, evaluation] of evaluations.entries()) {
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
  severity: ERROR,
  messages: ["Value error, {what dateutil's isoparse raises}"],
  reference: "src/bioimageio/spec/_internal/types.py:91",
  *check(doc, context) {
    const timestamp = doc.timestamp;
    if (typeof timestamp === "string" && context.isValid(["timestamp"])) {
      const problem = isoparseProblem(timestamp);
      if (problem) {
        yield { loc: ["timestamp"], msg: `Value error, ${problem}` };
      }
    }
  },
});

export const fieldRules = [parentNotSelf, parentVersion, runModeWarning, dataDependentSizeBounds, evaluationTables, timestampIso] as const;
