// One JSON reader for the dialects that JSON.parse cannot give: exact big integers (lossless-json.ts), Python's
// json.loads for copick (copick/pyjson.ts: floats told from ints, NaN and Infinity, dict key order) and Python's
// json.loads with its own errors (python-json.ts: JSONDecodeError, for the references that call it on a stranger's
// text). It accepts what json.loads (3.11, its C scanner) accepts and finds each failure where json.loads names it;
// the dialect decides whether NaN and Infinity read, what a number becomes, what an object keeps and what a failure
// throws (by default a ParseError naming file:line:col). Nesting deeper than `maxDepth` fails (it recurses once per
// level). Browser-safe.
import { tooDeep } from "./limits.js";
import { ParseError } from "./parse-error.js";

/** What can be wrong with JSON text; each is found at the offset json.loads names. */
export type JsonFailure =
  /** No value starts here (at the text's end when it ended). */
  | "expecting value"
  /** Where a key's opening quote was expected. */
  | "expecting property name"
  /** Where `:` was expected after a key. */
  | "expecting colon"
  /** Where `,` or `}` was expected after an object's member. */
  | "expecting object delimiter"
  /** Where `,` or `]` was expected after an array's item. */
  | "expecting array delimiter"
  /** A string not closed: at its opening quote. */
  | "unterminated string"
  /** A control character (U+0000 to U+001F) in a string: at it. */
  | "control character"
  /** A backslash before a character that it does not escape: at the backslash. */
  | "invalid escape"
  /** `\u` without four hex digits and a character after them: at the `u`. */
  | "invalid unicode escape"
  /** Text after the value: at its first character. */
  | "extra data"
  /** A `{` or `[` nesting deeper than the limit: at it. */
  | "too deep";

export interface JsonDialect<V> {
  /** What NaN, Infinity and -Infinity read as; without it they are not values (JSON's own grammar). */
  nonFinite?(value: number): V;
  number(literal: string, fractionOrExponent: boolean): V;
  /** Called when an object closes, with its keys in first-seen order (JavaScript puts integer-like keys first). */
  closeObject?(object: Record<string, V>, keys: readonly string[]): void;
  /** The error for `failure` at UTF-16 offset `at` of `text`; without it, a ParseError (see jsonParseError). */
  error?(failure: JsonFailure, at: number, text: string): Error;
}

const REASONS: Readonly<Record<Exclude<JsonFailure, "expecting value" | "too deep">, string>> = {
  "expecting property name": "expected a property name in double quotes",
  "expecting colon": "expected ':'",
  "expecting object delimiter": "expected ',' or '}'",
  "expecting array delimiter": "expected ',' or ']'",
  "unterminated string": "unterminated string",
  "control character": "control character in string",
  "invalid escape": "invalid escape in string",
  "invalid unicode escape": "invalid \\u escape in string (four hex digits expected)",
  "extra data": "unexpected data after the JSON value",
};

