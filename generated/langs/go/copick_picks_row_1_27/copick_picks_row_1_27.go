// generated from specs/copick/picks-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    picksRow, err := UnmarshalPicksRow(bytes)
//    bytes, err = picksRow.Marshal()

package copick_picks_row_1_27

import "encoding/json"

func UnmarshalPicksRow(data []byte) (PicksRow, error) {
	var r PicksRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *PicksRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/picks.csv` (RecordSet `copick/picks`,
// FileObject `picks-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
// numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
// Properties are in column order; the key columns (run, user_id, session_id, object_name)
// must not be empty.
type PicksRow struct {
	// Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row          
	// key.                                                                                              
	ObjectName                                                                                  string   `json:"object_name"`
	// CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text),              
	// empty cell = null.                                                                                
	PortalAnnotationFileID                                                                      *string  `json:"portal_annotation_file_id"`
	// CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell =           
	// null.                                                                                             
	PortalAnnotationID                                                                          *string  `json:"portal_annotation_id"`
	// Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell          
	// = null.                                                                                           
	PortalObjectName                                                                            *string  `json:"portal_object_name"`
	// Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty          
	// cell = null.                                                                                      
	PortalSessionID                                                                             *string  `json:"portal_session_id"`
	// Name of the run. Column `run` (sc:Text), part of the row key.                                     
	Run                                                                                         string   `json:"run"`
	// Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.                   
	SessionID                                                                                   string   `json:"session_id"`
	// Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`            
	// (sc:Text), empty cell = null.                                                                     
	Sha256                                                                                      *string  `json:"sha256"`
	// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),         
	// empty cell = null.                                                                                
	URL                                                                                         *string  `json:"url"`
	// User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.             
	UserID                                                                                      string   `json:"user_id"`
	// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),            
	// empty cell = null.                                                                                
	VoxelSize                                                                                   *float64 `json:"voxel_size"`
}

