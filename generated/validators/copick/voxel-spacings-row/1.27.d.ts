// generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { VoxelSpacingsRow } from "../../../types/copick/voxel-spacings-row/1.27.js";

/** Checks the shape of a VoxelSpacingsRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<VoxelSpacingsRow>;
