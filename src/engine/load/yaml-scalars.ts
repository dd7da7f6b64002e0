// Plain YAML scalars as the bioimage.io reference's loader (ruyaml, "safe", YAML 1.2) resolves them, which is not
// quite the YAML 1.2 core schema: digit groups (`1_000`), binary (`0b101`), signed hex and octal (`+0x1F`,
// `-0o17`), leading zeros (`012` is 12) and `+.5` are numbers, and plain timestamps (`2019-12-11`,
// `2019-12-11 12:22:32.5+01:00`) are Python dates and datetimes. The readers (yaml-fast.ts, yaml-full.ts) share
// these tests, so both return the same values. Browser-safe.
import { type PyNumberLiteral, pyFloatLiteral, pyIntLiteral } from "../py-numbers.js";
import { YamlTimestamp } from "../yaml-timestamp.js";

/** A plain scalar ruyaml cannot construct (an impossible date, `._`): Python's words of the ValueError. */
export class YamlScalarError extends Error {}

// ruyaml's implicit resolvers for YAML 1.2 (ruyaml/resolver.py), tried in its order: bool, float, int, null,
// timestamp. A resolver is tried only when the scalar starts with one of its first characters.
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const FLOAT =
  /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
// the resolver's date alone has two-digit months and days (the constructor's pattern, TIMESTAMP, is looser)
const DATE_ONLY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DATE_TIME = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** Whether ruyaml resolves the plain scalar `text` (one line, trimmed) as a timestamp. */
function isTimestamp(text: string): boolean {
  return isDigit(text[0]) && (DATE_ONLY.test(text) || (DATE_TIME.test(text) && TIMESTAMP.test(text)));
}

const INT_DIGITS: Readonly<Record<number, RegExp>> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };

const BIGINT_PREFIX: Readonly<Record<number, string>> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

/** ruyaml's construct_yaml_int for YAML 1.2: digit groups dropped, `012` decimal; beyond 2^53, its exact value too. */
function constructInt(text: string): number | PyNumberLiteral {
  let digits = text.replaceAll("_", "");
  const sign = digits[0] === "-" ? -1 : 1;
  if (digits[0] === "-" || digits[0] === "+") {
    digits = digits.slice(1);
  }
  const [body, base] = digits.startsWith("0b")
    ? [digits.slice(2), 2]
    : digits.startsWith("0x")
      ? [digits.slice(2), 16]
      : digits.startsWith("0o")
        ? [digits.slice(2), 8]
        : [digits, 10];
  if (!INT_DIGITS[base]?.test(body)) {
    // (an explicit `!!int` may hold anything)
    throw new YamlScalarError(`invalid literal for int() with base ${base}: '${body}'`);
  }
  const value = sign * parseInt(body, base);
  // (Python has no negative zero int)
  return value === 0
    ? 0
    : Number.isSafeInteger(value)
      ? value
      : pyIntLiteral(value, BigInt(sign) * BigInt(`${BIGINT_PREFIX[base] ?? ""}${body}`));
}

/** What Python's float() reads besides numerals (lower-cased). */
const PY_FLOAT_WORDS: Readonly<Record<string, number>> = { nan: Number.NaN, inf: Infinity, infinity: Infinity };

