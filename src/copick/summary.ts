// One ValidationSummary for a copick or Croissant document: the same JSON shape as every other family.
import { detail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR, warningLevelSeverity } from "../engine/summary/types.js";
import type { Issue } from "../engine/summary/issue.js";
import { positioned, type SummaryOptions } from "../engine/summary/options.js";

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
  const level = warningLevelSeverity(options.warningLevel);
  const details = parts.map((part) => detail(part.name, positioned(part.issues, options)));
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
