// Reading any bioimage.io description in the shared rules: they serve several document types (generic,
// dataset, application, notebook, model), so they read fields by name from the validated object.
export { isRecord } from "../../engine/records.js";
import { isRecord } from "../../engine/records.js";

export type Fields = Readonly<Record<string, unknown>>;

export function fieldOf(doc: object, name: string): unknown {
  return (doc as Fields)[name];
}

/** The entries of an array field (none when the field is absent or not an array). */
export function entriesOf(doc: object, name: string): readonly unknown[] {
  const value = fieldOf(doc, name);
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
