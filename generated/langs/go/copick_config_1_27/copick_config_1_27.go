// generated from specs/copick/config/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    copickConfig, err := UnmarshalCopickConfig(bytes)
//    bytes, err = copickConfig.Marshal()

package copick_config_1_27

import "encoding/json"

func UnmarshalCopickConfig(data []byte) (CopickConfig, error) {
	var r CopickConfig
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *CopickConfig) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// A copick project configuration (copick 1.27): the base fields of `CopickConfig` plus
// those of the storage backend named by `config_type`. A missing `config_type` is read as
// "filesystem" with a deprecation warning and an unknown one is refused before the schema
// runs (src/copick/config.ts), as `copick.ops.open.from_string` does. Unknown keys are
// ignored, as pydantic does by default.
//
// A project on fsspec storage: a writable overlay and an optional read-only static root.
//
// The fields every copick config has (`copick.models.CopickConfig`).
//
// A project reading the CryoET Data Portal, with a writable overlay.
//
// A project read from a Croissant metadata.json and its CSV sidecars; with `overlay_root`
// the Croissant is read-only and writes go to the overlay (Mode B), without it writes go to
// the Croissant's base URL (Mode A).
type CopickConfig struct {
	// The storage backend.                                                                                          
	ConfigType                                                                                ConfigType             `json:"config_type"`
	// fsspec arguments of the overlay filesystem.                                                                   
	OverlayFSArgs                                                                             map[string]interface{} `json:"overlay_fs_args"`
	// fsspec URL of the writable overlay (local://, file://, s3://, ssh://, smb://, or a bare                       
	// path).                                                                                                        
	//                                                                                                               
	// fsspec URL of the writable overlay.                                                                           
	//                                                                                                               
	// Writable overlay; its presence selects Mode B.                                                                
	OverlayRoot                                                                               *string                `json:"overlay_root"`
	// fsspec arguments of the static filesystem.                                                                    
	//                                                                                                               
	// fsspec arguments for resolving data URLs against the Croissant's base URL.                                    
	StaticFSArgs                                                                              map[string]interface{} `json:"static_fs_args"`
	// fsspec URL of the read-only static data.                                                                      
	StaticRoot                                                                                *string                `json:"static_root"`
	// Description of the project.                                                                                   
	Description                                                                               *string                `json:"description"`
	// Name of the project.                                                                                          
	Name                                                                                      *string                `json:"name"`
	// The objects that can be picked or segmented; names and labels must be unique (rules                           
	// `copick.objects.unique`).                                                                                     
	PickableObjects                                                                           []PickableObject       `json:"pickable_objects"`
	// Index of run names.                                                                                           
	Runs                                                                                      []string               `json:"runs"`
	// Default session id for new artifacts; must already be sanitised (rule                                         
	// `copick.config.session-id-sanitized`).                                                                        
	SessionID                                                                                 *string                `json:"session_id"`
	// Index of tomogram types by voxel spacing; the keys must read as numbers (rule                                 
	// `copick.config.tomogram-keys`).                                                                               
	Tomograms                                                                                 map[string][]string    `json:"tomograms"`
	// Default user id for new artifacts; must already be sanitised (rule                                            
	// `copick.config.user-id-sanitized`).                                                                           
	UserID                                                                                    *string                `json:"user_id"`
	// Version of the project (or of the copick API it was written for).                                             
	Version                                                                                   *string                `json:"version"`
	// Index of voxel spacings.                                                                                      
	VoxelSpacings                                                                             []float64              `json:"voxel_spacings"`
	// CryoET Data Portal dataset ids to read.                                                                       
	DatasetIDS                                                                                []int64                `json:"dataset_ids,omitempty"`
	// Whether portal query results are cached on disk.                                                              
	PortalCache                                                                               *bool                  `json:"portal_cache,omitempty"`
	// Where the cache lives (default: the overlay, else a local fallback).                                          
	PortalCacheDir                                                                            *string                `json:"portal_cache_dir"`
	// Bound on the cold-start lock wait before fetching directly.                                                   
	PortalCacheLockTimeoutSeconds                                                             *int64                 `json:"portal_cache_lock_timeout_seconds,omitempty"`
	// Lifetime of cached portal results; <= 0 never expires.                                                        
	PortalCacheTTLSeconds                                                                     *int64                 `json:"portal_cache_ttl_seconds,omitempty"`
	// Override of `copick:baseUrl`, for a dataset moved from where it was published.                                
	CroissantBaseURL                                                                          *string                `json:"croissant_base_url"`
	// fsspec arguments for fetching metadata.json and the CSVs.                                                     
	CroissantFSArgs                                                                           map[string]interface{} `json:"croissant_fs_args"`
	// URL or path of the Croissant metadata.json.                                                                   
	CroissantURL                                                                              *string                `json:"croissant_url,omitempty"`
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

type ConfigType string

const (
	CryoetDataPortal ConfigType = "cryoet_data_portal"
	Filesystem       ConfigType = "filesystem"
	Mlcroissant      ConfigType = "mlcroissant"
)

