// Format 0.2 and model 0.4 (`generic/v0_2.py` `accept_author_strings`, `_warn_empty_cite`): empty `authors`
// and `cite` get the warning "missing" (the 0.3 generation replaced it by FAIR alerts).
import { WARNING } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";
import { isPyFalsy, type SharedFields } from "./doc.js";

export const missingV0_2 = defineRule<SharedFields>({
  id: "common.missing-v0_2",
  description: "format 0.2: authors and cite should not be empty",
  severity: WARNING,
  messages: ["missing"],
  reference: "src/bioimageio/spec/generic/v0_2.py:247",
  *check(doc, context) {
    // a before-validator: it sees the value whether or not it then validates
    if (isPyFalsy(doc.authors)) {
      yield { loc: ["authors"], msg: "missing", severity: WARNING };
    }
    const cite = doc.cite;
    if (context.isValid(["cite"]) && (cite === undefined || (Array.isArray(cite) && cite.length === 0))) {
      yield { loc: ["cite"], msg: "missing", severity: WARNING };
    }
  },
});
