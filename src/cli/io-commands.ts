// `bioimage-specs package` and `update-hashes`: one-line errors on stderr (never a stack trace), exit codes
// 0 done, 1 the description is invalid, 2 unreadable input or usage.
import { extname } from "node:path";
import { PackageError } from "../bioimageio/node/package.js";
import { ReadError } from "../engine/node/read-source.js";
import { ParseError } from "../engine/load/parse.js";
import { ZipError } from "../engine/zip/reader.js";
import { DownloadError } from "../engine/node/download.js";
import { printable } from "../engine/summary/printable.js";

function expected(error: unknown): error is Error {
  return error instanceof ReadError || error instanceof ParseError || error instanceof ZipError || error instanceof DownloadError;
}

export async function runPackage(
  source: string,
  output: string,
  options: { readonly weightsPriorityOrder?: readonly string[]; readonly performIoChecks: boolean; readonly allowInvalid: boolean },
): Promise<number> {
  const { saveBioimageioPackage, saveBioimageioPackageAsFolder } = await import("../bioimageio/node/package.js");
  const { settings } = await import("../engine/node/settings.js");
  // a progress line on a terminal only (never in pipes, logs or CI)
  const tty = process.stderr.isTTY === true && !settings().ci;
  let shown = 0;
  const onProgress = (done: number, total: number | undefined): void => {
    if (Date.now() - shown > 200) {
      shown = Date.now();
      const mib = (n: number): string => (n / 2 ** 20).toFixed(1);
      process.stderr.write(`\rPackaging: ${mib(done)}${total === undefined ? "" : ` / ${mib(total)}`} MiB   `);
    }
  };
  try {
    const written =
      extname(output).toLowerCase() === ".zip"
        ? await saveBioimageioPackage(source, { ...options, outputPath: output, ...(tty ? { onProgress } : {}) })
        : await saveBioimageioPackageAsFolder(source, { ...options, outputPath: output });
    if (tty && shown > 0) {
      process.stderr.write("\n");
    }
    process.stdout.write(`${written}\n`);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      process.stderr.write(`${printable(error.message, true)}\n`);
      return 1;
    }
    if (expected(error)) {
      process.stderr.write(`${printable(error.message, true)}\n`);
      return 2;
    }
    throw error;
  }
}

export async function runUpdateHashes(source: string, output: string | undefined): Promise<number> {
  const { updateHashesInFile } = await import("../bioimageio/node/update-hashes.js");
  try {
    const { description, changes } = await updateHashesInFile(source, output === undefined ? {} : { outputPath: output });
    for (const change of changes) {
      process.stdout.write(`${output ?? source}: ${change.path.join(".")}: ${change.from ?? "(none)"} -> ${change.to}\n`);
    }
    const errors = description.validationSummary.errors;
    for (const error of errors) {
      process.stderr.write(
        `${error.position ? `${error.position.file}:${error.position.line}:${error.position.col}` : source}: error: ${error.loc.join(".")}: ${error.msg}\n`,
      );
    }
    process.stdout.write(`${output ?? source}: ${changes.length} sha256 value${changes.length === 1 ? "" : "s"} updated\n`);
    return errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (expected(error) || (error instanceof Error && error.message.includes("update-hashes writes"))) {
      process.stderr.write(`${printable(error.message, true)}\n`);
      return 2;
    }
    throw error;
  }
}
