// generated from specs/copick/features-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { FeaturesRow } from "../../../types/copick/features-row/1.27.js";

/** Checks the shape of a FeaturesRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<FeaturesRow>;
