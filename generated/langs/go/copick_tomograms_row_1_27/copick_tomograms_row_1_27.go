// generated from specs/copick/tomograms-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    tomogramsRow, err := UnmarshalTomogramsRow(bytes)
//    bytes, err = tomogramsRow.Marshal()

package copick_tomograms_row_1_27

import "encoding/json"

func UnmarshalTomogramsRow(data []byte) (TomogramsRow, error) {
	var r TomogramsRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *TomogramsRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/tomograms.csv` (RecordSet
// `copick/tomograms`, FileObject `tomograms-csv`), as copick 1.27 reads it: cells of
// sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
// case-insensitive), empty cells as null. Properties are in column order; the key columns
// (run, voxel_size, tomo_type) must not be empty.
type TomogramsRow struct {
	// Tomogram type on the CryoET Data Portal. Column `portal_tomo_type` (sc:Text), empty cell         
	// = null.                                                                                          
	PortalTomoType                                                                              *string `json:"portal_tomo_type"`
	// CryoET Data Portal tomogram id. Column `portal_tomogram_id` (sc:Text), empty cell = null.        
	PortalTomogramID                                                                            *string `json:"portal_tomogram_id"`
	// Name of the run. Column `run` (sc:Text), part of the row key.                                    
	Run                                                                                         string  `json:"run"`
	// Tomogram type (reconstruction algorithm), e.g. wbp. Column `tomo_type` (sc:Text), part of        
	// the row key.                                                                                     
	TomoType                                                                                    string  `json:"tomo_type"`
	// Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),        
	// empty cell = null.                                                                               
	URL                                                                                         *string `json:"url"`
	// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),           
	// part of the row key.                                                                             
	VoxelSize                                                                                   float64 `json:"voxel_size"`
}

