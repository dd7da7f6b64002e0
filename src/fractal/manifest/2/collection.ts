// What fractal-server checks when it collects a package's tasks (an opt-in level): each task becomes a
// `TaskCreate` (app/schemas/v2/task.py, built in tasks/v2/utils_background.py `prepare_tasks_metadata`),
// which is stricter than the manifest. Locations are the manifest's.
import { executablePath } from "../../executables.js";
import { pydanticStrip } from "../../python.js";
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { dictKeys, nonEmptyStr } from "./fields.js";
import { isNone, type ManifestV2, tasksOf } from "./model.js";

export const taskStrings = defineRule<ManifestV2>({
  id: "fractal2.collection.non-empty-str",
  description: "name, category and modality (NonEmptyStr in TaskCreate) are stored stripped and are not empty",
  severity: [ERROR, WARNING],
  messages: ["String should have at least 1 character", "{value} is stored as {stored} (fractal-server strips surrounding whitespace)"],
  reference: "fractal_server/app/schemas/v2/task.py:36",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      for (const field of ["name", "category", "modality"] as const) {
        const value = task[field];
        const loc = ["task_list", i, field];
        if (typeof value === "string" && context.isValid(loc)) {
          yield* nonEmptyStr(loc, value);
        }
      }
    }
  },
});

export const tags = defineRule<ManifestV2>({
  id: "fractal2.collection.tags",
  description: "tags (ListUniqueNonEmptyString) are stripped, non-empty and without repetitions",
  severity: [ERROR, WARNING],
  messages: [
    "String should have at least 1 character",
    "{value} is stored as {stored} (fractal-server strips surrounding whitespace)",
    "Value error, List has repetitions",
  ],
  reference: "fractal_server/types/__init__.py:133",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      const loc = ["task_list", i, "tags"];
      if (!Array.isArray(task.tags) || !context.isValid(loc)) {
        continue;
      }
      for (const [j, tag] of task.tags.entries()) {
        yield* nonEmptyStr([...loc, j], tag);
      }
      const stored = task.tags.map(pydanticStrip);
      if (!stored.includes("") && new Set(stored).size !== stored.length) {
        yield { loc, path: [...loc, stored.findIndex((tag, j) => stored.indexOf(tag) !== j)], msg: "Value error, List has repetitions" };
      }
    }
  },
});

export const typeFilterKeys = defineRule<ManifestV2>({
  id: "fractal2.collection.type-filter-keys",
  description: "keys of input_types and output_types (TypeFilters) are stripped, non-empty and unique after stripping",
  severity: [ERROR, WARNING],
  messages: [
    "Value error, Empty string in {keys}.",
    "Value error, Dictionary contains multiple identical keys: '{dict}'.",
    "key {key} is stored as {stored} (fractal-server strips dictionary keys)",
  ],
  reference: "fractal_server/types/__init__.py:208",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      for (const field of ["input_types", "output_types"] as const) {
        const value = task[field];
        const loc = ["task_list", i, field];
        if (typeof value === "object" && value !== null && context.isValid(loc)) {
          yield* dictKeys(loc, value);
        }
      }
    }
  },
});

export const argsSchemaVersion = defineRule<ManifestV2>({
  id: "fractal2.collection.args-schema-version",
  description: "with has_args_schemas true, args_schema_version is a non-empty string (each TaskCreate receives it)",
  severity: [ERROR, WARNING],
  messages: [
    "Input should be a valid string",
    "String should have at least 1 character",
    "{value} is stored as {stored} (fractal-server strips surrounding whitespace)",
  ],
  reference: "fractal_server/tasks/v2/utils_background.py:121",
  *check(doc, context) {
    const loc = ["args_schema_version"];
    if (doc.has_args_schemas !== true || tasksOf(doc).length === 0 || !context.isValid(loc)) {
      return;
    }
    if (typeof doc.args_schema_version === "string") {
      yield* nonEmptyStr(loc, doc.args_schema_version);
    } else {
      yield { loc, msg: "Input should be a valid string", type: "string_type" };
    }
  },
});

// fractal_server/string_tools.py `__NOT_ALLOWED_FOR_COMMANDS__`.
const NOT_ALLOWED_FOR_COMMANDS = "`#$&*()\\|[]{};<>?!";

export function commandChars(packageRoot?: string) {
  return defineRule<ManifestV2>({
    id: "fractal2.collection.command-chars",
    description: "the commands built from the executables contain none of the characters fractal-server forbids",
    severity: ERROR,
    messages: ["Value error, Command must not contain any of this characters: '{characters}' Provided command: '{command}'."],
    reference: "fractal_server/string_tools.py:35",
    *check(doc, context) {
      // TaskCreate's model validator: it runs on a task whose fields (and label) passed.
      const labelValid = doc.has_args_schemas !== true || context.isValid(["args_schema_version"]);
      for (const [i, task] of tasksOf(doc)) {
        if (!labelValid || !context.isValid(["task_list", i])) {
          continue;
        }
        // validate_commands checks the parallel command first and raises at the first bad one.
        for (const side of ["parallel", "non_parallel"] as const) {
          const executable = task[`executable_${side}`];
          const loc = ["task_list", i, `executable_${side}`];
          if (typeof executable !== "string") {
            continue;
          }
          // The command is `<python> <package root>/<executable>`; without a root only the executable is known.
          const path = packageRoot === undefined ? executable : executablePath(packageRoot, executable);
          if ([...NOT_ALLOWED_FOR_COMMANDS].some((c) => path.includes(c))) {
            const command = `<python> ${packageRoot === undefined ? executablePath("<package root>", executable) : path}`;
            // The server's message has a newline before "Provided"; a space keeps the report one line per issue.
            yield {
              loc,
              msg: `Value error, Command must not contain any of this characters: '${pyRepr(new Set(NOT_ALLOWED_FOR_COMMANDS))}' Provided command: '${command}'.`,
            };
            break;
          }
        }
      }
    },
  });
}

export const typeInferred = defineRule<ManifestV2>({
  id: "fractal2.collection.type-inferred",
  description: "a task without type gets one inferred from its executables, with a deprecation warning",
  severity: WARNING,
  messages: [
    "Task type is not set for task '{name}', which will be deprecated in a future version. Please move to `fractal-task-tools`. fractal-server infers '{type}' (never a converter type).",
  ],
  reference: "fractal_server/app/schemas/v2/task.py:77",
  *check(doc, context) {
    const labelValid = doc.has_args_schemas !== true || context.isValid(["args_schema_version"]);
    for (const [i, task] of tasksOf(doc)) {
      if (!labelValid || !context.isValid(["task_list", i]) || !isNone(task.type)) {
        continue;
      }
      const inferred = inferType(task.executable_non_parallel, task.executable_parallel);
      yield {
        loc: ["task_list", i],
        path: ["task_list", i, "name"],
        msg: `Task type is not set for task '${task.name}', which will be deprecated in a future version. Please move to \`fractal-task-tools\`. fractal-server infers '${inferred}' (never a converter type).`,
        severity: WARNING,
      };
    }
  },
});

/** `TaskCreate.set_task_type`: the type fractal-server stores for a task without one. */
export function inferType(executableNonParallel: unknown, executableParallel: unknown): "parallel" | "non_parallel" | "compound" {
  return isNone(executableNonParallel) ? "parallel" : isNone(executableParallel) ? "non_parallel" : "compound";
}
