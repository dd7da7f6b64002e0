// generated from specs/copick/picks/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    copickPicksFile, err := UnmarshalCopickPicksFile(bytes)
//    bytes, err = copickPicksFile.Marshal()

package copick_picks_1_27

import "encoding/json"

func UnmarshalCopickPicksFile(data []byte) (CopickPicksFile, error) {
	var r CopickPicksFile
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CopickPicksFile) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// A copick picks file (`ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json`, copick
// 1.27 `CopickPicksFile`): the points picked for one object by one user in one session.
// copick writes every key, nulls included, with `json.dumps(indent=4)`. Instance ids may
// exceed 2^53: read and write them with `readPicks`/`writePicks`, which keep them exact.
// Unknown keys are ignored.
type CopickPicksFile struct {
	// Name of a pickable object of the project config.                        
	PickableObjectName                                           string        `json:"pickable_object_name"`
	// The picked points.                                                      
	Points                                                       []CopickPoint `json:"points"`
	// Run the picks belong to.                                                
	RunName                                                      *string       `json:"run_name"`
	// Session that made the picks; "0" for picks made by a tool.              
	SessionID                                                    string        `json:"session_id"`
	// Whether the orientations are known (false: ignore them).                
	TrustOrientation                                             *bool         `json:"trust_orientation"`
	// Unit of the point locations.                                            
	Unit                                                         *string       `json:"unit,omitempty"`
	// User or tool that made the picks.                                       
	UserID                                                       string        `json:"user_id"`
	// Voxel spacing of the tomogram the picks were made on.                   
	VoxelSpacing                                                 *float64      `json:"voxel_spacing"`
}

// A picked point with its orientation, instance id and score.
type CopickPoint struct {
	// Instance the point belongs to (may exceed 2^53).               
	InstanceID                                         *int64         `json:"instance_id"`
	// Where the point is.                                            
	Location                                           CopickLocation `json:"location"`
	// Confidence of the pick.                                        
	Score                                              *float64       `json:"score"`
	// Orientation as a 4x4 matrix (default: identity).               
	Transformation                                     [][]float64    `json:"transformation_"`
}

// Where the point is.
//
// A location in 3D space, in `unit`.
type CopickLocation struct {
	// x coordinate.        
	X               float64 `json:"x"`
	// y coordinate.        
	Y               float64 `json:"y"`
	// z coordinate.        
	Z               float64 `json:"z"`
}

