// generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    meshesRow, err := UnmarshalMeshesRow(bytes)
//    bytes, err = meshesRow.Marshal()

package copick_meshes_row_1_27

import "encoding/json"

func UnmarshalMeshesRow(data []byte) (MeshesRow, error) {
	var r MeshesRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *MeshesRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/meshes.csv` (RecordSet
// `copick/meshes`, FileObject `meshes-csv`), as copick 1.27 reads it: cells of sc:Float
// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
// cells as null. Properties are in column order; the key columns (run, user_id, session_id,
// object_name) must not be empty.
type MeshesRow struct {
	// Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row         
	// key.                                                                                             
	ObjectName                                                                                  string  `json:"object_name"`
	// Name of the run. Column `run` (sc:Text), part of the row key.                                    
	Run                                                                                         string  `json:"run"`
	// Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.                  
	SessionID                                                                                   string  `json:"session_id"`
	// Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`           
	// (sc:Text), empty cell = null.                                                                    
	Sha256                                                                                      *string `json:"sha256"`
	// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),        
	// empty cell = null.                                                                               
	URL                                                                                         *string `json:"url"`
	// User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.            
	UserID                                                                                      string  `json:"user_id"`
}

