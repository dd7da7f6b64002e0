// What fractal-server holds after reading a manifest and collecting its tasks (`normalizeManifest`): lax values
// converted, keys and `NonEmptyStr` values stripped, defaults filled in, unknown keys dropped, `type` inferred.
import type { ManifestV1, TaskManifestV1 } from "../../generated/types/fractal/manifest/1.js";
import type { ManifestV2, TaskManifestV2, TaskType } from "../../generated/types/fractal/manifest/2.js";
import { inferType } from "./manifest/2/collection.js";
import { isNone, storedDict } from "./manifest/2/model.js";
import { pydanticStrip, pyStrip } from "./python.js";
import { storedHttpUrlV1 } from "./urls.js";

/** The declared fields of `T`, all present, without the index signature of unknown keys. */
type Complete<T> = { -readonly [K in keyof T as string extends K ? never : K]-?: Exclude<T[K], undefined> };

export type StoredTaskV2 = Omit<Complete<TaskManifestV2>, "type"> & { type: TaskType };
export type StoredManifestV2 = Omit<Complete<ManifestV2>, "task_list"> & { task_list: StoredTaskV2[] };
export type StoredTaskV1 = Complete<TaskManifestV1>;
export type StoredManifestV1 = Omit<Complete<ManifestV1>, "task_list" | "manifest_version"> & {
  manifest_version: "1";
  task_list: StoredTaskV1[];
};
export type StoredManifest = StoredManifestV2 | StoredManifestV1;

/** A `NonEmptyStr` (pydantic's strip) or, in version 1, a `valstr` (Python's) as stored. */
function stripped(value: string | null | undefined, strip: (value: string) => string = pydanticStrip): string | null {
  return isNone(value) ? null : strip(value);
}

function storedTaskV2(task: TaskManifestV2): StoredTaskV2 {
  const dictOrNull = (value: Readonly<Record<string, unknown>> | null | undefined) => (isNone(value) ? null : storedDict(value));
  return {
    name: pydanticStrip(task.name),
    executable_non_parallel: task.executable_non_parallel ?? null,
    executable_parallel: task.executable_parallel ?? null,
    input_types: storedDict(task.input_types ?? {}) as Record<string, boolean>,
    output_types: storedDict(task.output_types ?? {}) as Record<string, boolean>,
    meta_non_parallel: storedDict(task.meta_non_parallel ?? {}),
    meta_parallel: storedDict(task.meta_parallel ?? {}),
    args_schema_non_parallel: dictOrNull(task.args_schema_non_parallel),
    args_schema_parallel: dictOrNull(task.args_schema_parallel),
    docs_info: task.docs_info ?? null,
    docs_link: stripped(task.docs_link),
    category: stripped(task.category),
    modality: stripped(task.modality),
    tags: (task.tags ?? []).map(pydanticStrip),
    type: task.type ?? inferType(task.executable_non_parallel, task.executable_parallel),
  };
}

/**
 * A valid version-2 manifest as stored. `args_schema_version` is what each task receives: the stripped label
 * when `has_args_schemas` is true, else null.
 */
export function storedManifestV2(manifest: ManifestV2): StoredManifestV2 {
  const hasArgsSchemas = manifest.has_args_schemas ?? false;
  return {
    manifest_version: "2",
    task_list: manifest.task_list.map(storedTaskV2),
    has_args_schemas: hasArgsSchemas,
    args_schema_version: hasArgsSchemas ? stripped(manifest.args_schema_version) : null,
    authors: stripped(manifest.authors),
  };
}

/**
 * A valid version-1 manifest as fractal-server 2.11 stored it after collection (`TaskCreateV1`): name,
 * input_type and output_type stripped; `args_schema_version` what each task received, the stripped label when
 * `has_args_schemas` is true, else null. (The server's `manifest_version` validator returned None, so the
 * manifest itself held None there; "1" is kept, the value it checked.)
 */
export function storedManifestV1(manifest: ManifestV1): StoredManifestV1 {
  const hasArgsSchemas = manifest.has_args_schemas ?? false;
  return {
    manifest_version: "1",
    task_list: manifest.task_list.map((task) => ({
      name: pyStrip(task.name),
      executable: task.executable,
      input_type: pyStrip(task.input_type),
      output_type: pyStrip(task.output_type),
      meta: task.meta === undefined ? {} : task.meta,
      args_schema: task.args_schema ?? null,
      docs_info: task.docs_info ?? null,
      docs_link: isNone(task.docs_link) ? null : storedHttpUrlV1(task.docs_link),
    })),
    has_args_schemas: hasArgsSchemas,
    args_schema_version: hasArgsSchemas ? stripped(manifest.args_schema_version, pyStrip) : null,
  };
}
