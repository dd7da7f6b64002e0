// `bioimage-specs validate`: read, detect the kind (or use --kind), validate, print text or JSON, exit code.
import type { CopickError } from "../copick/errors.js";
import { parseSourceLazily } from "../engine/load/parse-lazily.js";
import type { ParsedSource } from "../engine/load/parse-core.js";
import type { HashFile } from "../croissant/check.js";
import { settings } from "../engine/node/settings.js";
import { isUrl } from "../engine/files.js";
import { fileExists } from "../engine/node/file-exists.js";
import { ReadError, decodeText, readDocumentFile } from "../engine/node/read-source.js";
import { bioimageioKind, detectKind, type DocumentKind } from "../kinds/registry.js";
import { type FileValidationOptions, validateFile } from "../kinds/node/validate-file.js";
import { ZipError } from "../engine/zip/reader.js";
import { ParseError } from "../engine/load/parse-error.js";
import { detail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR } from "../engine/summary/types.js";
import { printable } from "../engine/summary/printable.js";
import { LOAD } from "../engine/validation/engine-rules.js";
import { compareCodePoints } from "../engine/python-repr.js";
import type { OutputFormat } from "./output-formats.js";
import type * as OutputFunctions from "./output.js";
import type { FileOutcome } from "./validate-jobs.js";

