// generated from specs/copick/objects-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ObjectsRow } from "../../../types/copick/objects-row/1.27.js";

/** Checks the shape of a ObjectsRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<ObjectsRow>;
