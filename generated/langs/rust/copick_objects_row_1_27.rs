// generated from specs/copick/objects-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::ObjectsRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: ObjectsRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/objects.csv` (RecordSet
/// `copick/objects`, FileObject `objects-csv`), as copick 1.27 reads it: cells of sc:Float
/// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
/// cells as null. Properties are in column order; the key columns (name) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ObjectsRow {
    /// Pickable object name. Column `name` (sc:Text), part of the row key.
    pub name: String,

    /// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    /// empty cell = null.
    pub url: Option<String>,
}

