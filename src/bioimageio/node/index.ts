// bioimage.io in Node: descriptions loaded from files, folders, zip packages and URLs (with the download cache
// and IO checks), update-format and update-hashes written back atomically, packages, upload.
export {
  type LoadedSource,
  type LoadOptions,
  loadDatasetDescription,
  loadDescription,
  loadDescriptionAndValidateFormatOnly,
  loadModelDescription,
  loadSource,
} from "./load.js";
export { type OpenedSource, openSource, type SourceInput } from "./sources.js";
export { InvalidDescriptionError, saveBioimageioYamlOnly, type UpdateFormatOptions, updateFormat } from "./update.js";
export { type HashChange, updateHashes, updateHashesInFile } from "./update-hashes.js";
export {
  getResourcePackageContent,
  type PackageContent,
  type PackageContentOptions,
  PackageError,
  saveBioimageioPackage,
  saveBioimageioPackageAsFolder,
  saveBioimageioPackageToStream,
  type PackagePhase,
  type SavePackageOptions,
} from "./package.js";
export { upload, UploadError } from "./upload.js";
