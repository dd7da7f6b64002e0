// generated from specs/fractal/manifest/1.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ManifestV1 } from "../../../types/fractal/manifest/1.js";

export { describeErrors, type SchemaErrorDescription } from "../../../../src/engine/validation/ajv-runtime.js";

/** Checks the shape of a ManifestV1 (the semantic rules need `validate` from bioimage-specs). Errors carry messages; `describeErrors` words them as the reference does. */
export declare const validate: ValidateFunction<ManifestV1>;
