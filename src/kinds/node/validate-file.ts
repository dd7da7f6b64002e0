// One document file validated as the CLI validates it: its kind detected from its content (or forced), a
// Croissant's checksums verified against the files next to it, a Fractal manifest's executables looked for under
// its package root, a local bioimage.io description's references checked next to it (IO checks). The CLI passes
// the file as read; the language server an editor's buffer, saved or not. Node-only.
import { dirname } from "node:path";
import type { HashCache } from "../../bioimageio/io-checks.js";
import { nodeHashFile } from "../../copick/node/files.js";
import type { ParsedSource } from "../../engine/load/parse-core.js";
import { fileExists } from "../../engine/node/file-exists.js";
import type { ValidationSummary } from "../../engine/summary/summary.js";
import { bioimageioKind, detectKind, type DocumentKind, type ValidateOptions } from "../registry.js";

export interface FileValidationOptions extends ValidateOptions {
  /** bioimage.io: check the files the description references (default true). */
  readonly ioChecks?: boolean | undefined;
  /** Forced kind (`--kind`); otherwise detected from the document's content. */
  readonly forcedKind?: DocumentKind | undefined;
  /** bioimage.io IO checks: sha256 values of unchanged files computed before. */
  readonly hashCache?: HashCache | undefined;
  /**
   * false: nothing but the document is read, for any kind (no IO checks, checksums or package root): what the
   * language server shows while the checks that read files are still running. Default true.
   */
  readonly readFiles?: boolean | undefined;
}

export async function validateFile(source: ParsedSource, path: string, options: FileValidationOptions = {}): Promise<ValidationSummary> {
  const kind = options.forcedKind ?? detectKind(source.value, path);
  const located = { ...options, sourceName: source.fileName, locate: (docPath: readonly (string | number)[]) => source.locate(docPath) };
  if (options.readFiles === false) {
    const { packageRoot: _packageRoot, ...documentOnly } = located;
    return kind.validate(source.value, documentOnly);
  }
  if (kind !== bioimageioKind || options.ioChecks === false) {
    // Files next to a Croissant are at hand: their checksums are verified.
    return kind.validate(source.value, { ...located, hashFile: nodeHashFile(dirname(path)), fileExists });
  }
  const { loadParsedFile } = await import("../../bioimageio/node/load.js");
  const description = await loadParsedFile(source, path, {
    performIoChecks: true,
    formatVersion: options.formatVersion,
    warningLevel: options.warningLevel,
    hashCache: options.hashCache,
  });
  return description.validationSummary;
}
