// The dataset 0.2 rules: those of every format 0.2 description.
import type { Rule } from "../../../engine/validation/rule.js";
import { genericBaseRulesV0_2 } from "../../generic/0.2/rules.js";

export const datasetRulesV0_2: readonly Rule<never>[] = genericBaseRulesV0_2();
