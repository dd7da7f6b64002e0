// Format versions read as the reference reads them: Python's int() of their parts (values and messages from
// Python 3.11) and `get_format_version_tuple`.
import { describe, expect, test } from "vitest";
import { formatVersionTuple, InvalidIntLiteral, isLaterThan, pyIntOf } from "../../src/bioimageio/format-version.js";

describe("pyIntOf", () => {
  test.each([
    [" 1 ", 1],
    ["+2", 2],
    ["-3", -3],
    ["1_0", 10],
    ["\u0663", 3], // ARABIC-INDIC DIGIT THREE
    ["\u{1D7D7}", 9], // MATHEMATICAL BOLD DIGIT NINE, the 10th of a run of 50 digits
    ["\u30001\u3000", 1],
  ])("int(%j) is %d", (text, value) => {
    expect(pyIntOf(text)).toBe(value);
  });

  test.each([
    ["1__0", "'1__0'"],
    ["_1", "'_1'"],
    ["\u00b2", "'\u00b2'"],
    ["", "''"],
    ["it's", `"it's"`],
    ["\u001c7", "'\\x1c7'"], // int() does not strip the separators \x1c-\x1f, unlike str.strip()
  ])("int(%j) raises", (text, repr) => {
    expect(() => pyIntOf(text)).toThrow(new InvalidIntLiteral(text));
    expect(new InvalidIntLiteral(text).message).toBe(`invalid literal for int() with base 10: ${repr}`);
  });
});

describe("format versions", () => {
  test("get_format_version_tuple takes any digits str.isdigit() takes, and int() reads them", () => {
    expect(formatVersionTuple("0.5.4")).toEqual([0, 5, 4]);
    expect(formatVersionTuple("\u0660.5.3")).toEqual([0, 5, 3]);
    expect(formatVersionTuple(" 0.5.4")).toBeUndefined();
    expect(formatVersionTuple("0.5")).toBeUndefined();
    expect(() => formatVersionTuple("0.\u00b2.1")).toThrow(InvalidIntLiteral);
  });

  test("the converters compare the first two parts as integers", () => {
    expect(isLaterThan(" 0.2.1", 0, 2)).toBe(false);
    expect(isLaterThan("0.3.0", 0, 2)).toBe(true);
    expect(isLaterThan("1", 0, 3)).toBe(true);
    expect(isLaterThan("0", 0, 3)).toBe(false);
    expect(() => isLaterThan("0.2a.1", 0, 3)).toThrow("invalid literal for int() with base 10: '2a'");
  });
});
