// generated from specs/copick/segmentations-row/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "run", node: { kind: "value" } },
      { name: "voxel_size", node: { kind: "value" } },
      { name: "user_id", node: { kind: "value" } },
      { name: "session_id", node: { kind: "value" } },
      { name: "name", node: { kind: "value" } },
      { name: "is_multilabel", node: { kind: "value" } },
      { name: "url", node: { kind: "value" } },
      { name: "portal_object_name", node: { kind: "value" } },
      { name: "portal_session_id", node: { kind: "value" } },
      { name: "portal_annotation_id", node: { kind: "value" } },
      { name: "portal_annotation_file_id", node: { kind: "value" } },
    ],
  },
  defs: {},
};
