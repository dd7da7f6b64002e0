// Fractal task manifests, browser-safe: fractal-server's verdict on a parsed `__FRACTAL_MANIFEST__.json`
// (versions 2 and 1), the collection-time rules, and what the server stores. Files: `bioimage-specs/fractal/node`.
export {
  buildManifest,
  InvalidManifestError,
  type LoadedManifest,
  type ManifestValidationOptions,
  type ManifestVersion,
  normalizeManifest,
  validateManifest,
} from "./validate.js";
export type { StoredManifest, StoredManifestV1, StoredManifestV2, StoredTaskV1, StoredTaskV2 } from "./stored.js";
