// Python's repr() of plain values, so that messages read exactly as the reference's f-strings, and Python's idea
// of whitespace, where a reference's checks depend on it.
import { pyNumberKind } from "./py-numbers.js";
import { YamlTimestamp } from "./yaml-timestamp.js";

/**
 * The characters of Python's `str.isspace()` (what `str.strip()`, `str.split()` and `re`'s `\s` take for space),
 * as a character-class body. JavaScript's `\s` differs: it has \uFEFF and lacks \x1c-\x1f and \x85.
 */
export const PY_WHITESPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/**
 * Unicode White_Space: Python's set without the separators \x1c-\x1f. What Python's `int()` strips, and Rust's
 * `char::is_whitespace` (pydantic-core's `str::trim`).
 */
export const UNICODE_WHITESPACE = "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

// The code points Unicode 15.0-17.0 assigned (as printable characters): the reference's Python (3.11, Unicode 14.0)
// holds them unassigned, so its repr() escapes them (`'\U0001faf7'`). Computed as the code points where
// Python 3.11's str.isprintable() is false and JavaScript's Unicode 17.0 categories say printable.
const UNASSIGNED_IN_PYTHON =
  "\\u{88F}\\u{897}\\u{C5C}\\u{CDC}\\u{CF3}\\u{ECE}\\u{1ACF}-\\u{1ADD}\\u{1AE0}-\\u{1AEB}\\u{1B4E}-\\u{1B4F}\\u{1B7F}" +
  "\\u{1C89}-\\u{1C8A}\\u{20C1}\\u{2427}-\\u{2429}\\u{2B96}\\u{2FFC}-\\u{2FFF}\\u{31E4}-\\u{31E5}\\u{31EF}" +
  "\\u{A7CB}-\\u{A7CF}\\u{A7D2}\\u{A7D4}\\u{A7DA}-\\u{A7DC}\\u{A7F1}\\u{FBC3}-\\u{FBD2}\\u{FD90}-\\u{FD91}" +
  "\\u{FDC8}-\\u{FDCE}\\u{105C0}-\\u{105F3}\\u{10940}-\\u{10959}\\u{10D40}-\\u{10D65}\\u{10D69}-\\u{10D85}" +
  "\\u{10D8E}-\\u{10D8F}\\u{10EC2}-\\u{10EC7}\\u{10ED0}-\\u{10ED8}\\u{10EFA}-\\u{10EFF}\\u{1123F}-\\u{11241}" +
  "\\u{11380}-\\u{11389}\\u{1138B}\\u{1138E}\\u{11390}-\\u{113B5}\\u{113B7}-\\u{113C0}\\u{113C2}\\u{113C5}" +
  "\\u{113C7}-\\u{113CA}\\u{113CC}-\\u{113D5}\\u{113D7}-\\u{113D8}\\u{113E1}-\\u{113E2}\\u{116D0}-\\u{116E3}" +
  "\\u{11B00}-\\u{11B09}\\u{11B60}-\\u{11B67}\\u{11BC0}-\\u{11BE1}\\u{11BF0}-\\u{11BF9}\\u{11DB0}-\\u{11DDB}" +
  "\\u{11DE0}-\\u{11DE9}\\u{11F00}-\\u{11F10}\\u{11F12}-\\u{11F3A}\\u{11F3E}-\\u{11F5A}\\u{1342F}\\u{13440}-\\u{13455}" +
  "\\u{13460}-\\u{143FA}\\u{16100}-\\u{16139}\\u{16D40}-\\u{16D79}\\u{16EA0}-\\u{16EB8}\\u{16EBB}-\\u{16ED3}" +
  "\\u{16FF2}-\\u{16FF6}\\u{187F8}-\\u{187FF}\\u{18CFF}\\u{18D09}-\\u{18D1E}\\u{18D80}-\\u{18DF2}\\u{1B132}\\u{1B155}" +
  "\\u{1CC00}-\\u{1CCFC}\\u{1CD00}-\\u{1CEB3}\\u{1CEBA}-\\u{1CED0}\\u{1CEE0}-\\u{1CEF0}\\u{1D2C0}-\\u{1D2D3}" +
  "\\u{1DF25}-\\u{1DF2A}\\u{1E030}-\\u{1E06D}\\u{1E08F}\\u{1E4D0}-\\u{1E4F9}\\u{1E5D0}-\\u{1E5FA}\\u{1E5FF}" +
  "\\u{1E6C0}-\\u{1E6DE}\\u{1E6E0}-\\u{1E6F5}\\u{1E6FE}-\\u{1E6FF}\\u{1F6D8}\\u{1F6DC}\\u{1F774}-\\u{1F77F}\\u{1F7D9}" +
  "\\u{1F8B2}-\\u{1F8BB}\\u{1F8C0}-\\u{1F8C1}\\u{1F8D0}-\\u{1F8D8}\\u{1FA54}-\\u{1FA57}\\u{1FA75}-\\u{1FA77}" +
  "\\u{1FA87}-\\u{1FA8A}\\u{1FA8E}-\\u{1FA8F}\\u{1FAAD}-\\u{1FAAF}\\u{1FABB}-\\u{1FABF}\\u{1FAC6}\\u{1FAC8}" +
  "\\u{1FACD}-\\u{1FACF}\\u{1FADA}-\\u{1FADC}\\u{1FADF}\\u{1FAE8}-\\u{1FAEA}\\u{1FAEF}\\u{1FAF7}-\\u{1FAF8}" +
  "\\u{1FBCB}-\\u{1FBEF}\\u{1FBFA}\\u{2B739}-\\u{2B73F}\\u{2CEA2}-\\u{2CEAD}\\u{2EBF0}-\\u{2EE5D}\\u{31350}-\\u{33479}";

