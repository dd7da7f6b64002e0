// The cursor's context in documents as they are typed (often not parsing): block YAML by its indentation, JSON by
// a tolerant scan.
import { describe, expect, test } from "vitest";
import { jsonCursor, yamlCursor } from "../../src/lsp/cursor.js";

/** The context at `|` in `text`. */
function yamlAt(text: string): ReturnType<typeof yamlCursor> {
  const offset = text.indexOf("|");
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return yamlCursor(text.slice(0, offset) + text.slice(offset + 1), line, offset - (before.lastIndexOf("\n") + 1));
}

function jsonAt(text: string): ReturnType<typeof jsonCursor> {
  const offset = text.indexOf("|");
  return jsonCursor(text.slice(0, offset) + text.slice(offset + 1), offset);
}

describe("yamlCursor", () => {
  test("keys of the root mapping and of nested mappings", () => {
    expect(yamlAt("name: x\nde|")).toEqual({ at: "key", path: [], prefix: "de" });
    expect(yamlAt("config:\n  bioimageio:\n    te|\nname: x\n")).toEqual({ at: "key", path: ["config", "bioimageio"], prefix: "te" });
    expect(yamlAt("config:\n  bioimageio:\n    a: 1\n  |")).toEqual({ at: "key", path: ["config"], prefix: "" });
  });

  test("values after a key, in mappings and in items", () => {
    expect(yamlAt("type: mo|")).toEqual({ at: "value", path: ["type"], prefix: "mo" });
    expect(yamlAt('"quoted key": |')).toEqual({ at: "value", path: ["quoted key"], prefix: "" });
    expect(yamlAt("inputs:\n- id: raw\n  axes:\n  - type: sp|")).toEqual({
      at: "value",
      path: ["inputs", 0, "axes", 0, "type"],
      prefix: "sp",
    });
  });

  test("items: the index counts the earlier items of the same sequence, nested or at their key's column", () => {
    const doc = [
      "inputs:",
      "  - id: a",
      "    axes:",
      "      - type: batch",
      "      - type: space # a comment",
      "",
      "        id: x",
      "  - id: b",
      "    axes:",
      "    - type: channel",
      "    - |",
    ].join("\n");
    expect(yamlAt(doc)).toEqual({ at: "item", path: ["inputs", 1, "axes", 1], prefix: "" });
    expect(yamlAt("outputs:\n- id: a\n- id: b\n  data:\n    ty|")).toEqual({ at: "key", path: ["outputs", 1, "data"], prefix: "ty" });
    expect(yamlAt("outputs:\n- id: a\n- id: b\n  ha|")).toEqual({ at: "key", path: ["outputs", 1], prefix: "ha" });
    expect(yamlAt("tags:\n  - a\n  - b\n  - c|")).toEqual({ at: "item", path: ["tags", 2], prefix: "c" });
    expect(yamlAt("m:\n  - - 1\n    - 2\n    - |")).toEqual({ at: "item", path: ["m", 0, 2], prefix: "" });
    expect(yamlAt("m:\n  -\n    k: 1\n    |")).toEqual({ at: "key", path: ["m", 0], prefix: "" });
  });
});

describe("jsonCursor", () => {
  test("keys, values and items, inside strings or not", () => {
    expect(jsonAt('{"a": 1, "|')).toEqual({ at: "key", path: [], prefix: '"' });
    expect(jsonAt('{"a": {"b": "x|"}}')).toEqual({ at: "value", path: ["a", "b"], prefix: '"x', suffix: '"' });
    expect(jsonAt('{"a": 1, "|",\n')).toEqual({ at: "key", path: [], prefix: '"', suffix: '"' });
    expect(jsonAt('{"task_list": [{"name": "t"}, {"exec|')).toEqual({ at: "key", path: ["task_list", 1], prefix: '"exec' });
    expect(jsonAt('{"a": [1, 2, |]}')).toEqual({ at: "item", path: ["a", 2], prefix: "" });
    expect(jsonAt('{"a": "x\\"y", "b": tr|')).toEqual({ at: "value", path: ["b"], prefix: "tr" });
  });
});
