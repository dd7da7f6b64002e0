// Generic 0.3 `type` (bioimageio.spec generic/v0_3.py `GenericDescr._check_type`): a specific resource
// type must use its own description.
import type { GenericDescr } from "../../../../../generated/types/bioimageio/generic/0.3.js";
import { defineRule } from "../../../types.js";

const SPECIFIC_TYPES = new Set(["application", "collection", "dataset", "model", "notebook"]);

export const notASpecificType = defineRule<GenericDescr>({
  id: "generic03.type.not-specific",
  description: "a generic description may not use the type of a specific description (model, dataset, ...)",
  *check(doc, context) {
    if (context.isValid(["type"]) && SPECIFIC_TYPES.has(doc.type)) {
      yield {
        loc: ["type"],
        msg: `Value error, Use the ${doc.type} description instead of this generic description for your '${doc.type}' resource.`,
      };
    }
  },
});
