// Executables that must exist under the installed package's root (fractal-server checks the commands it built,
// tasks/v2/local/_utils.py `check_task_files_exist`, after collecting the tasks). Browser-safe: the caller
// says how to test a path (the Node API and the CLI pass a file-system check).
import { ERROR } from "../engine/summary/types.js";
import type { Issue } from "../engine/summary/issue.js";

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
  rule: string,
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
        rule,
      });
    }
  }
  return issues;
}
