// JSON -> value like JSON.parse, except that integers beyond 2^53 become bigints instead of being rounded
// (copick picks carry instance ids up to 2^64). Browser-safe; errors name file:line:col.
import { DEFAULT_DOCUMENT_LIMITS } from "./limits.js";
import { ParseError } from "./parse-error.js";

export type LosslessJson = null | boolean | number | bigint | string | LosslessJson[] | { [key: string]: LosslessJson };

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const STRING_CHARS = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Nesting deeper than `maxDepth` is a ParseError (the parser recurses once per level). */
export function parseLosslessJson(text: string, fileName = "<json>", maxDepth = DEFAULT_DOCUMENT_LIMITS.maxDepth): LosslessJson {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    throw new ParseError(fileName, line, i - before.lastIndexOf("\n"), reason);
  };
  const skip = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) {
      i++;
    }
  };
  const expect = (literal: string): void => {
    if (text.startsWith(literal, i)) {
      i += literal.length;
    } else {
      fail(`expected ${literal}`);
    }
  };
  const string = (): string => {
    expect('"');
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
  const value = (): LosslessJson => {
    skip();
    const ch = text[i];
    if ((ch === "{" || ch === "[") && ++depth > maxDepth) {
      fail(`nested deeper than the limit of ${maxDepth} levels`);
    }
    if (ch === "{") {
      i++;
      const out: { [key: string]: LosslessJson } = {};
      skip();
      if (text[i] === "}") {
        i++;
        depth--;
        return out;
      }
      for (;;) {
        skip();
        const key = string();
        skip();
        expect(":");
        Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ",") {
          i++;
        } else {
          expect("}");
          depth--;
          return out;
        }
      }
    }
    if (ch === "[") {
      i++;
      const out: LosslessJson[] = [];
      skip();
      if (text[i] === "]") {
        i++;
        depth--;
        return out;
      }
      for (;;) {
        out.push(value());
        skip();
        if (text[i] === ",") {
          i++;
        } else {
          expect("]");
          depth--;
          return out;
        }
      }
    }
    if (ch === '"') {
      return string();
    }
    if (text.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) {
      return fail(ch === undefined ? "unexpected end of data" : "unexpected character");
    }
    i = NUMBER.lastIndex;
    const literal = match[0];
    const integer = match[1] === undefined && match[2] === undefined;
    const number = Number(literal);
    return integer && !Number.isSafeInteger(number) ? BigInt(literal) : number;
  };
  const result = value();
  skip();
  if (i < text.length) {
    fail("unexpected data after the JSON value");
  }
  return result;
}
