// Executables that must exist under the installed package's root (fractal-server checks the commands it built,
// tasks/v2/local/_utils.py `check_task_files_exist`, after collecting the tasks). Browser-safe: the caller
// says how to test a path (the Node API and the CLI pass a file-system check).
import { ERROR } from "../engine/summary/types.js";
import type { Issue } from "../engine/summary/issue.js";
import { defineRuleInfo, type RuleInfo } from "../engine/validation/rule.js";

const MISSING_FILE = "Task `{name}` has `{command}` pointing to missing file `{path}`.";

/** By manifest version: the server checks the files of the tasks it collected (2.11 had the same check). */
export const EXECUTABLES_EXIST = {
  "1": defineRuleInfo({
    id: "fractal1.collection.executables-exist",
    description: "the executables of the collected tasks exist under the package root (given --package-root)",
    severity: ERROR,
    messages: [MISSING_FILE],
    reference: "fractal_server/tasks/v2/local/_utils.py:49",
  }),
  "2": defineRuleInfo({
    id: "fractal2.collection.executables-exist",
    description: "the executables of the collected tasks exist under the package root (given --package-root)",
    severity: ERROR,
    messages: [MISSING_FILE],
    reference: "fractal_server/tasks/v2/local/_utils.py:55",
  }),
} as const;

export interface ExecutableRef {
  /** Where the executable is named in the manifest. */
  readonly loc: readonly (string | number)[];
  readonly taskName: string;
  /** The command field the server builds from it, e.g. `command_parallel`. */
  readonly command: string;
  readonly executable: string;
}

/** `package_root / executable` as pathlib joins them: an absolute executable replaces the root. */
export function executablePath(packageRoot: string, executable: string): string {
  return executable.startsWith("/") ? executable : `${packageRoot.replace(/\/+$/, "")}/${executable}`;
}

export async function missingExecutables(
  refs: readonly ExecutableRef[],
  packageRoot: string,
  fileExists: (path: string) => Promise<boolean>,
  rule: RuleInfo,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const ref of refs) {
    const path = executablePath(packageRoot, ref.executable);
    if (!(await fileExists(path))) {
      issues.push({
        loc: ref.loc,
        msg: `Task \`${ref.taskName}\` has \`${ref.command}\` pointing to missing file \`${path}\`.`,
        type: "file_not_found",
        severity: ERROR,
        rule: rule.id,
      });
    }
  }
  return issues;
}
