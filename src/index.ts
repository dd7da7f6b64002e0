// bioimage-specs: the browser-safe public API, the same in Node and in browsers (nothing below it imports Node).
// Every family's validation of parsed documents, the document kinds, parsing with positions, summaries, zip
// reading, hashing and the generated specs. One entry per family too (`bioimage-specs/bioimageio`, `/fractal`,
// `/croissant`, `/copick`); files, downloads, packages and copick projects: `bioimage-specs/node`.
export * from "./bioimageio/index.js";
export * from "./fractal/index.js";
export * from "./croissant/index.js";
export * from "./copick/index.js";
export { validate } from "./validate.js";
export {
  DOCUMENT_KIND_NAMES,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentKindName,
  detectKind,
  type ValidateOptions,
} from "./kinds/registry.js";
export { ParseError, type ParsedSource, parseSource } from "./engine/load/parse.js";
export { YamlTimestamp } from "./engine/yaml-timestamp.js";
export { isParsedSource } from "./engine/load/parse-core.js";
export { parseSourceLazily } from "./engine/load/parse-lazily.js";
export { parseLosslessJson } from "./engine/load/lossless-json.js";
export type { IoRule, IoRuleContext, Rule, RuleContext, RuleFinding } from "./engine/validation/rule.js";
export { preloadValidators } from "./engine/validation/validators.js";
export { FileNotFound, type FileResolver, fileNameOf, isUrl } from "./engine/files.js";
export { createSha256, type Hasher, type HasherFactory } from "./engine/bytes/sha256.js";
export { type ByteStream, readAll } from "./engine/bytes/streams.js";
export { type RandomAccessSource, ZipArchive, type ZipEntry, ZipError } from "./engine/zip/reader.js";
export { archiveResolver, blobSource } from "./engine/zip/resolver.js";
export { type NpySummary, summarizeNpy } from "./engine/formats/npy.js";
export type { SpecEntry, UnionPoint } from "./engine/runtime/spec-registry-types.js";
export type { ValidateFunction, ValidatorError } from "./engine/runtime/validator-types.js";
export { type MigrationContext, MigrationError, type MigrationNote } from "./engine/runtime/migration-types.js";
export { collectingContext } from "./engine/runtime/migration-chain.js";
export { ValidationSummary } from "./engine/summary/summary.js";
export type { SummaryOptions } from "./engine/summary/options.js";
export {
  ALERT,
  ERROR,
  type ErrorEntry,
  INFO,
  type Loc,
  type Severity,
  severityName,
  type SourcePosition,
  type SummaryStatus,
  type ValidationDetail,
  type ValidationSummaryJson,
  WARNING,
  WARNING_LEVEL_NAMES,
  WARNING_LEVELS,
  type WarningEntry,
  type WarningLevelName,
} from "./engine/summary/types.js";
export { type SpecKey, type SpecTypes, specs } from "../generated/index.js";
