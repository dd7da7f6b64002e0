// generated from specs/bioimageio/generic/0.2.json by codegen - do not edit
import type { AnyPatch, ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { GenericDescr } from "../../../types/bioimageio/generic/0.2.js";

export { describeErrors, type SchemaErrorDescription } from "../../../../src/engine/validation/ajv-runtime.js";

/** Checks the shape of a GenericDescr as written (any patch of its format version; the semantic rules need `validate` from bioimage-specs). Errors carry messages; `describeErrors` words them as the reference does. */
export declare const validate: ValidateFunction<AnyPatch<GenericDescr>>;
