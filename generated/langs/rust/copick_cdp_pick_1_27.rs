// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::CdpPickRecord;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: CdpPickRecord = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One line of a CryoET Data Portal NDJSON point annotation, as copick 1.27 reads it
/// (`_parse_ndjson_picks`): a location in voxel units (copick scales it by the voxel size)
/// and an optional 3x3 rotation. Other keys of the portal's records are ignored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CdpPickRecord {
    /// Location in voxels.
    pub location: Location,

    /// Orientation as a 3x3 rotation matrix, row by row; its presence makes copick trust
    /// orientations.
    pub xyz_rotation_matrix: Option<Vec<Vec<f64>>>,
}

/// Location in voxels.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Location {
    /// x coordinate in voxels.
    pub x: f64,

    /// y coordinate in voxels.
    pub y: f64,

    /// z coordinate in voxels.
    pub z: f64,
}

