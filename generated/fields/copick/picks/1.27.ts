// generated from specs/copick/picks/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: true,
    properties: [
      { name: "pickable_object_name", node: { kind: "value" } },
      { name: "user_id", node: { kind: "value" } },
      { name: "session_id", node: { kind: "value" } },
      { name: "run_name", node: { kind: "value" }, default: null },
      { name: "voxel_spacing", node: { kind: "value" }, default: null },
      { name: "unit", node: { kind: "value" }, default: "angstrom" },
      { name: "points", node: { kind: "array", items: { kind: "ref", name: "CopickPoint" } }, default: [] },
      { name: "trust_orientation", node: { kind: "value" }, default: true },
    ],
  },
  defs: {
    CopickLocation: {
      kind: "object",
      open: true,
      properties: [
        { name: "x", node: { kind: "value" } },
        { name: "y", node: { kind: "value" } },
        { name: "z", node: { kind: "value" } },
      ],
    },
    CopickPoint: {
      kind: "object",
      open: true,
      properties: [
        { name: "location", node: { kind: "ref", name: "CopickLocation" } },
        {
          name: "transformation_",
          node: { kind: "ref", name: "Transformation" },
          default: [
            [1, 0, 0, 0],
            [0, 1, 0, 0],
            [0, 0, 1, 0],
            [0, 0, 0, 1],
          ],
        },
        { name: "instance_id", node: { kind: "value" }, default: 0 },
        { name: "score", node: { kind: "value" }, default: 1 },
      ],
    },
    Transformation: { kind: "array", items: { kind: "array", items: { kind: "value" } } },
  },
};
