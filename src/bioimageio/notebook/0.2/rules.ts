// The notebook 0.2 rules: those of every format 0.2 description, and the `.ipynb` source.
import type { Rule } from "../../../engine/validation/rule.js";
import { genericBaseRulesV0_2 } from "../../generic/0.2/rules.js";
import { notebookSourceSuffix } from "../source.js";

export const notebookRulesV0_2: readonly Rule<never>[] = [...genericBaseRulesV0_2(), notebookSourceSuffix];
