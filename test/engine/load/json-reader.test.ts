// The one JSON reader under its dialects: each failure kind worded as a ParseError at file:line:col, found where
// json.loads finds it (the recorded answers of test/fixtures/python-json are the positions' reference).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readJson, type JsonDialect, type JsonFailure } from "../../../src/engine/load/json-reader.js";
import { parseLosslessJson } from "../../../src/engine/load/lossless-json.js";
import { ParseError } from "../../../src/engine/load/parse-error.js";
import { REPO } from "../../helpers/fixture-codegen.js";

interface Recorded {
  readonly text: string;
  readonly value?: unknown;
  readonly error?: string;
}

const RECORDED = JSON.parse(readFileSync(join(REPO, "test/fixtures/python-json/REFERENCE.json"), "utf8")) as Recorded[];

function parseError(read: () => unknown): ParseError {
  try {
    read();
  } catch (error) {
    if (error instanceof ParseError) {
      return error;
    }
    throw error;
  }
  throw new Error("no ParseError");
}

describe("readJson: failures as ParseErrors", () => {
  test.each([
    ["{", 1, 2, "expected a property name in double quotes"],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['{"a": 1 "b": 2}', 1, 9, "expected ',' or '}'"],
    ["[1 2]", 1, 4, "expected ',' or ']'"],
    ['[\n  "abc', 2, 3, "unterminated string"],
    ['"a\tb"', 1, 3, "control character in string"],
    ['"a\\qb"', 1, 3, "invalid escape in string"],
    ['"\\u12zz"', 1, 3, "invalid \\u escape in string (four hex digits expected)"],
    ["{}\n\n  x", 3, 3, "unexpected data after the JSON value"],
    ["[1, x]", 1, 5, "unexpected character"],
    ["[1,", 1, 4, "unexpected end of data"],
    ["[[[1]]]", 1, 3, "nested deeper than the limit of 2 levels"],
  ] as const)("%j: %i:%i %s", (text, line, col, reason) => {
    expect(parseError(() => parseLosslessJson(text, "a.json", 2))).toEqual(new ParseError("a.json", line, col, reason));
  });

  test("every failure kind is reached, each at json.loads's position", () => {
    const seen = new Set<JsonFailure>();
    const positions: JsonDialect<unknown> = {
      number: Number,
      nonFinite: (value) => value,
      error: (failure, at) => {
        seen.add(failure);
        return new RangeError(String(at));
      },
    };
    const ascii = RECORDED.filter((r) => r.error?.startsWith("JSONDecodeError") && [...r.text].every((ch) => ch.charCodeAt(0) < 0x80));
    expect(ascii.length).toBeGreaterThan(40);
    for (const { text, error } of ascii) {
      const at = (() => {
        try {
          readJson(text, "a.json", 990, positions);
        } catch (thrown) {
          return (thrown as Error).message;
        }
        return "none";
      })();
      expect([text, at]).toEqual([text, /\(char (\d+)\)$/.exec(error ?? "")?.[1]]);
    }
    expect(() => readJson("[".repeat(991), "a.json", 990, positions)).toThrow("990");
    expect([...seen].sort()).toEqual(
      [
        "control character",
        "expecting array delimiter",
        "expecting colon",
        "expecting object delimiter",
        "expecting property name",
        "expecting value",
        "extra data",
        "invalid escape",
        "invalid unicode escape",
        "too deep",
        "unterminated string",
      ].sort(),
    );
  });
});
