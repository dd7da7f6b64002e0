// generated from specs/fractal/manifest/1.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: true,
    properties: [
      { name: "manifest_version", node: { kind: "value" } },
      { name: "task_list", node: { kind: "array", items: { kind: "ref", name: "TaskManifestV1" } } },
      { name: "has_args_schemas", node: { kind: "value" }, default: false },
      { name: "args_schema_version", node: { kind: "value" }, default: null },
    ],
  },
  defs: {
    TaskManifestV1: {
      kind: "object",
      open: true,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "executable", node: { kind: "value" } },
        { name: "input_type", node: { kind: "value" } },
        { name: "output_type", node: { kind: "value" } },
        { name: "meta", node: { kind: "value" }, default: {} },
        { name: "args_schema", node: { kind: "value" }, default: null },
        { name: "docs_info", node: { kind: "value" }, default: null },
        { name: "docs_link", node: { kind: "value" }, default: null },
      ],
    },
  },
};
