// The dataset 0.2 rules: those of every format 0.2 description.
import type { Rule } from "../../../types.js";
import { genericBaseRulesV0_2 } from "../../generic/v0_2/index.js";

export const datasetRulesV0_2: readonly Rule<never>[] = genericBaseRulesV0_2();
