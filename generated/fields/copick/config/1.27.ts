// generated from specs/copick/config/1.27.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "union",
    by: { tag: "config_type" },
    branches: [
      { when: "filesystem", node: { kind: "ref", name: "CopickConfigFSSpec" } },
      { when: "cryoet_data_portal", node: { kind: "ref", name: "CopickConfigCDP" } },
      { when: "mlcroissant", node: { kind: "ref", name: "CopickConfigMLCroissant" } },
    ],
  },
  defs: {
    CopickConfigBase: {
      kind: "object",
      open: true,
      properties: [
        { name: "name", node: { kind: "value" }, default: "CoPick" },
        { name: "description", node: { kind: "value" }, default: "Let's CoPick!" },
        { name: "version", node: { kind: "value" }, default: "0.2.0" },
        { name: "pickable_objects", node: { kind: "array", items: { kind: "ref", name: "PickableObject" } } },
        { name: "user_id", node: { kind: "value" }, default: null },
        { name: "session_id", node: { kind: "value" }, default: null },
        { name: "runs", node: { kind: "array", items: { kind: "value" } }, default: null },
        { name: "voxel_spacings", node: { kind: "array", items: { kind: "value" } }, default: null },
        { name: "tomograms", node: { kind: "object", open: true, properties: [] }, default: {} },
      ],
    },
    CopickConfigCDP: {
      kind: "object",
      open: true,
      properties: [
        { name: "config_type", node: { kind: "value" } },
        { name: "overlay_root", node: { kind: "value" } },
        { name: "dataset_ids", node: { kind: "array", items: { kind: "value" } } },
        { name: "overlay_fs_args", node: { kind: "ref", name: "FsArgs" } },
        { name: "portal_cache", node: { kind: "value" }, default: true },
        { name: "portal_cache_ttl_seconds", node: { kind: "value" }, default: 86400 },
        { name: "portal_cache_dir", node: { kind: "value" }, default: null },
        { name: "portal_cache_lock_timeout_seconds", node: { kind: "value" }, default: 60 },
      ],
    },
    CopickConfigFSSpec: {
      kind: "object",
      open: true,
      properties: [
        { name: "config_type", node: { kind: "value" } },
        { name: "overlay_root", node: { kind: "value" } },
        { name: "static_root", node: { kind: "value" }, default: null },
        { name: "overlay_fs_args", node: { kind: "ref", name: "FsArgs" } },
        { name: "static_fs_args", node: { kind: "ref", name: "FsArgs" } },
      ],
    },
    CopickConfigMLCroissant: {
      kind: "object",
      open: true,
      properties: [
        { name: "config_type", node: { kind: "value" } },
        { name: "croissant_url", node: { kind: "value" } },
        { name: "croissant_base_url", node: { kind: "value" }, default: null },
        { name: "overlay_root", node: { kind: "value" }, default: null },
        { name: "overlay_fs_args", node: { kind: "ref", name: "FsArgs" } },
        { name: "croissant_fs_args", node: { kind: "ref", name: "FsArgs" } },
        { name: "static_fs_args", node: { kind: "ref", name: "FsArgs" } },
      ],
    },
    FsArgs: { kind: "value" },
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
