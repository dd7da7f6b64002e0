// Compiler-style text: one line per error or warning with file:line:col, then a status line.
import { formatLoc } from "./issue.js";
import { printable } from "./printable.js";
import { notCheckedNote } from "./details.js";
import { severityName, type SourcePosition, type ValidationSummaryJson } from "./types.js";

function where(source: string, position: SourcePosition | undefined): string {
  return position ? `${position.file}:${position.line}:${position.col}` : source;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function formatText(summary: ValidationSummaryJson): string {
  const lines: string[] = [];
  for (const detail of summary.details) {
    for (const error of detail.errors) {
      lines.push(`${where(summary.source_name, error.position)}: error: ${formatLoc(error.loc)}: ${error.msg} [${error.type}]`);
    }
    for (const warning of detail.warnings) {
      const level = severityName(warning.severity);
      lines.push(`${where(summary.source_name, warning.position)}: ${level}: ${formatLoc(warning.loc)}: ${warning.msg}`);
    }
    const note = notCheckedNote(detail);
    if (note !== undefined) {
      lines.push(`${summary.source_name}: note: ${note}`);
    }
  }
  const errors = summary.details.reduce((n, d) => n + d.errors.length, 0);
  const warnings = summary.details.reduce((n, d) => n + d.warnings.length, 0);
  const what = [summary.type, summary.format_version].filter((s) => s !== "").join(" ");
  lines.push(
    `${summary.source_name}: ${summary.status}${what === "" ? "" : ` (${what})`}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`,
  );
  return lines.map((line) => printable(line)).join("\n");
}
