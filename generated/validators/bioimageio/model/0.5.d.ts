// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ModelDescr } from "../../../types/bioimageio/model/0.5.js";

/** Checks the shape of a ModelDescr (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<ModelDescr>;
