// One ValidationSummary for a copick or Croissant document: the same JSON shape as every other family.
import { detail, ValidationSummary } from "../engine/summary/summary.js";
import { ERROR, type Severity, type SourcePosition, WARNING_LEVELS } from "../engine/summary/types.js";
import { type DocPath, type Issue, issuePath } from "../engine/summary/issue.js";

export interface SummaryOptions {
  /** Shown as the summary's `source_name`. */
  readonly sourceName?: string;
  /** Turns a document path into a file position, for every entry. */
  readonly locate?: (path: DocPath) => SourcePosition;
  /** Warnings at or above this level fail the validation (default "error": none do). */
  readonly warningLevel?: keyof typeof WARNING_LEVELS;
}

export interface SummaryPart {
  readonly name: string;
  readonly issues: readonly Issue[];
}

export function summarize(
  name: string,
  type: string,
  formatVersion: string,
  parts: readonly SummaryPart[],
  options: SummaryOptions,
): ValidationSummary {
  const level: Severity = WARNING_LEVELS[options.warningLevel ?? "error"];
  const locate = options.locate;
  const details = parts.map((part) =>
    detail(
      part.name,
      part.issues.map((issue) => (locate ? { ...issue, position: locate(issuePath(issue)) } : issue)),
    ),
  );
  const failed = parts.some((part) => part.issues.some((issue) => issue.severity >= ERROR || issue.severity >= level));
  return new ValidationSummary({
    name,
    source_name: options.sourceName ?? "in-memory",
    type,
    format_version: formatVersion,
    status: failed ? "failed" : "passed",
    details,
  });
}
