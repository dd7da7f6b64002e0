// generated from specs/copick/picks/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::CopickPicksFile;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: CopickPicksFile = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// A copick picks file (`ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json`, copick
/// 1.27 `CopickPicksFile`): the points picked for one object by one user in one session.
/// copick writes every key, nulls included, with `json.dumps(indent=4)`. Instance ids may
/// exceed 2^53: read and write them with `readPicks`/`writePicks`, which keep them exact.
/// Unknown keys are ignored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickPicksFile {
    /// Name of a pickable object of the project config.
    pub pickable_object_name: String,

    /// The picked points.
    pub points: Option<Vec<CopickPoint>>,

    /// Run the picks belong to.
    pub run_name: Option<String>,

    /// Session that made the picks; "0" for picks made by a tool.
    pub session_id: String,

    /// Whether the orientations are known (false: ignore them).
    pub trust_orientation: Option<bool>,

    /// Unit of the point locations.
    pub unit: Option<String>,

    /// User or tool that made the picks.
    pub user_id: String,

    /// Voxel spacing of the tomogram the picks were made on.
    pub voxel_spacing: Option<f64>,
}

/// A picked point with its orientation, instance id and score.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickPoint {
    /// Instance the point belongs to (may exceed 2^53).
    pub instance_id: Option<i64>,

    /// Where the point is.
    pub location: CopickLocation,

    /// Confidence of the pick.
    pub score: Option<f64>,

    /// Orientation as a 4x4 matrix (default: identity).
    #[serde(rename = "transformation_")]
    pub transformation: Option<Vec<Vec<f64>>>,
}

/// Where the point is.
///
/// A location in 3D space, in `unit`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickLocation {
    /// x coordinate.
    pub x: f64,

    /// y coordinate.
    pub y: f64,

    /// z coordinate.
    pub z: f64,
}

