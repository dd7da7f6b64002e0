// generated from specs/bioimageio/notebook/0.2.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { NotebookDescr } from "../../../types/bioimageio/notebook/0.2.js";

/** Checks the shape of a NotebookDescr (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<NotebookDescr>;
