// generated from specs/ by codegen - do not edit
export type * as cdpPick from "./cdp-pick/index.js";
export type * as config from "./config/index.js";
export type * as croissantMetadata from "./croissant-metadata/index.js";
export type * as featuresRow from "./features-row/index.js";
export type * as meshesRow from "./meshes-row/index.js";
export type * as objectsRow from "./objects-row/index.js";
export type * as picks from "./picks/index.js";
export type * as picksRow from "./picks-row/index.js";
export type * as runsRow from "./runs-row/index.js";
export type * as segmentationsRow from "./segmentations-row/index.js";
export type * as tomogramsRow from "./tomograms-row/index.js";
export type * as voxelSpacingsRow from "./voxel-spacings-row/index.js";
