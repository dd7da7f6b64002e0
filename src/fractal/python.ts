// The Python and pydantic behaviours fractal-server's models rely on, so that a manifest reads here as it
// reads there: str.strip(), lax booleans, str() of numbers (pydantic v1).
import { isPyInt, PY_WHITESPACE, pyRepr } from "../engine/python-repr.js";
import { isRecord, setEntry } from "../engine/records.js";

const LEADING = new RegExp(`^[${PY_WHITESPACE}]+`, "u");
const TRAILING = new RegExp(`[${PY_WHITESPACE}]+$`, "u");

// Unicode White_Space (Rust's char::is_whitespace): Python's set without \x1c-\x1f.
const UNICODE_WHITESPACE = "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
const PYDANTIC_LEADING = new RegExp(`^[${UNICODE_WHITESPACE}]+`, "u");
const PYDANTIC_TRAILING = new RegExp(`[${UNICODE_WHITESPACE}]+$`, "u");

/** Python's `str.strip()` (fractal-server's own code: dictionary keys; pydantic v1's validators). */
export function pyStrip(value: string): string {
  return value.replace(LEADING, "").replace(TRAILING, "");
}

/**
 * pydantic 2's `strip_whitespace` (`NonEmptyStr`, `HttpUrlStr`): Rust's `str::trim`, Unicode White_Space, which
 * unlike Python's `str.strip()` leaves the separators \x1c-\x1f.
 */
export function pydanticStrip(value: string): string {
  return value.replace(PYDANTIC_LEADING, "").replace(PYDANTIC_TRAILING, "");
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
  return typeof value === "string" || (typeof value === "number" && isPyInt(value))
    ? { msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing" }
    : { msg: "Input should be a valid boolean", type: "bool_type" };
}

/**
 * pydantic v1's `str_validator` on a JSON value: strings as they are, numbers and booleans through Python's
 * `str()` (`1` -> "1", `1e-7` -> "1e-07", `true` -> "True"); `undefined` for anything else. A JSON `1.0` parses
 * to the number 1 here, so it reads as "1" where Python, which keeps floats apart, would print "1.0".
 */
export function pyV1Str(value: unknown): string | undefined {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    return pyRepr(value);
  }
  return undefined;
}

/**
 * Python's `dict(value)` on a non-dict JSON value, as pairs: a list of two-item lists, two-character strings or
 * two-key dicts, or "" (no pairs). `undefined` where dict() fails: anything else, or an unhashable key (a list or a dict).
 */
function pyDictPairs(value: unknown): [unknown, unknown][] | undefined {
  if (value === "") {
    return [];
  }
  if (!Array.isArray(value)) {
    return undefined;
  }
  const pairs: [unknown, unknown][] = [];
  for (const item of value) {
    // Python iterates each item for its two elements: a string's characters, a list's items, a dict's keys.
    const pair: readonly unknown[] | undefined =
      typeof item === "string" ? [...item] : Array.isArray(item) ? item : isRecord(item) ? Object.keys(item) : undefined;
    if (pair?.length !== 2 || (typeof pair[0] === "object" && pair[0] !== null)) {
      return undefined;
    }
    pairs.push([pair[0], pair[1]]);
  }
  return pairs;
}

/**
 * pydantic v1's `dict` validator on a non-dict JSON value: Python's `dict(value)`, so a list of pairs (two-item
 * lists or two-character strings) or an empty string becomes a dict; keys then go through `str()` (`pyV1Str`).
 * `undefined` when pydantic v1 rejects the value.
 */
export function pyV1Dict(value: unknown): Record<string, unknown> | undefined {
  const pairs = pyDictPairs(value);
  if (pairs === undefined) {
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of pairs) {
    const text = pyV1Str(key);
    if (text === undefined) {
      return undefined;
    }
    setEntry(out, text, item);
  }
  return out;
}

/** Whether `dict(value)` works but has a None key, which pydantic v1's `dict[str, Any]` refuses at `__key__`. */
export function pyV1DictHasNoneKey(value: unknown): boolean {
  return pyDictPairs(value)?.some(([key]) => key === null) ?? false;
}

/**
 * pydantic v1's validator of a model field on a non-dict JSON value: `cls(**dict(value))`. The dict, "keywords"
 * when a key is not a string (Python's TypeError, which pydantic v1 reports), `undefined` when dict() fails.
 */
export function pyV1ModelDict(value: unknown): Record<string, unknown> | "keywords" | undefined {
  const pairs = pyDictPairs(value);
  if (pairs === undefined) {
    return undefined;
  }
  return pairs.every(([key]) => typeof key === "string") ? Object.fromEntries(pairs) : "keywords";
}
