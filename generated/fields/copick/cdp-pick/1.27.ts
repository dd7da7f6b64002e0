// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: true,
    properties: [
      {
        name: "location",
        node: {
          kind: "object",
          open: true,
          properties: [
            { name: "x", node: { kind: "value" } },
            { name: "y", node: { kind: "value" } },
            { name: "z", node: { kind: "value" } },
          ],
        },
      },
      { name: "xyz_rotation_matrix", node: { kind: "array", items: { kind: "array", items: { kind: "value" } } } },
    ],
  },
  defs: {},
};
