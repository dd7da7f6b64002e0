// The Node API for Fractal manifests: loading from a file (positions for every entry), and a file-system check
// for executables under `packageRoot`.
import { fileExists } from "../../engine/node/file-exists.js";
import { readSourceFile } from "../../engine/node/read-source.js";
import type { ValidationSummary } from "../../engine/summary/summary.js";
import { buildManifest, type LoadedManifest, type ManifestValidationOptions, validateManifest as validateParsed } from "../validate.js";

export type ManifestLoadOptions = Omit<ManifestValidationOptions, "locate" | "sourceName" | "fileExists">;

/** Reads and validates a `__FRACTAL_MANIFEST__.json`; every summary entry carries file:line:col. */
export async function loadManifest(path: string, options: ManifestLoadOptions = {}): Promise<LoadedManifest> {
  const source = await readSourceFile(path);
  return buildManifest(source.value, { ...options, fileExists, sourceName: path, locate: (docPath) => source.locate(docPath) });
}

/** `validateManifest` of the browser-safe API, checking executables on disk when `packageRoot` is given. */
export async function validateManifest(data: unknown, options: ManifestValidationOptions = {}): Promise<ValidationSummary> {
  return validateParsed(data, { fileExists, ...options });
}
