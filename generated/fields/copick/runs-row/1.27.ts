// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "portal_run_id", node: { kind: "value" } },
      { name: "split", node: { kind: "value" } },
    ],
  },
  defs: {},
};
