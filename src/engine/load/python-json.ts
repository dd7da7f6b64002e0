// JSON as Python's json.loads (3.11, its C scanner) reads it, for references that call it on a stranger's text:
// the same values (NaN, Infinity and -Infinity included, which JSON.parse refuses) and the same JSONDecodeError,
// worded and positioned as Python words it ("Expecting ',' delimiter: line 3 column 5 (char 40)", the char counted
// in code points).

/** Python's JSONDecodeError: `msg` at code point `pos`, line and column counted from 1. */
export class PythonJsonError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number,
    readonly lineno: number,
    readonly colno: number,
  ) {
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.name = "JSONDecodeError";
  }
}

/**
 * Python's RecursionError for nesting deeper than its recursion limit (1000 frames, of which the caller's stack
 * takes a few: the depth at which Python gives up is approximate, the error is the same).
 */
export class PythonRecursionError extends Error {
  constructor(kind: "object" | "array") {
    super(`maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`);
    this.name = "RecursionError";
  }
}

const MAX_DEPTH = 990;

/** Python's "Expecting value": where no value starts (the scanner's StopIteration). */
class NoValue {
  constructor(readonly at: number) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const CONSTANTS: readonly (readonly [string, unknown])[] = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
];

/** json.loads(text): the value, or a PythonJsonError. */
export function parsePythonJson(text: string): unknown {
  if (text.startsWith("\ufeff")) {
    throw errorAt(text, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
  }
  const scanner = new Scanner(text);
  let value: unknown;
  let end: number;
  const start = scanner.skipWhitespace(0);
  try {
    [value, end] = scanner.value(start);
  } catch (error) {
    if (error instanceof NoValue) {
      throw errorAt(text, "Expecting value", error.at);
    }
    throw error;
  }
  end = scanner.skipWhitespace(end);
  if (end !== text.length) {
    throw errorAt(text, "Extra data", end);
  }
  return value;
}

/** A JSONDecodeError at a UTF-16 index of `text`, positioned in code points as Python counts. */
function errorAt(text: string, msg: string, index: number): PythonJsonError {
  const before = text.slice(0, index);
  const pos = Array.from(before).length;
  const newline = before.lastIndexOf("\n");
  const lineno = before.split("\n").length;
  const colno = newline < 0 ? pos + 1 : Array.from(before.slice(newline + 1)).length + 1;
  return new PythonJsonError(msg, pos, lineno, colno);
}

class Scanner {
  private depth = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(at: number): number {
    while (at < this.text.length && WHITESPACE.has(this.text[at] ?? "")) {
      at++;
    }
    return at;
  }

  private fail(msg: string, at: number): never {
    throw errorAt(this.text, msg, at);
  }

  /** The value starting exactly at `at` (no whitespace before it), and where it ends. */
  value(at: number): [unknown, number] {
    const c = this.text[at];
    if (c === '"') {
      return this.string(at + 1);
    }
    if (c === "{" || c === "[") {
      if (++this.depth > MAX_DEPTH) {
        throw new PythonRecursionError(c === "{" ? "object" : "array");
      }
      const nested = c === "{" ? this.object(at + 1) : this.array(at + 1);
      this.depth--;
      return nested;
    }
    for (const [word, value] of CONSTANTS) {
      if (this.text.startsWith(word, at)) {
        return [value, at + word.length];
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(this.text);
    if (match === null) {
      throw new NoValue(at);
    }
    // an integer is Python's int, which has no negative zero
    const number = match[1] === undefined && match[2] === undefined ? Number(match[0]) + 0 : Number(match[0]);
    return [number, at + match[0].length];
  }

  /** A string whose opening quote is just before `at`. */
  private string(at: number): [string, number] {
    const begin = at - 1;
    let out = "";
    let i = at;
    for (;;) {
      let j = i;
      while (j < this.text.length) {
        const code = this.text.charCodeAt(j);
        if (code === 0x22 || code === 0x5c) {
          break;
        }
        if (code <= 0x1f) {
          this.fail("Invalid control character at", j);
        }
        j++;
      }
      if (j >= this.text.length) {
        this.fail("Unterminated string starting at", begin);
      }
      out += this.text.slice(i, j);
      if (this.text[j] === '"') {
        return [out, j + 1];
      }
      const next = j + 1; // the character after the backslash
      if (next >= this.text.length) {
        this.fail("Unterminated string starting at", begin);
      }
      const c = this.text[next] ?? "";
      if (c !== "u") {
        const escaped = ESCAPES[c];
        if (escaped === undefined) {
          this.fail("Invalid \\escape", j);
        }
        out += escaped;
        i = next + 1;
        continue;
      }
      const [code, end] = this.unicodeEscape(next + 1);
      out += code;
      i = end;
    }
  }

  /** `\uXXXX` (with a following `\uXXXX` joined into one character when they are a surrogate pair). */
  private unicodeEscape(digits: number): [string, number] {
    let end = digits + 4;
    if (end >= this.text.length) {
      this.fail("Invalid \\uXXXX escape", digits - 1);
    }
    const hex = this.text.slice(digits, end);
    if (!HEX4.test(hex)) {
      this.fail("Invalid \\uXXXX escape", digits - 1);
    }
    const high = Number.parseInt(hex, 16);
    if (high >= 0xd800 && high <= 0xdbff && end + 6 < this.text.length && this.text.startsWith("\\u", end)) {
      const low = this.text.slice(end + 2, end + 6);
      if (!HEX4.test(low)) {
        this.fail("Invalid \\uXXXX escape", end + 1);
      }
      const second = Number.parseInt(low, 16);
      if (second >= 0xdc00 && second <= 0xdfff) {
        end += 6;
        return [String.fromCharCode(high, second), end];
      }
    }
    return [String.fromCharCode(high), end];
  }

  private object(at: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    let i = this.skipWhitespace(at);
    if (this.text[i] === "}") {
      return [out, i + 1];
    }
    for (;;) {
      if (this.text[i] !== '"') {
        this.fail("Expecting property name enclosed in double quotes", i);
      }
      const [key, afterKey] = this.string(i + 1);
      i = this.skipWhitespace(afterKey);
      if (this.text[i] !== ":") {
        this.fail("Expecting ':' delimiter", i);
      }
      i = this.skipWhitespace(i + 1);
      const [value, afterValue] = this.value(i);
      // a key named __proto__ is data, as in a Python dict
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      i = this.skipWhitespace(afterValue);
      if (this.text[i] === "}") {
        return [out, i + 1];
      }
      if (this.text[i] !== ",") {
        this.fail("Expecting ',' delimiter", i);
      }
      i = this.skipWhitespace(i + 1);
    }
  }

  private array(at: number): [unknown[], number] {
    const out: unknown[] = [];
    let i = this.skipWhitespace(at);
    if (this.text[i] === "]") {
      return [out, i + 1];
    }
    for (;;) {
      const [value, afterValue] = this.value(i);
      out.push(value);
      i = this.skipWhitespace(afterValue);
      if (this.text[i] === "]") {
        return [out, i + 1];
      }
      if (this.text[i] !== ",") {
        this.fail("Expecting ',' delimiter", i);
      }
      i = this.skipWhitespace(i + 1);
    }
  }
}
