// JSON as Python's json.loads (3.11, its C scanner) reads it, for references that call it on a stranger's text:
// the same values (NaN, Infinity and -Infinity included, which JSON.parse refuses) and the same JSONDecodeError,
// worded and positioned as Python words it ("Expecting ',' delimiter: line 3 column 5 (char 40)", the char counted
// in code points). A dialect of readJson, which finds each failure where json.loads does.
import { type JsonDialect, type JsonFailure, readJson } from "./json-reader.js";

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

const MESSAGES: Readonly<Record<Exclude<JsonFailure, "too deep">, string>> = {
  "expecting value": "Expecting value",
  "expecting property name": "Expecting property name enclosed in double quotes",
  "expecting colon": "Expecting ':' delimiter",
  "expecting object delimiter": "Expecting ',' delimiter",
  "expecting array delimiter": "Expecting ',' delimiter",
  "unterminated string": "Unterminated string starting at",
  "control character": "Invalid control character at",
  "invalid escape": "Invalid \\escape",
  "invalid unicode escape": "Invalid \\uXXXX escape",
  "extra data": "Extra data",
};

/** A JSONDecodeError at a UTF-16 index of `text`, positioned in code points as Python counts. */
function errorAt(text: string, msg: string, index: number): PythonJsonError {
  const before = text.slice(0, index);
  const pos = Array.from(before).length;
  const newline = before.lastIndexOf("\n");
  const lineno = before.split("\n").length;
  const colno = newline < 0 ? pos + 1 : Array.from(before.slice(newline + 1)).length + 1;
  return new PythonJsonError(msg, pos, lineno, colno);
}

const PYTHON_JSON: JsonDialect<unknown> = {
  nonFinite: (value) => value,
  // an integer is Python's int, which has no negative zero
  number: (literal, fractionOrExponent) => (fractionOrExponent ? Number(literal) : Number(literal) + 0),
  error: (failure, at, text) =>
    failure === "too deep" ? new PythonRecursionError(text[at] === "{" ? "object" : "array") : errorAt(text, MESSAGES[failure], at),
};

/** json.loads(text): the value, or a PythonJsonError (a PythonRecursionError when nested too deep). */
export function parsePythonJson(text: string): unknown {
  if (text.startsWith("\ufeff")) {
    throw errorAt(text, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
  }
  return readJson(text, "<json>", MAX_DEPTH, PYTHON_JSON);
}
