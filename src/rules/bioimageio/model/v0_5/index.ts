// The model 0.5 rules, in the order the reference runs its validators.
import type { Rule } from "../../../types.js";
import { axesRules } from "./axes.js";
import type { ModelDescr } from "./model.js";
import { tensorRules } from "./tensors.js";

export const modelRulesV0_5: readonly Rule<ModelDescr>[] = [...axesRules, ...tensorRules];
