// The browser-safe public API (no node: imports anywhere below it): validation of parsed documents,
// parsing with positions, summaries, generated specs. `index.ts` adds the Node file loaders.
export {
  type BuildOptions,
  buildDescription,
  buildDescriptionSync,
  InvalidDescr,
  type LoadedDescription,
  type ResourceDescr,
  validateFormat,
  type WarningLevelName,
} from "./bioimageio/build.js";
export { type DumpOptions, dumpDescription, toYamlText } from "./bioimageio/dump.js";
export {
  buildManifest,
  InvalidManifestError,
  type LoadedManifest,
  type ManifestValidationOptions,
  type ManifestVersion,
  normalizeManifest,
  validateManifest,
} from "./fractal/validate.js";
export type { StoredManifest, StoredManifestV1, StoredManifestV2, StoredTaskV1, StoredTaskV2 } from "./fractal/stored.js";
export { ParseError, type ParsedSource, parseSource } from "./engine/load/parse.js";
export { parseSourceLazily } from "./engine/load/parse-lazily.js";
export type { IoRule, IoRuleContext, Rule, RuleContext, RuleFinding } from "./engine/validation/rule.js";
export { type CondaEnv, getCondaEnv, type WeightsEntry } from "./bioimageio/conda-env.js";
export { type FileRef, fileRefs, findEntryName } from "./bioimageio/file-refs.js";
export { FileNotFound, type FileResolver, type IoCheckOptions, type IoChecks, ioChecks } from "./bioimageio/io-checks.js";
export { createSha256, type Hasher, type HasherFactory } from "./engine/bytes/sha256.js";
export { type ByteStream, readAll } from "./engine/bytes/streams.js";
export { type RandomAccessSource, ZipArchive, type ZipEntry, ZipError } from "./engine/zip/reader.js";
export { archiveResolver, blobSource } from "./engine/zip/resolver.js";
export { type NpySummary, summarizeNpy } from "./engine/formats/npy.js";
export type { SpecEntry, UnionPoint } from "./engine/runtime/spec-registry-types.js";
export type { ValidateFunction, ValidatorError } from "./engine/runtime/validator-types.js";
export { ValidationSummary } from "./engine/summary/summary.js";
export {
  ALERT,
  ERROR,
  type ErrorEntry,
  INFO,
  type Loc,
  type Severity,
  type SourcePosition,
  type SummaryStatus,
  type ValidationDetail,
  type ValidationSummaryJson,
  WARNING,
  type WarningEntry,
} from "./engine/summary/types.js";
export { preloadValidators } from "./engine/validation/validators.js";
export * from "../generated/migrations.js";
export { type MigrationContext, MigrationError, type MigrationNote } from "./engine/runtime/migration-types.js";
export { collectingContext } from "./engine/runtime/migration-chain.js";
export { type ValidateOptions, validate } from "./validate.js";
export { DOCUMENT_KINDS, type DocumentInput, type DocumentKind, detectKind, type KindValidationOptions } from "./kinds/registry.js";
export {
  type CroissantValidationOptions,
  type CopickExportCheck,
  type CopickExportProblem,
  type CsvValidationOptions,
  isCopickCroissant,
  type SummaryOptions,
  validateCdpPicks,
  validateCopickConfig,
  validateCopickCsv,
  validateCroissant,
  validatePicks,
} from "./copick/validate.js";
export {
  type CdpPicksContext,
  cdpPicksToCopick,
  type LosslessPicksFile,
  type LosslessPoint,
  readPicks,
  writePicks,
} from "./copick/picks.js";
export { COPICK_CSVS, type CopickCsv } from "./copick/csv-schema.js";
export {
  checkCroissant,
  CROISSANT_PROFILES,
  type CroissantFinding,
  type CroissantProfile,
  type CroissantResult,
  type HashFile,
  mlcroissantReport,
} from "./croissant/check.js";
export { parseLosslessJson } from "./engine/load/lossless-json.js";
export { type SpecKey, type SpecTypes, specs } from "../generated/index.js";
