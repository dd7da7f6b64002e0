// generated from specs/bioimageio/generic/0.3.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { GenericDescr } from "../../../types/bioimageio/generic/0.3.js";

/** Checks the shape of a GenericDescr (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<GenericDescr>;
