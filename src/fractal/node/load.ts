// The Node API for Fractal manifests: loading from a file (positions for every entry), with executables under
// `packageRoot` checked on disk.
import { fileExists } from "../../engine/node/file-exists.js";
import { readSourceFile } from "../../engine/node/read-source.js";
import { buildManifest, type LoadedManifest, type ManifestValidationOptions } from "../validate.js";

export type ManifestLoadOptions = Omit<ManifestValidationOptions, "locate" | "sourceName" | "fileExists">;

/** Reads and validates a `__FRACTAL_MANIFEST__.json`; every summary entry carries file:line:col. */
export async function loadManifest(path: string, options: ManifestLoadOptions = {}): Promise<LoadedManifest> {
  const source = await readSourceFile(path);
  return buildManifest(source.value, { ...options, fileExists, sourceName: path, locate: (docPath) => source.locate(docPath) });
}