export interface ValidateCommandOptions extends FileValidationOptions {
  readonly output: OutputFormat;
  /** `--summary` files, written after every input was validated. */
  readonly summaryFiles: readonly string[];
  /** bioimage.io IO checks; default: on for local sources, off for URLs. */
  readonly ioChecks?: boolean | undefined;
  /** Only the index-th (from 1) of count slices of the inputs (`--shard i/n`). */
  readonly shard?: { readonly index: number; readonly count: number } | undefined;
  /** Worker threads validating the files (`--jobs`; 0: one per idle core, see workerCount); 1 or undefined: this thread. */
  readonly jobs?: number | undefined;
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

/**
 * A document on S3 (a Croissant metadata.json, a copick config or picks file, ...): read, detected, validated. The
 * S3 client is loaded here, not with the command: it brings node:crypto, http and https, which local files do not
 * need.
 */
async function validateS3(url: string, options: ValidateCommandOptions): Promise<ValidationSummary> {
  const [{ locate, parent, readBytes }, { locationHashFile }] = await Promise.all([
    import("../copick/node/location.js"),
    import("../copick/node/files.js"),
  ]);
  let location;
  try {
    location = locate(url);
  } catch (error) {
    const message = (error as CopickError).message;
    throw new ReadError(url, message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message);
  }
  const limits = (options.settings ?? settings()).documentLimits;
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

/**
 * A folder, a zip or a URL is a bioimage.io source; a file is read once, parsed and its kind detected
 * (validate-file.ts).
 */
async function validateOne(file: string, options: ValidateCommandOptions): Promise<ValidationSummary> {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(file) && !isUrl(file) && !file.startsWith("file://")) {
    return validateS3(file, options); // s3://, or a protocol refused with the list of supported ones
  }
  const local = !isUrl(file);
  const io = options.ioChecks ?? local;
  const bytes = local ? readDocumentFile(file, (options.settings ?? settings()).documentLimits.maxDocumentBytes) : undefined;
  if (bytes !== undefined) {
    return validateFile(decodeText(bytes, file), file, { ...options, ioChecks: io });
  } else if (options.forcedKind !== undefined && options.forcedKind !== bioimageioKind) {
    throw new ReadError(file, `a folder, zip or URL is read as a bioimage.io source, not as ${options.forcedKind.name}`);
  }
  const { loadDescription } = await import("../bioimageio/node/load.js");
  const description = await loadDescription(file, {
    performIoChecks: io,
    formatVersion: options.formatVersion,
    warningLevel: options.warningLevel,
    settings: options.settings,
  });
  return description.validationSummary;
}

/** One input validated; an input that cannot be read or parsed gets a summary saying so (other errors are thrown). */
async function validatedInput(file: string, options: ValidateCommandOptions): Promise<{ summary: ValidationSummary; unreadable?: string }> {
  try {
    return { summary: await validateOne(file, options) };
  } catch (error) {
    if (!(error instanceof ReadError || error instanceof ParseError || error instanceof ZipError)) {
      throw error;
    }
    return { summary: unreadableSummary(file, error), unreadable: error.message };
  }
}

/** What a run keeps of each input, and the output module when printing needs it. */
export interface OutcomeForm {
  readonly output: OutputFormat;
  /** Text output in colour. */
  readonly coloured: boolean;
  /** Keep the summaries themselves (--json, --summary); otherwise what is printed and the counts are enough. */
  readonly keepSummaries: boolean;
}

type OutputModule = typeof OutputFunctions;

/** The output module, when printing in `form` needs it (colour, annotations): loaded once per thread. */
export async function outputFor(form: OutcomeForm): Promise<OutputModule | undefined> {
  return form.output === "github" || form.coloured ? await import("./output.js") : undefined;
}

/** One input validated, as the run keeps it: in this thread or in a `--jobs` worker. */
export async function outcomeOf(
  file: string,
  options: ValidateCommandOptions,
  form: OutcomeForm,
  output: OutputModule | undefined,
): Promise<FileOutcome> {
  const { summary, unreadable } = await validatedInput(file, options);
  const printed =
    form.output === "github" && output
      ? output.githubAnnotations(summary)
      : form.output === "text" && unreadable === undefined
        ? output
          ? output.colouredText(summary, output.paletteOf(form.coloured))
          : summary.format("text")
        : undefined;
  return {
    ok: summary.ok,
    errors: summary.errors.length,
    warnings: summary.warnings.length,
    summary: form.keepSummaries ? summary : undefined,
    printed,
    unreadable,
  };
}

async function* inThisThread(files: readonly string[], options: ValidateCommandOptions, form: OutcomeForm): AsyncGenerator<FileOutcome> {
  const output = await outputFor(form);
  for (const file of files) {
    yield await outcomeOf(file, options, form, output);
  }
}

/** The outcomes of `validate --jobs`: this thread validates too (validate-jobs.ts). */
async function inWorkers(
  files: readonly string[],
  options: ValidateCommandOptions,
  form: OutcomeForm,
): Promise<AsyncGenerator<FileOutcome>> {
  const [{ validateInWorkers }, output] = await Promise.all([import("./validate-jobs.js"), outputFor(form)]);
  return validateInWorkers(files, options, form, import.meta.url, (file, own) => outcomeOf(file, own, form, output));
}

export async function runValidate(inputs: readonly string[], commandOptions: ValidateCommandOptions): Promise<number> {
  // the environment's settings read once for the run, not once or more per file (reading them walks the environment)
  const options = { ...commandOptions, settings: commandOptions.settings ?? settings() };
  const files = options.shard ? shardInputs(inputs, options.shard) : inputs;
  // output.ts (colour, annotations, the total, summary files) is loaded only when needed: the one-file run in a
  // CI log (text, no terminal) does without
  const needed =
    options.output === "github" ||
    files.length > 1 ||
    options.summaryFiles.length > 0 ||
    (options.output === "text" && (process.stdout.isTTY === true || process.env.FORCE_COLOR !== undefined));
  const output = needed ? await import("./output.js") : undefined;
  const form: OutcomeForm = {
    output: options.output,
    coloured: options.output === "text" && output !== undefined && output.useColour(process.stdout),
    keepSummaries: options.output === "json" || options.summaryFiles.length > 0,
  };
  let code = 0;
  let unreadable = 0;
  let failed = 0;
  let errors = 0;
  let warnings = 0;
  const summaries: ValidationSummary[] = [];
  // --jobs auto may choose one thread (a small input, a busy machine): then no worker machinery at all
  const threads =
    options.jobs === undefined || options.jobs === 1 || files.length < 2
      ? 1
      : (await import("./validate-jobs.js")).workerCount(options.jobs, files.length);
  const outcomes = threads === 1 ? inThisThread(files, options, form) : await inWorkers(files, { ...options, jobs: threads }, form);
  for await (const outcome of outcomes) {
    if (outcome.summary) {
      summaries.push(outcome.summary);
    }
    failed += outcome.ok ? 0 : 1;
    errors += outcome.errors;
    warnings += outcome.warnings;
    if (outcome.unreadable === undefined) {
      code = Math.max(code, outcome.ok ? 0 : 1);
    } else {
      code = 2;
      unreadable++;
      if (options.output === "text") {
        process.stderr.write(`${printable(outcome.unreadable)}\n`);
      }
    }
    if (outcome.printed !== undefined) {
      process.stdout.write(`${outcome.printed}\n`);
    }
  }
  if (options.output === "json") {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  } else if (files.length > 1 && output) {
    const tally = { files: files.length, failed, unreadable, errors, warnings };
    process.stdout.write(`${output.tallyLine(tally, output.paletteOf(form.coloured))}\n`);
  }
  await output?.writeSummaryFiles(options.summaryFiles, summaries, unreadable);
  return code;
}

// A `validate --jobs` worker (validate-jobs.ts) imports this module with this mark set: it then validates the
// files it is sent. Reading one global costs the CLI's start-up nothing (importing validate-jobs.ts would not).
if ((globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.validate-worker")] === true) {
  void import("./validate-jobs.js").then(({ serveValidateJobs }) => serveValidateJobs(outcomeOf, outputFor));
}
