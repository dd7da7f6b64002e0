// generated from specs/copick/config/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { CopickConfig } from "../../../types/copick/config/1.27.js";

/** Checks the shape of a CopickConfig (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<CopickConfig>;
