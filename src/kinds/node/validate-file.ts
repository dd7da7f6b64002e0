// One document file validated as the CLI validates it: its kind detected from its content (or forced), a
// Croissant's checksums verified against the files next to it (a copick export read as copick's engine reads it), a Fractal manifest's executables looked for under
// its package root, a bioimage.io description read by its loader (YAML whatever the suffix, as the reference
// reads it) with its references checked next to it (IO checks). The CLI passes the file's text; the language
// server an editor's buffer, saved or not. Node-only.
import { dirname } from "node:path";
import type { HashCache } from "../../bioimageio/io-checks.js";
import { parseDescriptionText, readsAsDescription } from "../../bioimageio/parse.js";
import { nodeHashFile } from "../../copick/node/files.js";
import type { ParsedSource } from "../../engine/load/parse-core.js";
import { parseSourceLazily } from "../../engine/load/parse-lazily.js";
import { fileExists } from "../../engine/node/file-exists.js";
import { type Settings, settings as currentSettings } from "../../engine/node/settings.js";
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
  /** The text already parsed as `parseSourceLazily` parses it (the language server parses once per edit). */
  readonly parsed?: ParsedSource | undefined;
  /** Applied to each parse of the text before it is validated (the language server records what is located). */
  readonly located?: ((source: ParsedSource) => ParsedSource) | undefined;
  /** The settings (default: read now): a caller validating many files reads them once. */
  readonly settings?: Settings | undefined;
}

export async function validateFile(text: string, path: string, options: FileValidationOptions = {}): Promise<ValidationSummary> {
  const { ioChecks, forcedKind, hashCache, readFiles, parsed, located = (source) => source, settings, ...validateOptions } = options;
  const s = settings ?? currentSettings();
  const limits = s.documentLimits;
  const source = located(parsed ?? (await parseSourceLazily(text, path, limits)));
  const kind = forcedKind ?? detectKind(source.value, path);
  if (kind !== bioimageioKind) {
    const documentOptions = { ...validateOptions, sourceName: source.fileName, locate: source.locate };
    if (readFiles === false) {
      const { packageRoot: _packageRoot, ...documentOnly } = documentOptions;
      return kind.validate(source.value, documentOnly);
    }
    // Files next to a Croissant are at hand: their checksums are verified, and a copick export is read as the copick
    // engine reads it (loaded only when asked).
    const copickExport = async () => (await import("../../copick/node/export-check.js")).copickExportProblems(path);
    return kind.validate(source.value, { ...documentOptions, hashFile: nodeHashFile(dirname(path)), fileExists, copickExport });
  }
  const description = readsAsDescription(text, path) ? source : located(await parseDescriptionText(text, path, limits));
  const { loadParsedFile } = await import("../../bioimageio/node/load.js");
  const loaded = await loadParsedFile(description, path, {
    performIoChecks: readFiles !== false && ioChecks !== false,
    formatVersion: validateOptions.formatVersion,
    warningLevel: validateOptions.warningLevel,
    hashCache,
    settings: s,
  });
  return loaded.validationSummary;
}
