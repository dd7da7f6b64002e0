// mlcroissant's checks, for the rule catalogue.
import type { FamilyRules } from "../engine/validation/rule.js";
import * as checks from "./checks.js";

export const croissantRules: FamilyRules = {
  family: "Croissant",
  reference: { name: "mlcroissant 1.1.0", repository: "https://github.com/mlcommons/croissant", revision: "v1.1.0" },
  scopes: [{ name: "metadata.json (Croissant 0.8 to 1.1)", rules: Object.values(checks) }],
};
