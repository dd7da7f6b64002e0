// generated from specs/copick/tomograms-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { TomogramsRow } from "../../../types/copick/tomograms-row/1.27.js";

/** Checks the shape of a TomogramsRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<TomogramsRow>;
