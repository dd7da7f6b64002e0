// The application 0.3 rules: those of every format 0.3 description; `source` is a packaged file source and a FAIR field.
import type { Rule } from "../../../engine/validation/rule.js";
import { FAIR_FIELDS_V0_3, genericBaseRulesV0_3 } from "../../generic/0.3/rules.js";

export const applicationRulesV0_3: readonly Rule<never>[] = genericBaseRulesV0_3(
  [...FAIR_FIELDS_V0_3, "source"],
  [{ path: ["source"], form: "single" }],
);
