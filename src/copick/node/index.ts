// copick projects in Node: filesystem projects, the Croissant engine (Mode A and Mode B, journaled commits,
// splits), the exporter, and picks files read and written losslessly.
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
export type { Location } from "./location.js";
export type { ProjectSource } from "./project.js";
export { nodeHashFile, readPicksFile, writePicksFile } from "./files.js";
