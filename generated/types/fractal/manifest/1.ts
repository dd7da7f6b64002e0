// generated from specs/fractal/manifest/1.json by codegen - do not edit
/**
 * A Fractal task package's manifest, `__FRACTAL_MANIFEST__.json`, version 1 (fractal-server `ManifestV1`, pydantic v1; read by fractal-server up to 2.11, written by fractal-tasks-core up to 0.14). Version 1 and version 2 are read side by side, never converted.
 *
 * Unknown keys are allowed: fractal-server ignores them; `--strict` reports them. Pydantic v1 also accepts numbers where a string is expected (`1` is read as "1") and the strings and numbers it reads as booleans; the validator warns about those lax forms. The rules JSON Schema cannot say (named in descriptions) are checked by `bioimage-specs validate`.
 */
export interface ManifestV1 {
  /**
   * Must be "1" (rule `fractal1.manifest-version`: "Wrong manifest version (given ...)").
   */
  manifest_version: string;
  /**
   * The list of tasks (names need not be unique in version 1).
   */
  task_list: TaskManifestV1[];
  /**
   * `true` if the manifest includes a JSON Schema for the arguments of each task: then every task needs its `args_schema` (rule `fractal1.args-schemas-present`).
   */
  has_args_schemas?: boolean;
  /**
   * Label of how the `args_schema`s were generated, e.g. `pydantic_v1`.
   */
  args_schema_version?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * A task within a version-1 manifest. Unknown keys (e.g. the old `default_args`) are allowed (ignored by fractal-server).
 *
 * This interface was referenced by `ManifestV1`'s JSON-Schema
 * via the `definition` "TaskManifestV1".
 */
export interface TaskManifestV1 {
  /**
   * The task name.
   */
  name: string;
  /**
   * Path of the executable relative to the package root as installed: if a package installs `pkg/executable.py`, this is `executable.py`.
   */
  executable: string;
  /**
   * The input type accepted by the task, e.g. `zarr`.
   */
  input_type: string;
  /**
   * The output type returned by the task, e.g. `zarr`.
   */
  output_type: string;
  /**
   * Additional information about the task, such as specific runtime requirements (e.g. `cpus_per_task`, `mem`, `parallelization_level`).
   */
  meta?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * JSON Schema of the task's arguments (checked against the JSON Schema meta-schemas by the lint `fractal1.lint.args-schema-valid`).
   */
  args_schema?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * Additional information about the task, coming from its docstring.
   */
  docs_info?: string | null;
  /**
   * Link to the task's documentation: a pydantic v1 `HttpUrl` (http or https, a host with a top-level domain, at most 2083 characters; rule `fractal1.docs-link-url`).
   */
  docs_link?: string | null;
  [k: string]: unknown | undefined;
}
