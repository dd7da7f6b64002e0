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
 * The characters Unicode assigned after 14.0 (Python 3.11's unicodedata, the references'), which the runtime (Node 20:
 * Unicode 15 to 17) knows: Python 3.11 holds them unassigned, so not printable.
 */
const ASSIGNED_AFTER_UNICODE_14 =
  "\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1b4e}-\\u{1b4f}\\u{1b7f}\\u{1c89}-\\u{1c8a}\\u{20c1}\\u{2427}-\\u{2429}\\u{2b96}\\u{2ffc}-\\u{2fff}\\u{31e4}-\\u{31e5}\\u{31ef}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{fbc3}-\\u{fbd2}\\u{fd90}-\\u{fd91}\\u{fdc8}-\\u{fdce}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d85}\\u{10d8e}-\\u{10d8f}\\u{10ec2}-\\u{10ec7}\\u{10ed0}-\\u{10ed8}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d5}\\u{113d7}-\\u{113d8}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b00}-\\u{11b09}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be1}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1cc00}-\\u{1ccfc}\\u{1cd00}-\\u{1ceb3}\\u{1ceba}-\\u{1ced0}\\u{1cee0}-\\u{1cef0}\\u{1d2c0}-\\u{1d2d3}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e5ff}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{1f6d8}\\u{1f6dc}\\u{1f774}-\\u{1f77f}\\u{1f7d9}\\u{1f8b2}-\\u{1f8bb}\\u{1f8c0}-\\u{1f8c1}\\u{1f8d0}-\\u{1f8d8}\\u{1fa54}-\\u{1fa57}\\u{1fa75}-\\u{1fa77}\\u{1fa87}-\\u{1fa8a}\\u{1fa8e}-\\u{1fa8f}\\u{1faad}-\\u{1faaf}\\u{1fabb}-\\u{1fabf}\\u{1fac6}\\u{1fac8}\\u{1facd}-\\u{1facf}\\u{1fada}-\\u{1fadc}\\u{1fadf}\\u{1fae8}-\\u{1faea}\\u{1faef}\\u{1faf7}-\\u{1faf8}\\u{1fbcb}-\\u{1fbef}\\u{1fbfa}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}";

// What Python 3.11's str.isprintable() rejects (other than the space), which repr() escapes.
// eslint-disable-next-line no-misleading-character-class -- the combining marks are in the class on their own, as code points
const NON_PRINTABLE = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\p{Zs}${ASSIGNED_AFTER_UNICODE_14}]`, "u");
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
