// Version-2 checks fractal-server does not make (warnings): a task's `type` agrees with its executables, as
// fractal-task-tools writes them (task_models.py); its args schemas are valid JSON Schemas.
import type { ArgsSchemaChecker } from "../../args-schema.js";
import { WARNING } from "../../../engine/summary/types.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { argsSchemaRule, type ArgsSchemaEntry, unknownKeysRule } from "../lints.js";
import { isNone, MANIFEST_FIELDS, type ManifestV2, TASK_FIELDS, type TaskType, tasksOf } from "./model.js";

type Executables = "non_parallel" | "parallel" | "both";

const EXECUTABLES_OF_TYPE: Readonly<Record<TaskType, Executables>> = {
  parallel: "parallel",
  non_parallel: "non_parallel",
  converter_non_parallel: "non_parallel",
  compound: "both",
  converter_compound: "both",
};

const DESCRIBED: Readonly<Record<Executables, string>> = {
  parallel: "only executable_parallel",
  non_parallel: "only executable_non_parallel",
  both: "both executable_non_parallel and executable_parallel",
};

export const typeMatchesExecutables = defineRule<ManifestV2>({
  id: "fractal2.lint.type-matches-executables",
  description: "a task's type agrees with the executables it has (fractal-server runs the type it is given)",
  severity: WARNING,
  messages: ["a '{type}' task has {executables}, but this one has {actual}"],
  reference: { none: "fractal-server runs the type it is given; a lint of ours" },
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      if (!context.isValid(["task_list", i]) || isNone(task.type)) {
        continue;
      }
      const parallel = !isNone(task.executable_parallel);
      const nonParallel = !isNone(task.executable_non_parallel);
      if (!parallel && !nonParallel) {
        continue; // fractal2.executables-present
      }
      const has: Executables = parallel && nonParallel ? "both" : parallel ? "parallel" : "non_parallel";
      const expected = EXECUTABLES_OF_TYPE[task.type];
      if (has !== expected) {
        yield {
          loc: ["task_list", i, "type"],
          msg: `a '${task.type}' task has ${DESCRIBED[expected]}, but this one has ${DESCRIBED[has]}`,
          severity: WARNING,
        };
      }
    }
  },
});

function* argsSchemas(doc: ManifestV2): Iterable<ArgsSchemaEntry> {
  for (const [i, task] of tasksOf(doc)) {
    for (const side of ["non_parallel", "parallel"] as const) {
      const schema = task[`args_schema_${side}`];
      if (typeof schema === "object" && schema !== null) {
        yield { loc: ["task_list", i, `args_schema_${side}`], schema };
      }
    }
  }
}

export function argsSchemaValid(checker: ArgsSchemaChecker) {
  return argsSchemaRule<ManifestV2>(
    "fractal2.lint.args-schema-valid",
    checker,
    function* (doc, context) {
      for (const entry of argsSchemas(doc)) {
        if (context.isValid(entry.loc)) {
          yield entry;
        }
      }
    },
    (doc) => doc.args_schema_version,
  );
}

export const unknownKeys = unknownKeysRule<ManifestV2>("fractal2.unknown-keys", MANIFEST_FIELDS, TASK_FIELDS);
