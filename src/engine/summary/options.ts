// What every family's validate function accepts about its summary: the families' options extend it, and the
// document kinds pass one options object through to whichever family validates a document.
import { type DocPath, type Issue, issuePath } from "./issue.js";
import type { Severity, SourcePosition, WarningLevelName } from "./types.js";

export interface SummaryOptions {
  /** Shown as the summary's `source_name` (default "in-memory"). */
  readonly sourceName?: string | undefined;
  /** Turns a document path into a file position, for every entry of the summary (a ParsedSource's `locate`). */
  readonly locate?: ((path: DocPath) => SourcePosition) | undefined;
  /** Warnings at or above this level fail the validation (default "error": none do). */
  readonly warningLevel?: WarningLevelName | Severity | undefined;
}

/** The issues with their file positions, when `options.locate` is given. */
export function positioned(issues: readonly Issue[], options: SummaryOptions): Issue[] {
  const locate = options.locate;
  return locate ? issues.map((issue) => ({ ...issue, position: locate(issuePath(issue)) })) : [...issues];
}
