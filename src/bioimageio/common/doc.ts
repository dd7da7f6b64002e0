// Reading any bioimage.io description in the shared rules: they serve several document types (generic,
// dataset, application, notebook, model) and format generations, so they read the fields every type declares
// as generic 0.2 and 0.3 do (or lacks), and check each value themselves.
import type { GenericDescr as GenericDescr02 } from "../../../generated/types/bioimageio/generic/0.2.js";
import type { GenericDescr as GenericDescr03 } from "../../../generated/types/bioimageio/generic/0.3.js";
import type { Unchecked } from "../../engine/validation/rule.js";
export { isRecord } from "../../engine/records.js";
import { isRecord } from "../../engine/records.js";

/** A description as the shared rules read it; every description type is one. */
export type SharedFields = Unchecked<GenericDescr02> & Unchecked<GenericDescr03>;
export type SharedField = keyof SharedFields;

/** The entries of a list value (none when it is absent or not a list). */
export function entriesOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Python's truthiness, for the reference's `if not value` checks. */
export function isPyFalsy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") {
    return true;
  }
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  return isRecord(value) && Object.keys(value).length === 0;
}

/** Length in code points, as Python's `len` of a str. */
export function pyLen(value: string): number {
  return [...value].length;
}
