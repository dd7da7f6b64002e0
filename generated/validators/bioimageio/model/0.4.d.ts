// generated from specs/bioimageio/model/0.4.json by codegen - do not edit
import type { AnyPatch, ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ModelDescr } from "../../../types/bioimageio/model/0.4.js";

export { describeErrors, type SchemaErrorDescription } from "../../../../src/engine/validation/ajv-runtime.js";

/** Checks the shape of a ModelDescr as written (any patch of its format version; the semantic rules need `validate` from bioimage-specs). Errors carry messages; `describeErrors` words them as the reference does. */
export declare const validate: ValidateFunction<AnyPatch<ModelDescr>>;
