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
import { bioimageioKind, detectKind, type DocumentKind, type KindValidationOptions } from "../registry.js";

export interface FileValidationOptions extends KindValidationOptions {
  /** bioimage.io: check the files the description references (default true). */
  readonly ioChecks?: boolean;
  /** Forced kind; otherwise detected from the document's content. */
  readonly kind?: DocumentKind;
  /** bioimage.io IO checks: sha256 values of unchanged files computed before. */
  readonly hashCache?: HashCache;
  /**
   * false: nothing but the document is read, for any kind (no IO checks, checksums or package root): what the
   * language server shows while the checks that read files are still running. Default true.
   */
  readonly readFiles?: boolean;
}

export async function validateFile(source: ParsedSource, path: string, options: FileValidationOptions = {}): Promise<ValidationSummary> {
  const kind = options.kind ?? detectKind(source.value, path);
  if (options.readFiles === false) {
    const { packageRoot: _packageRoot, ...documentOnly } = options;
    return kind.validate(source, documentOnly);
  }
  if (kind !== bioimageioKind || options.ioChecks === false) {
    return kind.validate(source, { ...options, hashFile: nodeHashFile(dirname(path)), fileExists });
  }
  const { loadParsedFile } = await import("../../bioimageio/node/load.js");
  const description = await loadParsedFile(source, path, {
    performIoChecks: true,
    ...(options.formatVersion ? { formatVersion: options.formatVersion } : {}),
    ...(options.warningLevel ? { warningLevel: options.warningLevel } : {}),
    ...(options.hashCache ? { hashCache: options.hashCache } : {}),
  });
  return description.validationSummary;
}
