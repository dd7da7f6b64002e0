import { describe, expect, test } from "vitest";
import { type FieldTree, metadataCompleteness, resolveNode } from "../../../src/engine/runtime/field-tree.js";
import { buildDescription } from "../../../src/bioimageio/build.js";
import { validModel } from "../../helpers/model.js";

const tree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "config", node: { kind: "ref", name: "Config" }, default: {} },
      { name: "shape", node: { kind: "ref", name: "Shape" } },
      { name: "note", node: { kind: "value" }, default: null },
    ],
  },
  defs: {
    Config: { kind: "object", open: true, properties: [{ name: "level", node: { kind: "value" }, default: 1 }] },
    Shape: {
      kind: "union",
      by: { tag: "kind" },
      branches: [
        {
          when: "circle",
          node: {
            kind: "object",
            open: false,
            properties: [
              { name: "kind", node: { kind: "value" } },
              { name: "r", node: { kind: "value" } },
            ],
          },
        },
        { when: "square", node: { kind: "object", open: false, properties: [{ name: "kind", node: { kind: "value" } }] } },
      ],
    },
  },
};

describe("field tree", () => {
  test("unions resolve by tag", () => {
    const node = resolveNode(tree, { kind: "ref", name: "Shape" }, { kind: "circle" });
    expect(node.kind === "object" && node.properties.map((p) => p.name)).toEqual(["kind", "r"]);
  });

  test("completeness counts nested mapping keys, defaults of models filled in", () => {
    // full: name, config, config.level, shape, shape.kind, shape.r, note = 7; given: name, shape, shape.kind = 3
    expect(metadataCompleteness(tree, { name: "n", shape: { kind: "circle" } })).toBeCloseTo(3 / 7);
    expect(metadataCompleteness(tree, { name: "n", config: { level: 2 }, shape: { kind: "circle", r: 1 }, note: "x" })).toBe(1);
    expect(metadataCompleteness(tree, [])).toBe(0);
  });

  test("a fuller model description is more complete", async () => {
    const minimal = validModel();
    const fuller = validModel();
    fuller.version = "1.0";
    fuller.id_emoji = "🦈";
    fuller.config = { bioimageio: { architecture_type: "unet" } };
    const completeness = async (doc: unknown) => (await buildDescription(doc)).validationSummary.metadata_completeness;
    const a = await completeness(minimal);
    const b = await completeness(fuller);
    expect(a).toBeGreaterThan(0.2);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThan(1);
  });
});
