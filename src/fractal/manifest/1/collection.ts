// What fractal-server 2.11 checked when it collected a version-1 package (an opt-in level): each task became a
// `TaskCreateV1` (app/schemas/v1/task.py, built in tasks/v1/background_operations.py
// `create_package_environment_pip`), whose `valstr` validators strip strings and reject empty ones, in
// pydantic v1's words. Locations are the manifest's.
import { pyStrip } from "../../python.js";
import { strippedFinding } from "../../lax.js";
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { defineRule, type RuleFinding } from "../../../engine/validation/rule.js";
import { type ManifestV1, tasksOf } from "./model.js";

/** `valstr(attribute)`: stripped, then not empty; `None` is refused too. */
function* valstr(loc: readonly (string | number)[], attribute: string, raw: string | null | undefined): Iterable<RuleFinding> {
  if (raw === null || raw === undefined) {
    yield { loc, msg: `String attribute '${attribute}' cannot be None` };
    return;
  }
  const stored = pyStrip(raw);
  if (stored === "") {
    yield { loc, msg: `String attribute '${attribute}' cannot be empty` };
  } else if (stored !== raw) {
    yield strippedFinding(loc, raw, stored);
  }
}

export const taskStrings = defineRule<ManifestV1>({
  id: "fractal1.collection.non-empty-str",
  description: "name, input_type and output_type (valstr in TaskCreateV1) are stored stripped and are not empty",
  severity: [ERROR, WARNING],
  messages: [
    "String attribute '{attribute}' cannot be None",
    "String attribute '{attribute}' cannot be empty",
    "{value} is stored as {stored} (fractal-server strips surrounding whitespace)",
  ],
  reference: "fractal_server/app/schemas/v1/task.py:156",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      for (const field of ["name", "input_type", "output_type"] as const) {
        const loc = ["task_list", i, field];
        if (typeof task[field] === "string" && context.isValid(loc)) {
          yield* valstr(loc, field, task[field]);
        }
      }
    }
  },
});

export const argsSchemaVersion = defineRule<ManifestV1>({
  id: "fractal1.collection.args-schema-version",
  description: "with has_args_schemas true, args_schema_version is a non-empty string (each TaskCreateV1 receives it)",
  severity: [ERROR, WARNING],
  messages: [
    "String attribute '{attribute}' cannot be None",
    "String attribute '{attribute}' cannot be empty",
    "{value} is stored as {stored} (fractal-server strips surrounding whitespace)",
  ],
  reference: "fractal_server/app/schemas/v1/task.py:165",
  *check(doc, context) {
    const loc = ["args_schema_version"];
    if (doc.has_args_schemas === true && tasksOf(doc).length > 0 && context.isValid(loc)) {
      yield* valstr(loc, "args_schema_version", doc.args_schema_version);
    }
  },
});