/** ruyaml's construct_yaml_float: digit groups dropped, then Python's float() (a float kept a float when integral). */
function constructFloat(text: string): number | PyNumberLiteral {
  let digits = text.replaceAll("_", "").toLowerCase();
  const sign = digits[0] === "-" ? -1 : 1;
  if (digits[0] === "-" || digits[0] === "+") {
    digits = digits.slice(1);
  }
  if (digits === ".inf") {
    return sign * Number.POSITIVE_INFINITY;
  }
  if (digits === ".nan") {
    return Number.NaN;
  }
  const special = PY_FLOAT_WORDS[digits];
  const value = special ?? Number(digits);
  if (Number.isNaN(value) && special === undefined) {
    // (`._`; an explicit `!!float` may hold anything)
    throw new YamlScalarError(`could not convert string to float: '${digits}'`);
  }
  return pyFloatLiteral(sign * value);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function checkRange(value: number, low: number, high: number, name: string): void {
  if (value < low || value > high) {
    throw new YamlScalarError(name === "year" ? `year ${value} is out of range` : `${name} must be in ${low}..${high}`);
  }
}

/** ruyaml's create_timestamp, with the ValueErrors of Python's `datetime`. */
function constructTimestamp(text: string): YamlTimestamp {
  const m = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d\d?)(?::(\d\d))?))?)?$/.exec(
    text,
  );
  if (!m) {
    throw new YamlScalarError(`failed to construct timestamp from "${text}"`);
  }
  const [, y = "", mo = "", d = "", h, mi = "0", s = "0", fraction, , tzSign, tzHour = "0", tzMinute = "0"] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  checkRange(year, 1, 9999, "year");
  checkRange(month, 1, 12, "month");
  const days = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > days) {
    throw new YamlScalarError("day is out of range for month");
  }
  if (h === undefined) {
    return new YamlTimestamp("date", `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
  }
  const [hour, minute, second] = [Number(h), Number(mi), Number(s)];
  checkRange(hour, 0, 23, "hour");
  checkRange(minute, 0, 59, "minute");
  checkRange(second, 0, 59, "second");
  let micro = 0;
  if (fraction) {
    micro = Number(fraction.slice(0, 6).padEnd(6, "0"));
    if (fraction.length > 6 && Number(fraction[6]) > 4) {
      micro += 1;
    }
    checkRange(micro, 0, 999999, "microsecond");
  }
  // the offset is subtracted (whole minutes: the microseconds stay), and the result is naive
  const shift = tzSign === undefined ? 0 : (tzSign === "-" ? -1 : 1) * (Number(tzHour) * 60 + Number(tzMinute));
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute - shift, second, 0);
  const shiftedYear = at.getUTCFullYear();
  if (shiftedYear < 1 || shiftedYear > 9999) {
    throw new YamlScalarError("date value out of range");
  }
  const date = `${pad(shiftedYear, 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}${micro > 0 ? `.${pad(micro, 6)}` : ""}`;
  return new YamlTimestamp("datetime", `${date}T${time}`);
}

/**
 * The value of a plain scalar (one line, or folded lines: a folded scalar holds a space or a break, and only a
 * timestamp can hold a space) as ruyaml reads it under YAML 1.2. Throws YamlScalarError where ruyaml's
 * constructor raises.
 */
export function resolvePlainScalar(text: string): unknown {
  const first = text[0];
  if (first === undefined || NULL.test(text)) {
    return null;
  }
  if (text === "=") {
    return constructValue();
  }
  if ((first === "t" || first === "T" || first === "f" || first === "F") && BOOL.test(text)) {
    return first === "t" || first === "T";
  }
  const numeric = isDigit(first) || first === "-" || first === "+";
  if ((numeric || first === ".") && FLOAT.test(text)) {
    return constructFloat(text);
  }
  if (numeric && INT.test(text)) {
    return constructInt(text);
  }
  if (isTimestamp(text)) {
    return constructTimestamp(text);
  }
  return text;
}

/** ruyaml resolves a plain `=` (a value, not a key) to YAML 1.1's `value` type, which its safe loader cannot construct. */
function constructValue(): never {
  throw new YamlScalarError("could not determine a constructor for the tag 'tag:yaml.org,2002:value'");
}

const BOOL_WORDS: Readonly<Record<string, boolean>> = {
  yes: true,
  no: false,
  y: true,
  n: false,
  true: true,
  false: false,
  on: true,
  off: false,
};

/** ruyaml's construct_yaml_bool (an explicit `!!bool` takes the YAML 1.1 words too). */
function constructBool(text: string): boolean {
  const value = BOOL_WORDS[text.toLowerCase()];
  if (value === undefined) {
    throw new YamlScalarError(`'${text.toLowerCase()}'`);
  }
  return value;
}

/**
 * ruyaml's implicit resolvers of YAML 1.2 in its order, for a parser that tries each tag's pattern on a plain
 * scalar (`yaml`'s custom tags); `construct` also reads the scalar of an explicit tag (`!!int '1'`).
 */
export const RUYAML_SCALAR_TAGS: readonly { readonly tag: string; readonly test: RegExp; readonly construct: (text: string) => unknown }[] =
  [
    { tag: "tag:yaml.org,2002:bool", test: BOOL, construct: constructBool },
    { tag: "tag:yaml.org,2002:float", test: FLOAT, construct: constructFloat },
    { tag: "tag:yaml.org,2002:int", test: new RegExp(`(?=[-+0-9])${INT.source}`), construct: constructInt },
    { tag: "tag:yaml.org,2002:null", test: NULL, construct: () => null },
    { tag: "tag:yaml.org,2002:value", test: /^=$/, construct: constructValue },
    {
      tag: "tag:yaml.org,2002:timestamp",
      test: new RegExp(`${DATE_ONLY.source}|(?=${DATE_TIME.source.slice(1)})${TIMESTAMP.source}`),
      construct: constructTimestamp,
    },
  ];

/** Whether ruyaml reads the plain scalar `text` as this very string. */
export function resolvesToItself(text: string): boolean {
  try {
    return resolvePlainScalar(text) === text;
  } catch {
    return false;
  }
}
