// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { CdpPickRecord } from "../../../types/copick/cdp-pick/1.27.js";

/** Checks the shape of a CdpPickRecord (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<CdpPickRecord>;
