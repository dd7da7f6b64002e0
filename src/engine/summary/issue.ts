// What every check produces before it becomes a summary entry.
import type { Loc, Severity, SourcePosition } from "./types.js";

/** A path into the parsed document (keys and indices), used to find file positions. */
export type DocPath = readonly (string | number)[];

export interface Issue {
  /** The reference's `loc` (may hold union tags such as `"channel"` that are not in the document). */
  readonly loc: Loc;
  /** Where in the document the issue is; defaults to `loc`. */
  readonly path?: DocPath;
  readonly msg: string;
  readonly type: string;
  /** 50 for errors; 20, 30, 35 for warnings. */
  readonly severity: Severity;
  /** Rule id, or `schema` for shape errors. */
  readonly rule: string;
  readonly position?: SourcePosition;
}

export function issuePath(issue: Issue): DocPath {
  return issue.path ?? issue.loc;
}

export function formatLoc(loc: Loc): string {
  return loc.length === 0 ? "(root)" : loc.join(".");
}
