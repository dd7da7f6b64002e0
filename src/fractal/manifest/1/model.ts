// Views of a version-1 manifest the rules share.
import type { ManifestV1, TaskManifestV1 } from "../../../../generated/types/fractal/manifest/1.js";

export type { ManifestV1, TaskManifestV1 };

/** `ManifestV1`'s fields in declaration order (test/rules/fractal checks them against the spec). */
export const MANIFEST_FIELDS = ["manifest_version", "task_list", "has_args_schemas", "args_schema_version"] as const;

/** `TaskManifestV1`'s fields in declaration order. */
export const TASK_FIELDS = ["name", "executable", "input_type", "output_type", "meta", "args_schema", "docs_info", "docs_link"] as const;

/** The tasks that are objects, with their indices. */
export function tasksOf(doc: ManifestV1): [number, TaskManifestV1][] {
  // `doc` is whatever was parsed (null too)
  return Array.isArray(doc?.task_list)
    ? [...doc.task_list.entries()].filter((entry): entry is [number, TaskManifestV1] => typeof entry[1] === "object" && entry[1] !== null)
    : [];
}
