// generated from specs/copick/features-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    featuresRow, err := UnmarshalFeaturesRow(bytes)
//    bytes, err = featuresRow.Marshal()

package copick_features_row_1_27

import "encoding/json"

func UnmarshalFeaturesRow(data []byte) (FeaturesRow, error) {
	var r FeaturesRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *FeaturesRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/features.csv` (RecordSet
// `copick/features`, FileObject `features-csv`), as copick 1.27 reads it: cells of sc:Float
// columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
// cells as null. Properties are in column order; the key columns (run, voxel_size,
// tomo_type, feature_type) must not be empty.
type FeaturesRow struct {
	// Feature type, e.g. sobel. Column `feature_type` (sc:Text), part of the row key.                  
	FeatureType                                                                                 string  `json:"feature_type"`
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

