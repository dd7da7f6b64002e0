// One JSON reader for the dialects that JSON.parse cannot give: exact big integers (lossless-json.ts) and Python's
// json.loads (copick/pyjson.ts: floats told from ints, NaN and Infinity, dict key order). The dialect decides the
// literals, what a number becomes, what an object keeps and how the errors read; the reader does the rest and
// names file:line:col. Nesting deeper than `maxDepth` is a ParseError (it recurses once per level). Browser-safe.
import { ParseError } from "./parse-error.js";

export interface JsonDialect<V> {
  /** Words and what each reads as (true, false, null, ...), tried in order before numbers. */
  readonly literals: readonly (readonly [word: string, read: () => V])[];
  number(literal: string, fractionOrExponent: boolean): V;
  /** Called when an object closes, with its keys in first-seen order (JavaScript puts integer-like keys first). */
  closeObject?(object: Record<string, V>, keys: readonly string[]): void;
  readonly messages: {
    /** Where a key's string was expected. */
    readonly expectedString: string;
    /** Where `:`, `,`, `}` or `]` was expected. */
    expected(ch: string): string;
    /** No value starts here (`atEnd`: the text ended). */
    unexpected(atEnd: boolean): string;
  };
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const STRING_CHARS = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export function readJson<V>(text: string, fileName: string, maxDepth: number, dialect: JsonDialect<V>): V {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    const before = text.slice(0, i);
    throw new ParseError(fileName, before.split("\n").length, i - before.lastIndexOf("\n"), reason);
  };
  const skip = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) {
      i++;
    }
  };
  const expect = (ch: string): void => {
    skip();
    if (text[i] !== ch) {
      fail(dialect.messages.expected(ch));
    }
    i++;
  };
  const string = (): string => {
    if (text[i] !== '"') {
      fail(dialect.messages.expectedString);
    }
    i++;
    let out = "";
    for (;;) {
      STRING_CHARS.lastIndex = i;
      out += STRING_CHARS.exec(text)?.[0] ?? "";
      i = STRING_CHARS.lastIndex;
      const ch = text[i];
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch !== "\\") {
        return fail(ch === undefined ? "unterminated string" : "control character in string");
      }
      const esc = text[i + 1] ?? "";
      if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (ESCAPES[esc] !== undefined) {
        out += ESCAPES[esc];
        i += 2;
      } else {
        fail("invalid escape in string");
      }
    }
  };
  const value = (): V => {
    skip();
    const ch = text[i];
    if ((ch === "{" || ch === "[") && ++depth > maxDepth) {
      fail(`nested deeper than the limit of ${maxDepth} levels`);
    }
    if (ch === "{") {
      i++;
      const out: Record<string, V> = {};
      const keys: string[] = [];
      skip();
      if (text[i] !== "}") {
        for (;;) {
          skip();
          const key = string();
          expect(":");
          if (dialect.closeObject && !Object.hasOwn(out, key)) {
            keys.push(key);
          }
          // defineProperty: a key named __proto__ is data, not the prototype
          Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
          skip();
          if (text[i] !== ",") {
            break;
          }
          i++;
        }
      }
      expect("}");
      depth--;
      dialect.closeObject?.(out, keys);
      return out as V;
    }
    if (ch === "[") {
      i++;
      const out: V[] = [];
      skip();
      if (text[i] !== "]") {
        for (;;) {
          out.push(value());
          skip();
          if (text[i] !== ",") {
            break;
          }
          i++;
        }
      }
      expect("]");
      depth--;
      return out as V;
    }
    if (ch === '"') {
      return string() as V;
    }
    for (const [word, read] of dialect.literals) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return read();
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) {
      return fail(dialect.messages.unexpected(ch === undefined));
    }
    i = NUMBER.lastIndex;
    return dialect.number(match[0], match[1] !== undefined || match[2] !== undefined);
  };
  const result = value();
  skip();
  if (i < text.length) {
    fail("unexpected data after the JSON value");
  }
  return result;
}
