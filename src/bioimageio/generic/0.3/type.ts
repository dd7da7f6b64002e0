// Generic `type` (bioimageio.spec generic/v0_2.py and v0_3.py `GenericDescr.check_specific_types`): a specific
// resource type must use its own description.
import type { GenericDescr } from "../../../../generated/types/bioimageio/generic/0.3.js";
import { ERROR } from "../../../engine/summary/types.js";
import type { ReferenceLine, Rule } from "../../../engine/validation/rule.js";
import { defineRule } from "../../../engine/validation/rule.js";

const SPECIFIC_TYPES = new Set(["application", "collection", "dataset", "model", "notebook"]);

/** The rule for one format version (the generic 0.2 and 0.3 checks are the same). */
export function notASpecificTypeRule(id: string, reference: ReferenceLine): Rule<Pick<GenericDescr, "type">> {
  return defineRule<Pick<GenericDescr, "type">>({
    id,
    description: "a generic description may not use the type of a specific description (model, dataset, ...)",
    severity: ERROR,
    messages: ["Value error, Use the {type} description instead of this generic description for your '{type}' resource."],
    reference,
    *check(doc, context) {
      if (context.isValid(["type"]) && typeof doc.type === "string" && SPECIFIC_TYPES.has(doc.type)) {
        yield {
          loc: ["type"],
          msg: `Value error, Use the ${doc.type} description instead of this generic description for your '${doc.type}' resource.`,
        };
      }
    },
  });
}

export const notASpecificType = notASpecificTypeRule("generic03.type.not-specific", "src/bioimageio/spec/generic/v0_3.py:519");
