// `bioimage-specs validate`: read, detect the kind (or use --kind), validate, print text or JSON, exit code.
import { open, stat } from "node:fs/promises";
import { isUrl } from "../engine/files.js";
import { ReadError, readSourceFile } from "../engine/node/read-source.js";
import { bioimageioKind } from "../kinds/registry.js";
import { type FileValidationOptions, validateFile } from "../kinds/node/validate-file.js";
import { ZipArchive, ZipError } from "../engine/zip/reader.js";
import { ParseError } from "../engine/load/parse-error.js";
import { detail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR } from "../engine/summary/types.js";
import { printable } from "../engine/summary/printable.js";

export interface ValidateCommandOptions extends FileValidationOptions {
  readonly json: boolean;
  /** bioimage.io IO checks; default: on for local sources, off for URLs. */
  readonly ioChecks?: boolean | undefined;
}

/** A summary for an input that could not be read or parsed, so that --json keeps one entry per input. */
function unreadableSummary(path: string, error: ReadError | ParseError | ZipError): ValidationSummary {
  const position = error instanceof ParseError ? { file: path, line: error.line, col: error.col } : undefined;
  return new ValidationSummary({
    name: "bioimage-specs validation",
    source_name: path,
    type: "unknown",
    format_version: "unknown",
    details: [
      detail("read and parse the source", [
        {
          loc: [],
          msg: error instanceof ZipError ? error.message : error.reason,
          type: error instanceof ParseError ? "parse_error" : "read_error",
          severity: ERROR,
          rule: "load",
          ...(position ? { position } : {}),
        },
      ]),
    ],
  });
}

/** A folder, a zip or a URL is a bioimage.io source; a file is parsed first and its kind detected (validate-file.ts). */
async function validateOne(file: string, options: ValidateCommandOptions): Promise<ValidationSummary> {
  const local = !isUrl(file);
  const io = options.ioChecks ?? local;
  const entryOnly = local && (await stat(file).catch(() => undefined))?.isFile() === true && !(await looksLikeZip(file));
  if (entryOnly) {
    return validateFile(await readSourceFile(file), file, { ...options, ioChecks: io });
  } else if (options.forcedKind !== undefined && options.forcedKind !== bioimageioKind) {
    throw new ReadError(file, `a folder, zip or URL is read as a bioimage.io source, not as ${options.forcedKind.name}`);
  }
  const { loadDescription } = await import("../bioimageio/node/load.js");
  const description = await loadDescription(file, {
    performIoChecks: io,
    formatVersion: options.formatVersion,
    warningLevel: options.warningLevel,
  });
  return description.validationSummary;
}

async function looksLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(4);
    await handle.read(head, 0, 4, 0);
    return ZipArchive.looksLikeZip(head);
  } finally {
    await handle.close();
  }
}

export async function runValidate(files: readonly string[], options: ValidateCommandOptions): Promise<number> {
  let code = 0;
  const summaries: ValidationSummary[] = [];
  for (const file of files) {
    try {
      const summary = await validateOne(file, options);
      summaries.push(summary);
      code = Math.max(code, summary.ok ? 0 : 1);
      if (!options.json) {
        process.stdout.write(`${summary.format("text")}\n`);
      }
    } catch (error) {
      if (!(error instanceof ReadError || error instanceof ParseError || error instanceof ZipError)) {
        throw error;
      }
      code = 2;
      summaries.push(unreadableSummary(file, error));
      if (!options.json) {
        process.stderr.write(`${printable(error.message)}\n`);
      }
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  }
  return code;
}
