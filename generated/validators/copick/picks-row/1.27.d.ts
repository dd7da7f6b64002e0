// generated from specs/copick/picks-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { PicksRow } from "../../../types/copick/picks-row/1.27.js";

/** Checks the shape of a PicksRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<PicksRow>;
