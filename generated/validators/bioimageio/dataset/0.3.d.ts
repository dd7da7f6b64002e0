// generated from specs/bioimageio/dataset/0.3.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { DatasetDescr } from "../../../types/bioimageio/dataset/0.3.js";

/** Checks the shape of a DatasetDescr (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<DatasetDescr>;
