// The Python and pydantic behaviours fractal-server's models rely on, so that a manifest reads here as it
// reads there: str.strip(), lax booleans, str() of numbers (pydantic v1).
import { setEntry } from "../engine/records.js";

// Python's str.isspace() characters: what str.strip() removes (JS trim() differs: \uFEFF yes, \x1c-\x1f no).
const PY_SPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
const LEADING = new RegExp(`^[${PY_SPACE}]+`, "u");
const TRAILING = new RegExp(`[${PY_SPACE}]+$`, "u");

/** Python's `str.strip()`. */
export function pyStrip(value: string): string {
  return value.replace(LEADING, "").replace(TRAILING, "");
}

const FALSE_STRINGS = new Set(["0", "f", "n", "no", "off", "false"]);
const TRUE_STRINGS = new Set(["1", "t", "y", "on", "yes", "true"]);

/**
 * The boolean pydantic's lax mode (v2, and v1 alike) reads from a non-boolean JSON value: the strings
 * 0/1, f/t, n/y, no/yes, off/on, false/true (ASCII case-insensitive, not stripped) and the numbers 0 and 1.
 * `undefined` when pydantic rejects the value.
 */
export function laxBoolean(value: unknown): boolean | undefined {
  if (typeof value === "string") {
    const lower = value.replace(/[A-Z]/g, (c) => c.toLowerCase());
    return FALSE_STRINGS.has(lower) ? false : TRUE_STRINGS.has(lower) ? true : undefined;
  }
  if (typeof value === "number") {
    return value === 0 ? false : value === 1 ? true : undefined;
  }
  return undefined;
}

/**
 * pydantic v2's error for a value that is not a boolean: strings and whole numbers fail parsing
 * (`bool_parsing`), anything else fails the type (`bool_type`).
 */
export function boolError(value: unknown): { readonly msg: string; readonly type: string } {
  return typeof value === "string" || (typeof value === "number" && Number.isInteger(value))
    ? { msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing" }
    : { msg: "Input should be a valid boolean", type: "bool_type" };
}

/**
 * pydantic v1's `str_validator` on a JSON value: strings as they are, numbers and booleans through Python's
 * `str()` (`1` -> "1", `true` -> "True"); `undefined` for anything else. A JSON `1.0` parses to the number 1
 * here, so it reads as "1" where Python, which keeps floats apart, would print "1.0".
 */
export function pyV1Str(value: unknown): string | undefined {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value);
  }
  return undefined;
}

/**
 * pydantic v1's `dict` validator on a non-dict JSON value: Python's `dict(value)`, so a list of pairs (two-item
 * lists or two-character strings) or an empty string becomes a dict; keys then go through `str()` (`pyV1Str`).
 * `undefined` when pydantic v1 rejects the value.
 */
export function pyV1Dict(value: unknown): Record<string, unknown> | undefined {
  if (value === "") {
    return {};
  }
  if (!Array.isArray(value)) {
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const item of value) {
    const pair: readonly unknown[] | undefined = typeof item === "string" ? [...item] : Array.isArray(item) ? item : undefined;
    const key = pair?.length === 2 ? pyV1Str(pair[0]) : undefined;
    if (key === undefined) {
      return undefined;
    }
    setEntry(out, key, pair?.[1]);
  }
  return out;
}
