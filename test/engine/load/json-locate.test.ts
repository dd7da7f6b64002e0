// JSON positions without a second parser (locateJson): the same as `yaml` gives for the same text, on every path
// of every JSON file of the corpus and of generated documents in several layouts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { locateJson, locateJsonNode } from "../../../src/engine/load/json-scan.js";
import { locatedAt } from "../../../src/engine/load/located-node.js";
import { LinePositions } from "../../../src/engine/load/line-positions.js";
import { CORPUS } from "../../helpers/corpus.js";
import { pathsOf } from "../../helpers/doc-paths.js";
import { REPO } from "../../helpers/fixture-codegen.js";
import { fuzzParams } from "../../helpers/fuzz-settings.js";
import { yamlNodes, yamlPositions } from "../../helpers/same-yaml.js";

function lineAndColumn(lines: LinePositions, offset: number): string {
  const { line, col } = lines.at(offset);
  return `${line}:${col}`;
}

/** The first path whose position or spans differ from `yaml`'s, or undefined (at most about 2,000 paths, evenly spread). */
function firstMisplaced(text: string): string | undefined {
  const value: unknown = JSON.parse(text);
  const lines = new LinePositions(text);
  const every = pathsOf(value, true);
  const step = Math.ceil(every.length / 2000);
  const paths = every.filter((_, i) => i % step === 0);
  const expected = yamlPositions(text, value, paths);
  const nodes = yamlNodes(text, value, paths);
  for (const path of paths) {
    const at = lineAndColumn(lines, locateJson(text, path));
    if (at !== expected.get(JSON.stringify(path))) {
      return `${JSON.stringify(path)}: ${at}, yaml ${expected.get(JSON.stringify(path)) ?? "?"}`;
    }
    const { depth, offsets } = locateJsonNode(text, path);
    const spans = JSON.stringify(locatedAt(lines, depth, offsets));
    if (spans !== nodes.get(JSON.stringify(path))) {
      return `${JSON.stringify(path)}: spans ${spans}, yaml ${nodes.get(JSON.stringify(path)) ?? "?"}`;
    }
  }
  return undefined;
}

describe("locateJson", () => {
  test("a member at its key, an item where it starts, a missing path at its deepest ancestor", () => {
    const text = '{\n  "a": [1, {"b": true}],\n  "c\\u0021": {}\n}\n';
    const lines = new LinePositions(text);
    expect(lineAndColumn(lines, locateJson(text, ["a", 1, "b"]))).toBe("2:13");
    expect(lineAndColumn(lines, locateJson(text, ["a", 1]))).toBe("2:12");
    expect(lineAndColumn(lines, locateJson(text, ["c!", "missing"]))).toBe("3:3");
    expect(lineAndColumn(lines, locateJson(text, ["a", "0"]))).toBe("2:3");
    expect(lineAndColumn(lines, locateJson(text, []))).toBe("1:1");
  });

  test("agrees with yaml on every JSON document of the corpus and the examples", () => {
    const files = execFileSync("find", [CORPUS, join(REPO, "examples"), "-name", "*.json", "-size", "-1000k"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter((file) => !file.includes("upstream-jsonschema")); // schemas, not documents: large, slow for `yaml`
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      expect(firstMisplaced(readFileSync(file, "utf8").replace(/^\uFEFF/, "")), file).toBeUndefined();
    }
  }, 120_000);

  test("agrees with yaml on generated documents in several layouts", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 0 }), tie("array"), tie("object")),
      array: fc.array(tie("value"), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
    })).value;
    const text = fc.tuple(json, fc.constantFrom(undefined, 0, 1, 2, "\t")).map(([value, indent]) => JSON.stringify(value, null, indent));
    fc.assert(
      fc.property(text, (source) => {
        expect(firstMisplaced(source)).toBeUndefined();
      }),
      fuzzParams(20),
    );
  });
});
