// `bioimage-specs validate`: read, detect the kind (or use --kind), validate, print text or JSON, exit code.
import { stat } from "node:fs/promises";
import { locationHashFile } from "../copick/node/files.js";
import { locate, parent, readBytes } from "../copick/node/location.js";
import type { CopickError } from "../copick/errors.js";
import { parseSourceLazily } from "../engine/load/parse-lazily.js";
import type { ParsedSource } from "../engine/load/parse-core.js";
import type { HashFile } from "../croissant/check.js";
import { settings } from "../engine/node/settings.js";
import { isUrl } from "../engine/files.js";
import { fileExists } from "../engine/node/file-exists.js";
import { ReadError, decodeText, fileRandomAccess, readTextFile } from "../engine/node/read-source.js";
import { bioimageioKind, detectKind, type DocumentKind } from "../kinds/registry.js";
import { type FileValidationOptions, validateFile } from "../kinds/node/validate-file.js";
import { ZipArchive, ZipError } from "../engine/zip/reader.js";
import { ParseError } from "../engine/load/parse-error.js";
import { detail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR } from "../engine/summary/types.js";
import { printable } from "../engine/summary/printable.js";
import { LOAD } from "../engine/validation/engine-rules.js";
import { compareCodePoints } from "../engine/python-repr.js";
import type { OutputFormat } from "./output-formats.js";

export interface ValidateCommandOptions extends FileValidationOptions {
  readonly output: OutputFormat;
  /** `--summary` files, written after every input was validated. */
  readonly summaryFiles: readonly string[];
  /** bioimage.io IO checks; default: on for local sources, off for URLs. */
  readonly ioChecks?: boolean | undefined;
  /** Only the index-th (from 1) of count slices of the inputs (`--shard i/n`). */
  readonly shard?: { readonly index: number; readonly count: number } | undefined;
}

/**
 * The inputs of one shard: distinct inputs in code-point order, every count-th from the index-th. The same list
 * on every machine gives each input to exactly one shard, whatever order a shell or a listing gave them in, and
 * round-robin keeps the shards' sizes within one of each other.
 */
export function shardInputs(files: readonly string[], shard: { readonly index: number; readonly count: number }): string[] {
  return [...new Set(files)].sort(compareCodePoints).filter((_, i) => i % shard.count === shard.index - 1);
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
          rule: LOAD.id,
          ...(position ? { position } : {}),
        },
      ]),
    ],
  });
}

/** A document on S3 (a Croissant metadata.json, a copick config or picks file, ...): read, detected, validated. */
async function validateS3(url: string, options: ValidateCommandOptions): Promise<ValidationSummary> {
  let location;
  try {
    location = locate(url);
  } catch (error) {
    const message = (error as CopickError).message;
    throw new ReadError(url, message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message);
  }
  const limits = settings().documentLimits;
  const bytes = await readBytes(location);
  if (bytes.byteLength > limits.maxDocumentBytes) {
    throw new ReadError(url, `larger than ${limits.maxDocumentBytes} bytes`);
  }
  const source = await parseSourceLazily(decodeText(bytes, url), url, limits);
  return validateParsed(source, options.forcedKind ?? detectKind(source.value, url), options, locationHashFile(parent(location)));
}

/** A parsed document on S3 validated as `kind`; files next to it (a Croissant's CSVs) are read to verify checksums. */
function validateParsed(
  source: ParsedSource,
  kind: DocumentKind,
  options: ValidateCommandOptions,
  hashFile: HashFile,
): Promise<ValidationSummary> {
  return kind.validate(source.value, { ...options, sourceName: source.fileName, locate: source.locate, hashFile, fileExists });
}

/** A folder, a zip or a URL is a bioimage.io source; a file is parsed first and its kind detected (validate-file.ts). */
async function validateOne(file: string, options: ValidateCommandOptions): Promise<ValidationSummary> {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(file) && !isUrl(file) && !file.startsWith("file://")) {
    return validateS3(file, options); // s3://, or a protocol refused with the list of supported ones
  }
  const local = !isUrl(file);
  const io = options.ioChecks ?? local;
  const entryOnly = local && (await stat(file).catch(() => undefined))?.isFile() === true && !(await looksLikeZip(file));
  if (entryOnly) {
    return validateFile(await readTextFile(file), file, { ...options, ioChecks: io });
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
  const access = await fileRandomAccess(file);
  try {
    return await ZipArchive.isZip(access);
  } finally {
    await access.close();
  }
}

export async function runValidate(inputs: readonly string[], options: ValidateCommandOptions): Promise<number> {
  const files = options.shard ? shardInputs(inputs, options.shard) : inputs;
  // output.ts (colour, annotations, the total, summary files) is loaded only when needed: the one-file run in a
  // CI log (text, no terminal) does without
  const needed =
    options.output === "github" ||
    files.length > 1 ||
    options.summaryFiles.length > 0 ||
    (options.output === "text" && (process.stdout.isTTY === true || process.env.FORCE_COLOR !== undefined));
  const output = needed ? await import("./output.js") : undefined;
  const colours = options.output === "text" ? output?.palette(process.stdout) : undefined;
  let code = 0;
  let unreadable = 0;
  const summaries: ValidationSummary[] = [];
  for (const file of files) {
    let summary: ValidationSummary;
    try {
      summary = await validateOne(file, options);
      code = Math.max(code, summary.ok ? 0 : 1);
    } catch (error) {
      if (!(error instanceof ReadError || error instanceof ParseError || error instanceof ZipError)) {
        throw error;
      }
      code = 2;
      unreadable++;
      summary = unreadableSummary(file, error);
      if (options.output === "text") {
        process.stderr.write(`${printable(error.message)}\n`);
        summaries.push(summary);
        continue;
      }
    }
    summaries.push(summary);
    if (options.output === "github" && output) {
      process.stdout.write(`${output.githubAnnotations(summary)}\n`);
    } else if (options.output === "text") {
      process.stdout.write(`${colours && output ? output.colouredText(summary, colours) : summary.format("text")}\n`);
    }
  }
  if (options.output === "json") {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  } else if (summaries.length > 1 && output) {
    process.stdout.write(`${output.totalLine(summaries, unreadable, colours)}\n`);
  }
  await output?.writeSummaryFiles(options.summaryFiles, summaries, unreadable);
  return code;
}