/** The ParseError for `failure` at UTF-16 offset `at` of `text`, named file:line:col. */
function jsonParseError(failure: JsonFailure, at: number, text: string, fileName: string, maxDepth: number): ParseError {
  const reason =
    failure === "expecting value"
      ? at < text.length
        ? "unexpected character"
        : "unexpected end of data"
      : failure === "too deep"
        ? tooDeep(maxDepth)
        : REASONS[failure];
  const before = text.slice(0, at);
  return new ParseError(fileName, before.split("\n").length, at - before.lastIndexOf("\n"), reason);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The offset of the first non-digit of `text` from `at`. */
function digitsEnd(text: string, at: number): number {
  while (isDigit(text.charCodeAt(at))) {
    at++;
  }
  return at;
}

export function readJson<V>(text: string, fileName: string, maxDepth: number, dialect: JsonDialect<V>): V {
  const length = text.length;
  let i = 0;
  let depth = 0;
  const fail = (failure: JsonFailure, at: number): never => {
    throw dialect.error ? dialect.error(failure, at, text) : jsonParseError(failure, at, text, fileName, maxDepth);
  };
  const skip = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(i)) {
      i++;
    }
  };
  /** The characters from `i` up to a quote, backslash, control character or the end. */
  const plain = (): string => {
    PLAIN.lastIndex = i;
    PLAIN.test(text);
    const run = text.slice(i, PLAIN.lastIndex);
    i = PLAIN.lastIndex;
    return run;
  };
  /** The string whose opening quote is at `i`. */
  const string = (): string => {
    const start = i++;
    let out = plain();
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return out;
      }
      if (c !== BACKSLASH) {
        return i < length ? fail("control character", i) : fail("unterminated string", start);
      }
      const escape = text[i + 1];
      if (escape === undefined) {
        fail("unterminated string", start);
      } else if (escape === "u") {
        HEX4.lastIndex = i + 2;
        // json.loads wants a character after the digits (a closing quote at the least)
        if (i + 6 >= length || !HEX4.test(text)) {
          fail("invalid unicode escape", i + 1);
        }
        // a surrogate pair is two escapes and two UTF-16 units: joined as they are
        out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        const escaped = ESCAPES[escape];
        if (escaped === undefined) {
          fail("invalid escape", i);
        }
        out += escaped;
        i += 2;
      }
      out += plain();
    }
  };
  const number = (): V => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) {
      i++;
    }
    const first = text.charCodeAt(i);
    if (first === 0x30) {
      i++;
    } else if (isDigit(first)) {
      i = digitsEnd(text, i + 1);
    } else {
      fail("expecting value", start);
    }
    let fractionOrExponent = false;
    if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      i = digitsEnd(text, i + 2);
      fractionOrExponent = true;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let j = i + 1;
      const sign = text.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) {
        j++;
      }
      if (isDigit(text.charCodeAt(j))) {
        i = digitsEnd(text, j + 1);
        fractionOrExponent = true;
      }
    }
    return dialect.number(text.slice(start, i), fractionOrExponent);
  };
  /** The word at `i`, if it is `word`. */
  const word = (word: string): boolean => {
    if (!text.startsWith(word, i)) {
      return false;
    }
    i += word.length;
    return true;
  };
  /** The value that starts at `i` (whitespace before it skipped). */
  const value = (): V => {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      return string() as V;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        fail("too deep", i);
      }
      const nested = c === 0x7b ? object() : array();
      depth--;
      return nested;
    }
    if (isDigit(c) || (c === 0x2d && text.charCodeAt(i + 1) !== 0x49)) {
      return number();
    }
    if (word("true")) {
      return true as V;
    }
    if (word("false")) {
      return false as V;
    }
    if (word("null")) {
      return null as V;
    }
    if (dialect.nonFinite) {
      if (word("NaN")) {
        return dialect.nonFinite(Number.NaN);
      }
      if (word("Infinity")) {
        return dialect.nonFinite(Number.POSITIVE_INFINITY);
      }
      if (word("-Infinity")) {
        return dialect.nonFinite(Number.NEGATIVE_INFINITY);
      }
    }
    return c === 0x2d ? number() : fail("expecting value", i);
  };
  /** After a member or item: true at the closing `close`, else past the `,` and the whitespace after it. */
  const closes = (close: number, failure: JsonFailure): boolean => {
    skip();
    const next = text.charCodeAt(i);
    if (next === close) {
      return true;
    }
    if (next !== 0x2c) {
      fail(failure, i);
    }
    i++;
    skip();
    return false;
  };
  const object = (): V => {
    const out: Record<string, V> = {};
    const keys: string[] | undefined = dialect.closeObject ? [] : undefined;
    i++;
    skip();
    if (text.charCodeAt(i) !== 0x7d) {
      do {
        if (text.charCodeAt(i) !== QUOTE) {
          fail("expecting property name", i);
        }
        const key = string();
        skip();
        if (text.charCodeAt(i) !== 0x3a) {
          fail("expecting colon", i);
        }
        i++;
        skip();
        if (keys !== undefined && !Object.hasOwn(out, key)) {
          keys.push(key);
        }
        const item = value();
        if (key === "__proto__") {
          // data, not the prototype
          Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        } else {
          out[key] = item;
        }
      } while (!closes(0x7d, "expecting object delimiter"));
    }
    i++;
    if (keys !== undefined) {
      dialect.closeObject?.(out, keys);
    }
    return out as V;
  };
  const array = (): V => {
    const out: V[] = [];
    i++;
    skip();
    if (text.charCodeAt(i) !== 0x5d) {
      do {
        out.push(value());
      } while (!closes(0x5d, "expecting array delimiter"));
    }
    i++;
    return out as V;
  };
  skip();
  const result = value();
  skip();
  if (i < length) {
    fail("extra data", i);
  }
  return result;
}
