// generated from specs/fractal/manifest/2.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: true,
    properties: [
      { name: "manifest_version", node: { kind: "value" } },
      { name: "task_list", node: { kind: "array", items: { kind: "ref", name: "TaskManifestV2" } } },
      { name: "has_args_schemas", node: { kind: "value" }, default: false },
      { name: "args_schema_version", node: { kind: "value" }, default: null },
      { name: "authors", node: { kind: "value" }, default: null },
    ],
  },
  defs: {
    TaskManifestV2: {
      kind: "object",
      open: true,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "executable_non_parallel", node: { kind: "value" }, default: null },
        { name: "executable_parallel", node: { kind: "value" }, default: null },
        { name: "input_types", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "output_types", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "meta_non_parallel", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "meta_parallel", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "args_schema_non_parallel", node: { kind: "value" }, default: null },
        { name: "args_schema_parallel", node: { kind: "value" }, default: null },
        { name: "docs_info", node: { kind: "value" }, default: null },
        { name: "docs_link", node: { kind: "value" }, default: null },
        { name: "category", node: { kind: "value" }, default: null },
        { name: "modality", node: { kind: "value" }, default: null },
        { name: "tags", node: { kind: "array", items: { kind: "value" } }, default: [] },
        { name: "type", node: { kind: "ref", name: "TaskType" }, default: null },
      ],
    },
    TaskType: { kind: "value" },
  },
};
