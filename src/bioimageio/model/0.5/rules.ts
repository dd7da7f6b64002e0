// The model 0.5 rules, in the order the reference runs its validators.
import type { Rule } from "../../../engine/validation/rule.js";
import { axesRules, inputSizeReferences, outputSizeReferences } from "./axes.js";
import { commonRules } from "./common.js";
import { fieldRules } from "./fields.js";
import type { ModelDescr } from "./model.js";
import { processingRules } from "./processing.js";
import { processingAxes, tensorRules, uniqueTensorIds } from "./tensors.js";
import { weightsRules } from "./weights.js";

export const modelRulesV0_5: readonly Rule<ModelDescr>[] = [
  ...axesRules,
  ...tensorRules,
  ...processingRules,
  ...weightsRules,
  ...fieldRules,
  ...commonRules,
  // validators that run after those of the models nested below them, in the reference's order: a tensor's model
  // validator, then the model's own validators of its `inputs` and `outputs` fields
  processingAxes,
  inputSizeReferences,
  uniqueTensorIds,
  outputSizeReferences,
];
