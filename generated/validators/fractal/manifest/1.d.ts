// generated from specs/fractal/manifest/1.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ManifestV1 } from "../../../types/fractal/manifest/1.js";

/** Checks the shape of a ManifestV1 (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<ManifestV1>;
