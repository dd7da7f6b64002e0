// The model 0.4 rules.
import type { Rule } from "../../../types.js";
import type { ModelDescr } from "./model.js";

export const modelRulesV0_4: readonly Rule<ModelDescr>[] = [];
