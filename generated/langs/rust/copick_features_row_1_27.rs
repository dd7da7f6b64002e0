// generated from specs/copick/features-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::FeaturesRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: FeaturesRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/features.csv` (RecordSet
/// `copick/features`, FileObject `features-csv`), as copick 1.27 reads it: cells of sc:Float
/// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
/// cells as null. Properties are in column order; the key columns (run, voxel_size,
/// tomo_type, feature_type) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FeaturesRow {
    /// Feature type, e.g. sobel. Column `feature_type` (sc:Text), part of the row key.
    pub feature_type: String,

    /// Name of the run. Column `run` (sc:Text), part of the row key.
    pub run: String,

    /// Tomogram type (reconstruction algorithm), e.g. wbp. Column `tomo_type` (sc:Text), part of
    /// the row key.
    pub tomo_type: String,

    /// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    /// empty cell = null.
    pub url: Option<String>,

    /// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    /// part of the row key.
    pub voxel_size: f64,
}

