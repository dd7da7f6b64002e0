import { describe, expect, test } from "vitest";
import { PathTrie } from "../../../src/engine/validation/path-trie.js";
import { validityOf } from "../../../src/engine/validation/engine.js";

describe("PathTrie", () => {
  test("counts the added paths that start with a prefix, equal ones included", () => {
    const trie = new PathTrie<string | number>((segment) => segment);
    for (const path of [["inputs", 0, "axes"], ["inputs", 0, "axes", 1], ["inputs", 1], ["outputs"]]) {
      trie.add(path);
    }
    expect(trie.countStartingWith([])).toBe(4);
    expect(trie.countStartingWith(["inputs"])).toBe(3);
    expect(trie.countStartingWith(["inputs", 0, "axes"])).toBe(2);
    expect(trie.countStartingWith(["inputs", 0, "axes", 1, "size"])).toBe(0);
    expect(trie.countStartingWith(["inputs", "0"])).toBe(0); // exact segments: "0" is not 0
    expect(new PathTrie(String).countStartingWith(["a"])).toBe(0);
  });

  test('validityOf: a path is valid when no error is at or below it ("0" and 0 alike)', () => {
    const context = validityOf([
      { loc: ["inputs", 0, "axes", 1], msg: "bad", type: "value_error", severity: 50, rule: "r" },
      { loc: ["name"], msg: "short", type: "warning", severity: 30, rule: "r" },
    ]);
    expect(context.isValid(["inputs"])).toBe(false);
    expect(context.isValid(["inputs", "0", "axes"])).toBe(false);
    expect(context.isValid(["inputs", 0, "axes", 0])).toBe(true);
    expect(context.isValid(["inputs", 1])).toBe(true);
    expect(context.isValid(["name"])).toBe(true); // warnings do not make a field invalid
  });
});
