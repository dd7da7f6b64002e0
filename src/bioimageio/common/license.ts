// License ids against the SPDX list the reference ships (`static/spdx_licenses.json`, our
// specs/bioimageio/data/spdx-licenses.json). Format 0.3 and model 0.5: `Union[LicenseId, DeprecatedLicenseId]`
// (an unknown id fails both branches) plus a warning for deprecated ids; format 0.2 accepts any string with
// warnings (`generic/v0_2.py` `deprecated_spdx_license`).
import { currentLicenseIds, deprecatedLicenseIds } from "../../../generated/data/bioimageio/spdx-license-ids.js";
import { ERROR, WARNING } from "../../engine/summary/types.js";
import type { Rule } from "../../engine/validation/rule.js";
import { defineRule } from "../../engine/validation/rule.js";
import type { SharedField, SharedFields } from "./doc.js";
import { hasLoneSurrogate, STRING_UNICODE_MESSAGE } from "../../engine/py-surrogates.js";

const CURRENT_SET = new Set(currentLicenseIds);
const DEPRECATED_SET = new Set(deprecatedLicenseIds);

export type LicenseStatus = "current" | "deprecated" | "unknown";

export function licenseStatus(id: string): LicenseStatus {
  return CURRENT_SET.has(id) ? "current" : DEPRECATED_SET.has(id) ? "deprecated" : "unknown";
}

/** pydantic's literal_error message: "Input should be 'a', 'b' or 'c'". */
function literalMessage(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return `Input should be ${quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? "")}`;
}

/** The union branches the reference names in the loc of an unknown license id. */
export const LICENSE_BRANCHES = ["function-after[LicenseId(), str]", "function-after[DeprecatedLicenseId(), str]"] as const;

/** Format 0.3 / model 0.5: an unknown id is an error (of both union branches); a deprecated id a warning. */
export function licenseSpdx(field: SharedField = "license"): Rule<SharedFields> {
  return defineRule<SharedFields>({
    id: "common.license.spdx",
    description: "the license is a current SPDX license id (deprecated ids: warning)",
    severity: [ERROR, WARNING],
    messages: [
      "Input should be {license ids}",
      "{value} is deprecated, see https://spdx.org/licenses/{value}.html",
      STRING_UNICODE_MESSAGE,
    ],
    reference: "src/bioimageio/spec/generic/v0_3.py:304",
    *check(doc, context) {
      const value = doc[field];
      if (typeof value !== "string" || !context.isValid([field])) {
        return;
      }
      const status = licenseStatus(value);
      if (hasLoneSurrogate(value)) {
        // both branches are Literals, which pydantic reads as text
        for (const branch of LICENSE_BRANCHES) {
          yield { loc: [field, branch], path: [field], msg: STRING_UNICODE_MESSAGE, type: "string_unicode" };
        }
      } else if (status === "unknown") {
        yield { loc: [field, LICENSE_BRANCHES[0]], path: [field], msg: literalMessage(currentLicenseIds), type: "literal_error" };
        yield { loc: [field, LICENSE_BRANCHES[1]], path: [field], msg: literalMessage(deprecatedLicenseIds), type: "literal_error" };
      } else if (status === "deprecated") {
        yield { loc: [field], msg: `${value} is deprecated, see https://spdx.org/licenses/${value}.html`, severity: WARNING };
      }
    },
  });
}

/** Format 0.2: warnings for a missing, deprecated or unknown license id. */
export const licenseSpdxV0_2 = defineRule<SharedFields>({
  id: "common.license.spdx-v0_2",
  description: "format 0.2: the license should be given and be a current SPDX license id (warnings only)",
  severity: WARNING,
  messages: ["missing", "'{value}' is a deprecated license identifier.", "'{value}' is an unknown license identifier."],
  reference: "src/bioimageio/spec/generic/v0_2.py:435",
  *check(doc, context) {
    const value = doc.license;
    if (!context.isValid(["license"])) {
      return;
    }
    if (value === undefined || value === null) {
      yield { loc: ["license"], msg: "missing", severity: WARNING };
    } else if (typeof value === "string" && licenseStatus(value) !== "current") {
      const what = licenseStatus(value) === "deprecated" ? "a deprecated" : "an unknown";
      yield { loc: ["license"], msg: `'${value}' is ${what} license identifier.`, severity: WARNING };
    }
  },
});
