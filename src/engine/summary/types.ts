// The validation summary, shaped like the reference's (bioimageio.spec `summary.py`) so that its JSON is
// interchangeable: snake_case fields are the serialised format, not a naming slip.

export type Loc = readonly (string | number)[];

/** The reference's warning levels (bioimageio.spec `_internal/warning_levels.py`). */
export const INFO = 20;
export const WARNING = 30;
export const ALERT = 35;
export const ERROR = 50;
export type WarningSeverity = typeof INFO | typeof WARNING | typeof ALERT;
export type Severity = WarningSeverity | typeof ERROR;

/** The warning levels by name, lowest first (`--warning-level`). */
export const WARNING_LEVEL_NAMES = ["info", "warning", "alert", "error"] as const;
export type WarningLevelName = (typeof WARNING_LEVEL_NAMES)[number];

export const WARNING_LEVELS: Readonly<Record<WarningLevelName, Severity>> = {
  info: INFO,
  warning: WARNING,
  alert: ALERT,
  error: ERROR,
};

/** The severity a warning level stands for; the default "error" lets no warning fail a validation. */
export function warningLevelSeverity(level: WarningLevelName | Severity | undefined): Severity {
  return typeof level === "number" ? level : WARNING_LEVELS[level ?? "error"];
}

/** A severity's name ("info", "warning", "alert", "error"), or its number when it has none. */
export function severityName(severity: number): string {
  return WARNING_LEVEL_NAMES.find((name) => WARNING_LEVELS[name] === severity) ?? String(severity);
}

/** Where an entry points in its source file (1-based), our addition to the reference's entries. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface ErrorEntry {
  readonly loc: Loc;
  readonly msg: string;
  readonly type: string;
  readonly with_traceback: boolean;
  readonly traceback_md: string;
  readonly traceback_html: string;
  /** The id of the rule that found it (schema errors: `schema`). */
  readonly rule?: string;
  readonly position?: SourcePosition;
}

export interface WarningEntry {
  readonly loc: Loc;
  readonly msg: string;
  readonly type: "warning";
  readonly severity: WarningSeverity;
  readonly rule?: string;
  readonly position?: SourcePosition;
}

export interface ValidationContextSummary {
  readonly file_name: string | null;
  readonly original_source_name: string | null;
  readonly perform_io_checks: boolean;
  readonly known_files: Readonly<Record<string, string | null>>;
  readonly update_hashes: boolean;
  readonly root: string;
}

export interface ValidationDetail {
  readonly name: string;
  readonly status: "passed" | "failed";
  readonly loc: Loc;
  readonly errors: readonly ErrorEntry[];
  readonly warnings: readonly WarningEntry[];
  readonly context: ValidationContextSummary | null;
  readonly recommended_env: null;
  readonly saved_conda_compare: null;
}

export type SummaryStatus = "passed" | "valid-format" | "failed";

/** The JSON form of a summary, field for field the reference's `ValidationSummary`. */
export interface ValidationSummaryJson {
  readonly name: string;
  readonly source_name: string;
  readonly id: string | null;
  readonly type: string;
  readonly format_version: string;
  readonly status: SummaryStatus;
  readonly metadata_completeness: number;
  readonly details: readonly ValidationDetail[];
  readonly env: readonly (readonly [string, string, string, string])[];
  readonly saved_conda_list: null;
}
