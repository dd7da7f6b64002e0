// Messages quote values as Python's repr() does; the expectations were printed by CPython 3.12.
import { describe, expect, test } from "vitest";
import { pyRepr } from "../../src/engine/python-repr.js";

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
  ])("%j -> %s", (value, expected) => {
    expect(pyRepr(value)).toBe(expected);
  });

  test("containers quote their strings the same way", () => {
    expect(pyRepr(["unique.\n", "Given: ['t', 't']."])).toBe(`['unique.\\n', "Given: ['t', 't']."]`);
    expect(pyRepr({ " mem ": 1, ok: true, none: null })).toBe("{' mem ': 1, 'ok': True, 'none': None}");
  });
});
