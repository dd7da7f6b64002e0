// PickableObject validators (copick/models.py) and the uniqueness the docs ask for, for any list of objects
// in a document (the config's `pickable_objects`, the Croissant's `copick:config.pickable_objects`).
import type { PickableObject } from "../../generated/types/copick/config/1.27.js";
import { ERROR, WARNING } from "../engine/summary/types.js";
import type { DocPath } from "../engine/summary/issue.js";
import { defineRule, type Rule, type RuleFinding } from "../engine/validation/rule.js";
import { pyRepr } from "../engine/python-repr.js";
import { sanitizeNameError } from "./names.js";

/** Where a document keeps its objects. */
export type ObjectsAt<Doc> = (doc: Doc) => { readonly path: DocPath; readonly objects: readonly PickableObject[] } | undefined;

function* eachValidObject<Doc>(
  doc: Doc,
  at: ObjectsAt<Doc>,
  context: { isValid(path: DocPath): boolean },
  field: string,
): Iterable<{ loc: (string | number)[]; object: PickableObject }> {
  const found = at(doc);
  if (!found) {
    return;
  }
  for (const [i, object] of found.objects.entries()) {
    const loc = [...found.path, i, field];
    if (context.isValid(loc) && Object.hasOwn(object, field)) {
      yield { loc, object };
    }
  }
}

/** The object rules, for the objects `at` finds in a document. */
export function objectRules<Doc>(at: ObjectsAt<Doc>): Rule<Doc>[] {
  return [
    defineRule<Doc>({
      id: "copick.object.name-sanitized",
      description: "an object's name is already sanitised (sanitize_name leaves it unchanged)",
      severity: ERROR,
      messages: [
        "Value error, Name '{name}' contains invalid characters. Use copick.escape.sanitize_name() to clean it.",
        "Value error, Filename cannot be empty or completely consist of invalid characters.",
      ],
      reference: "src/copick/models.py:70",
      *check(doc, context) {
        for (const { loc, object } of eachValidObject(doc, at, context, "name")) {
          const msg = sanitizeNameError(object.name, "Name");
          if (msg !== undefined) {
            yield { loc, msg };
          }
        }
      },
    }),
    defineRule<Doc>({
      id: "copick.object.label-nonzero",
      description: "label 0 is reserved for the background",
      severity: ERROR,
      messages: ["Assertion failed, Label 0 is reserved for background."],
      reference: "src/copick/models.py:55",
      *check(doc, context) {
        for (const { loc, object } of eachValidObject(doc, at, context, "label")) {
          if (object.label === 0) {
            yield { loc, msg: "Assertion failed, Label 0 is reserved for background.", type: "assertion_error" };
          }
        }
      },
    }),
    defineRule<Doc>({
      id: "copick.object.color-range",
      description: "RGBA components lie in [0, 255]",
      severity: ERROR,
      messages: ["Assertion failed, Color values must be in the range [0, 255]."],
      reference: "src/copick/models.py:62",
      *check(doc, context) {
        for (const { loc, object } of eachValidObject(doc, at, context, "color")) {
          if (object.color && object.color.some((c) => c < 0 || c > 255)) {
            yield { loc, msg: "Assertion failed, Color values must be in the range [0, 255].", type: "assertion_error" };
          }
        }
      },
    }),
    defineRule<Doc>({
      id: "copick.object.identifier-alias",
      description: "go_id is an alias of identifier; copick keeps go_id when both are given",
      severity: WARNING,
      messages: ["both go_id {go_id} and identifier {identifier} are given; copick uses go_id"],
      reference: "src/copick/models.py:42",
      *check(doc, context) {
        for (const { loc, object } of eachValidObject(doc, at, context, "go_id")) {
          if (Object.hasOwn(object, "identifier") && object.identifier !== object.go_id) {
            yield {
              loc,
              msg: `both go_id ${pyRepr(object.go_id)} and identifier ${pyRepr(object.identifier)} are given; copick uses go_id`,
              severity: WARNING,
            };
          }
        }
      },
    }),
    defineRule<Doc>({
      id: "copick.objects.unique",
      description: "object names and labels are unique (copick looks objects up by name and label)",
      severity: WARNING,
      messages: ["name '{name}' is already used by object {index}", "label {label} is already used by object {index}"],
      reference: "src/copick/models.py:482",
      *check(doc, context): Iterable<RuleFinding> {
        const found = at(doc);
        if (!found || !context.isValid(found.path)) {
          return;
        }
        const names = new Map<string, number>();
        const labels = new Map<number, number>();
        for (const [i, object] of found.objects.entries()) {
          const firstName = names.get(object.name);
          if (firstName !== undefined) {
            yield {
              loc: [...found.path, i, "name"],
              msg: `name '${object.name}' is already used by object ${firstName}`,
              severity: WARNING,
            };
          } else {
            names.set(object.name, i);
          }
          // An absent label defaults to 1.
          const label = object.label === undefined ? 1 : object.label;
          if (label === null) {
            continue;
          }
          const firstLabel = labels.get(label);
          if (firstLabel !== undefined) {
            yield { loc: [...found.path, i, "label"], msg: `label ${label} is already used by object ${firstLabel}`, severity: WARNING };
          } else {
            labels.set(label, i);
          }
        }
      },
    }),
  ];
}
