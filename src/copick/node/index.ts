// copick projects in Node: filesystem projects, the Croissant engine (Mode A and Mode B, journaled commits,
// splits), the exporter, and picks files read and written losslessly; local, http(s) and S3 locations.
export { CroissantIndex, type CroissantIndexOptions } from "./croissant-index.js";
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
} from "./mlc-root.js";
export { type CopickObjectFS, CopickRootFS } from "./fs-project.js";
export { openCopickProject } from "./open.js";
export { type ExportOptions, type ExportProgress, type ExportResult, ExportValidationError, exportCroissant } from "./export.js";
export { type FsArgs, type Location, closeS3Clients } from "./location.js";
export { type S3Config, resolveS3Config } from "../../engine/node/s3/config.js";
export type { ProjectSource } from "./project.js";
export { locationHashFile, nodeHashFile, readPicksFile, writePicksFile } from "./files.js";
export { copickExportProblems } from "./export-check.js";
