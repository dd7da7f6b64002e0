// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::CopickCroissantMetadata;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: CopickCroissantMetadata = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// The Croissant `metadata.json` that copick 1.27 writes
/// (`copick.ops.croissant.export_croissant`) and reads (`CroissantIndex`): a Croissant 1.1
/// dataset whose distribution is the eight CSV sidecars and whose RecordSets describe their
/// columns, plus `copick:baseUrl` and the credential-free `copick:config`. This schema gives
/// the shape; the order and content of the FileObjects and RecordSets are rules
/// (`copick.croissant.*`), and the Croissant itself is checked as mlcroissant does
/// (src/croissant). Other Croissant properties are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CopickCroissantMetadata {
    /// The Croissant context with copick's additions (`copick`, `copick:baseUrl`,
    /// `copick:config` as @json).
    #[serde(rename = "@context")]
    pub context: HashMap<String, Option<serde_json::Value>>,

    /// Always a schema.org Dataset.
    #[serde(rename = "@type")]
    pub copick_croissant_metadata_type: CopickCroissantMetadataType,

    /// Citation (default "copick project <name>").
    pub cite_as: Option<String>,

    /// The Croissant version copick writes.
    pub conforms_to: ConformsTo,

    /// Base of every relative `url` cell in the CSVs; empty for a relative (movable) Croissant.
    #[serde(rename = "copick:baseUrl")]
    pub copick_base_url: String,

    /// The project's credential-free config.
    #[serde(rename = "copick:config")]
    pub copick_config: CopickConfigBlob,

    /// ISO date of the export (default: today, UTC).
    pub date_published: Option<String>,

    /// Dataset description (default: the project's, else "Copick project exported as
    /// Croissant.").
    pub description: Option<String>,

    /// The eight CSV sidecars, in copick's order (rule `copick.croissant.distribution`).
    pub distribution: Vec<CsvFileObject>,

    /// License of the dataset (default "CC-BY-4.0").
    pub license: Option<String>,

    /// Dataset name (default: the project's name, else "copick-project").
    pub name: String,

    /// One RecordSet per CSV in the same order, then `copick/splits` when a run has a split
    /// (rules `copick.croissant.record-sets`, `copick.croissant.splits`).
    pub record_set: Vec<CopickRecordSet>,

    /// Dataset version (default: the project's, else "0.1.0").
    pub version: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ConformsTo {
    #[serde(rename = "http://mlcommons.org/croissant/1.1")]
    HttpMlcommonsOrgCroissant11,
}

/// The project's credential-free config.
///
/// The credential-free part of the project config (no config_type, roots or fs args), stored
/// as a JSON literal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickConfigBlob {
    /// Project description.
    pub description: Option<String>,

    /// Project name.
    pub name: Option<String>,

    /// Every pickable object, all ten fields dumped (nulls included); renamed portal objects
    /// carry `metadata.portal_original_name`.
    pub pickable_objects: Vec<PickableObject>,

    /// Default session id.
    pub session_id: Option<String>,

    /// Default user id.
    pub user_id: Option<String>,

    /// Project version.
    pub version: Option<String>,
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

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum CopickCroissantMetadataType {
    #[serde(rename = "sc:Dataset")]
    ScDataset,
}

/// One CSV sidecar.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CsvFileObject {
    /// FileObject id, e.g. `runs-csv`.
    #[serde(rename = "@id")]
    pub id: String,

    /// A Croissant FileObject.
    #[serde(rename = "@type")]
    pub csv_file_object_type: DistributionType,

    /// `<copick:baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` when the base URL is empty.
    pub content_url: String,

    /// Always CSV.
    pub encoding_format: EncodingFormat,

    /// Same as `@id`.
    pub name: String,

    /// Lowercase hex sha256 of the CSV's bytes.
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum DistributionType {
    #[serde(rename = "cr:FileObject")]
    CrFileObject,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum EncodingFormat {
    #[serde(rename = "text/csv")]
    TextCsv,
}

/// A RecordSet over one CSV, or the inline `copick/splits` table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CopickRecordSet {
    /// `copick/<csv stem>` or `copick/splits`.
    #[serde(rename = "@id")]
    pub id: String,

    /// A Croissant RecordSet.
    #[serde(rename = "@type")]
    pub copick_record_set_type: RecordSetType,

    /// Inline rows of `copick/splits`: each has every field's `@id`.
    pub data: Option<Vec<HashMap<String, String>>>,

    /// Only on `copick/splits`.
    pub description: Option<String>,

    /// One per column, in column order.
    pub field: Vec<CopickField>,

    /// Only on `copick/splits`: its name field.
    pub key: Option<IdRef>,

    /// The CSV stem, or `splits`.
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum RecordSetType {
    #[serde(rename = "cr:RecordSet")]
    CrRecordSet,
}

/// A column of a CSV (with `source`) or of the inline splits table (without).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CopickField {
    /// `<recordSet @id>/<column>`.
    #[serde(rename = "@id")]
    pub id: String,

    /// A Croissant Field.
    #[serde(rename = "@type")]
    pub copick_field_type: FieldType,

    /// sc:Text, sc:Float, sc:Boolean or sc:URL.
    pub data_type: DataType,

    /// Foreign key (only `copick/runs/split` -> `copick/splits/name`).
    pub references: Option<References>,

    /// Where the values come from.
    pub source: Option<CsvSource>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum FieldType {
    #[serde(rename = "cr:Field")]
    CrField,
}

/// sc:Text, sc:Float, sc:Boolean or sc:URL.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum DataType {
    #[serde(rename = "sc:Boolean")]
    ScBoolean,

    #[serde(rename = "sc:Float")]
    ScFloat,

    #[serde(rename = "sc:Text")]
    ScText,

    #[serde(rename = "sc:URL")]
    ScUrl,
}

/// Foreign key (only `copick/runs/split` -> `copick/splits/name`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct References {
    /// The referenced field.
    pub field: IdRef,
}

/// The referenced field.
///
/// A JSON-LD reference to another node by its `@id`.
///
/// The CSV.
///
/// Only on `copick/splits`: its name field.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdRef {
    /// The referenced node's `@id`.
    #[serde(rename = "@id")]
    pub id: String,
}

/// Where the values come from.
///
/// A field's source: one column of one CSV FileObject.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CsvSource {
    /// The column.
    pub extract: Extract,

    /// The CSV.
    pub file_object: IdRef,
}

/// The column.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extract {
    /// CSV column name.
    pub column: String,
}

