// generated from specs/fractal/manifest/2.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    manifestV2, err := UnmarshalManifestV2(bytes)
//    bytes, err = manifestV2.Marshal()

package fractal_manifest_2

import "encoding/json"

func UnmarshalManifestV2(data []byte) (ManifestV2, error) {
	var r ManifestV2
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ManifestV2) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// A Fractal task package's manifest, `__FRACTAL_MANIFEST__.json`, version 2 (fractal-server
// `ManifestV2`, as of fractal-server 2.24). Packages containing tasks are required to
// include it in order to be discovered and used by Fractal.
//
// Unknown keys are allowed: fractal-server ignores (drops) them (pydantic's default
// `extra="ignore"`); `--strict` reports them. fractal-server also accepts the strings and
// numbers pydantic reads as booleans (`"true"`, `"yes"`, `1`, ...) where a boolean is
// expected; this schema asks for JSON booleans and the validator warns about the lax forms.
// The rules JSON Schema cannot say (named in descriptions) are checked by `bioimage-specs
// validate`.
type ManifestV2 struct {
	// Label of how the `args_schema`s were generated, e.g. `pydantic_v1`, `pydantic_v2` or                      
	// `fractal_schema_v1` (fractal-task-tools 0.5 and later). Free-form for the manifest; task                  
	// collection needs a non-empty string when `has_args_schemas` is true (rule                                 
	// `fractal2.collection.args-schema-version`).                                                               
	ArgsSchemaVersion                                                                           *string          `json:"args_schema_version"`
	// The package's authors. Stored with surrounding whitespace stripped, and must not be empty                 
	// after stripping (`NonEmptyStr`, rule `fractal2.non-empty-str`).                                           
	Authors                                                                                     *string          `json:"authors"`
	// `true` if the manifest includes JSON Schemas for the arguments of each task: then every                   
	// executable needs its `args_schema_*` (rule `fractal2.args-schemas-present`).                              
	HasArgsSchemas                                                                              *bool            `json:"has_args_schemas,omitempty"`
	// A version string that provides indication for compatibility between manifests as the                      
	// schema evolves. Exactly the string "2" (`Literal["2"]`: the number 2 is rejected).                        
	// Manifests with "1" are validated as `ManifestV1`.                                                         
	ManifestVersion                                                                             ManifestVersion  `json:"manifest_version"`
	// The list of tasks. Task names must be unique (rule `fractal2.unique-task-names`). An                      
	// empty list is valid.                                                                                      
	TaskList                                                                                    []TaskManifestV2 `json:"task_list"`
}

// A task within a version-2 manifest. At least one executable is required, and the `meta_*`
// and `args_schema_*` of a missing executable must be empty (rules
// `fractal2.executables-present`, `fractal2.non-parallel-fields-need-executable`,
// `fractal2.parallel-fields-need-executable`). Unknown keys are allowed (ignored by
// fractal-server).
type TaskManifestV2 struct {
	// JSON Schema of the non-parallel executable's arguments. Opaque to fractal-server, except                         
	// that its top-level keys are stripped and must be non-empty and unique (rule                                      
	// `fractal2.dict-keys`); checked against the JSON Schema meta-schemas by the lint                                  
	// `fractal2.lint.args-schema-valid`. Must be null when there is no                                                 
	// `executable_non_parallel`.                                                                                       
	ArgsSchemaNonParallel                                                                        map[string]interface{} `json:"args_schema_non_parallel"`
	// JSON Schema of the parallel executable's arguments (same rules as                                                
	// `args_schema_non_parallel`). Must be null when there is no `executable_parallel`.                                
	ArgsSchemaParallel                                                                           map[string]interface{} `json:"args_schema_parallel"`
	// Free-text category, e.g. `Segmentation`, `Conversion`, `Measurement`.                                            
	Category                                                                                     *string                `json:"category"`
	// Additional information about the task, usually from its docstring (Markdown).                                    
	DocsInfo                                                                                     *string                `json:"docs_info"`
	// Link to the task's documentation: an http(s) URL with a host, at most 2083 characters,                           
	// stored with surrounding whitespace stripped (`HttpUrlStr`, rule `fractal2.docs-link-url`).                       
	DocsLink                                                                                     *string                `json:"docs_link"`
	// Path of the non-parallel (or compound init) executable, relative to the package root as                          
	// installed: if a package installs `pkg/executable.py`, this is `executable.py`.                                   
	ExecutableNonParallel                                                                        *string                `json:"executable_non_parallel"`
	// Path of the parallel (or compound compute) executable, relative to the package root as                           
	// installed.                                                                                                       
	ExecutableParallel                                                                           *string                `json:"executable_parallel"`
	// Image-type filters the input images must match, e.g. `{"is_3D": true}`.                                          
	InputTypes                                                                                   map[string]bool        `json:"input_types,omitempty"`
	// Runner settings of the non-parallel executable (e.g. `cpus_per_task`, `mem`,                                     
	// `needs_gpu`). Keys are stripped and must be non-empty and unique after stripping (rule                           
	// `fractal2.dict-keys`). Must be empty when there is no `executable_non_parallel`. Not                             
	// nullable.                                                                                                        
	MetaNonParallel                                                                              map[string]interface{} `json:"meta_non_parallel,omitempty"`
	// Runner settings of the parallel executable. Keys are stripped and must be non-empty and                          
	// unique after stripping (rule `fractal2.dict-keys`). Must be empty when there is no                               
	// `executable_parallel`. Not nullable.                                                                             
	MetaParallel                                                                                 map[string]interface{} `json:"meta_parallel,omitempty"`
	// Free-text modality, e.g. `HCS`.                                                                                  
	Modality                                                                                     *string                `json:"modality"`
	// The task name, unique within the manifest (exact comparison). The manifest accepts any                           
	// string; task collection strips it and requires it to be non-empty (rule                                          
	// `fractal2.collection.non-empty-str`).                                                                            
	Name                                                                                         string                 `json:"name"`
	// Image types set on the images the task produces or updates, e.g. `{"is_3D": false}`.                             
	OutputTypes                                                                                  map[string]bool        `json:"output_types,omitempty"`
	// Free-text tags, e.g. `2D`, `Yokogawa`. Task collection strips them and requires them                             
	// non-empty and without repetitions (rule `fractal2.collection.tags`).                                             
	Tags                                                                                         []string               `json:"tags,omitempty"`
	// The task type. When null, fractal-server infers it at collection from the executables:                           
	// `parallel` (no non-parallel one), `non_parallel` (no parallel one) or `compound` (both);                         
	// converter types are never inferred.                                                                              
	Type                                                                                         *TaskType              `json:"type"`
}

type ManifestVersion string

const (
	The2 ManifestVersion = "2"
)

// The task types (fractal-server `TaskType`): `parallel` runs once per image (`zarr_url`);
// `non_parallel` once for all images (`zarr_urls`, `zarr_dir`); `compound` a non-parallel
// init then parallel compute; the `converter_` types create images from raw data under
// `zarr_dir`. No `type: string`: like pydantic's enum, any other value, a number included,
// gets the one enum error.
type TaskType string

const (
	Compound             TaskType = "compound"
	ConverterCompound    TaskType = "converter_compound"
	ConverterNonParallel TaskType = "converter_non_parallel"
	NonParallel          TaskType = "non_parallel"
	Parallel             TaskType = "parallel"
)

