// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    copickCroissantMetadata, err := UnmarshalCopickCroissantMetadata(bytes)
//    bytes, err = copickCroissantMetadata.Marshal()

package copick_croissant_metadata_1_27

import "encoding/json"

func UnmarshalCopickCroissantMetadata(data []byte) (CopickCroissantMetadata, error) {
	var r CopickCroissantMetadata
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CopickCroissantMetadata) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// The Croissant `metadata.json` that copick 1.27 writes
// (`copick.ops.croissant.export_croissant`) and reads (`CroissantIndex`): a Croissant 1.1
// dataset whose distribution is the eight CSV sidecars and whose RecordSets describe their
// columns, plus `copick:baseUrl` and the credential-free `copick:config`. This schema gives
// the shape; the order and content of the FileObjects and RecordSets are rules
// (`copick.croissant.*`), and the Croissant itself is checked as mlcroissant does
// (src/croissant). Other Croissant properties are allowed.
type CopickCroissantMetadata struct {
	// The Croissant context with copick's additions (`copick`, `copick:baseUrl`,                                          
	// `copick:config` as @json).                                                                                          
	Context                                                                                    map[string]interface{}      `json:"@context"`
	// Always a schema.org Dataset.                                                                                        
	Type                                                                                       CopickCroissantMetadataType `json:"@type"`
	// Citation (default "copick project <name>").                                                                         
	CiteAs                                                                                     *string                     `json:"citeAs,omitempty"`
	// The Croissant version copick writes.                                                                                
	ConformsTo                                                                                 ConformsTo                  `json:"conformsTo"`
	// Base of every relative `url` cell in the CSVs; empty for a relative (movable) Croissant.                            
	CopickBaseURL                                                                              string                      `json:"copick:baseUrl"`
	// The project's credential-free config.                                                                               
	CopickConfig                                                                               CopickConfigBlob            `json:"copick:config"`
	// ISO date of the export (default: today, UTC).                                                                       
	DatePublished                                                                              *string                     `json:"datePublished,omitempty"`
	// Dataset description (default: the project's, else "Copick project exported as                                       
	// Croissant.").                                                                                                       
	Description                                                                                *string                     `json:"description,omitempty"`
	// The eight CSV sidecars, in copick's order (rule `copick.croissant.distribution`).                                   
	Distribution                                                                               []CSVFileObject             `json:"distribution"`
	// License of the dataset (default "CC-BY-4.0").                                                                       
	License                                                                                    *string                     `json:"license,omitempty"`
	// Dataset name (default: the project's name, else "copick-project").                                                  
	Name                                                                                       string                      `json:"name"`
	// One RecordSet per CSV in the same order, then `copick/splits` when a run has a split                                
	// (rules `copick.croissant.record-sets`, `copick.croissant.splits`).                                                  
	RecordSet                                                                                  []CopickRecordSet           `json:"recordSet"`
	// Dataset version (default: the project's, else "0.1.0").                                                             
	Version                                                                                    *string                     `json:"version,omitempty"`
}

// The project's credential-free config.
//
// The credential-free part of the project config (no config_type, roots or fs args), stored
// as a JSON literal.
type CopickConfigBlob struct {
	// Project description.                                                                                  
	Description                                                                             *string          `json:"description"`
	// Project name.                                                                                         
	Name                                                                                    *string          `json:"name"`
	// Every pickable object, all ten fields dumped (nulls included); renamed portal objects                 
	// carry `metadata.portal_original_name`.                                                                
	PickableObjects                                                                         []PickableObject `json:"pickable_objects"`
	// Default session id.                                                                                   
	SessionID                                                                               *string          `json:"session_id"`
	// Default user id.                                                                                      
	UserID                                                                                  *string          `json:"user_id"`
	// Project version.                                                                                      
	Version                                                                                 *string          `json:"version"`
}

// Metadata for a pickable object. The name must already be sanitised (rule
// `copick.object.name-sanitized`), the label may not be 0 (rule
// `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule
// `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
type PickableObject struct {
	// RGBA colour, four integers in [0, 255].                                                                        
	Color                                                                                      []int64                `json:"color"`
	// EMDB id of the object's map.                                                                                   
	EmdbID                                                                                     *string                `json:"emdb_id"`
	// Input alias of `identifier` (copick reads `go_id` first when both are given; rule                              
	// `copick.object.identifier-alias`).                                                                             
	GoID                                                                                       *string                `json:"go_id"`
	// Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO).                          
	// `go_id` is accepted as an input alias; copick writes `identifier`.                                             
	Identifier                                                                                 *string                `json:"identifier"`
	// Whether this object is represented by points (true) or by segmentation masks (false).                          
	IsParticle                                                                                 bool                   `json:"is_particle"`
	// Numeric label of the object in multilabel segmentation masks; must be unique and not 0                         
	// (background).                                                                                                  
	Label                                                                                      *int64                 `json:"label"`
	// Threshold applied to the map when rendering its isosurface.                                                    
	MapThreshold                                                                               *float64               `json:"map_threshold"`
	// User-defined metadata; null is read as {}.                                                                     
	Metadata                                                                                   map[string]interface{} `json:"metadata"`
	// Name of the object; free of `<>:"/\|?*`, control characters, whitespace and underscores,                       
	// and not starting or ending with `-`.                                                                           
	Name                                                                                       string                 `json:"name"`
	// PDB id of the object's model.                                                                                  
	PdbID                                                                                      *string                `json:"pdb_id"`
	// Radius of the particle in angstrom, when displayed as a sphere.                                                
	Radius                                                                                     *float64               `json:"radius"`
}

