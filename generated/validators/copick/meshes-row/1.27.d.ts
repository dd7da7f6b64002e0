// generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { MeshesRow } from "../../../types/copick/meshes-row/1.27.js";

/** Checks the shape of a MeshesRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<MeshesRow>;
