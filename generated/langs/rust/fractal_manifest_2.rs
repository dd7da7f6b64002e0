// generated from specs/fractal/manifest/2.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::ManifestV2;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: ManifestV2 = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// A Fractal task package's manifest, `__FRACTAL_MANIFEST__.json`, version 2 (fractal-server
/// `ManifestV2`, as of fractal-server 2.24). Packages containing tasks are required to
/// include it in order to be discovered and used by Fractal.
///
/// Unknown keys are allowed: fractal-server ignores (drops) them (pydantic's default
/// `extra="ignore"`); `--strict` reports them. fractal-server also accepts the strings and
/// numbers pydantic reads as booleans (`"true"`, `"yes"`, `1`, ...) where a boolean is
/// expected; this schema asks for JSON booleans and the validator warns about the lax forms.
/// The rules JSON Schema cannot say (named in descriptions) are checked by `bioimage-specs
/// validate`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestV2 {
    /// Label of how the `args_schema`s were generated, e.g. `pydantic_v1`, `pydantic_v2` or
    /// `fractal_schema_v1` (fractal-task-tools 0.5 and later). Free-form for the manifest; task
    /// collection needs a non-empty string when `has_args_schemas` is true (rule
    /// `fractal2.collection.args-schema-version`).
    pub args_schema_version: Option<String>,

    /// The package's authors. Stored with surrounding whitespace stripped, and must not be empty
    /// after stripping (`NonEmptyStr`, rule `fractal2.non-empty-str`).
    pub authors: Option<String>,

    /// `true` if the manifest includes JSON Schemas for the arguments of each task: then every
    /// executable needs its `args_schema_*` (rule `fractal2.args-schemas-present`).
    pub has_args_schemas: Option<bool>,

    /// A version string that provides indication for compatibility between manifests as the
    /// schema evolves. Exactly the string "2" (`Literal["2"]`: the number 2 is rejected).
    /// Manifests with "1" are validated as `ManifestV1`.
    pub manifest_version: ManifestVersion,

    /// The list of tasks. Task names must be unique (rule `fractal2.unique-task-names`). An
    /// empty list is valid.
    pub task_list: Vec<TaskManifestV2>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ManifestVersion {
    #[serde(rename = "2")]
    The2,
}

/// A task within a version-2 manifest. At least one executable is required, and the `meta_*`
/// and `args_schema_*` of a missing executable must be empty (rules
/// `fractal2.executables-present`, `fractal2.non-parallel-fields-need-executable`,
/// `fractal2.parallel-fields-need-executable`). Unknown keys are allowed (ignored by
/// fractal-server).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TaskManifestV2 {
    /// JSON Schema of the non-parallel executable's arguments. Opaque to fractal-server, except
    /// that its top-level keys are stripped and must be non-empty and unique (rule
    /// `fractal2.dict-keys`); checked against the JSON Schema meta-schemas by the lint
    /// `fractal2.lint.args-schema-valid`. Must be null when there is no
    /// `executable_non_parallel`.
    pub args_schema_non_parallel: Option<HashMap<String, Option<serde_json::Value>>>,

    /// JSON Schema of the parallel executable's arguments (same rules as
    /// `args_schema_non_parallel`). Must be null when there is no `executable_parallel`.
    pub args_schema_parallel: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Free-text category, e.g. `Segmentation`, `Conversion`, `Measurement`.
    pub category: Option<String>,

    /// Additional information about the task, usually from its docstring (Markdown).
    pub docs_info: Option<String>,

    /// Link to the task's documentation: an http(s) URL with a host, at most 2083 characters,
    /// stored with surrounding whitespace stripped (`HttpUrlStr`, rule `fractal2.docs-link-url`).
    pub docs_link: Option<String>,

    /// Path of the non-parallel (or compound init) executable, relative to the package root as
    /// installed: if a package installs `pkg/executable.py`, this is `executable.py`.
    pub executable_non_parallel: Option<String>,

    /// Path of the parallel (or compound compute) executable, relative to the package root as
    /// installed.
    pub executable_parallel: Option<String>,

    /// Image-type filters the input images must match, e.g. `{"is_3D": true}`.
    pub input_types: Option<HashMap<String, bool>>,

    /// Runner settings of the non-parallel executable (e.g. `cpus_per_task`, `mem`,
    /// `needs_gpu`). Keys are stripped and must be non-empty and unique after stripping (rule
    /// `fractal2.dict-keys`). Must be empty when there is no `executable_non_parallel`. Not
    /// nullable.
    pub meta_non_parallel: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Runner settings of the parallel executable. Keys are stripped and must be non-empty and
    /// unique after stripping (rule `fractal2.dict-keys`). Must be empty when there is no
    /// `executable_parallel`. Not nullable.
    pub meta_parallel: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Free-text modality, e.g. `HCS`.
    pub modality: Option<String>,

    /// The task name, unique within the manifest (exact comparison). The manifest accepts any
    /// string; task collection strips it and requires it to be non-empty (rule
    /// `fractal2.collection.non-empty-str`).
    pub name: String,

    /// Image types set on the images the task produces or updates, e.g. `{"is_3D": false}`.
    pub output_types: Option<HashMap<String, bool>>,

    /// Free-text tags, e.g. `2D`, `Yokogawa`. Task collection strips them and requires them
    /// non-empty and without repetitions (rule `fractal2.collection.tags`).
    pub tags: Option<Vec<String>>,

    /// The task type. When null, fractal-server infers it at collection from the executables:
    /// `parallel` (no non-parallel one), `non_parallel` (no parallel one) or `compound` (both);
    /// converter types are never inferred.
    #[serde(rename = "type")]
    pub task_manifest_v2_type: Option<TaskType>,
}

/// The task types (fractal-server `TaskType`): `parallel` runs once per image (`zarr_url`);
/// `non_parallel` once for all images (`zarr_urls`, `zarr_dir`); `compound` a non-parallel
/// init then parallel compute; the `converter_` types create images from raw data under
/// `zarr_dir`. No `type: string`: like pydantic's enum, any other value, a number included,
/// gets the one enum error.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskType {
    Compound,

    #[serde(rename = "converter_compound")]
    ConverterCompound,

    #[serde(rename = "converter_non_parallel")]
    ConverterNonParallel,

    #[serde(rename = "non_parallel")]
    NonParallel,

    Parallel,
}

