// `bioimage-specs merge-summaries`: the `--json` outputs (or .json summary files) of several `validate` runs, e.g.
// the shards of a batch (`validate --shard i/n`), as one: the summaries in source order, the total line, summary
// files, and the exit code one run over every input would have given.
import { readFile } from "node:fs/promises";
import { compareCodePoints } from "../engine/python-repr.js";
import { isRecord } from "../engine/records.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import type { ValidationDetail } from "../engine/summary/types.js";
import { LOAD } from "../engine/validation/engine-rules.js";
import { printable } from "../engine/summary/printable.js";
import { EXIT_USAGE } from "./exit-codes.js";

export interface MergeSummariesFlags {
  readonly json?: boolean;
  readonly summary: readonly string[];
}

class MergeError extends Error {}

/** The summaries of one `--json` output: an array of summaries, each with its source and details. */
function summariesOf(path: string, text: string): ValidationSummary[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) {
    throw new MergeError(`${path}: not a JSON array of validation summaries (as \`validate --json\` prints)`);
  }
  return value.map((entry: unknown, i) => {
    if (!isRecord(entry) || typeof entry.source_name !== "string" || !Array.isArray(entry.details)) {
      throw new MergeError(`${path}: entry ${i} is not a validation summary (source_name and details)`);
    }
    const text = (key: string): string => (typeof entry[key] === "string" ? entry[key] : "");
    return new ValidationSummary({
      name: text("name"),
      source_name: entry.source_name,
      id: typeof entry.id === "string" ? entry.id : null,
      type: text("type"),
      format_version: text("format_version"),
      ...(entry.status === "failed" || entry.status === "valid-format" || entry.status === "passed" ? { status: entry.status } : {}),
      metadata_completeness: typeof entry.metadata_completeness === "number" ? entry.metadata_completeness : 0,
      details: entry.details as ValidationDetail[],
    });
  });
}

/** An input `validate` could not read or parse (its summary has the load rule's error). */
function unreadable(summary: ValidationSummary): boolean {
  return summary.errors.some((e) => e.rule === LOAD.id);
}

export async function runMergeSummaries(files: readonly string[], flags: MergeSummariesFlags): Promise<number> {
  const summaries: ValidationSummary[] = [];
  try {
    for (const file of files) {
      const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new MergeError(`${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
      });
      summaries.push(...summariesOf(file, text));
    }
  } catch (error) {
    if (error instanceof MergeError) {
      process.stderr.write(`bioimage-specs: ${printable(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  summaries.sort((a, b) => compareCodePoints(a.source_name, b.source_name));
  const unreadableCount = summaries.filter(unreadable).length;
  const output = await import("./output.js");
  if (flags.json === true) {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  } else {
    for (const summary of summaries.filter((s) => !s.ok)) {
      process.stdout.write(`${summary.format("text")}\n`);
    }
    process.stdout.write(`${output.totalLine(summaries, unreadableCount)}\n`);
  }
  await output.writeSummaryFiles(flags.summary, summaries, unreadableCount);
  return unreadableCount > 0 ? 2 : summaries.some((s) => !s.ok) ? 1 : 0;
}
