// The public API for Node: everything of `core.ts` plus loading from files. Names mirror bioimageio.spec
// in camelCase. Re-exports only.
export * from "./core.js";
export {
  type LoadOptions,
  loadDatasetDescription,
  loadDescription,
  loadDescriptionAndValidateFormatOnly,
  loadModelDescription,
} from "./bioimageio/node/load.js";
export { InvalidDescriptionError, saveBioimageioYamlOnly, type UpdateFormatOptions, updateFormat } from "./bioimageio/node/update.js";
export { writeFileAtomic } from "./engine/node/atomic-write.js";
export { ReadError } from "./engine/node/read-source.js";
export { nodeHashFile, readPicksFile, writePicksFile } from "./copick/node/files.js";
export { copickExportProblems } from "./copick/node/export-check.js";
// Overrides core's validateManifest: the same, with executables checked on disk.
export { loadManifest, type ManifestLoadOptions, validateManifest } from "./fractal/node/load.js";
export { CopickError } from "./copick/errors.js";
export type { CopickCell, CopickRecordSetId, CopickRow } from "./copick/csv-rows.js";
export type { CopickProjectConfig, PickableObjectInfo } from "./copick/croissant-doc.js";
export type { SplitMapping } from "./copick/splits.js";
export { CroissantIndex, type CroissantIndexOptions } from "./copick/node/croissant-index.js";
export {
  CopickFeaturesMLC,
  CopickMeshMLC,
  CopickObjectMLC,
  CopickPicksMLC,
  CopickRootMLC,
  CopickRunMLC,
  CopickSegmentationMLC,
  CopickTomogramMLC,
  CopickVoxelSpacingMLC,
  type OpenCroissantOptions,
  type PicksUpdate,
} from "./copick/node/mlc-root.js";
export { CopickRootFS, type CopickObjectFS } from "./copick/node/fs-project.js";
export { openCopickProject } from "./copick/node/open.js";
export {
  type ExportOptions,
  type ExportProgress,
  type ExportResult,
  ExportValidationError,
  exportCroissant,
} from "./copick/node/export.js";
export type { Location } from "./copick/node/location.js";
export type { ProjectSource } from "./copick/node/project.js";
export { type LoadedSource, loadSource } from "./bioimageio/node/load.js";
export { type HashChange, updateHashes, updateHashesInFile } from "./bioimageio/node/update-hashes.js";
export {
  getResourcePackageContent,
  type PackageContent,
  type PackageContentOptions,
  PackageError,
  saveBioimageioPackage,
  saveBioimageioPackageAsFolder,
  saveBioimageioPackageToStream,
  type SavePackageOptions,
} from "./bioimageio/node/package.js";
export { upload, UploadError } from "./bioimageio/node/upload.js";
export { DownloadError, download } from "./engine/node/download.js";
export { type OpenedSource, openSource, type SourceInput } from "./bioimageio/node/sources.js";
export { type Settings, settings } from "./engine/node/settings.js";
