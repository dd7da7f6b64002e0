// The application 0.2 rules: those of every format 0.2 description; `source` is a packaged file source.
import type { Rule } from "../../../engine/validation/rule.js";
import { genericBaseRulesV0_2 } from "../../generic/0.2/rules.js";

export const applicationRulesV0_2: readonly Rule<never>[] = genericBaseRulesV0_2([{ path: ["source"], form: "single" }]);
