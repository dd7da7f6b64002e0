// generated from specs/copick/segmentations-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::SegmentationsRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: SegmentationsRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/segmentations.csv` (RecordSet
/// `copick/segmentations`, FileObject `segmentations-csv`), as copick 1.27 reads it: cells
/// of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
/// case-insensitive), empty cells as null. Properties are in column order; the key columns
/// (run, voxel_size, user_id, session_id, name, is_multilabel) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SegmentationsRow {
    /// Whether the segmentation is a multilabel volume. Column `is_multilabel` (sc:Boolean),
    /// part of the row key.
    pub is_multilabel: bool,

    /// Segmentation name. Column `name` (sc:Text), part of the row key.
    pub name: String,

    /// CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text),
    /// empty cell = null.
    pub portal_annotation_file_id: Option<String>,

    /// CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell =
    /// null.
    pub portal_annotation_id: Option<String>,

    /// Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell
    /// = null.
    pub portal_object_name: Option<String>,

    /// Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty
    /// cell = null.
    pub portal_session_id: Option<String>,

    /// Name of the run. Column `run` (sc:Text), part of the row key.
    pub run: String,

    /// Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.
    pub session_id: String,

    /// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    /// empty cell = null.
    pub url: Option<String>,

    /// User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.
    pub user_id: String,

    /// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    /// part of the row key.
    pub voxel_size: f64,
}

