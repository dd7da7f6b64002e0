// generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "run", node: { kind: "value" } },
      { name: "user_id", node: { kind: "value" } },
      { name: "session_id", node: { kind: "value" } },
      { name: "object_name", node: { kind: "value" } },
      { name: "url", node: { kind: "value" } },
      { name: "sha256", node: { kind: "value" } },
    ],
  },
  defs: {},
};
