// `ManifestV2`'s model validators (fractal-server app/schemas/v2/manifest.py), at the root loc. They run only
// when the whole manifest validated, in this order, and the second only when the first passed.
import { ERROR } from "../../../engine/summary/types.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { isNone, type ManifestV2, tasksOf } from "./model.js";

export const argsSchemasPresent = defineRule<ManifestV2>({
  id: "fractal2.args-schemas-present",
  description: "with has_args_schemas true, every executable has its args_schema (first offending task reported, parallel first)",
  severity: ERROR,
  messages: ["Value error, Manifest has has_args_schemas=True, but task '{name}' has task.args_schema_{side}=None."],
  reference: "fractal_server/app/schemas/v2/manifest.py:141",
  *check(doc, context) {
    if (!context.isValid([]) || doc.has_args_schemas !== true) {
      return;
    }
    for (const [i, task] of tasksOf(doc)) {
      for (const side of ["parallel", "non_parallel"] as const) {
        if (!isNone(task[`executable_${side}`]) && isNone(task[`args_schema_${side}`])) {
          yield {
            loc: [],
            path: ["task_list", i, `executable_${side}`],
            msg: `Value error, Manifest has has_args_schemas=True, but task '${task.name}' has task.args_schema_${side}=None.`,
          };
          return;
        }
      }
    }
  },
});

export const uniqueTaskNames = defineRule<ManifestV2>({
  id: "fractal2.unique-task-names",
  description: "task names are unique (exact comparison)",
  severity: ERROR,
  messages: ["Value error, ('Task names in manifest must be unique.\\n', \"Given: {names}.\")"],
  reference: "fractal_server/app/schemas/v2/manifest.py:163",
  *check(doc, context) {
    if (!context.isValid([])) {
      return;
    }
    const names = tasksOf(doc).map(([, task]) => task.name);
    const repeated = names.findIndex((name, i) => names.indexOf(name) !== i);
    if (repeated >= 0) {
      // The server raises ValueError with a tuple, so the message is the tuple's repr.
      const parts = ["Task names in manifest must be unique.\n", `Given: ${pyRepr(names)}.`];
      yield { loc: [], path: ["task_list", repeated, "name"], msg: `Value error, (${parts.map((p) => pyRepr(p)).join(", ")})` };
    }
  },
});
