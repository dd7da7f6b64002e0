// `TaskManifestV2.validate_executable_args_meta` (fractal-server app/schemas/v2/manifest.py): at least one
// executable, and nothing for the one that is missing. One model validator (if/elif), so at most one error per
// task, at the task's loc; it runs only when every field of the task validated.
import { ERROR } from "../../../engine/summary/types.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { isNone, type ManifestV2, storedDict, type TaskManifestV2, tasksOf } from "./model.js";

type Side = "non_parallel" | "parallel";

function* validTasks(doc: ManifestV2, isValid: (path: readonly (string | number)[]) => boolean): Iterable<[number, TaskManifestV2]> {
  for (const [i, task] of tasksOf(doc)) {
    if (isValid(["task_list", i])) {
      yield [i, task];
    }
  }
}

export const executablesPresent = defineRule<ManifestV2>({
  id: "fractal2.executables-present",
  description: "a task has executable_non_parallel, executable_parallel or both",
  severity: ERROR,
  messages: ["Value error, `TaskManifestV2.executable_non_parallel` and `TaskManifestV2.executable_parallel` cannot be both None."],
  reference: "fractal_server/app/schemas/v2/manifest.py:64",
  *check(doc, context) {
    for (const [i, task] of validTasks(doc, context.isValid)) {
      if (isNone(task.executable_non_parallel) && isNone(task.executable_parallel)) {
        yield {
          loc: ["task_list", i],
          msg: "Value error, `TaskManifestV2.executable_non_parallel` and `TaskManifestV2.executable_parallel` cannot be both None.",
        };
      }
    }
  },
});

/** Without `executable_<side>`, `meta_<side>` must be empty (checked first) and `args_schema_<side>` None. */
function sideRule(side: Side, other: Side) {
  return defineRule<ManifestV2>({
    id: side === "parallel" ? "fractal2.parallel-fields-need-executable" : "fractal2.non-parallel-fields-need-executable",
    description: `without executable_${side}, meta_${side} is empty and args_schema_${side} is null`,
    severity: ERROR,
    messages: [
      `Value error, \`TaskManifestV2.meta_${side}\` must be an empty dict if \`TaskManifestV2.executable_${side}\` is None. Given: {meta}.`,
      `Value error, \`TaskManifestV2.args_schema_${side}\` must be None if \`TaskManifestV2.executable_${side}\` is None. Given: {args_schema}.`,
    ],
    reference: side === "parallel" ? "fractal_server/app/schemas/v2/manifest.py:90" : "fractal_server/app/schemas/v2/manifest.py:73",
    *check(doc, context) {
      for (const [i, task] of validTasks(doc, context.isValid)) {
        if (!isNone(task[`executable_${side}`]) || isNone(task[`executable_${other}`])) {
          continue; // the executable is there, or both are missing (executables-present reports it)
        }
        const meta = task[`meta_${side}`] ?? {};
        const argsSchema = task[`args_schema_${side}`];
        if (Object.keys(meta).length > 0) {
          yield {
            loc: ["task_list", i],
            path: ["task_list", i, `meta_${side}`],
            msg: `Value error, \`TaskManifestV2.meta_${side}\` must be an empty dict if \`TaskManifestV2.executable_${side}\` is None. Given: ${pyRepr(storedDict(meta))}.`,
          };
        } else if (!isNone(argsSchema)) {
          yield {
            loc: ["task_list", i],
            path: ["task_list", i, `args_schema_${side}`],
            msg: `Value error, \`TaskManifestV2.args_schema_${side}\` must be None if \`TaskManifestV2.executable_${side}\` is None. Given: ${pyRepr(storedDict(argsSchema))}.`,
          };
        }
      }
    },
  });
}

export const nonParallelFieldsNeedExecutable = sideRule("non_parallel", "parallel");
export const parallelFieldsNeedExecutable = sideRule("parallel", "non_parallel");