// What Python's str.isprintable() rejects (other than the space), which repr() escapes.
// eslint-disable-next-line no-misleading-character-class -- code points one by one (combining marks among them) are what this class is about
const NON_PRINTABLE = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\p{Zs}${UNASSIGNED_IN_PYTHON}]`, "u");
const NAMED_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** repr() of a str: single quotes unless the text has one and no double quote; escapes as Python. */
function pyStrRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const named = NAMED_ESCAPES[char];
    if (named !== undefined) {
      out += named;
    } else if (char === quote) {
      out += `\\${quote}`;
    } else if (char !== " " && NON_PRINTABLE.test(char)) {
      const hex = code.toString(16);
      out += code < 0x100 ? `\\x${hex.padStart(2, "0")}` : code < 0x10000 ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
    } else {
      out += char;
    }
  }
  return `${quote}${out}${quote}`;
}

/**
 * Whether Python reads a JSON number as an int: when it is written without a fraction or an exponent, which is
 * how JavaScript writes the whole numbers below 1e21.
 */
export function isPyInt(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 1e21;
}

/** repr() of a float: the shortest digits, positional for exponents -4 to 15, else `1e-05` style. */
function pyFloatRepr(value: number): string {
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const text = String(value);
  return text.includes(".") ? text : `${text}.0`;
}

export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) {
    return "None";
  }
  if (value instanceof YamlTimestamp) {
    return value.pyRepr();
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) {
      return "nan";
    }
    if (!Number.isFinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    // (an int beyond 2^53 that is not a document's literal was computed: Python's int() of that float, exactly)
    return isPyInt(value) ? (Number.isSafeInteger(value) ? String(value) : BigInt(value).toString()) : pyFloatRepr(value);
  }
  if (typeof value === "string") {
    return pyStrRepr(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((_, i) => pyReprAt(value, i)).join(", ")}]`;
  }
  if (value instanceof Set) {
    return value.size === 0 ? "set()" : `{${[...value].map(pyRepr).join(", ")}}`;
  }
  return `{${Object.keys(value as Record<string, unknown>)
    .map((k) => `${pyRepr(k)}: ${pyReprAt(value, k)}`)
    .join(", ")}}`;
}

/**
 * repr() of `container[key]`, a document's value: a number the loader noted (py-numbers.ts) as an integral float
 * (`1000.0`) or an int beyond 2^53 (its exact digits) as Python holds it.
 */
export function pyReprAt(container: object, key: string | number): string {
  const value: unknown = Reflect.get(container, key);
  if (typeof value === "number") {
    const kind = pyNumberKind(container, key);
    if (kind !== undefined) {
      return kind === "float" ? pyFloat(value) : kind.toString();
    }
  }
  return pyRepr(value);
}

/**
 * repr() of a list of ints as pydantic holds it after validating `list[int]` (a float `1000.0` became the int
 * 1000): each exactly, a document's int beyond 2^53 with its own digits, a computed one as Python's int() of it.
 */
export function pyIntListRepr(values: readonly number[]): string {
  return `[${values
    .map((value, i) => {
      const kind = pyNumberKind(values, i);
      return typeof kind === "bigint" ? kind.toString() : Number.isFinite(value) ? BigInt(Math.trunc(value)).toString() : pyRepr(value);
    })
    .join(", ")}]`;
}

/** str() of a value, as an f-string prints it: a str itself, a date as `2019-12-11`, anything else its repr(). */
export function pyStr(value: unknown): string {
  return typeof value === "string" || value instanceof YamlTimestamp ? String(value) : pyRepr(value);
}

/** str() of `container[key]`, a document's value (as pyReprAt). */
export function pyStrAt(container: object, key: string | number): string {
  const value: unknown = Reflect.get(container, key);
  return typeof value === "string" || value instanceof YamlTimestamp ? String(value) : pyReprAt(container, key);
}

/** A float as Python prints it (`1` -> `1.0`, `1e16` -> `1e+16`). */
export function pyFloat(value: number): string {
  return Number.isFinite(value) ? pyFloatRepr(value) : pyRepr(value);
}

/** A pydantic model's str(): `field='value' other=1` over the given fields. */
export function pyModelStr(fields: Readonly<Record<string, unknown>>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${pyRepr(v)}`)
    .join(" ");
}

/** A pydantic model's repr(): `Name(field='value', other=1)`. */
export function pyModelRepr(className: string, fields: Readonly<Record<string, unknown>>): string {
  return `${className}(${Object.entries(fields)
    .map(([k, v]) => `${k}=${pyRepr(v)}`)
    .join(", ")})`;
}

/** `type(value).__name__` of a JSON/YAML value. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) {
    return "NoneType";
  }
  if (Array.isArray(value)) {
    return "list";
  }
  if (value instanceof YamlTimestamp) {
    return `datetime.${value.kind}`; // as Python's messages name a type of a C module
  }
  switch (typeof value) {
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    default:
      return "dict";
  }
}

/** Python's string order (by code point), which differs from `<` on UTF-16 only beyond the BMP. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return x.length - y.length;
}
