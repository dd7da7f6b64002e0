// generated from ajv's draft-07 meta-schema by codegen - do not edit
import type { ValidateFunction } from "../../../src/engine/runtime/validator-types.js";

/** Checks a schema against the draft-07 meta-schema (errors with Ajv's messages). */
export declare const validate: ValidateFunction<Readonly<Record<string, unknown>>>;
