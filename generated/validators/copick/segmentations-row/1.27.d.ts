// generated from specs/copick/segmentations-row/1.27.json by codegen - do not edit
import type { ValidateFunction } from "../../../../src/engine/runtime/validator-types.js";
import type { SegmentationsRow } from "../../../types/copick/segmentations-row/1.27.js";

/** Checks the shape of a SegmentationsRow (semantic rules run separately, in src/rules). */
export declare const validate: ValidateFunction<SegmentationsRow>;
