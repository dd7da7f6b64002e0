// generated from ajv's 2019-09 meta-schema by codegen - do not edit
import type { ValidateFunction } from "../../../src/engine/runtime/validator-types.js";

/** Checks a schema against the 2019-09 meta-schema (errors with Ajv's messages). */
export declare const validate: ValidateFunction<Readonly<Record<string, unknown>>>;
