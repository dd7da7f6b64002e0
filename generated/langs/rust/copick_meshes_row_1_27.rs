// generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::MeshesRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: MeshesRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/meshes.csv` (RecordSet
/// `copick/meshes`, FileObject `meshes-csv`), as copick 1.27 reads it: cells of sc:Float
/// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
/// cells as null. Properties are in column order; the key columns (run, user_id, session_id,
/// object_name) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MeshesRow {
    /// Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row
    /// key.
    pub object_name: String,

    /// Name of the run. Column `run` (sc:Text), part of the row key.
    pub run: String,

    /// Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.
    pub session_id: String,

    /// Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`
    /// (sc:Text), empty cell = null.
    pub sha256: Option<String>,

    /// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    /// empty cell = null.
    pub url: Option<String>,

    /// User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.
    pub user_id: String,
}

