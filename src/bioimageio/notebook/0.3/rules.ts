// The notebook 0.3 rules: those of every format 0.3 description, and the `.ipynb` source.
import type { Rule } from "../../../engine/validation/rule.js";
import { FAIR_FIELDS_V0_3, genericBaseRulesV0_3 } from "../../generic/0.3/rules.js";
import { notebookSourceSuffix } from "../source.js";

export const notebookRulesV0_3: readonly Rule<never>[] = [...genericBaseRulesV0_3(FAIR_FIELDS_V0_3), notebookSourceSuffix];
