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

/**
 * The characters Unicode assigned after 14.0, the version of the reference's Python (3.11): unassigned (Cn) there,
 * so not printable, whatever the Unicode version of this JavaScript engine (hex code points and ranges).
 */
const UNASSIGNED_IN_PYTHON =
  "88f 897 c5c cdc cf3 ece 1acf-1add 1ae0-1aeb 1b4e-1b4f 1b7f 1c89-1c8a 20c1 2427-2429 2b96 2ffc-2fff " +
  "31e4-31e5 31ef a7cb-a7cf a7d2 a7d4 a7da-a7dc a7f1 fbc3-fbd2 fd90-fd91 fdc8-fdce 105c0-105f3 " +
  "10940-10959 10d40-10d65 10d69-10d85 10d8e-10d8f 10ec2-10ec7 10ed0-10ed8 10efa-10eff 1123f-11241 " +
  "11380-11389 1138b 1138e 11390-113b5 113b7-113c0 113c2 113c5 113c7-113ca 113cc-113d5 113d7-113d8 " +
  "113e1-113e2 116d0-116e3 11b00-11b09 11b60-11b67 11bc0-11be1 11bf0-11bf9 11db0-11ddb 11de0-11de9 " +
  "11f00-11f10 11f12-11f3a 11f3e-11f5a 1342f 13440-13455 13460-143fa 16100-16139 16d40-16d79 " +
  "16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18cff 18d09-18d1e 18d80-18df2 1b132 1b155 " +
  "1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 1cee0-1cef0 1d2c0-1d2d3 1df25-1df2a 1e030-1e06d 1e08f " +
  "1e4d0-1e4f9 1e5d0-1e5fa 1e5ff 1e6c0-1e6de 1e6e0-1e6f5 1e6fe-1e6ff 1f6d8 1f6dc 1f774-1f77f 1f7d9 " +
  "1f8b2-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1fa54-1fa57 1fa75-1fa77 1fa87-1fa8a 1fa8e-1fa8f 1faad-1faaf " +
  "1fabb-1fabf 1fac6 1fac8 1facd-1facf 1fada-1fadc 1fadf 1fae8-1faea 1faef 1faf7-1faf8 1fbcb-1fbef " +
  "1fbfa 2b739-2b73f 2cea2-2cead 2ebf0-2ee5d 31350-33479";

let unassignedInPython: Uint32Array | undefined;

/** Whether Python 3.11 prints `char` as it is in a repr() (`str.isprintable()`). */
export function pyIsPrintable(char: string): boolean {
  if (char === " ") {
    return true;
  }
  if (NON_PRINTABLE.test(char)) {
    return false;
  }
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x88f) {
    return true;
  }
  // [start0, end0, start1, end1, ...], sorted
  unassignedInPython ??= Uint32Array.from(
    UNASSIGNED_IN_PYTHON.trim()
      .split(" ")
      .flatMap((range) => {
        const [start = "", end = start] = range.split("-");
        return [parseInt(start, 16), parseInt(end, 16)];
      }),
  );
  let low = 0;
  let high = unassignedInPython.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < (unassignedInPython[2 * mid] ?? 0)) {
      high = mid - 1;
    } else if (code > (unassignedInPython[2 * mid + 1] ?? 0)) {
      low = mid + 1;
    } else {
      return false;
    }
  }
  return true;
}
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
    } else if (!pyIsPrintable(char)) {
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
