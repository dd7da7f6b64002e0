// generated from specs/bioimageio/application/0.2.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ApplicationDescr } from "../../../types/bioimageio/application/0.2.js";

/** Checks the shape of a ApplicationDescr (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<ApplicationDescr>;
