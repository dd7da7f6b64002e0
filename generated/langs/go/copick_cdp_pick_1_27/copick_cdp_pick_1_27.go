// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    cDPPickRecord, err := UnmarshalCDPPickRecord(bytes)
//    bytes, err = cDPPickRecord.Marshal()

package copick_cdp_pick_1_27

import "encoding/json"

func UnmarshalCDPPickRecord(data []byte) (CDPPickRecord, error) {
	var r CDPPickRecord
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CDPPickRecord) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One line of a CryoET Data Portal NDJSON point annotation, as copick 1.27 reads it
// (`_parse_ndjson_picks`): a location in voxel units (copick scales it by the voxel size)
// and an optional 3x3 rotation. Other keys of the portal's records are ignored.
type CDPPickRecord struct {
	// Location in voxels.                                                                          
	Location                                                                            Location    `json:"location"`
	// Orientation as a 3x3 rotation matrix, row by row; its presence makes copick trust            
	// orientations.                                                                                
	XyzRotationMatrix                                                                   [][]float64 `json:"xyz_rotation_matrix,omitempty"`
}

// Location in voxels.
type Location struct {
	// x coordinate in voxels.        
	X                         float64 `json:"x"`
	// y coordinate in voxels.        
	Y                         float64 `json:"y"`
	// z coordinate in voxels.        
	Z                         float64 `json:"z"`
}

