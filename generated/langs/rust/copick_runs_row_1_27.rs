// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::RunsRow;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: RunsRow = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};

/// One row of the copick Croissant sidecar `Croissant/runs.csv` (RecordSet `copick/runs`,
/// FileObject `runs-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
/// numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
/// Properties are in column order; the key columns (name) must not be empty.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunsRow {
    /// Run name. Column `name` (sc:Text), part of the row key.
    pub name: String,

    /// CryoET Data Portal run id (portal sources only). Column `portal_run_id` (sc:Text), empty
    /// cell = null.
    pub portal_run_id: Option<String>,

    /// Dataset split the run belongs to (e.g. train, val, test); empty when unassigned. Column
    /// `split` (sc:Text), empty cell = null.
    pub split: Option<String>,
}

