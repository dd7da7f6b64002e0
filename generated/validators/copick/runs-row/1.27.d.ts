// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { RunsRow } from "../../../types/copick/runs-row/1.27.js";

/** Checks the shape of a RunsRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<RunsRow>;
