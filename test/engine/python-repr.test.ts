// Messages quote values as Python's repr() does; the expectations were printed by CPython 3.12.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseSource } from "../../src/engine/load/parse.js";
import { pyNumberKind } from "../../src/engine/py-numbers.js";
import { pyRepr, pyStrAt } from "../../src/engine/python-repr.js";
import { copyDocument } from "../../src/engine/records.js";

describe("pyRepr of strings", () => {
  test.each([
    ["a", "'a'"],
    ["it's", `"it's"`],
    [`it's "x"`, `'it\\'s "x"'`],
    ["a\nb", "'a\\nb'"],
    ["back\\slash", "'back\\\\slash'"],
    ["tab\t", "'tab\\t'"],
    ["\u0000", "'\\x00'"],
    ["\u200b", "'\\u200b'"],
    ["é 😀", "'é 😀'"],
    // (CPython 3.11, the references', with Unicode 14.0: what later versions assigned is escaped)
    ["\u{1faf6}\u{1faf7}\u0500\u{1e03f}\u{1e030}\u0897", "'\u{1faf6}\\U0001faf7\u0500\\U0001e03f\\U0001e030\\u0897'"],
  ])("%j -> %s", (value, expected) => {
    expect(pyRepr(value)).toBe(expected);
  });

  test("containers quote their strings the same way", () => {
    expect(pyRepr(["unique.\n", "Given: ['t', 't']."])).toBe(`['unique.\\n', "Given: ['t', 't']."]`);
    expect(pyRepr({ " mem ": 1, ok: true, none: null })).toBe("{' mem ': 1, 'ok': True, 'none': None}");
  });
});

describe("pyRepr escapes what Python 3.11 does not print (its Unicode 14, whatever this engine's Unicode)", () => {
  // recorded by scripts/reference/record_python_repr.py: every boundary of str.isprintable() over the code space
  const recorded = JSON.parse(readFileSync(new URL("../fixtures/python-repr/characters.json", import.meta.url), "utf8")) as {
    characters: [number, string][];
  };
  test("every recorded character", () => {
    const wrong = recorded.characters.filter(([code, repr]) => pyRepr(String.fromCodePoint(code)) !== repr);
    expect(recorded.characters.length).toBeGreaterThan(2000);
    expect(wrong.map(([code, repr]) => `${code.toString(16)} ${repr}`)).toEqual([]);
  });
  test.each([
    ["\u{1faf7}", "'\\U0001faf7'"],
    ["\ud83e", "'\\ud83e'"],
    ["\u0085", "'\\x85'"],
  ])("%j -> %s", (value, expected) => {
    expect(pyRepr(value)).toBe(expected);
  });
});

describe("numbers of a parsed document as Python holds them", () => {
  // Python 3.11: yaml.safe_load-like values printed with repr() and str()
  const doc = parseSource(
    [
      "timestamp: 1000.0",
      "exp: 1e3",
      "tagged: !!float 1",
      "big: [9223372036854775807, 9223372036854776000, -0x1FFFFFFFFFFFFFFFF, 1e16, 2.5, 7]",
      "nested: {x: 0.0}",
    ].join("\n"),
    "rdf.yaml",
  ).value as Record<string, unknown>;

  test("the description holds plain numbers", () => {
    expect(doc.timestamp).toBe(1000);
    expect(doc.tagged).toBe(1);
    expect(JSON.stringify(doc.big)).toBe("[9223372036854776000,9223372036854776000,-36893488147419103000,10000000000000000,2.5,7]");
  });

  test("an integral float prints as a float, an int beyond 2^53 with its own digits", () => {
    expect(pyStrAt(doc, "timestamp")).toBe("1000.0");
    expect(pyStrAt(doc, "exp")).toBe("1000.0");
    expect(pyStrAt(doc, "tagged")).toBe("1.0");
    expect(pyRepr(doc.big)).toBe("[9223372036854775807, 9223372036854776000, -36893488147419103231, 1e+16, 2.5, 7]");
    expect(pyRepr(doc.nested)).toBe("{'x': 0.0}");
    expect(pyNumberKind(doc.big, 0)).toBe(9223372036854775807n);
    expect(pyNumberKind(doc.big, 5)).toBeUndefined();
  });

  test("both YAML readers note the same kinds (the full one reads what the fast one leaves to it)", () => {
    const full = parseSource("big: !!seq [9223372036854775807, 1.0]\n", "rdf.yaml").value as Record<string, unknown>;
    expect(pyRepr(full.big)).toBe("[9223372036854775807, 1.0]");
  });

  test("a copy keeps the kinds; a computed int beyond 2^53 prints as Python's int() of that float", () => {
    expect(pyRepr(copyDocument(doc).big)).toBe(pyRepr(doc.big));
    expect(pyRepr([-(2 ** 63), 2 ** 64 * 1.5])).toBe("[-9223372036854775808, 27670116110564327424]");
  });
});
