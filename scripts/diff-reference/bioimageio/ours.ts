// Our side of the differential harness: a document's text read and built as `loadDescription` reads and builds a
// file, IO checks off, in this process.
import { buildDescription } from "../../../src/bioimageio/build.js";
import { parseDescriptionText } from "../../../src/bioimageio/parse.js";
import { updateFormat } from "../../../src/bioimageio/node/update.js";
import { dumpDescription } from "../../../src/bioimageio/dump.js";
import { ParseError } from "../../../src/engine/load/parse-error.js";
import type { ValidationSummary } from "../../../src/engine/summary/summary.js";
import type { Answer, Mode, Verdict } from "./verdict.js";

function verdictOf(summary: ValidationSummary): Verdict {
  return {
    status: summary.status,
    type: summary.type,
    format_version: summary.format_version,
    errors: summary.errors.map((e) => ({ loc: e.loc, msg: e.msg, type: e.type })),
    warnings: summary.warnings.map((w) => ({ loc: w.loc, msg: w.msg, severity: w.severity })),
  };
}

const context = (name: string) => ({ file_name: name, original_source_name: name, root: ".", perform_io_checks: false });

async function parsed(text: string, name: string): Promise<{ value: unknown } | { parse: { type: string; msg: string } }> {
  try {
    return { value: (await parseDescriptionText(text, name)).value };
  } catch (error) {
    if (error instanceof ParseError) {
      return { parse: { type: "ParseError", msg: error.reason } };
    }
    throw error;
  }
}

export async function ourAnswer(text: string, name: string, modes: readonly Mode[]): Promise<Answer> {
  try {
    const read = await parsed(text, name);
    if ("parse" in read) {
      return { parse: read.parse };
    }
    const answer: { -readonly [K in keyof Answer]: Answer[K] } = { parse: null };
    for (const mode of modes) {
      answer[mode] = verdictOf((await buildDescription(read.value, { formatVersion: mode, context: context(name) })).validationSummary);
    }
    return answer;
  } catch (error) {
    return { parse: null, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** update_format: the converted description's verdict and, when it is valid, its dump. */
export async function ourUpdate(text: string, name: string): Promise<Answer> {
  try {
    const read = await parsed(text, name);
    if ("parse" in read) {
      return { parse: read.parse };
    }
    const updated = await updateFormat(read.value as Record<string, unknown>);
    const latest = verdictOf(updated.validationSummary);
    return { parse: null, latest, dump: updated.valid ? dumpDescription(updated, { excludeDefaults: true }) : null };
  } catch (error) {
    return { parse: null, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
