// The rule catalogue: every rule id a summary can carry, by family and by the type and version it applies to.
// scripts/rules-doc.ts writes it as docs/rules.md; each entry is declared next to its check (RuleInfo).
import { bioimageioRules } from "./bioimageio/rule-catalogue.js";
import { copickRules } from "./copick/rule-catalogue.js";
import { croissantRules } from "./croissant/rule-catalogue.js";
import { LOAD, SCHEMA } from "./engine/validation/engine-rules.js";
import type { FamilyRules } from "./engine/validation/rule.js";
import { fractalRules } from "./fractal/rule-catalogue.js";

/** What every family runs (the engine's own ids). */
const everyFamily: FamilyRules = {
  family: "every family",
  scopes: [{ name: "every document", rules: [LOAD, SCHEMA] }],
};

export const RULE_CATALOGUE: readonly FamilyRules[] = [everyFamily, bioimageioRules, fractalRules, copickRules, croissantRules];
