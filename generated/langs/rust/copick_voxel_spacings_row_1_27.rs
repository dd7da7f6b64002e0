// generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::VoxelSpacingsRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: VoxelSpacingsRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/voxel_spacings.csv` (RecordSet
/// `copick/voxel_spacings`, FileObject `voxel-spacings-csv`), as copick 1.27 reads it: cells
/// of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
/// case-insensitive), empty cells as null. Properties are in column order; the key columns
/// (run, voxel_size) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VoxelSpacingsRow {
    /// Name of the run. Column `run` (sc:Text), part of the row key.
    pub run: String,

    /// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    /// part of the row key.
    pub voxel_size: f64,
}

