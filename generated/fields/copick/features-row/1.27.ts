// generated from specs/copick/features-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "run", node: { kind: "value" } },
      { name: "voxel_size", node: { kind: "value" } },
      { name: "tomo_type", node: { kind: "value" } },
      { name: "feature_type", node: { kind: "value" } },
      { name: "url", node: { kind: "value" } },
    ],
  },
  defs: {},
};
