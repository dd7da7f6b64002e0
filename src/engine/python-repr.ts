// Python's repr() of plain values, so that messages read exactly as the reference's f-strings, and Python's idea
// of whitespace, where a reference's checks depend on it.
import { pyNumberKind } from "./py-numbers.js";
import { YamlTimestamp } from "./yaml-timestamp.js";

/**
 * The characters of Python's `str.isspace()` (what `str.strip()`, `str.split()` and `re`'s `\s` take for space),
 * as a character-class body. JavaScript's `\s` differs: it has \uFEFF and lacks \x1c-\x1f and \x85.
 */
export const PY_WHITESPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

// What Python's str.isprintable() rejects (other than the space), which repr() escapes.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
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
