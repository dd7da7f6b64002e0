// Checks fractal-server does not make, shared by manifest versions 1 and 2: unknown keys (`--strict`) and
// args schemas that are not valid JSON Schemas.
import { type ArgsSchemaChecker, draftsFor } from "../args-schema.js";
import { ERROR, WARNING } from "../../engine/summary/types.js";
import type { DocPath } from "../../engine/summary/issue.js";
import { pyRepr } from "../../engine/python-repr.js";
import { defineRule, type Rule, type RuleContext } from "../../engine/validation/rule.js";
import { isRecord } from "../../engine/records.js";
import { editDistance } from "../../engine/edit-distance.js";

/** The known field a typo most likely meant (at most 2 edits, or a different case). */
export function closestField(key: string, fields: readonly string[]): string | undefined {
  const scored = fields.map((field) => ({ field, distance: editDistance(key.toLowerCase(), field.toLowerCase()) }));
  const best = scored.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= 2 ? best.field : undefined;
}

/**
 * Unknown keys at the root and in each task (`--strict`): fractal-server drops them silently, so a typo such
 * as `has_args_schema` loses its value without a word.
 */
export function unknownKeysRule<Doc>(id: string, rootFields: readonly string[], taskFields: readonly string[]): Rule<Doc> {
  return defineRule<Doc>({
    id,
    description: "no keys fractal-server would ignore (strict)",
    severity: ERROR,
    messages: ["Unknown key {key}: fractal-server ignores it", "Unknown key {key}: fractal-server ignores it; did you mean {field}?"],
    reference: { none: "fractal-server drops unknown keys silently; a check of ours (--strict)" },
    *check(doc) {
      const objects: [DocPath, unknown, readonly string[]][] = [[[], doc, rootFields]];
      const tasks = isRecord(doc) ? doc.task_list : undefined;
      if (Array.isArray(tasks)) {
        objects.push(...tasks.map((task, i): [DocPath, unknown, readonly string[]] => [["task_list", i], task, taskFields]));
      }
      for (const [at, value, fields] of objects) {
        for (const key of isRecord(value) ? Object.keys(value) : []) {
          if (!fields.includes(key)) {
            const guess = closestField(key, fields);
            yield {
              loc: [...at, key],
              msg: `Unknown key ${pyRepr(key)}: fractal-server ignores it${guess ? `; did you mean ${pyRepr(guess)}?` : ""}`,
              type: "extra_forbidden",
            };
          }
        }
      }
    },
  });
}

/** An args schema of a document: where it is, and the label of how it was generated. */
export interface ArgsSchemaEntry {
  readonly loc: DocPath;
  readonly schema: Readonly<Record<string, unknown>>;
}

/** Args schemas that are not valid JSON Schemas for the drafts their `args_schema_version` implies (warnings). */
export function argsSchemaRule<Doc>(
  id: string,
  checker: ArgsSchemaChecker,
  entries: (doc: Doc, context: RuleContext) => Iterable<ArgsSchemaEntry>,
  label: (doc: Doc) => unknown,
): Rule<Doc> {
  return defineRule<Doc>({
    id,
    description:
      "args schemas are valid JSON Schemas (meta-schemas of draft-07, 2019-09, 2020-12 as the label implies; local $refs resolve)",
    severity: WARNING,
    messages: ["not a valid JSON Schema ({drafts}): {problem}"],
    reference: { none: "fractal-server stores args schemas as they are; a lint of ours" },
    *check(doc, context) {
      for (const { loc, schema } of entries(doc, context)) {
        for (const problem of checker(schema, draftsFor(label(doc), schema))) {
          yield {
            loc: [...loc, ...problem.path],
            msg: `not a valid JSON Schema (${problem.drafts.join(", ")}): ${problem.msg}`,
            severity: WARNING,
          };
        }
      }
    },
  });
}
