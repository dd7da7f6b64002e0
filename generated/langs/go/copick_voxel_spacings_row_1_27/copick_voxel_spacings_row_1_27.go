// generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    voxelSpacingsRow, err := UnmarshalVoxelSpacingsRow(bytes)
//    bytes, err = voxelSpacingsRow.Marshal()

package copick_voxel_spacings_row_1_27

import "encoding/json"

func UnmarshalVoxelSpacingsRow(data []byte) (VoxelSpacingsRow, error) {
	var r VoxelSpacingsRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *VoxelSpacingsRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/voxel_spacings.csv` (RecordSet
// `copick/voxel_spacings`, FileObject `voxel-spacings-csv`), as copick 1.27 reads it: cells
// of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
// case-insensitive), empty cells as null. Properties are in column order; the key columns
// (run, voxel_size) must not be empty.
type VoxelSpacingsRow struct {
	// Name of the run. Column `run` (sc:Text), part of the row key.                                 
	Run                                                                                      string  `json:"run"`
	// Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),        
	// part of the row key.                                                                          
	VoxelSize                                                                                float64 `json:"voxel_size"`
}

