import { YamlTimestamp } from "../../../src/engine/yaml-timestamp.js";
import { describe, expect, test } from "vitest";
import { ParseError, parseSource } from "../../../src/engine/load/parse.js";

describe("parseSource", () => {
  test("YAML 1.2 as the reference reads it: 1e-05 is a number, .inf is infinity, a plain timestamp is a datetime", () => {
    const { value } = parseSource(
      "eps: 1e-05\nhigh: .inf\nlow: -.inf\nwhen: 2019-12-11T11:22:32+00:00\nno: no\nquoted: '2019-12-11'\n",
      "a.yaml",
    );
    expect(JSON.parse(JSON.stringify(value))).toEqual({
      eps: 1e-5,
      high: null,
      low: null,
      when: "2019-12-11T11:22:32",
      no: "no",
      quoted: "2019-12-11",
    });
    const { high, low, when } = value as Record<string, unknown>;
    expect([high, low]).toEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(when).toBeInstanceOf(YamlTimestamp);
  });

  test("explicit tags are constructed as the reference constructs them", () => {
    const { value } = parseSource("f: !!float 1\nb: !!bool yes\nn: !!null x\ni: !!int '0x1F'\nt: !!timestamp 2019-12-11\n", "a.yaml");
    expect(JSON.parse(JSON.stringify(value))).toEqual({ f: 1, b: true, n: null, i: 31, t: "2019-12-11" });
    expect(() => parseSource("i: !!int x\n", "a.yaml")).toThrow("a.yaml:1:4: invalid literal for int() with base 10: 'x'");
    expect(() => parseSource("t: !!timestamp x\n", "a.yaml")).toThrow('a.yaml:1:4: failed to construct timestamp from "x"');
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

  test("locateNode: the spans of the key and value at a path, in every format (CSV cells, NDJSON records' members)", () => {
    const yaml = parseSource("a:\n  b: [1, two]\nc: |\n  text\n", "doc.yaml");
    expect(yaml.locateNode(["a", "b", 1])).toEqual({ depth: 3, value: { start: { line: 2, col: 10 }, end: { line: 2, col: 13 } } });
    expect(yaml.locateNode(["a", "b"])).toEqual({
      depth: 2,
      key: { start: { line: 2, col: 3 }, end: { line: 2, col: 4 } },
      value: { start: { line: 2, col: 6 }, end: { line: 2, col: 14 } },
    });
    expect(yaml.locateNode(["c", "missing"]).depth).toBe(1);
    const csv = parseSource('name,"quoted, cell"\nx,"two\nlines"\n', "doc.csv");
    expect(csv.locateNode([1, 1])).toEqual({ depth: 2, value: { start: { line: 2, col: 3 }, end: { line: 3, col: 7 } } });
    expect(csv.locateNode([0])).toEqual({ depth: 1, value: { start: { line: 1, col: 1 }, end: { line: 1, col: 20 } } });
    const ndjson = parseSource('{"a": 1}\n\n{"b": [true, null]}\n', "doc.ndjson");
    expect(ndjson.locateNode([1, "b", 0])).toEqual({ depth: 3, value: { start: { line: 3, col: 8 }, end: { line: 3, col: 12 } } });
    expect(ndjson.locateNode([0, "a"])).toEqual({
      depth: 2,
      key: { start: { line: 1, col: 2 }, end: { line: 1, col: 5 } },
      value: { start: { line: 1, col: 7 }, end: { line: 1, col: 8 } },
    });
  });
});
