// Python's JSON text, so that files written here are byte-identical to copick's: `json.dumps(value, indent=n)`
// with its defaults (ensure_ascii, ", "/": " separators, floats as repr()). JavaScript cannot tell 1.0 from 1,
// so callers say which numbers are floats (PyFloat) and which are ints (number or bigint).
import { type JsonDialect, readJson } from "../engine/load/json-reader.js";
import { DEFAULT_DOCUMENT_LIMITS } from "../engine/load/limits.js";

/** A number that Python holds as a float (printed `10.0`, `1e-05`). */
export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

export type PyJson = null | boolean | string | number | bigint | PyFloat | readonly PyJson[] | PyJsonObject;
export interface PyJsonObject {
  readonly [key: string]: PyJson;
}

/** `Array.isArray`, which does not narrow a union with a readonly array type. */
const isPyJsonList = (value: PyJson): value is readonly PyJson[] => Array.isArray(value);

/**
 * Python keeps a dict's keys in insertion order; a JavaScript object puts integer-like keys first. `pyJsonLoads`
 * records the order of such objects here, and `pyJsonDumps` follows it.
 */
const KEY_ORDER: unique symbol = Symbol("pyjson.keyOrder");

interface Ordered {
  [KEY_ORDER]?: readonly string[];
}

function entriesInOrder(node: PyJsonObject): [string, PyJson][] {
  const order = (node as Ordered)[KEY_ORDER];
  if (order === undefined) {
    return Object.entries(node);
  }
  const seen = new Set(order);
  const keys = [...order.filter((key) => Object.hasOwn(node, key)), ...Object.keys(node).filter((key) => !seen.has(key))];
  return keys.map((key) => [key, node[key] as PyJson]);
}

/** Python's repr() of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) {
    return "NaN";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "Infinity" : "-Infinity";
  }
  if (value === 0) {
    return Object.is(value, -0) ? "-0.0" : "0.0";
  }
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exponent < -4 || exponent >= 16) {
    const rest = digits.slice(1);
    const exp = `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
    return `${sign}${digits[0] ?? ""}${rest === "" ? "" : `.${rest}`}e${exp}`;
  }
  if (exponent < 0) {
    return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  }
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
}

/** A JSON string literal as Python writes it with ensure_ascii=True. */
export function pyJsonString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const code = value.charCodeAt(i);
    if (ch === '"' || ch === "\\") {
      out += `\\${ch}`;
    } else if (ch === "\n") {
      out += "\\n";
    } else if (ch === "\r") {
      out += "\\r";
    } else if (ch === "\t") {
      out += "\\t";
    } else if (ch === "\b") {
      out += "\\b";
    } else if (ch === "\f") {
      out += "\\f";
    } else if (code < 0x20 || code > 0x7e) {
      // UTF-16 code units, so astral characters come out as surrogate pairs, like Python.
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}

/** `json.dumps(value, indent=indent)`. */
export function pyJsonDumps(value: PyJson, indent: number): string {
  const write = (node: PyJson, depth: number): string => {
    if (node === null) {
      return "null";
    }
    if (typeof node === "boolean") {
      return node ? "true" : "false";
    }
    if (typeof node === "string") {
      return pyJsonString(node);
    }
    if (typeof node === "bigint") {
      return node.toString();
    }
    if (typeof node === "number") {
      // A plain number is a Python int; a non-integer one can only be a float.
      return Number.isInteger(node) ? String(node) : pyFloatRepr(node);
    }
    if (node instanceof PyFloat) {
      return pyFloatRepr(node.value);
    }
    const inner = " ".repeat(indent * (depth + 1));
    const outer = " ".repeat(indent * depth);
    if (isPyJsonList(node)) {
      return node.length === 0 ? "[]" : `[\n${node.map((item) => inner + write(item, depth + 1)).join(",\n")}\n${outer}]`;
    }
    const entries = entriesInOrder(node);
    return entries.length === 0
      ? "{}"
      : `{\n${entries.map(([key, item]) => `${inner}${pyJsonString(key)}: ${write(item, depth + 1)}`).join(",\n")}\n${outer}}`;
  };
  return write(value, 0);
}

const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

const PYTHON: JsonDialect<PyJson> = {
  nonFinite: (value) => new PyFloat(value),
  number(literal, fractionOrExponent) {
    const number = Number(literal);
    // a Python int has no negative zero
    return fractionOrExponent ? new PyFloat(number) : Number.isSafeInteger(number) ? number + 0 : BigInt(literal);
  },
  closeObject(object, keys) {
    if (keys.some((key) => INTEGER_KEY.test(key))) {
      (object as Ordered)[KEY_ORDER] = keys;
    }
  },
};

/**
 * `json.loads(text)` as Python sees it, so that `pyJsonDumps` writes it back byte for byte: numbers with a
 * fraction or an exponent are floats (PyFloat), others ints (bigint beyond 2^53), NaN and Infinity are
 * accepted, a repeated key keeps its first position and its last value, key order is kept.
 */
export function pyJsonLoads(text: string, fileName = "<json>", maxDepth = DEFAULT_DOCUMENT_LIMITS.maxDepth): PyJson {
  return readJson(text, fileName, maxDepth, PYTHON);
}

/** A PyJson value as plain JSON data (floats and big ints as numbers), for validators and readers. */
export function pyJsonToPlain(value: PyJson): unknown {
  if (value instanceof PyFloat) {
    return value.value;
  }
  if (typeof value === "bigint") {
    return Number(value);
  }
  if (isPyJsonList(value)) {
    return value.map(pyJsonToPlain);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(entriesInOrder(value).map(([k, v]) => [k, pyJsonToPlain(v)]));
  }
  return value;
}

/** True for a JSON object (not an array, not a float). */
export function isPyDict(value: PyJson | undefined): value is { readonly [key: string]: PyJson } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof PyFloat);
}

/**
 * Python's `f"{value:.{digits}f}"` (copick names voxel-spacing folders `VoxelSpacing10.000`): the exact binary
 * value rounded half to even, where `toFixed` rounds exact ties up.
 */
export function pyFixed(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) {
    return fixed;
  }
  // The exact decimal expansion decides whether `value` lies exactly halfway (toPrecision(100) is exact here).
  const [, fraction = ""] = Math.abs(value).toPrecision(100).split(".");
  const tail = fraction.slice(digits).replace(/0+$/, "");
  if (tail !== "5") {
    return fixed;
  }
  const down = (Math.sign(value) * Math.floor(Math.abs(value) * 10 ** digits)) / 10 ** digits;
  const lastKept = Number(fraction[digits - 1] ?? Math.floor(Math.abs(value)) % 10);
  return lastKept % 2 === 0 ? down.toFixed(digits) : fixed;
}
