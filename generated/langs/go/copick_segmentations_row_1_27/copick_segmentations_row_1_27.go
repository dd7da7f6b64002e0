// generated from specs/copick/segmentations-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    segmentationsRow, err := UnmarshalSegmentationsRow(bytes)
//    bytes, err = segmentationsRow.Marshal()

package copick_segmentations_row_1_27

import "encoding/json"

func UnmarshalSegmentationsRow(data []byte) (SegmentationsRow, error) {
	var r SegmentationsRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *SegmentationsRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/segmentations.csv` (RecordSet
// `copick/segmentations`, FileObject `segmentations-csv`), as copick 1.27 reads it: cells
// of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
// case-insensitive), empty cells as null. Properties are in column order; the key columns
// (run, voxel_size, user_id, session_id, name, is_multilabel) must not be empty.
type SegmentationsRow struct {
	// Whether the segmentation is a multilabel volume. Column `is_multilabel` (sc:Boolean),            
	// part of the row key.                                                                             
	IsMultilabel                                                                                bool    `json:"is_multilabel"`
	// Segmentation name. Column `name` (sc:Text), part of the row key.                                 
	Name                                                                                        string  `json:"name"`
	// CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text),             
	// empty cell = null.                                                                               
	PortalAnnotationFileID                                                                      *string `json:"portal_annotation_file_id"`
	// CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell =          
	// null.                                                                                            
	PortalAnnotationID                                                                          *string `json:"portal_annotation_id"`
	// Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell         
	// = null.                                                                                          
	PortalObjectName                                                                            *string `json:"portal_object_name"`
	// Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty         
	// cell = null.                                                                                     
	PortalSessionID                                                                             *string `json:"portal_session_id"`
	// Name of the run. Column `run` (sc:Text), part of the row key.                                    
	Run                                                                                         string  `json:"run"`
	// Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.                  
	SessionID                                                                                   string  `json:"session_id"`
	// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),        
	// empty cell = null.                                                                               
	URL                                                                                         *string `json:"url"`
	// User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.            
	UserID                                                                                      string  `json:"user_id"`
	// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),           
	// part of the row key.                                                                             
	VoxelSize                                                                                   float64 `json:"voxel_size"`
}

