// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: true,
    properties: [
      { name: "@context", node: { kind: "object", open: true, properties: [] } },
      { name: "@type", node: { kind: "value" } },
      { name: "name", node: { kind: "value" } },
      { name: "description", node: { kind: "value" } },
      { name: "conformsTo", node: { kind: "value" } },
      { name: "version", node: { kind: "value" } },
      { name: "license", node: { kind: "value" } },
      { name: "citeAs", node: { kind: "value" } },
      { name: "datePublished", node: { kind: "value" } },
      { name: "copick:baseUrl", node: { kind: "value" } },
      { name: "copick:config", node: { kind: "ref", name: "CopickConfigBlob" } },
      { name: "distribution", node: { kind: "array", items: { kind: "ref", name: "CsvFileObject" } } },
      { name: "recordSet", node: { kind: "array", items: { kind: "ref", name: "CopickRecordSet" } } },
    ],
  },
  defs: {
    CopickConfigBlob: {
      kind: "object",
      open: true,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "description", node: { kind: "value" } },
        { name: "version", node: { kind: "value" } },
        { name: "user_id", node: { kind: "value" } },
        { name: "session_id", node: { kind: "value" } },
        { name: "pickable_objects", node: { kind: "array", items: { kind: "ref", name: "PickableObject" } } },
      ],
    },
    CopickField: {
      kind: "object",
      open: true,
      properties: [
        { name: "@type", node: { kind: "value" } },
        { name: "@id", node: { kind: "value" } },
        { name: "dataType", node: { kind: "value" } },
        { name: "source", node: { kind: "ref", name: "CsvSource" } },
        {
          name: "references",
          node: { kind: "object", open: true, properties: [{ name: "field", node: { kind: "ref", name: "IdRef" } }] },
        },
      ],
    },
    CopickRecordSet: {
      kind: "object",
      open: true,
      properties: [
        { name: "@type", node: { kind: "value" } },
        { name: "@id", node: { kind: "value" } },
        { name: "name", node: { kind: "value" } },
        { name: "description", node: { kind: "value" } },
        { name: "key", node: { kind: "ref", name: "IdRef" } },
        { name: "field", node: { kind: "array", items: { kind: "ref", name: "CopickField" } } },
        { name: "data", node: { kind: "array", items: { kind: "object", open: true, properties: [] } } },
      ],
    },
    CsvFileObject: {
      kind: "object",
      open: true,
      properties: [
        { name: "@type", node: { kind: "value" } },
        { name: "@id", node: { kind: "value" } },
        { name: "name", node: { kind: "value" } },
        { name: "contentUrl", node: { kind: "value" } },
        { name: "encodingFormat", node: { kind: "value" } },
        { name: "sha256", node: { kind: "value" } },
      ],
    },
    CsvSource: {
      kind: "object",
      open: true,
      properties: [
        { name: "fileObject", node: { kind: "ref", name: "IdRef" } },
        {
          name: "extract",
          node: { kind: "object", open: true, properties: [{ name: "column", node: { kind: "value" } }] },
        },
      ],
    },
    IdRef: { kind: "object", open: false, properties: [{ name: "@id", node: { kind: "value" } }] },
    PickableObject: {
      kind: "object",
      open: true,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "is_particle", node: { kind: "value" } },
        { name: "label", node: { kind: "value" }, default: 1 },
        { name: "color", node: { kind: "array", items: { kind: "value" } }, default: [100, 100, 100, 255] },
        { name: "emdb_id", node: { kind: "value" }, default: null },
        { name: "pdb_id", node: { kind: "value" }, default: null },
        { name: "identifier", node: { kind: "value" }, default: null },
        { name: "go_id", node: { kind: "value" } },
        { name: "map_threshold", node: { kind: "value" }, default: null },
        { name: "radius", node: { kind: "value" }, default: null },
        { name: "metadata", node: { kind: "value" }, default: {} },
      ],
    },
  },
};
