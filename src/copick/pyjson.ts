// Python's JSON text, so that files written here are byte-identical to copick's: `json.dumps(value, indent=n)`
// with its defaults (ensure_ascii, ", "/": " separators, floats as repr()). JavaScript cannot tell 1.0 from 1,
// so callers say which numbers are floats (PyFloat) and which are ints (number or bigint).

/** A number that Python holds as a float (printed `10.0`, `1e-05`). */
export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

export type PyJson = null | boolean | string | number | bigint | PyFloat | readonly PyJson[] | { readonly [key: string]: PyJson };

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
    if (Array.isArray(node)) {
      const items = node as readonly PyJson[];
      return items.length === 0 ? "[]" : `[\n${items.map((item) => inner + write(item, depth + 1)).join(",\n")}\n${outer}]`;
    }
    const entries = Object.entries(node as { readonly [key: string]: PyJson });
    return entries.length === 0
      ? "{}"
      : `{\n${entries.map(([key, item]) => `${inner}${pyJsonString(key)}: ${write(item, depth + 1)}`).join(",\n")}\n${outer}}`;
  };
  return write(value, 0);
}
