// generated from specs/copick/config/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::CopickConfig;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: CopickConfig = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// A copick project configuration (copick 1.27): the base fields of `CopickConfig` plus
/// those of the storage backend named by `config_type`. A missing `config_type` is read as
/// "filesystem" with a deprecation warning and an unknown one is refused before the schema
/// runs (src/copick/config.ts), as `copick.ops.open.from_string` does. Unknown keys are
/// ignored, as pydantic does by default.
///
/// A project on fsspec storage: a writable overlay and an optional read-only static root.
///
/// The fields every copick config has (`copick.models.CopickConfig`).
///
/// A project reading the CryoET Data Portal, with a writable overlay.
///
/// A project read from a Croissant metadata.json and its CSV sidecars; with `overlay_root`
/// the Croissant is read-only and writes go to the overlay (Mode B), without it writes go to
/// the Croissant's base URL (Mode A).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickConfig {
    /// The storage backend.
    pub config_type: ConfigType,

    /// fsspec arguments of the overlay filesystem.
    pub overlay_fs_args: Option<HashMap<String, Option<serde_json::Value>>>,

    /// fsspec URL of the writable overlay (local://, file://, s3://, ssh://, smb://, or a bare
    /// path).
    ///
    /// fsspec URL of the writable overlay.
    ///
    /// Writable overlay; its presence selects Mode B.
    pub overlay_root: Option<String>,

    /// fsspec arguments of the static filesystem.
    ///
    /// fsspec arguments for resolving data URLs against the Croissant's base URL.
    pub static_fs_args: Option<HashMap<String, Option<serde_json::Value>>>,

    /// fsspec URL of the read-only static data.
    pub static_root: Option<String>,

    /// Description of the project.
    pub description: Option<String>,

    /// Name of the project.
    pub name: Option<String>,

    /// The objects that can be picked or segmented; names and labels must be unique (rules
    /// `copick.objects.unique`).
    pub pickable_objects: Vec<PickableObject>,

    /// Index of run names.
    pub runs: Option<Vec<String>>,

    /// Default session id for new artifacts; must already be sanitised (rule
    /// `copick.config.session-id-sanitized`).
    pub session_id: Option<String>,

    /// Index of tomogram types by voxel spacing; the keys must read as numbers (rule
    /// `copick.config.tomogram-keys`).
    pub tomograms: Option<HashMap<String, Vec<String>>>,

    /// Default user id for new artifacts; must already be sanitised (rule
    /// `copick.config.user-id-sanitized`).
    pub user_id: Option<String>,

    /// Version of the project (or of the copick API it was written for).
    pub version: Option<String>,

    /// Index of voxel spacings.
    pub voxel_spacings: Option<Vec<f64>>,

    /// CryoET Data Portal dataset ids to read.
    pub dataset_ids: Option<Vec<i64>>,

    /// Whether portal query results are cached on disk.
    pub portal_cache: Option<bool>,

    /// Where the cache lives (default: the overlay, else a local fallback).
    pub portal_cache_dir: Option<String>,

    /// Bound on the cold-start lock wait before fetching directly.
    pub portal_cache_lock_timeout_seconds: Option<i64>,

    /// Lifetime of cached portal results; <= 0 never expires.
    pub portal_cache_ttl_seconds: Option<i64>,

    /// Override of `copick:baseUrl`, for a dataset moved from where it was published.
    pub croissant_base_url: Option<String>,

    /// fsspec arguments for fetching metadata.json and the CSVs.
    pub croissant_fs_args: Option<HashMap<String, Option<serde_json::Value>>>,

    /// URL or path of the Croissant metadata.json.
    pub croissant_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConfigType {
    #[serde(rename = "cryoet_data_portal")]
    CryoetDataPortal,

    Filesystem,

    Mlcroissant,
}

/// Metadata for a pickable object. The name must already be sanitised (rule
/// `copick.object.name-sanitized`), the label may not be 0 (rule
/// `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule
/// `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PickableObject {
    /// RGBA colour, four integers in [0, 255].
    pub color: Option<Vec<i64>>,

    /// EMDB id of the object's map.
    pub emdb_id: Option<String>,

    /// Input alias of `identifier` (copick reads `go_id` first when both are given; rule
    /// `copick.object.identifier-alias`).
    pub go_id: Option<String>,

    /// Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO).
    /// `go_id` is accepted as an input alias; copick writes `identifier`.
    pub identifier: Option<String>,

    /// Whether this object is represented by points (true) or by segmentation masks (false).
    pub is_particle: bool,

    /// Numeric label of the object in multilabel segmentation masks; must be unique and not 0
    /// (background).
    pub label: Option<i64>,

    /// Threshold applied to the map when rendering its isosurface.
    pub map_threshold: Option<f64>,

    /// User-defined metadata; null is read as {}.
    pub metadata: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Name of the object; free of `<>:"/\|?*`, control characters, whitespace and underscores,
    /// and not starting or ending with `-`.
    pub name: String,

    /// PDB id of the object's model.
    pub pdb_id: Option<String>,

    /// Radius of the particle in angstrom, when displayed as a sphere.
    pub radius: Option<f64>,
}

