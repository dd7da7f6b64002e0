// ML split assignments as copick takes them (ops/croissant.py `_load_split_assignments`, `_validate_split_runs`;
// cli/config.py `--split NAME=R1,R2` and `--splits-file`), with copick's messages. Browser-safe.
import { compareCodePoints } from "../engine/python-repr.js";
import { parseCsv } from "../engine/load/csv.js";
import { CopickError } from "./errors.js";

/** `{split: [runs]}`; a Map keeps the order in which splits were given. */
export type SplitMapping = ReadonlyMap<string, readonly string[]> | Readonly<Record<string, readonly string[]>>;

function entries(mapping: SplitMapping): [string, readonly string[]][] {
  return mapping instanceof Map ? [...mapping.entries()] : Object.entries(mapping);
}

/** `{run: split}` from `{split: [runs]}`; an empty split name or a run in two splits is an error. */
export function splitAssignments(mapping: SplitMapping | undefined): Map<string, string> {
  const runToSplit = new Map<string, string>();
  for (const [split, runs] of mapping ? entries(mapping) : []) {
    if (split === "") {
      throw new CopickError("Split name cannot be empty.");
    }
    for (const run of runs) {
      const other = runToSplit.get(run);
      if (other !== undefined && other !== split) {
        throw new CopickError(`Run '${run}' was assigned to two splits: '${other}' and '${split}'.`);
      }
      runToSplit.set(run, split);
    }
  }
  return runToSplit;
}

/** Every assigned run must exist: copick's "Splits reference unknown runs: 'train'→'TS_9', ...". */
export function checkSplitRuns(runToSplit: ReadonlyMap<string, string>, available: ReadonlySet<string>): void {
  const missing = [...runToSplit.entries()]
    .filter(([run]) => !available.has(run))
    .map(([run, split]) => [split, run] as const)
    .sort(([s1, r1], [s2, r2]) => (s1 === s2 ? compareCodePoints(r1, r2) : compareCodePoints(s1, s2)));
  if (missing.length > 0) {
    throw new CopickError(`Splits reference unknown runs: ${missing.map(([split, run]) => `'${split}'→'${run}'`).join(", ")}`);
  }
}

/** `--split NAME=RUN1,RUN2`, tokens trimmed; copick's messages for each malformed form. */
export function parseSplitOption(value: string): [string, string[]] {
  const at = value.indexOf("=");
  if (at < 0) {
    throw new CopickError(`Expected 'NAME=RUN1,RUN2,...' in --split '${value}'.`);
  }
  const name = value.slice(0, at).trim();
  if (name === "") {
    throw new CopickError(`Split name is empty in --split '${value}'.`);
  }
  if (name.includes(",") || name.includes("=")) {
    throw new CopickError(`Split name may not contain ',' or '=' (got '${name}').`);
  }
  const runs = value
    .slice(at + 1)
    .split(",")
    .map((run) => run.trim())
    .filter((run) => run !== "");
  if (runs.length === 0) {
    throw new CopickError(`No runs listed for split '${name}' in --split '${value}'.`);
  }
  return [name, runs];
}

/** A splits file: CSV with columns `split` and `run` (others ignored, rows with a blank cell skipped). */
export function parseSplitsCsv(text: string, fileName: string): Map<string, string[]> {
  const records = parseCsv(text.startsWith("\uFEFF") ? text.slice(1) : text, fileName).map((r) => r.cells.map((c) => c.value));
  const header = records[0];
  const splitAt = header?.indexOf("split") ?? -1;
  const runAt = header?.indexOf("run") ?? -1;
  if (!header || splitAt < 0 || runAt < 0) {
    throw new CopickError(
      `Splits file ${fileName} must have columns 'split' and 'run' (got ${header ? `[${header.map((h) => `'${h}'`).join(", ")}]` : "None"}).`,
    );
  }
  const mapping = new Map<string, string[]>();
  for (const cells of records.slice(1)) {
    const split = (cells[splitAt] ?? "").trim();
    const run = (cells[runAt] ?? "").trim();
    if (split !== "" && run !== "") {
      mapping.set(split, [...(mapping.get(split) ?? []), run]);
    }
  }
  return mapping;
}

/** The splits file's mapping, then each `--split` (which replaces a split of the same name), or undefined. */
export function mergeSplitInputs(
  splitOptions: readonly string[],
  fileMapping: ReadonlyMap<string, string[]> | undefined,
): Map<string, string[]> | undefined {
  if (splitOptions.length === 0 && fileMapping === undefined) {
    return undefined;
  }
  const mapping = new Map(fileMapping);
  for (const option of splitOptions) {
    const [name, runs] = parseSplitOption(option);
    mapping.set(name, runs);
  }
  return mapping;
}
