// The dataset 0.3 rules: those of every format 0.3 description, with `source` among the FAIR fields.
import type { Rule } from "../../../engine/validation/rule.js";
import { FAIR_FIELDS_V0_3, genericBaseRulesV0_3 } from "../../generic/0.3/rules.js";

export const datasetRulesV0_3: readonly Rule<never>[] = genericBaseRulesV0_3([...FAIR_FIELDS_V0_3, "source"]);