// One CSV sidecar.
type CSVFileObject struct {
	// FileObject id, e.g. `runs-csv`.                                                                      
	ID                                                                                     string           `json:"@id"`
	// A Croissant FileObject.                                                                              
	Type                                                                                   DistributionType `json:"@type"`
	// `<copick:baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` when the base URL is empty.                 
	ContentURL                                                                             string           `json:"contentUrl"`
	// Always CSV.                                                                                          
	EncodingFormat                                                                         EncodingFormat   `json:"encodingFormat"`
	// Same as `@id`.                                                                                       
	Name                                                                                   string           `json:"name"`
	// Lowercase hex sha256 of the CSV's bytes.                                                             
	Sha256                                                                                 string           `json:"sha256"`
}

// A RecordSet over one CSV, or the inline `copick/splits` table.
type CopickRecordSet struct {
	// `copick/<csv stem>` or `copick/splits`.                                          
	ID                                                              string              `json:"@id"`
	// A Croissant RecordSet.                                                           
	Type                                                            RecordSetType       `json:"@type"`
	// Inline rows of `copick/splits`: each has every field's `@id`.                    
	Data                                                            []map[string]string `json:"data,omitempty"`
	// Only on `copick/splits`.                                                         
	Description                                                     *string             `json:"description,omitempty"`
	// One per column, in column order.                                                 
	Field                                                           []CopickField       `json:"field"`
	// Only on `copick/splits`: its name field.                                         
	Key                                                             *IDRef              `json:"key,omitempty"`
	// The CSV stem, or `splits`.                                                       
	Name                                                            string              `json:"name"`
}

// A column of a CSV (with `source`) or of the inline splits table (without).
type CopickField struct {
	// `<recordSet @id>/<column>`.                                                
	ID                                                                string      `json:"@id"`
	// A Croissant Field.                                                         
	Type                                                              FieldType   `json:"@type"`
	// sc:Text, sc:Float, sc:Boolean or sc:URL.                                   
	DataType                                                          DataType    `json:"dataType"`
	// Foreign key (only `copick/runs/split` -> `copick/splits/name`).            
	References                                                        *References `json:"references,omitempty"`
	// Where the values come from.                                                
	Source                                                            *CSVSource  `json:"source,omitempty"`
}

// Foreign key (only `copick/runs/split` -> `copick/splits/name`).
type References struct {
	// The referenced field.      
	Field                   IDRef `json:"field"`
}

// The referenced field.
//
// A JSON-LD reference to another node by its `@id`.
//
// The CSV.
//
// Only on `copick/splits`: its name field.
type IDRef struct {
	// The referenced node's `@id`.       
	ID                             string `json:"@id"`
}

// Where the values come from.
//
// A field's source: one column of one CSV FileObject.
type CSVSource struct {
	// The column.        
	Extract       Extract `json:"extract"`
	// The CSV.           
	FileObject    IDRef   `json:"fileObject"`
}

// The column.
type Extract struct {
	// CSV column name.       
	Column             string `json:"column"`
}

type ConformsTo string

const (
	HTTPMlcommonsOrgCroissant11 ConformsTo = "http://mlcommons.org/croissant/1.1"
)

type EncodingFormat string

const (
	TextCSV EncodingFormat = "text/csv"
)

type DistributionType string

const (
	CRFileObject DistributionType = "cr:FileObject"
)

// sc:Text, sc:Float, sc:Boolean or sc:URL.
type DataType string

const (
	ScBoolean DataType = "sc:Boolean"
	ScFloat   DataType = "sc:Float"
	ScText    DataType = "sc:Text"
	ScURL     DataType = "sc:URL"
)

type FieldType string

const (
	CRField FieldType = "cr:Field"
)

type RecordSetType string

const (
	CRRecordSet RecordSetType = "cr:RecordSet"
)

type CopickCroissantMetadataType string

const (
	ScDataset CopickCroissantMetadataType = "sc:Dataset"
)

