// generated from specs/copick/picks/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { CopickPicksFile } from "../../../types/copick/picks/1.27.js";

/** Checks the shape of a CopickPicksFile (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<CopickPicksFile>;
