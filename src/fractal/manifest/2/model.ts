// Views of a version-2 manifest the rules share: field orders (pydantic reports errors in them), the valid
// tasks, and the dictionary-key normalisation fractal-server applies (`valdict_keys`).
import type { ManifestV2, TaskManifestV2, TaskType } from "../../../../generated/types/fractal/manifest/2.js";
import { pyStrip } from "../../python.js";
import { pyRepr } from "../../../engine/python-repr.js";

export type { ManifestV2, TaskManifestV2, TaskType };

/** `ManifestV2`'s fields in declaration order (test/rules/fractal checks them against the spec). */
export const MANIFEST_FIELDS = ["manifest_version", "task_list", "has_args_schemas", "args_schema_version", "authors"] as const;

/** `TaskManifestV2`'s fields in declaration order. */
export const TASK_FIELDS = [
  "name",
  "executable_non_parallel",
  "executable_parallel",
  "input_types",
  "output_types",
  "meta_non_parallel",
  "meta_parallel",
  "args_schema_non_parallel",
  "args_schema_parallel",
  "docs_info",
  "docs_link",
  "category",
  "modality",
  "tags",
  "type",
] as const;

export type Dict = Readonly<Record<string, unknown>>;

/** The tasks that are objects, with their indices (rules still ask `context.isValid` for the parts they read). */
export function tasksOf(doc: ManifestV2): [number, TaskManifestV2][] {
  // `doc` is whatever was parsed (null too): the lints and the collection levels ask before the shape is known
  return Array.isArray(doc?.task_list) ? [...doc.task_list.entries()].filter(isTask) : [];
}

function isTask(entry: [number, unknown]): entry is [number, TaskManifestV2] {
  const task = entry[1];
  return typeof task === "object" && task !== null && !Array.isArray(task);
}

/** A value the model holds as None: absent or null. */
export function isNone(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

export type KeyCheck =
  | { readonly ok: true; readonly renamed: readonly (readonly [string, string])[] }
  /** `key`: the first key that is empty after stripping, or the second of two that collide. */
  | { readonly ok: false; readonly msg: string; readonly key: string };

/**
 * fractal-server's `valdict_keys`: every key stripped; an empty key, or two keys equal after stripping, fail;
 * otherwise keys are renamed to their stripped form.
 */
export function checkDictKeys(dict: Dict): KeyCheck {
  const keys = Object.keys(dict);
  const stripped = keys.map(pyStrip);
  const empty = stripped.indexOf("");
  if (empty >= 0) {
    return { ok: false, msg: `Empty string in ${pyRepr(stripped)}.`, key: keys[empty] ?? "" };
  }
  const collision = stripped.findIndex((key, i) => stripped.indexOf(key) !== i);
  if (collision >= 0) {
    return { ok: false, msg: `Dictionary contains multiple identical keys: '${pyRepr(dict)}'.`, key: keys[collision] ?? "" };
  }
  return { ok: true, renamed: keys.flatMap((key, i) => (stripped[i] === key ? [] : [[key, stripped[i] ?? key] as const])) };
}

/**
 * The dictionary as fractal-server holds it after `valdict_keys`: each renamed key is popped and re-inserted,
 * so it moves to the end. Unchanged when the keys do not validate.
 */
export function storedDict(dict: Dict): Record<string, unknown> {
  const check = checkDictKeys(dict);
  const out: Record<string, unknown> = { ...dict };
  if (check.ok) {
    for (const [from, to] of check.renamed) {
      const value = out[from];
      delete out[from];
      out[to] = value;
    }
  }
  return out;
}
