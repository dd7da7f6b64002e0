import { describe, expect, test } from "vitest";
import { ParseError, parseSource } from "../../../src/engine/load/parse.js";

describe("parseSource", () => {
  test("YAML 1.2: 1e-05 is a number, .inf is infinity, timestamps stay strings", () => {
    const { value } = parseSource("eps: 1e-05\nhigh: .inf\nlow: -.inf\nwhen: 2019-12-11T11:22:32+00:00\nno: no\n", "a.yaml");
    expect(value).toEqual({
      eps: 1e-5,
      high: Number.POSITIVE_INFINITY,
      low: Number.NEGATIVE_INFINITY,
      when: "2019-12-11T11:22:32+00:00",
      no: "no",
    });
  });

  test("locates keys and items as file:line:col", () => {
    const source = parseSource("a:\n  b:\n    - x: 1\n    - y: 2\n", "doc.yaml");
    expect(source.locate(["a", "b", 1, "y"])).toEqual({ file: "doc.yaml", line: 4, col: 7 });
    expect(source.locate(["a", "b", 0])).toEqual({ file: "doc.yaml", line: 3, col: 7 });
  });

  test("a missing key points at its deepest existing ancestor", () => {
    const source = parseSource("a:\n  b: 1\n", "doc.yaml");
    expect(source.locate(["a", "missing", "deeper"])).toEqual({ file: "doc.yaml", line: 1, col: 1 });
  });

  test("JSON takes the fast path and is located on demand", () => {
    const source = parseSource('{\n  "a": [1, {"b": true}]\n}\n', "doc.json");
    expect(source.value).toEqual({ a: [1, { b: true }] });
    expect(source.locate(["a", 1, "b"])).toEqual({ file: "doc.json", line: 2, col: 13 });
  });

  test("a byte order mark is ignored", () => {
    expect(parseSource("\uFEFFa: 1\n", "bom.yaml").value).toEqual({ a: 1 });
  });

  test("bad YAML is a ParseError with the position", () => {
    expect(() => parseSource("a: 1\nb: [1, 2\n", "bad.yaml")).toThrow(ParseError);
    try {
      parseSource("a: 1\na: 2\n", "dup.yaml");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).message).toMatch(/^dup\.yaml:2:1: Map keys must be unique/);
    }
  });

  test("bad JSON is a ParseError", () => {
    expect(() => parseSource('{"a": }', "bad.json")).toThrow(/^bad\.json:\d+:\d+: /);
  });

  test("an alias bomb is refused, not expanded", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? "a" : `l${i - 1}`;
        return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    expect(() => parseSource(bomb, "bomb.yaml")).toThrow(ParseError);
  });
});
