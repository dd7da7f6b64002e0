// Executables that must exist under the installed package's root, as fractal-server checks them after
// collecting the tasks: version 2 checks the commands it built (tasks/v2/local/_utils.py
// `check_task_files_exist`), fractal-server 2.11 checked each version-1 task's executable before creating it
// (tasks/v1/background_operations.py). Browser-safe: the caller says how to test a path (the Node API and the
// CLI pass a file-system check).
import { ERROR } from "../engine/summary/types.js";
import type { Issue } from "../engine/summary/issue.js";
import { PY_WHITESPACE } from "../engine/python-repr.js";
import { defineRuleInfo, type RuleInfo } from "../engine/validation/rule.js";
import { pydanticStrip } from "./python.js";

export interface ExecutableRef {
  /** Where the executable is named in the manifest. */
  readonly loc: readonly (string | number)[];
  readonly taskName: string;
  readonly executable: string;
}

/** Parses a path as pathlib's PurePosixPath does: its root ("", "/" or exactly "//") and its parts. */
function posixPath(path: string): { root: string; parts: string[] } {
  const root = path.startsWith("//") && !path.startsWith("///") ? "//" : path.startsWith("/") ? "/" : "";
  return { root, parts: path.split("/").filter((part) => part !== "" && part !== ".") };
}

/**
 * `str(PurePosixPath(packageRoot) / executable)`: an absolute executable replaces the root; empty and "."
 * segments and trailing slashes go away ("..", which pathlib keeps, stays).
 */
export function executablePath(packageRoot: string, executable: string): string {
  const base = posixPath(packageRoot);
  const added = posixPath(executable);
  const { root, parts } = added.root === "" ? { root: base.root, parts: [...base.parts, ...added.parts] } : added;
  return root + parts.join("/") || ".";
}

const WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE}]+`, "u");

/** Version 2: the path the server checks, the last word of the command it built (`command.split()[-1]`). */
function commandPath(path: string): string {
  return (
    path
      .split(WHITESPACE_RUN)
      .filter((word) => word !== "")
      .at(-1) ?? path
  );
}

export interface MissingFileCheck {
  readonly rule: RuleInfo;
  /** The path tested for an executable at `path` (pathlib's join of the root and the executable). */
  readonly tested: (path: string) => string;
  readonly msg: (ref: ExecutableRef, path: string) => string;
}

export const MISSING_FILE_V2: MissingFileCheck = {
  rule: defineRuleInfo({
    id: "fractal2.collection.executables-exist",
    description: "the executables of the collected tasks exist under the package root (given --package-root)",
    severity: ERROR,
    messages: ["Task `{name}` has `{command}` pointing to missing file `{path}`."],
    reference: "fractal_server/tasks/v2/local/_utils.py:55",
  }),
  tested: commandPath,
  // The task as created: its name stripped (NonEmptyStr).
  msg: (ref, path) =>
    `Task \`${pydanticStrip(ref.taskName)}\` has \`command_${String(ref.loc.at(-1)).replace(/^executable_/, "")}\` pointing to missing file \`${path}\`.`,
};

export const MISSING_FILE_V1: MissingFileCheck = {
  rule: defineRuleInfo({
    id: "fractal1.collection.executables-exist",
    description: "the executable of each collected task exists under the package root (given --package-root)",
    severity: ERROR,
    messages: ["Cannot find executable `{path}` for task `{name}`"],
    reference: "fractal_server/tasks/v1/background_operations.py:220",
  }),
  tested: (path) => path,
  msg: (ref, path) => `Cannot find executable \`${path}\` for task \`${ref.taskName}\``,
};

/**
 * Every executable that does not exist, in the server's words. (The server stops at the first: every one is
 * reported here.)
 */
export async function missingExecutables(
  refs: readonly ExecutableRef[],
  packageRoot: string,
  fileExists: (path: string) => Promise<boolean>,
  check: MissingFileCheck,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const ref of refs) {
    const path = check.tested(executablePath(packageRoot, ref.executable));
    if (!(await fileExists(path))) {
      issues.push({ loc: ref.loc, msg: check.msg(ref, path), type: "file_not_found", severity: ERROR, rule: check.rule.id });
    }
  }
  return issues;
}
