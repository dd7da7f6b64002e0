// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { RunsRow } from "../../../types/copick/runs-row/1.27.js";

export { describeErrors, type SchemaErrorDescription } from "../../../../src/engine/validation/ajv-runtime.js";

/** Checks the shape of a RunsRow (the semantic rules need `validate` from bioimage-specs). Errors carry messages; `describeErrors` words them as the reference does. */
export declare const validate: ValidateFunction<RunsRow>;
