// generated from specs/copick/tomograms-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "run", node: { kind: "value" } },
      { name: "voxel_size", node: { kind: "value" } },
      { name: "tomo_type", node: { kind: "value" } },
      { name: "url", node: { kind: "value" } },
      { name: "portal_tomo_type", node: { kind: "value" } },
      { name: "portal_tomogram_id", node: { kind: "value" } },
    ],
  },
  defs: {},
};
