// copick projects on Croissant, browser-safe: configs, picks (lossless: instance ids beyond 2^53), CryoET Data
// Portal NDJSON picks, the Croissant CSV sidecars and copick's Croissant profile. The project engine and the
// exporter: `bioimage-specs/copick/node`.
export {
  type CopickExportCheck,
  type CopickExportProblem,
  type CroissantValidationOptions,
  isCopickCroissant,
  validateCdpPicks,
  validateCopickConfig,
  validateCopickCsv,
  validateCroissant,
  validatePicks,
} from "./validate.js";
export { type CdpPicksContext, cdpPicksToCopick, type LosslessPicksFile, type LosslessPoint, readPicks, writePicks } from "./picks.js";
export { COPICK_CSVS, type CopickCsv } from "./csv-schema.js";
export type { CopickCell, CopickRecordSetId, CopickRow } from "./csv-rows.js";
export type { CopickProjectConfig, PickableObjectInfo } from "./croissant-doc.js";
export type { SplitMapping } from "./splits.js";
export { CopickError } from "./errors.js";
