// bioimage.io resource descriptions, browser-safe: validation of parsed documents (the reference's
// `build_description` / `validate_format`), dumps, migrations, file references, IO checks over a FileResolver,
// conda environments. Files, downloads and packages: `bioimage-specs/bioimageio/node`.
export {
  type BioimageioSpecKey,
  type BuildOptions,
  type DatasetDescription,
  type ModelDescription,
  type ValidDescription,
  buildDescription,
  buildDescriptionSync,
  InvalidDescr,
  type LoadedDescription,
  type ResourceDescr,
  validateFormat,
} from "./build.js";
export { NotImplementedFormat, UnsupportedFormatVersion } from "./descriptions.js";
export { type DumpOptions, dumpDescription, toYamlText } from "./dump.js";
export { type CondaEnv, getCondaEnv, type WeightsEntry } from "./conda-env.js";
export { type FileRef, fileRefs, findEntryName, isReservedName } from "./file-refs.js";
export { parseDescriptionText } from "./parse.js";
export { WEIGHTS_FORMATS, type WeightsFormat } from "./weights-formats.js";
export { type IoCheckOptions, type IoChecks, ioChecks } from "./io-checks.js";
export {
  convertConfigToRdf,
  enrichPartialRdfWithImjoyPlugin,
  getPluginAsRdf,
  type ImjoyOptions,
  ImjoyPluginError,
  parseImjoyPlugin,
  type PluginBlock,
  type PluginConfig,
  type ResolveRdfSource,
} from "./partner-utils/imjoy.js";
export {
  migrateBioimageioApplication,
  migrateBioimageioDataset,
  migrateBioimageioGeneric,
  migrateBioimageioModel,
  migrateBioimageioNotebook,
  migrationSteps,
} from "../../generated/migrations.js";
