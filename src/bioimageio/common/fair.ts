// FAIR alerts (bioimageio.spec `_internal/types.py` `FAIR`): a field left empty gets an ALERT. Shared by the
// format 0.3 descriptions and model 0.5 (whose tensors' `test_tensor`/`sample_tensor` use `fairFinding`).
import type { Loc } from "../../engine/summary/types.js";
import { ALERT } from "../../engine/summary/types.js";
import type { Rule, RuleFinding, RuleInfo } from "../../engine/validation/rule.js";
import { defineRule } from "../../engine/validation/rule.js";
import type { SharedField, SharedFields } from "./doc.js";
import { licenseStatus } from "./license.js";

export const FAIR_MESSAGE = "Needs to be filled for FAIR compliance";

/** The reference's test: `None` or an empty sequence (an absent field has its default, `None` or empty). */
export function isUnfilled(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === "";
}

export function fairFinding(loc: Loc): RuleFinding {
  return { loc, msg: FAIR_MESSAGE, severity: ALERT };
}

const FAIR_FIELDS_INFO: RuleInfo = {
  id: "common.fair",
  description:
    "FAIR metadata: the fields the type marks FAIR (description, authors, cite, license, tags, documentation, ...) should be filled",
  severity: ALERT,
  messages: [FAIR_MESSAGE],
  reference: "src/bioimageio/spec/_internal/types.py:56",
};

/** A licence id that `common.license.spdx` refuses (the empty string is no SPDX id): its field has an error. */
const isRefusedLicense = (field: SharedField, value: unknown): boolean =>
  field === "license" && typeof value === "string" && licenseStatus(value) === "unknown";

/** An ALERT for each of the top-level `fields` that is unfilled (and valid: an invalid field has its error). */
export function fairFields(fields: readonly SharedField[]): Rule<SharedFields> {
  return defineRule<SharedFields>({
    ...FAIR_FIELDS_INFO,
    *check(doc, context) {
      for (const field of fields) {
        if (context.isValid([field]) && isUnfilled(doc[field]) && !isRefusedLicense(field, doc[field])) {
          yield fairFinding([field]);
        }
      }
    },
  });
}
