// generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "run", node: { kind: "value" } },
      { name: "voxel_size", node: { kind: "value" } },
    ],
  },
  defs: {},
};
