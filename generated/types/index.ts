// generated from specs/ by codegen - do not edit
export type * as bioimageio from "./bioimageio/index.js";
export type * as copick from "./copick/index.js";
export type { CdpPickRecord } from "./copick/cdp-pick/1.27.js";
export type { CopickConfig } from "./copick/config/1.27.js";
export type { CopickCroissantMetadata } from "./copick/croissant-metadata/1.27.js";
export type { CopickPicksFile } from "./copick/picks/1.27.js";
export type { FeaturesRow } from "./copick/features-row/1.27.js";
export type { GenericDescr } from "./bioimageio/generic/0.3.js";
export type { MeshesRow } from "./copick/meshes-row/1.27.js";
export type { ModelDescr } from "./bioimageio/model/0.5.js";
export type { ObjectsRow } from "./copick/objects-row/1.27.js";
export type { PicksRow } from "./copick/picks-row/1.27.js";
export type { RunsRow } from "./copick/runs-row/1.27.js";
export type { SegmentationsRow } from "./copick/segmentations-row/1.27.js";
export type { TomogramsRow } from "./copick/tomograms-row/1.27.js";
export type { VoxelSpacingsRow } from "./copick/voxel-spacings-row/1.27.js";
