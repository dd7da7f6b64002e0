// Lengths of `name` and `description` (`GenericModelDescrBase` of format 0.2 and 0.3; model 0.5 shares the 0.3
// ones): warnings beyond the recommended lengths.
import { INFO, WARNING } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";
import { pyLen, type SharedField, type SharedFields } from "./doc.js";

function longerThan(doc: SharedFields, field: SharedField, max: number): boolean {
  const value = doc[field];
  return typeof value === "string" && pyLen(value) > max;
}

export const nameLength = defineRule<SharedFields>({
  id: "common.name.length",
  description: "a name of more than 64 characters gets an INFO warning",
  severity: INFO,
  messages: ["Name longer than 64 characters."],
  reference: "src/bioimageio/spec/generic/v0_3.py:259",
  *check(doc, context) {
    if (context.isValid(["name"]) && longerThan(doc, "name", 64)) {
      yield { loc: ["name"], msg: "Name longer than 64 characters.", severity: INFO };
    }
  },
});

export const nameLengthV0_2 = defineRule<SharedFields>({
  id: "common.name.length-v0_2",
  description: "format 0.2: a name of more than 128 characters gets a warning",
  severity: WARNING,
  messages: ["Longer than 128 characters."],
  reference: "src/bioimageio/spec/generic/v0_2.py:219",
  *check(doc, context) {
    if (context.isValid(["name"]) && longerThan(doc, "name", 128)) {
      yield { loc: ["name"], msg: "Longer than 128 characters.", severity: WARNING };
    }
  },
});

export const descriptionLength = defineRule<SharedFields>({
  id: "common.description.length",
  description: "a description of more than 512 characters gets a warning",
  severity: WARNING,
  messages: ["Description longer than 512 characters."],
  reference: "src/bioimageio/spec/generic/v0_3.py:268",
  *check(doc, context) {
    if (context.isValid(["description"]) && longerThan(doc, "description", 512)) {
      yield { loc: ["description"], msg: "Description longer than 512 characters.", severity: WARNING };
    }
  },
});
