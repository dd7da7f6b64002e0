// Validate a parsed document and pick out what the tests assert on.
import { buildDescription, type BuildOptions } from "../../src/bioimageio/build.js";
import type { ErrorEntry, WarningEntry } from "../../src/engine/summary/types.js";

export interface Outcome {
  readonly status: string;
  readonly formatVersion: string;
  readonly errors: readonly ErrorEntry[];
  readonly warnings: readonly WarningEntry[];
}

export async function validateDoc(doc: unknown, options: BuildOptions = {}): Promise<Outcome> {
  const summary = (await buildDescription(doc, options)).validationSummary;
  return { status: summary.status, formatVersion: summary.format_version, errors: summary.errors, warnings: summary.warnings };
}

/** The errors reported by one rule. */
export function byRule(entries: readonly (ErrorEntry | WarningEntry)[], rule: string) {
  return entries.filter((e) => e.rule === rule).map((e) => ({ loc: e.loc, msg: e.msg }));
}
