// The only module that generated validators import: the helpers Ajv's standalone code calls, and the wording of
// their errors. Browser-safe (no node: imports), so the precompiled validators run anywhere.
import { schemaErrorMessage } from "./schema-errors.js";
import { urlProblem } from "./url.js";
import { emailProblem } from "./email.js";
import type { ValidateFunction } from "../runtime/validator-types.js";

export { describeErrors, type SchemaErrorDescription } from "./schema-errors.js";
// the generated validators' object check refuses it (codegen/emit-validators.ts)
export { YamlTimestamp } from "../yaml-timestamp.js";

/**
 * The exported validator: Ajv's function, whose errors get their `message` (the reference's words) when it
 * fails. Ajv's own messages are compiled out (`messages: false`): one wording for the CLI, the API and these.
 */
export function withMessages<T>(compiled: ValidateFunction<T>): ValidateFunction<T> {
  const validate = ((data: unknown): data is T => {
    const valid = compiled(data);
    validate.errors = compiled.errors?.map((error) => ({ ...error, message: schemaErrorMessage(error) })) ?? null;
    return valid;
  }) as ValidateFunction<T>;
  validate.errors = null;
  return validate;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in Unicode code points, as JSON Schema counts string length (Ajv's `ucs2length`). */
export function ucs2length(str: string): number {
  if (!SURROGATE.test(str)) {
    return str.length; // no surrogate pairs: code units are code points (the common case, no loop)
  }
  let length = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        i++; // a surrogate pair is one code point
      }
    }
    length++;
  }
  return length;
}

/** Structural equality of JSON values (for `const`, `enum` and `uniqueItems` on objects and arrays). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) {
    return false;
  }
  const ob = b as Record<string, unknown>;
  const oa = a as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(ob, key) && deepEqual(oa[key], ob[key]));
}

export interface FormatDefinition {
  readonly type: "string";
  readonly validate: (value: string) => boolean;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-date with a real calendar day. */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const maxDay = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= maxDay;
}

/** RFC 3339 date-time (time zone required; leap second allowed). */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match || !isDate(match[1] ?? "")) {
    return false;
  }
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const offsetOk = match[5] === undefined || (Number(match[6]) <= 23 && Number(match[7]) <= 59);
  return hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}

/** An absolute URL as pydantic's parser reads it (the URL Standard, which is lenient with spaces and the like). */
export function isUri(value: string): boolean {
  return urlProblem(value) === undefined;
}

export function isEmail(value: string): boolean {
  return emailProblem(value) === undefined;
}

/** The formats the specs may use (README: only these). Codegen fails on any other. */
export const formats: Readonly<Record<string, FormatDefinition>> = {
  date: { type: "string", validate: isDate },
  "date-time": { type: "string", validate: isDateTime },
  email: { type: "string", validate: isEmail },
  uri: { type: "string", validate: isUri },
};
