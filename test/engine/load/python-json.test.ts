// json.loads's own answers (Python 3.11, recorded by scripts/reference/record_python_json.py) for valid and broken
// texts: the same values, and the same JSONDecodeError messages and positions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parsePythonJson, PythonJsonError } from "../../../src/engine/load/python-json.js";
import { REPO } from "../../helpers/fixture-codegen.js";

interface Recorded {
  readonly text: string;
  readonly value?: unknown;
  readonly error?: string;
}

const RECORDED = JSON.parse(readFileSync(join(REPO, "test/fixtures/python-json/REFERENCE.json"), "utf8")) as Recorded[];

/** As the recording writes values: NaN and the infinities as Python's repr. */
function jsonable(value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) {
    return Number.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
  }
  if (Array.isArray(value)) {
    return value.map(jsonable);
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonable(v)]));
  }
  return value;
}

function answer(text: string): Recorded {
  try {
    return { text, value: jsonable(parsePythonJson(text)) };
  } catch (error) {
    return { text, error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe("parsePythonJson: json.loads's answers", () => {
  test("the recording has valid and broken texts", () => {
    expect(RECORDED.filter((r) => r.error !== undefined).length).toBeGreaterThan(40);
    expect(RECORDED.filter((r) => r.error === undefined).length).toBeGreaterThan(15);
  });
  test.each(RECORDED.map((r) => [JSON.stringify(r.text).slice(0, 60), r] as const))("%s", (_, recorded) => {
    expect(answer(recorded.text)).toEqual(recorded);
  });
  test("a key named __proto__ is data", () => {
    const value = parsePythonJson('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test("nesting beyond Python's recursion limit is its RecursionError, not a stack overflow", () => {
    expect(() => parsePythonJson("[".repeat(5000) + "]".repeat(5000))).toThrow(
      "maximum recursion depth exceeded while decoding a JSON array from a unicode string",
    );
    expect(parsePythonJson("[".repeat(500) + "]".repeat(500))).toBeInstanceOf(Array);
  });
  test("errors carry Python's fields", () => {
    const error = (() => {
      try {
        parsePythonJson('{\n  "🦈": x}');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PythonJsonError);
    expect(error).toMatchObject({ msg: "Expecting value", pos: 9, lineno: 2, colno: 8 });
  });
});
