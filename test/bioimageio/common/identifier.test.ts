import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { PYTHON_IDENTIFIER } from "../../../src/bioimageio/common/identifier.js";

describe("Python 3.11 identifiers", () => {
  test("the specs' Identifier pattern is the same test", () => {
    const spec = JSON.parse(readFileSync("specs/bioimageio/common/identifiers.json", "utf8")) as {
      $defs: { Identifier: { pattern: string } };
    };
    expect(spec.$defs.Identifier.pattern).toBe(PYTHON_IDENTIFIER.source);
  });

  test("characters of Unicode 15 and later are not XID for Python 3.11 (str.isidentifier() is False)", () => {
    for (const name of ["raw", "_x1", "données", "名前", "xⁱ"]) {
      expect(PYTHON_IDENTIFIER.test(name), name).toBe(true);
    }
    // ZWJ and the katakana middle dot became XID_Continue in Unicode 15.1, U+16100 (Gurung Khema) is Unicode 16
    for (const name of ["a\u200db", "y\u30fb", "a\u{16100}", "1a", "a-b", ""]) {
      expect(PYTHON_IDENTIFIER.test(name), name).toBe(false);
    }
  });
});
