// generated from specs/fractal/manifest/2.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ManifestV2 } from "../../../types/fractal/manifest/2.js";

/** Checks the shape of a ManifestV2 (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<ManifestV2>;
