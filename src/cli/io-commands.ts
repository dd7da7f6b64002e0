// `bioimage-specs package` and `update-hashes`: one-line errors on stderr (never a stack trace), exit codes
// 0 done, 1 the description is invalid, 2 unreadable input or usage. `--json` prints one JSON object on stdout
// (also on failure, with `error`).
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { PackageError, type PackagePhase } from "../bioimageio/node/package.js";
import { ReadError } from "../engine/node/read-source.js";
import { ParseError } from "../engine/load/parse.js";
import { ZipError } from "../engine/zip/reader.js";
import { DownloadError } from "../engine/node/download.js";
import { printable } from "../engine/summary/printable.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { printJson, progressLine } from "./output.js";

function expected(error: unknown): error is Error {
  return error instanceof ReadError || error instanceof ParseError || error instanceof ZipError || error instanceof DownloadError;
}

/** A failure as one line on stderr (and, with --json, as `{ ...context, error }` on stdout); its exit code. */
function failed(error: Error, code: number, json: Record<string, unknown> | undefined): number {
  process.stderr.write(`${printable(error.message, true)}\n`);
  if (json) {
    printJson({ ...json, ok: false, error: error.message });
  }
  return code;
}

const PHASES: Readonly<Record<PackagePhase, (source: string, output: string) => string>> = {
  check: (source) => `checking ${source} and its files`,
  write: (_, output) => `writing ${output}`,
  validate: (_, output) => `validating ${output}`,
};

export async function runPackage(
  source: string,
  output: string,
  options: {
    readonly weightsPriorityOrder?: readonly string[];
    readonly performIoChecks: boolean;
    readonly allowInvalid: boolean;
    readonly force: boolean;
    readonly json: boolean;
  },
): Promise<number> {
  const json = options.json ? { source, output } : undefined;
  const zip = extname(output).toLowerCase() === ".zip";
  if (!options.force && (await stat(output).catch(() => undefined)) !== undefined) {
    return failed(new Error(`${output} exists: pass --force to replace it`), EXIT_USAGE, json);
  }
  const { saveBioimageioPackage, saveBioimageioPackageAsFolder } = await import("../bioimageio/node/package.js");
  const { settings } = await import("../engine/node/settings.js");
  const progress = progressLine(settings().ci);
  let phase = "";
  const packageOptions = {
    ...(options.weightsPriorityOrder ? { weightsPriorityOrder: options.weightsPriorityOrder } : {}),
    performIoChecks: options.performIoChecks,
    allowInvalid: options.allowInvalid,
    outputPath: output,
  };
  try {
    const written = zip
      ? await saveBioimageioPackage(source, {
          ...packageOptions,
          onPhase: (next) => {
            phase = PHASES[next](source, output);
            progress.update(phase);
          },
          onProgress: (done, total) => progress.update(phase, done, total),
        })
      : await saveBioimageioPackageAsFolder(source, packageOptions);
    progress.done();
    if (json) {
      printJson({ ...json, ok: true, output: written, kind: zip ? "zip" : "folder", bytes: zip ? (await stat(written)).size : undefined });
    } else {
      process.stdout.write(`${written}\n`);
    }
    return EXIT_OK;
  } catch (error) {
    progress.done();
    if (error instanceof PackageError) {
      return failed(error, EXIT_INVALID, json);
    }
    if (expected(error)) {
      return failed(error, EXIT_USAGE, json);
    }
    throw error;
  }
}

export async function runUpdateHashes(source: string, output: string | undefined, json: boolean): Promise<number> {
  const { updateHashesInFile } = await import("../bioimageio/node/update-hashes.js");
  const target = output ?? source;
  try {
    const { description, changes } = await updateHashesInFile(source, output === undefined ? {} : { outputPath: output });
    const errors = description.validationSummary.errors;
    if (json) {
      printJson({ source, output: target, ok: errors.length === 0, changes, summary: description.validationSummary });
      return errors.length > 0 ? EXIT_INVALID : EXIT_OK;
    }
    for (const change of changes) {
      process.stdout.write(`${target}: ${change.path.join(".")}: ${change.from ?? "(none)"} -> ${change.to}\n`);
    }
    for (const error of errors) {
      process.stderr.write(
        `${error.position ? `${error.position.file}:${error.position.line}:${error.position.col}` : source}: error: ${error.loc.join(".")}: ${error.msg}\n`,
      );
    }
    process.stdout.write(`${target}: ${changes.length} sha256 value${changes.length === 1 ? "" : "s"} updated\n`);
    return errors.length > 0 ? EXIT_INVALID : EXIT_OK;
  } catch (error) {
    if (expected(error) || (error instanceof Error && error.message.includes("update-hashes writes"))) {
      return failed(error, EXIT_USAGE, json ? { source, output: target } : undefined);
    }
    throw error;
  }
}
