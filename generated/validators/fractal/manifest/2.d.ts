// generated from specs/fractal/manifest/2.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { ManifestV2 } from "../../../types/fractal/manifest/2.js";

export { describeErrors, type SchemaErrorDescription } from "../../../../src/engine/validation/ajv-runtime.js";

/** Checks the shape of a ManifestV2 (the semantic rules need `validate` from bioimage-specs). Errors carry messages; `describeErrors` words them as the reference does. */
export declare const validate: ValidateFunction<ManifestV2>;
