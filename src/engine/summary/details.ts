// The details of a summary (the reference's `ValidationDetail`) built from issues, and the detail that records
// what could not be checked.
import type { Issue } from "./issue.js";
import {
  ERROR,
  type ErrorEntry,
  type Loc,
  type ValidationContextSummary,
  type ValidationDetail,
  type WarningEntry,
  type WarningSeverity,
} from "./types.js";

export function toErrorEntry(issue: Issue): ErrorEntry {
  return {
    loc: issue.loc,
    msg: issue.msg,
    type: issue.type,
    with_traceback: false,
    traceback_md: "",
    traceback_html: "",
    rule: issue.rule,
    ...(issue.position ? { position: issue.position } : {}),
  };
}

export function toWarningEntry(issue: Issue): WarningEntry {
  return {
    loc: issue.loc,
    msg: issue.msg,
    type: "warning",
    severity: issue.severity as WarningSeverity,
    rule: issue.rule,
    ...(issue.position ? { position: issue.position } : {}),
  };
}

export function detail(
  name: string,
  issues: readonly Issue[],
  options: { readonly loc?: Loc; readonly context?: ValidationContextSummary | null } = {},
): ValidationDetail {
  const errors = issues.filter((i) => i.severity >= ERROR).map(toErrorEntry);
  return {
    name,
    status: errors.length > 0 ? "failed" : "passed",
    loc: options.loc ?? [],
    errors,
    warnings: issues.filter((i) => i.severity < ERROR).map(toWarningEntry),
    context: options.context ?? null,
    recommended_env: null,
    saved_conda_compare: null,
  };
}

const NOT_CHECKED = "not checked: ";

/** A detail that records what IO checks could not check (a passed detail without entries, named by it). */
export function notCheckedDetail(what: string): ValidationDetail {
  return detail(`${NOT_CHECKED}${what}`, []);
}

/** What a `notCheckedDetail` says, or undefined for other details. */
export function notCheckedNote(detailEntry: ValidationDetail): string | undefined {
  return detailEntry.name.startsWith(NOT_CHECKED) && detailEntry.errors.length === 0 ? detailEntry.name : undefined;
}
