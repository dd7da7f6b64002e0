// copick config rules (copick/models.py CopickConfig and PickableObject validators): what the schema cannot say.
import type { CopickConfig } from "../../../../generated/types/copick/config/1.27.js";
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule, type Rule } from "../../../engine/validation/rule.js";
import { sanitizeNameError } from "../../names.js";
import { objectRules } from "../../objects.js";

const idRule = (field: "user_id" | "session_id") =>
  defineRule<CopickConfig>({
    id: `copick.config.${field.replace("_", "-")}-sanitized`,
    description: `${field} is already sanitised (sanitize_name leaves it unchanged)`,
    severity: ERROR,
    messages: [
      `Value error, ${field} '{value}' contains invalid characters. Use copick.escape.sanitize_name() to clean it.`,
      "Value error, Filename cannot be empty or completely consist of invalid characters.",
    ],
    reference: field === "user_id" ? "src/copick/models.py:124" : "src/copick/models.py:134",
    *check(doc, context) {
      const value = doc[field];
      if (typeof value === "string" && context.isValid([field])) {
        const msg = sanitizeNameError(value, field);
        if (msg !== undefined) {
          yield { loc: [field], msg };
        }
      }
    },
  });

/** Python's float() of a string, as pydantic parses the keys of `Dict[float, ...]`. */
const PY_FLOAT = /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)\s*$/i;

const tomogramKeys = defineRule<CopickConfig>({
  id: "copick.config.tomogram-keys",
  description: "the keys of `tomograms` are voxel spacings (numbers)",
  severity: ERROR,
  messages: ["Input should be a valid number, unable to parse string as a number"],
  reference: "src/copick/models.py:107",
  *check(doc, context) {
    const tomograms = doc.tomograms;
    if (!tomograms || !context.isValid(["tomograms"])) {
      return;
    }
    for (const key of Object.keys(tomograms)) {
      if (!PY_FLOAT.test(key)) {
        yield {
          loc: ["tomograms", key, "[key]"],
          path: ["tomograms", key],
          msg: "Input should be a valid number, unable to parse string as a number",
          type: "float_parsing",
        };
      }
    }
  },
});

export const configRulesV1_27: readonly Rule<CopickConfig>[] = [
  ...objectRules<CopickConfig>((doc) =>
    Array.isArray(doc.pickable_objects) ? { path: ["pickable_objects"], objects: doc.pickable_objects } : undefined,
  ),
  idRule("user_id"),
  idRule("session_id"),
  tomogramKeys,
];
