// Format-version arithmetic as the reference does it (`get_format_version_tuple`, `get_rd_class_impl`, the
// converters' `tuple(map(int, fv.split(".")[:2]))`).
import { pyRepr } from "../engine/python-repr.js";

// What Python's int() strips: Unicode White_Space, which unlike str.strip() leaves the separators \x1c-\x1f.
const INT_WHITESPACE = "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

export type FormatVersionRequest = "discover" | "latest" | (string & {});

// Python's str.isdigit(): the decimal digits (Nd) and the other digits of Unicode (superscripts, circled digits, ...),
// which int() refuses.
const PY_DIGITS =
  /^[\p{Nd}\u{B2}-\u{B3}\u{B9}\u{1369}-\u{1371}\u{19DA}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247C}\u{2488}-\u{2490}\u{24EA}\u{24F5}-\u{24FD}\u{24FF}\u{2776}-\u{277E}\u{2780}-\u{2788}\u{278A}-\u{2792}\u{10A40}-\u{10A43}\u{10E60}-\u{10E68}\u{11052}-\u{1105A}\u{1F100}-\u{1F10A}]+$/u;

const ASCII_VERSION = /^([0-9]{1,15})\.([0-9]{1,15})\.([0-9]{1,15})$/;

/**
 * The reference's `get_format_version_tuple`: "0.5.4" -> [0, 5, 4], any script's digits read by `int()`; anything
 * else ("0.5", " 0.5.4", "0.5.x") -> undefined. Throws `InvalidIntLiteral` for a digit `int()` refuses ("0.².1").
 */
export function formatVersionTuple(value: unknown): [number, number, number] | undefined {
  const plain = typeof value === "string" ? ASCII_VERSION.exec(value) : null;
  if (plain) {
    return [Number(plain[1]), Number(plain[2]), Number(plain[3])]; // the common case, without int()'s Unicode
  }
  const parts = typeof value === "string" ? value.split(".") : [];
  if (parts.length !== 3 || !parts.every((part) => PY_DIGITS.test(part))) {
    return undefined;
  }
  const [major = 0, minor = 0, patch = 0] = parts.map(pyIntOf);
  return [major, minor, patch];
}

/** The major.minor a format version selects ("0.5.4" -> "0.5", "1" -> "1.0"). */
export function minorVersion(formatVersion: string): string {
  const first = formatVersion.indexOf(".");
  if (first < 0) {
    return `${formatVersion}.0`;
  }
  const second = formatVersion.indexOf(".", first + 1);
  return second < 0 ? formatVersion : formatVersion.slice(0, formatVersion.lastIndexOf("."));
}

export function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0;
}

const PY_INT_STRIP = new RegExp(`^[${INT_WHITESPACE}]+|[${INT_WHITESPACE}]+$`, "gu");
const PY_INT_DIGITS = /^[+-]?\p{Nd}+(?:_\p{Nd}+)*$/u;
const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value of a Unicode decimal digit: its distance from the 0 of its run (runs of Nd come as whole 0-9 sets). */
function digitValue(digit: string): number {
  let code = digit.codePointAt(0) ?? 0;
  let steps = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    steps += 1;
  }
  return steps % 10;
}

/**
 * Python's `int()` of a string (base 10): surrounding whitespace (not \x1c-\x1f), a sign, decimal digits of any script, single
 * underscores between digits. Throws Python's ValueError message where `int()` raises.
 */
export function pyIntOf(text: string): number {
  if (/^[0-9]{1,15}$/.test(text)) {
    return Number(text); // the common case, without int()'s Unicode
  }
  const body = text.replace(PY_INT_STRIP, "");
  if (!PY_INT_DIGITS.test(body)) {
    throw new InvalidIntLiteral(text);
  }
  const digits = [...body.replace(/^[+-]/, "").replaceAll("_", "")].map((d) => (/[0-9]/.test(d) ? Number(d) : digitValue(d)));
  const value = digits.reduce((n, d) => n * 10 + d, 0);
  return body.startsWith("-") ? -value : value;
}

export class InvalidIntLiteral extends Error {
  constructor(readonly text: string) {
    super(`invalid literal for int() with base 10: ${pyRepr(text)}`);
    this.name = "ValueError";
  }
}

/**
 * Whether a format version is later than `major.minor`, comparing its first two parts as the reference's converters
 * do (`tuple(map(int, fv.split(".")[:2])) > (major, minor)`); throws `InvalidIntLiteral` where `int()` raises.
 */
export function isLaterThan(fv: string, major: number, minor: number): boolean {
  const parts = fv.split(".").slice(0, 2).map(pyIntOf);
  return compareTuples(parts, [major, minor]) > 0;
}
