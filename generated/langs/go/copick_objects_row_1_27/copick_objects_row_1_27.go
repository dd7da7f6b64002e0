// generated from specs/copick/objects-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    objectsRow, err := UnmarshalObjectsRow(bytes)
//    bytes, err = objectsRow.Marshal()

package copick_objects_row_1_27

import "encoding/json"

func UnmarshalObjectsRow(data []byte) (ObjectsRow, error) {
	var r ObjectsRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ObjectsRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/objects.csv` (RecordSet
// `copick/objects`, FileObject `objects-csv`), as copick 1.27 reads it: cells of sc:Float
// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
// cells as null. Properties are in column order; the key columns (name) must not be empty.
type ObjectsRow struct {
	// Pickable object name. Column `name` (sc:Text), part of the row key.                              
	Name                                                                                        string  `json:"name"`
	// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),        
	// empty cell = null.                                                                               
	URL                                                                                         *string `json:"url"`
}

