// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { CopickCroissantMetadata } from "../../../types/copick/croissant-metadata/1.27.js";

/** Checks the shape of a CopickCroissantMetadata (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<CopickCroissantMetadata>;
