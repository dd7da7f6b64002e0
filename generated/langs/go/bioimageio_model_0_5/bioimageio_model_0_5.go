// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    modelDescr, err := UnmarshalModelDescr(bytes)
//    bytes, err = modelDescr.Marshal()

package bioimageio_model_0_5

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalModelDescr(data []byte) (ModelDescr, error) {
	var r ModelDescr
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *ModelDescr) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// Specification of the fields used in a bioimage.io-compliant RDF to describe AI models
// with pretrained weights.
// These fields are typically stored in a YAML file which we call a model resource
// description file (model RDF).
//
// Describes model format 0.5.7 (the latest patch of 0.5).
type ModelDescr struct {
	// file attachments                                                                                             
	Attachments                                                                                 []FileDescr         `json:"attachments,omitempty"`
	// The authors are the creators of the model RDF and the primary points of contact.                             
	// An empty list gets a FAIR ALERT (rule `common.fair`).                                                        
	Authors                                                                                     []Author            `json:"authors,omitempty"`
	// citations (an empty list gets a FAIR ALERT, rule `common.fair`)                                              
	Cite                                                                                        []CiteEntry         `json:"cite,omitempty"`
	// A field for custom configuration (tool specific keys and bioimage.io metadata under                          
	// `bioimageio`).                                                                                               
	Config                                                                                      *Config             `json:"config,omitempty"`
	// Cover images. Please use an image smaller than 500KB and an aspect ratio width to height                     
	// of 2:1 or 1:1.                                                                                               
	// The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',                           
	// '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).                              
	Covers                                                                                      []string            `json:"covers,omitempty"`
	// A string containing a brief description.                                                                     
	// At most 1024 characters (a warning is issued above 512, rule `common.description.length`;                    
	// an empty description gets a FAIR ALERT, rule `common.fair`).                                                 
	Description                                                                                 *string             `json:"description,omitempty"`
	// URL or relative path to a markdown file with additional documentation.                                       
	// The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.                        
	// The documentation should include a '#[#] Validation' (sub)section                                            
	// with details on how to quantitatively validate the model on unseen data.                                     
	// (With IO checks a missing validation section gets a warning, rule                                            
	// `model05.io.documentation-validation-section`.)                                                              
	// The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a                          
	// missing documentation gets a FAIR ALERT (rule `common.fair`).                                                
	Documentation                                                                               *string             `json:"documentation"`
	// Version of the bioimage.io model description specification used.                                             
	// When creating a new model always use the latest micro/patch version described here.                          
	// The `format_version` is important for any consumer software to understand how to parse                       
	// the fields.                                                                                                  
	// This schema describes the latest patch (0.5.7); older 0.5.x documents get their                              
	// `format_version` bumped, future 0.5.x patches are treated as 0.5.7 (with an ALERT), and                      
	// 0.4/0.3 models are converted before validation. Any 0.5.x is read as 0.5.7.                                  
	FormatVersion                                                                               string              `json:"format_version"`
	// A URL to the Git repository where the resource is being developed.                                           
	GitRepo                                                                                     *string             `json:"git_repo"`
	// An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file                        
	// source. A reserved bioimage.io YAML file name fails both branches (rule                                      
	// `common.icon.reserved-name`).                                                                                
	Icon                                                                                        *string             `json:"icon"`
	// bioimage.io-wide unique resource identifier                                                                  
	// assigned by bioimage.io; version **un**specific.                                                             
	ID                                                                                          *string             `json:"id"`
	// UTF-8 emoji for display alongside the `id` (1 or 2 characters).                                              
	IDEmoji                                                                                     *string             `json:"id_emoji"`
	// Describes the input tensors expected by this model. (Tensor ids must be unique, rule                         
	// `model05.tensors.unique-ids`; size references are checked by rule                                            
	// `model05.axes.size-references`.)                                                                             
	Inputs                                                                                      []InputTensorDescr  `json:"inputs"`
	// A [SPDX license identifier](https://spdx.org/licenses/).                                                     
	// We do not support custom license beyond the SPDX license list, if you need that please                       
	// [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)                     
	// to discuss your intentions with the community.                                                               
	// Checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error,                       
	// deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).                          
	License                                                                                     *string             `json:"license"`
	// IDs of other bioimage.io resources                                                                           
	Links                                                                                       []string            `json:"links,omitempty"`
	// Maintainers of this resource.                                                                                
	// If not specified, `authors` are maintainers and at least some of them has to specify                         
	// their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).                                 
	Maintainers                                                                                 []Maintainer        `json:"maintainers,omitempty"`
	// A human-readable name of this model.                                                                         
	// It should be no longer than 64 characters                                                                    
	// and may only contain letter, number, underscore, minus, parentheses and spaces.                              
	// We recommend to chose a name that refers to the model's task and image modality.                             
	// At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).                      
	Name                                                                                        string              `json:"name"`
	// Describes the output tensors. (See rules `model05.tensors.unique-ids`,                                       
	// `model05.axes.size-references`.)                                                                             
	Outputs                                                                                     []OutputTensorDescr `json:"outputs"`
	// The persons that have packaged and uploaded this model.                                                      
	// Only required if those persons differ from the `authors`.                                                    
	PackagedBy                                                                                  []Author            `json:"packaged_by,omitempty"`
	// The model from which this model is derived, e.g. by fine-tuning the weights. (It may not                     
	// be this model itself, rule `model05.parent.not-self`.)                                                       
	Parent                                                                                      *LinkedModel        `json:"parent"`
	// Custom run mode for this model: for more complex prediction procedures like test time                        
	// data augmentation that currently cannot be expressed in the specification.                                   
	// No standard run modes are defined yet.                                                                       
	// (A given run mode gets a warning about limited support, rule                                                 
	// `model05.run-mode.limited-support`.)                                                                         
	RunMode                                                                                     *RunMode            `json:"run_mode"`
	// Associated tags. The reference warns about bioimage.io tag categories                                        
	// (`data/tag-categories.json`) without a matching tag, which bioimage-specs does not check                     
	// yet; an empty list gets a FAIR ALERT (rule `common.fair`).                                                   
	Tags                                                                                        []string            `json:"tags,omitempty"`
	// Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by                          
	// `dateutil.parser.isoparse` (e.g. `2019-12-11T12:22:32Z`; a time zone is optional, naive                      
	// times are taken as local time and stored as UTC). The reference's default is the time of                     
	// validation. Not `format: date-time`, which requires a time zone offset: ISO 8601 parsing                     
	// is a rule (`model05.timestamp.iso8601`).                                                                     
	Timestamp                                                                                   *string             `json:"timestamp,omitempty"`
	// The dataset used to train this model: a link to a bioimage.io dataset or an inline                           
	// dataset description (tried in that order).                                                                   
	TrainingData                                                                                *LinkedDataset      `json:"training_data"`
	// Specialized resource type 'model'                                                                            
	Type                                                                                        ModelDescrType      `json:"type"`
	// The person who uploaded the model (e.g. to bioimage.io)                                                      
	Uploader                                                                                    *Uploader           `json:"uploader"`
	// The version of the resource following SemVer 2.0. (The reference moves a deprecated                          
	// top-level `version_number` key to `version` before validation; the runtime does the same                     
	// before schema validation.)                                                                                   
	Version                                                                                     *VersionUnion       `json:"version"`
	// A comment on the version of the resource.                                                                    
	VersionComment                                                                              *string             `json:"version_comment"`
	// The weights for this model.                                                                                  
	// Weights can be given for different formats, but should otherwise be equivalent.                              
	// The available weight formats determine which consumers can use this model.                                   
	Weights                                                                                     WeightsDescr        `json:"weights"`
}

// A file description: a file source with an optional SHA-256 hash of the file's content.
type FileDescr struct {
	// SHA256 hash value of the **source** file.        
	Sha256                                      *string `json:"sha256"`
	// File source                                      
	Source                                      string  `json:"source"`
}

// An author of a resource description.
type Author struct {
	// Affiliation                                                                                       
	Affiliation                                                                                  *string `json:"affiliation"`
	// Email                                                                                             
	Email                                                                                        *string `json:"email"`
	// GitHub user name. With IO checks the reference looks the user up on GitHub;                       
	// bioimage-specs does not.                                                                          
	GithubUser                                                                                   *string `json:"github_user"`
	// Full name. May not contain `/` or `\`.                                                            
	Name                                                                                         string  `json:"name"`
	// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID              
	// ) in hyphenated groups of 4 digits, (and [valid](                                                 
	//                                                                                                   
	// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier        
	// ) as per ISO 7064 11,2.)                                                                          
	Orcid                                                                                        *string `json:"orcid"`
}

// A citation that should be referenced in work using this resource. Either `doi` or `url`
// has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
type CiteEntry struct {
	// A digital object identifier (DOI) is the prefered citation reference.        
	// See https://www.doi.org/ for details.                                        
	// Note:                                                                        
	// Either **doi** or **url** have to be specified.                              
	Doi                                                                     *string `json:"doi"`
	// free text description                                                        
	Text                                                                    string  `json:"text"`
	// URL to cite (preferably specify a **doi** instead/also).                     
	// Note:                                                                        
	// Either **doi** or **url** have to be specified.                              
	URL                                                                     *string `json:"url"`
}

// A field for custom configuration (tool specific keys and bioimage.io metadata under
// `bioimageio`).
//
// Model configuration: bioimage.io metadata under `bioimageio`, and any further (tool
// specific) keys.
type Config struct {
	// bioimage.io specific metadata.                  
	Bioimageio                       *BioimageioConfig `json:"bioimageio,omitempty"`
}

// bioimage.io specific metadata.
//
// bioimage.io specific metadata of a model (model card fields). Open object: further keys
// are allowed.
type BioimageioConfig struct {
	// Text description of model architecture.                                                                              
	ArchitectureDescription                                                                      *string                    `json:"architecture_description"`
	// Model architecture type, e.g., 3D U-Net, ResNet, transformer At most 32 characters.                                  
	ArchitectureType                                                                             *string                    `json:"architecture_type"`
	// Description of known bias, risks, and technical limitations for in-scope model use.                                  
	BiasRisksLimitations                                                                         *BiasRisksLimitations      `json:"bias_risks_limitations,omitempty"`
	// Environmental considerations for model training and deployment                                                       
	EnvironmentalImpact                                                                          *EnvironmentalImpact       `json:"environmental_impact,omitempty"`
	// Quantitative model evaluations.                                                                                      
	//                                                                                                                      
	// Note:                                                                                                                
	// At the moment we recommend to include only a single test dataset                                                     
	// (with evaluation factors that may mark subsets of the dataset)                                                       
	// to avoid confusion and make the presentation of results cleaner.                                                     
	Evaluations                                                                                  []Evaluation               `json:"evaluations,omitempty"`
	// Funding agency, grant number if applicable                                                                           
	FundedBy                                                                                     *string                    `json:"funded_by"`
	// Average inference time per image/tile. Specify hardware and image size. Multiple examples                            
	// can be given.                                                                                                        
	InferenceTime                                                                                *string                    `json:"inference_time"`
	// GPU memory needed for inference. Multiple examples with different image size can be given.                           
	MemoryRequirementsInference                                                                  *string                    `json:"memory_requirements_inference"`
	// GPU memory needed for training. Multiple examples with different image/batch sizes can be                            
	// given.                                                                                                               
	MemoryRequirementsTraining                                                                   *string                    `json:"memory_requirements_training"`
	// Input modality, e.g., fluorescence microscopy, electron microscopy                                                   
	Modality                                                                                     *string                    `json:"modality"`
	// Total number of model parameters.                                                                                    
	ModelParameterCount                                                                          *int64                     `json:"model_parameter_count"`
	// A new version of this model exists with a different model id.                                                        
	NewVersion                                                                                   *string                    `json:"new_version"`
	// Describe how the model may be misused in bioimage analysis contexts and what users should                            
	// **not** do with the model.                                                                                           
	OutOfScopeUse                                                                                *string                    `json:"out_of_scope_use"`
	// Tolerances to allow when reproducing the model's test outputs                                                        
	// from the model's test inputs.                                                                                        
	// Only the first entry matching tensor id and weights format is considered.                                            
	ReproducibilityTolerance                                                                     []ReproducibilityTolerance `json:"reproducibility_tolerance,omitempty"`
	// Biological structure(s) the model is designed to analyze, e.g., nuclei, mitochondria,                                
	// cells                                                                                                                
	TargetStructure                                                                              []string                   `json:"target_structure,omitempty"`
	// Bioimage-specific task type, e.g., segmentation, classification, detection, denoising                                
	Task                                                                                         *string                    `json:"task"`
	// Details on how the model was trained.                                                                                
	Training                                                                                     *TrainingDetails           `json:"training,omitempty"`
}

// Description of known bias, risks, and technical limitations for in-scope model use.
//
// Known biases, risks, technical limitations, and recommendations for model use.
// Open object: further keys are allowed.
type BiasRisksLimitations struct {
	// Biases in training data or model behavior.                                                    
	KnownBiases                                                                              *string `json:"known_biases,omitempty"`
	// Technical limitations and failure modes.                                                      
	Limitations                                                                              *string `json:"limitations"`
	// Mitigation strategies regarding `known_biases`, `risks`, and `limitations`, as well as        
	// applicable best practices.                                                                    
	//                                                                                               
	// Consider:                                                                                     
	// - How to use a validation dataset?                                                            
	// - How to manually validate?                                                                   
	// - Feasibility of domain adaptation for different experimental setups?                         
	Recommendations                                                                          *string `json:"recommendations,omitempty"`
	// Potential risks in the context of bioimage analysis.                                          
	Risks                                                                                    *string `json:"risks,omitempty"`
}

// Environmental considerations for model training and deployment
//
// Environmental considerations for model training and deployment.
//
// Carbon emissions can be estimated using the [Machine Learning Impact
// calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
// (2019)](https://arxiv.org/abs/1910.09700).
// Open object: further keys are allowed.
type EnvironmentalImpact struct {
	// If applicable                                                                            
	CloudProvider                                                                      *string  `json:"cloud_provider"`
	// kg CO2 equivalent                                                                        
	//                                                                                          
	// Carbon emissions can be estimated using the [Machine Learning Impact                     
	// calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.         
	// (2019)](https://arxiv.org/abs/1910.09700).                                               
	Co2Emitted                                                                         *float64 `json:"co2_emitted"`
	// Geographic location                                                                      
	ComputeRegion                                                                      *string  `json:"compute_region"`
	// GPU/CPU specifications                                                                   
	HardwareType                                                                       *string  `json:"hardware_type"`
	// Total compute hours                                                                      
	HoursUsed                                                                          *float64 `json:"hours_used"`
}

// A quantitative model evaluation. The list lengths must be consistent
// (`evaluation_factors` vs `evaluation_factors_long`, `metrics` vs `metrics_long`,
// `results` rows vs `metrics`, columns vs `evaluation_factors`); checked in code (rule
// `model05.evaluation.table-shape`). Open object: further keys are allowed.
type Evaluation struct {
	// Dataset used for evaluation.                                                                         
	DatasetID                                                                                   string      `json:"dataset_id"`
	// Role of the dataset used for evaluation.                                                             
	//                                                                                                      
	// - `train`: dataset was (part of) the training data                                                   
	// - `validation`: dataset was (part of) the validation data used during training, e.g. used            
	// for model selection or hyperparameter tuning                                                         
	// - `test`: dataset was (part of) the designated test data; not used during training or                
	// validation, but acquired from the same source/distribution as training data                          
	// - `independent`: dataset is entirely independent test data; not used during training or              
	// validation, and acquired from a different source/distribution than training data                     
	// - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a                
	// subset) of the data was seen by the model during training.                                           
	DatasetRole                                                                                 DatasetRole `json:"dataset_role"`
	// Source of the dataset.                                                                               
	DatasetSource                                                                               string      `json:"dataset_source"`
	// (Abbreviations of) each evaluation factor.                                                           
	//                                                                                                      
	// Evaluation factors are criteria along which model performance is evaluated, e.g.                     
	// different image conditions                                                                           
	// like 'low SNR', 'high cell density', or different biological conditions like 'cell type              
	// A', 'cell type B'.                                                                                   
	// An 'overall' factor may be included to summarize performance across all conditions.                  
	EvaluationFactors                                                                           []string    `json:"evaluation_factors"`
	// Descriptions (long form) of each evaluation factor.                                                  
	EvaluationFactorsLong                                                                       []string    `json:"evaluation_factors_long"`
	// (Abbreviations of) metrics used for evaluation.                                                      
	Metrics                                                                                     []string    `json:"metrics"`
	// Description of each metric used.                                                                     
	MetricsLong                                                                                 []string    `json:"metrics_long"`
	// Model being evaluated.                                                                               
	ModelID                                                                                     *string     `json:"model_id"`
	// Results for each metric (rows; outer list) and each evaluation factor (columns; inner                
	// list).                                                                                               
	Results                                                                                     [][]Result  `json:"results"`
	// Interpretation of results for general audience.                                                      
	//                                                                                                      
	// Consider:                                                                                            
	// - Overall model performance                                                                          
	// - Comparison to existing methods                                                                     
	// - Limitations and areas for improvement                                                              
	ResultsSummary                                                                              *string     `json:"results_summary"`
	// Number of evaluated samples.                                                                         
	SampleCount                                                                                 int64       `json:"sample_count"`
}

// Describes what small numerical differences -- if any -- may be tolerated
// in the generated output when executing in different environments.
//
// A tensor element *output* is considered mismatched to the **test_tensor** if
// abs(*output* - **test_tensor**) > **absolute_tolerance** + **relative_tolerance** *
// abs(**test_tensor**).
// (Internally we call
// [numpy.testing.assert_allclose](https://numpy.org/doc/stable/reference/generated/numpy.testing.assert_allclose.html).)
//
// Motivation:
// For testing we can request the respective deep learning frameworks to be as
// reproducible as possible by setting seeds and chosing deterministic algorithms,
// but differences in operating systems, available hardware and installed drivers
// may still lead to numerical differences.
// Open object: further keys are allowed.
type ReproducibilityTolerance struct {
	// Maximum absolute tolerance of reproduced test tensor (non-negative; with IO checks at                
	// most 1% of the test output's maximum, rule `model05.io.test-tensors`).                               
	AbsoluteTolerance                                                                       *float64        `json:"absolute_tolerance,omitempty"`
	// Maximum number of mismatched elements/pixels per million to tolerate. In [0, 1000].                  
	MismatchedElementsPerMillion                                                            *int64          `json:"mismatched_elements_per_million,omitempty"`
	// Limits the output tensor IDs these reproducibility details apply to.                                 
	OutputIDS                                                                               []string        `json:"output_ids,omitempty"`
	// Maximum relative tolerance of reproduced test tensor. In [0, 0.01].                                  
	RelativeTolerance                                                                       *float64        `json:"relative_tolerance,omitempty"`
	// Limits the weights formats these details apply to.                                                   
	WeightsFormats                                                                          []WeightsFormat `json:"weights_formats,omitempty"`
}

// Details on how the model was trained.
//
// Details on how the model was trained. Open object: further keys are allowed.
type TrainingDetails struct {
	// Initial learning rate used in training.                                                              
	InitialLearningRate                                                              *float64               `json:"initial_learning_rate"`
	// Learning rate schedule used in training.                                                             
	LearningRateSchedule                                                             *string                `json:"learning_rate_schedule"`
	// Loss function used in training, e.g. nn.MSELoss.                                                     
	LossFunction                                                                     *string                `json:"loss_function"`
	// key word arguments for the `loss_function`                                                           
	LossFunctionKwargs                                                               map[string]interface{} `json:"loss_function_kwargs,omitempty"`
	// optimizer, e.g. torch.optim.Adam                                                                     
	Optimizer                                                                        *string                `json:"optimizer"`
	// key word arguments for the `optimizer`                                                               
	OptimizerKwargs                                                                  map[string]interface{} `json:"optimizer_kwargs,omitempty"`
	// Regularization techniques used during training, e.g. drop-out or weight decay.                       
	Regularization                                                                   *string                `json:"regularization"`
	// Batch size used in training.                                                                         
	TrainingBatchSize                                                                *float64               `json:"training_batch_size"`
	// Total training duration in hours.                                                                    
	TrainingDuration                                                                 *float64               `json:"training_duration"`
	// Number of training epochs.                                                                           
	TrainingEpochs                                                                   *float64               `json:"training_epochs"`
	// Detailed image preprocessing steps during model training:                                            
	//                                                                                                      
	// Mention:                                                                                             
	// - *Normalization methods*                                                                            
	// - *Augmentation strategies*                                                                          
	// - *Resizing/resampling procedures*                                                                   
	// - *Artifact handling*                                                                                
	TrainingPreprocessing                                                            *string                `json:"training_preprocessing"`
}

// Description of an input tensor.
type InputTensorDescr struct {
	// tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)                                                
	Axes                                                                                                       []InputAxis          `json:"axes"`
	// Description of the tensor's data values, optionally per channel.                                                             
	// If specified per channel, the data `type` needs to match across channels.                                                    
	// Per-channel lists must agree in `type` and have one entry per channel (rules                                                 
	// `model05.tensors.data`).                                                                                                     
	Data                                                                                                       *Data                `json:"data"`
	// free text description                                                                                                        
	Description                                                                                                *string              `json:"description,omitempty"`
	// Input tensor id.                                                                                                             
	// No duplicates are allowed across all inputs and outputs.                                                                     
	ID                                                                                                         *string              `json:"id,omitempty"`
	// indicates that this tensor may be `None`                                                                                     
	Optional                                                                                                   *bool                `json:"optional,omitempty"`
	// Description of how this input should be preprocessed.                                                                        
	//                                                                                                                              
	// notes:                                                                                                                       
	// - If preprocessing does not start with an 'ensure_dtype' entry, it is added                                                  
	// to ensure an input tensor's data type matches the input tensor's data description.                                           
	// - If preprocessing does not end with an 'ensure_dtype' or 'binarize' entry, an                                               
	// 'ensure_dtype' step is added to ensure preprocessing steps are not unintentionally                                           
	// changing the data type.                                                                                                      
	// (bioimage-specs adds these steps as the reference does, when it loads the description.)                                      
	Preprocessing                                                                                              []PreprocessingDescr `json:"preprocessing,omitempty"`
	// A sample tensor to illustrate a possible input/output for the model,                                                         
	// The sample image primarily serves to inform a human user about an example use case                                           
	// and is typically stored as .hdf5, .png or .tiff.                                                                             
	// It has to be readable by the [imageio                                                                                        
	// library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)                                      
	// (numpy's `.npy` format is not supported).                                                                                    
	// The image dimensionality has to match the number of axes specified in this tensor                                            
	// description.                                                                                                                 
	// (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing                                       
	// sample tensor gets a FAIR ALERT, rule `common.fair`.)                                                                        
	SampleTensor                                                                                               *FileDescr           `json:"sample_tensor"`
	// An example tensor to use for testing.                                                                                        
	// Using the model with the test input tensors is expected to yield the test output tensors.                                    
	// Each test tensor has be a an ndarray in the                                                                                  
	// [numpy.lib file                                                                                                              
	// format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).                     
	// The file extension must be '.npy'.                                                                                           
	// (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing                                    
	// test tensor gets a FAIR ALERT, rule `common.fair`.)                                                                          
	TestTensor                                                                                                 *FileDescr           `json:"test_tensor"`
}

// An axis of an input tensor, discriminated by `type`.
//
// The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
// reference).
//
// A channel axis; its size is the number of `channel_names`.
//
// An index axis of an input tensor.
//
// A time axis of an input tensor.
//
// A space axis of an input tensor.
type InputAxis struct {
	// Discriminator of the union: selects the branch by `type`.                                       
	//                                                                                                 
	// Axis type `batch`.                                                                              
	//                                                                                                 
	// Axis type `channel`.                                                                            
	//                                                                                                 
	// Axis type `index`.                                                                              
	//                                                                                                 
	// Axis type `time`.                                                                               
	//                                                                                                 
	// Axis type `space`.                                                                              
	Type                                                                                 InputAxisType `json:"type"`
	// A short description of this axis beyond its type and id.                                        
	Description                                                                          *string       `json:"description,omitempty"`
	// The batch axis id; always `batch`.                                                              
	//                                                                                                 
	// An axis id unique across all axes of one tensor.                                                
	ID                                                                                   *string       `json:"id,omitempty"`
	// The batch size may be fixed to 1,                                                               
	// otherwise (the default) it may be chosen arbitrarily depending on available memory              
	//                                                                                                 
	// The size/length of this axis can be specified as                                                
	// - fixed integer                                                                                 
	// - parameterized series of valid sizes (`ParameterizedSize`)                                     
	// - reference to another axis with an optional offset (`SizeReference`)                           
	Size                                                                                 *Size         `json:"size"`
	// Names of the channels (identifiers); the channel axis size is their number.                     
	ChannelNames                                                                         []string      `json:"channel_names,omitempty"`
	// If a model has a `concatenable` input axis, it can be processed blockwise,                      
	// splitting a longer sample axis into blocks matching its input tensor description.               
	// Output axes are concatenable if they have a `SizeReference` to a concatenable                   
	// input axis.                                                                                     
	Concatenable                                                                         *bool         `json:"concatenable,omitempty"`
	// Physical size of one pixel/frame along this axis in `unit` (positive).                          
	Scale                                                                                *float64      `json:"scale,omitempty"`
	// Time unit compatible to the OME-Zarr axes specification 0.5.                                    
	//                                                                                                 
	// Space unit compatible to the OME-Zarr axes specification 0.5.                                   
	Unit                                                                                 *Unit         `json:"unit"`
}

// Describes a range of valid tensor axis sizes as `size = min + n*step`.
//
// - **min** and **step** are given by the model description.
// - All blocksize paramters n = 0,1,2,... yield a valid `size`.
// - A greater blocksize paramter n = 0,1,2,... results in a greater **size**.
// This allows to adjust the axis size more generically.
// Only allowed for input axes.
//
// A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
//
// `axis.size = reference.size * reference.scale / axis.scale + offset`
//
// Note:
// 1. The axis and the referenced axis need to have the same unit (or no unit).
// 2. Batch axes may not be referenced.
// 3. Fractions are rounded down.
// 4. If the reference axis is `concatenable` the referencing axis is assumed to be
// `concatenable` as well with the same block order.
//
// That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
// fixed or parameterized reference size, matching units, channel only to channel) is
// checked in code (rule `model05.axes.size-references`).
//
// The size of this axis, as a reference to another axis with an optional offset (see
// `SizeReference`); an axis with a halo cannot have a fixed size.
type ParameterizedSize struct {
	// The minimal size (`n = 0`), a positive integer.                                                 
	Min                                                                                        *int64  `json:"min,omitempty"`
	// The size increment per step of `n`, a positive integer.                                         
	Step                                                                                       *int64  `json:"step,omitempty"`
	// axis id of the reference axis                                                                   
	AxisID                                                                                     *string `json:"axis_id,omitempty"`
	// Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce        
	// (a string or a float is refused).                                                               
	Offset                                                                                     *int64  `json:"offset,omitempty"`
	// tensor id of the reference axis                                                                 
	TensorID                                                                                   *string `json:"tensor_id,omitempty"`
}

// Description of a tensor's data values: nominal/ordinal (with `values`) or
// interval/ratio.
//
// Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
// fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
// unsigned integer types, no floats with integer types) is checked in code (rule
// `model05.tensors.data`).
//
// Description of tensor data on an interval or ratio scale.
type TensorDataDescr struct {
	// The data type (dtype) of the tensor.                                                                 
	Type                                                                                         *Type      `json:"type,omitempty"`
	// Unit of the data values: `arbitrary unit` or an SI unit.                                             
	Unit                                                                                         *string    `json:"unit"`
	// A fixed set of nominal or an ascending sequence of ordinal values.                                   
	// In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.                   
	// String `values` are interpreted as labels for tensor values 0, ..., N.                               
	// Note: as YAML 1.2 does not natively support a "set" datatype,                                        
	// nominal values should be given as a sequence (aka list/array) as well.                               
	Values                                                                                       []Value    `json:"values,omitempty"`
	// Offset for data on a ratio scale.                                                                    
	Offset                                                                                       *float64   `json:"offset"`
	// Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.                  
	// `None` corresponds to min/max of what can be expressed by **type**.                                  
	// The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a               
	// warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.           
	Range                                                                                        []*float64 `json:"range,omitempty"`
	// Scale for data on an interval (or ratio) scale.                                                      
	Scale                                                                                        *float64   `json:"scale,omitempty"`
}

// Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
// fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
// unsigned integer types, no floats with integer types) is checked in code (rule
// `model05.tensors.data`).
//
// Description of tensor data on an interval or ratio scale.
type DataDescr struct {
	// The data type (dtype) of the tensor.                                                                 
	Type                                                                                         *Type      `json:"type,omitempty"`
	// Unit of the data values: `arbitrary unit` or an SI unit.                                             
	Unit                                                                                         *string    `json:"unit"`
	// A fixed set of nominal or an ascending sequence of ordinal values.                                   
	// In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.                   
	// String `values` are interpreted as labels for tensor values 0, ..., N.                               
	// Note: as YAML 1.2 does not natively support a "set" datatype,                                        
	// nominal values should be given as a sequence (aka list/array) as well.                               
	Values                                                                                       []Value    `json:"values,omitempty"`
	// Offset for data on a ratio scale.                                                                    
	Offset                                                                                       *float64   `json:"offset"`
	// Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.                  
	// `None` corresponds to min/max of what can be expressed by **type**.                                  
	// The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a               
	// warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.           
	Range                                                                                        []*float64 `json:"range,omitempty"`
	// Scale for data on an interval (or ratio) scale.                                                      
	Scale                                                                                        *float64   `json:"scale,omitempty"`
}

// A preprocessing step, discriminated by `id`.
//
// Binarize the tensor with a fixed threshold.
//
// Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
// will be set to one, values below the threshold to zero.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: binarize
// kwargs:
// axis: 'channel'
// threshold: [0.25, 0.5, 0.75]
// ```
// - in Python:
// >>> postprocessing = [BinarizeDescr(
// ...   kwargs=BinarizeAlongAxisKwargs(
// ...       axis=AxisId('channel'),
// ...       threshold=[0.25, 0.5, 0.75],
// ...   )
// ... )]
//
// Set tensor values below min to min and above max to max.
//
// See `ScaleRangeDescr` for examples.
//
// Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
//
// This can for example be used to ensure the inner neural network model gets a
// different input tensor data type than the fully described bioimage.io model does.
//
// Examples:
// The described bioimage.io model (incl. preprocessing) accepts any
// float32-compatible tensor, normalizes it with percentiles and clipping and then
// casts it to uint8, which is what the neural network in this example expects.
// - in YAML
// ```yaml
// inputs:
// - data:
// type: float32  # described bioimage.io model is compatible with any float32 input
// tensor
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// - id: clip
// kwargs:
// min: 0.0
// max: 1.0
// - id: ensure_dtype  # the neural network of the model requires uint8
// kwargs:
// dtype: uint8
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleRangeDescr(
// ...         kwargs=ScaleRangeKwargs(
// ...           axes= (AxisId('y'), AxisId('x')),
// ...           max_percentile= 99.8,
// ...           min_percentile= 5.0,
// ...         )
// ...     ),
// ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
// ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
// ... ]
//
// Subtract a given mean and divide by the standard deviation.
//
// Normalize with fixed, precomputed values for
// `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
// Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
// axes.
//
// Examples:
// 1. scalar value for whole tensor
// - in YAML
// ```yaml
// preprocessing:
// - id: fixed_zero_mean_unit_variance
// kwargs:
// mean: 103.5
// std: 13.7
// ```
// - in Python
// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
// ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
// ... )]
//
// 2. independently along an axis
// - in YAML
// ```yaml
// preprocessing:
// - id: fixed_zero_mean_unit_variance
// kwargs:
// axis: channel
// mean: [101.5, 102.5, 103.5]
// std: [11.7, 12.7, 13.7]
// ```
// - in Python
// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
// ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
// ...     axis=AxisId("channel"),
// ...     mean=[101.5, 102.5, 103.5],
// ...     std=[11.7, 12.7, 13.7],
// ...   )
// ... )]
//
// Fixed linear scaling.
//
// Examples:
// 1. Scale with scalar gain and offset
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_linear
// kwargs:
// gain: 2.0
// offset: 3.0
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
// ... ]
//
// 2. Independent scaling along an axis
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_linear
// kwargs:
// axis: 'channel'
// gain: [1.0, 2.0, 3.0]
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleLinearDescr(
// ...         kwargs=ScaleLinearAlongAxisKwargs(
// ...             axis=AxisId("channel"),
// ...             gain=[1.0, 2.0, 3.0],
// ...         )
// ...     )
// ... ]
//
// Scale with percentiles.
//
// Examples:
// 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// ```
// - in Python
// >>> preprocessing = [
// ...     ScaleRangeDescr(
// ...         kwargs=ScaleRangeKwargs(
// ...           axes= (AxisId('y'), AxisId('x')),
// ...           max_percentile= 99.8,
// ...           min_percentile= 5.0,
// ...         )
// ...     )
// ... ]
//
// 2. Combine the above scaling with additional clipping to clip values outside the range
// given by the percentiles.
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// - id: scale_range
// - id: clip
// kwargs:
// min: 0.0
// max: 1.0
// ```
// - in Python
// >>> preprocessing = [
// ...   ScaleRangeDescr(
// ...     kwargs=ScaleRangeKwargs(
// ...       axes= (AxisId('y'), AxisId('x')),
// ...       max_percentile= 99.8,
// ...       min_percentile= 5.0,
// ...     )
// ...   ),
// ...   ClipDescr(
// ...     kwargs=ClipKwargs(
// ...       min=0.0,
// ...       max=1.0,
// ...     )
// ...   ),
// ... ]
//
// The logistic sigmoid function, a.k.a. expit function.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: sigmoid
// ```
// - in Python:
// >>> postprocessing = [SigmoidDescr()]
// (No `kwargs`.)
//
// The softmax function.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: softmax
// kwargs:
// axis: channel
// ```
// - in Python:
// >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
//
// Subtract mean and divide by variance.
//
// Examples:
// Subtract tensor mean and variance
// - in YAML
// ```yaml
// preprocessing:
// - id: zero_mean_unit_variance
// ```
// - in Python
// >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
type PreprocessingDescr struct {
	// Discriminator of the union: selects the branch by `id`.                          
	//                                                                                  
	// Processing step id `binarize`.                                                   
	//                                                                                  
	// Processing step id `clip`.                                                       
	//                                                                                  
	// Processing step id `ensure_dtype`.                                               
	//                                                                                  
	// Processing step id `fixed_zero_mean_unit_variance`.                              
	//                                                                                  
	// Processing step id `scale_linear`.                                               
	//                                                                                  
	// Processing step id `scale_range`.                                                
	//                                                                                  
	// Processing step id `sigmoid`.                                                    
	//                                                                                  
	// Processing step id `softmax`.                                                    
	//                                                                                  
	// Processing step id `zero_mean_unit_variance`.                                    
	ID                                                        PreprocessingDescrID      `json:"id"`
	// Key word arguments of `binarize`.                                                
	//                                                                                  
	// Key word arguments of `clip`.                                                    
	//                                                                                  
	// Key word arguments of `ensure_dtype`.                                            
	//                                                                                  
	// Key word arguments of `fixed_zero_mean_unit_variance`.                           
	//                                                                                  
	// Key word arguments of `scale_linear`.                                            
	//                                                                                  
	// Key word arguments of `scale_range`.                                             
	//                                                                                  
	// Key word arguments of `softmax`.                                                 
	//                                                                                  
	// Key word arguments of `zero_mean_unit_variance`.                                 
	Kwargs                                                    *PreprocessingDescrKwargs `json:"kwargs,omitempty"`
}

// key word arguments for `BinarizeDescr`
//
// Key word arguments of `clip`.
//
// key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
// `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
// a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
// not set.
//
// Key word arguments of `ensure_dtype`.
//
// key word arguments for `EnsureDtypeDescr`
//
// key word arguments for `FixedZeroMeanUnitVarianceDescr`
//
// key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
// same length is checked in code (rule `model05.processing.kwargs`).
//
// Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
// rejected in code (rule `model05.processing.kwargs`).
//
// Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
// list, lists must have equal lengths, and not all entries may be the identity; checked in
// code (rule `model05.processing.kwargs`).
//
// Key word arguments of `scale_range`.
//
// key word arguments for `ScaleRangeDescr`
//
// For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
// this processing step normalizes data to the [0, 1] intervall.
// For other percentiles the normalized values will partially be outside the [0, 1]
// intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
// normalized values to a range.
// `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
//
// Key word arguments of `softmax`.
//
// key word arguments for `SoftmaxDescr`
//
// Key word arguments of `zero_mean_unit_variance`.
//
// key word arguments for `ZeroMeanUnitVarianceDescr`
type PreprocessingDescrKwargs struct {
	// The fixed threshold                                                                               
	//                                                                                                   
	// The fixed threshold values along `axis`                                                           
	Threshold                                                                                   *Gain    `json:"threshold"`
	// The `threshold` axis                                                                              
	//                                                                                                   
	// The axis of the mean/std values to normalize each entry along that dimension                      
	// separately.                                                                                       
	//                                                                                                   
	// The axis of gain and offset values.                                                               
	//                                                                                                   
	// The axis to apply the softmax function along.                                                     
	// Note:                                                                                             
	// Defaults to 'channel' axis                                                                        
	// (which may not exist, in which case                                                               
	// a different axis id has to be specified).                                                         
	Axis                                                                                        *string  `json:"axis,omitempty"`
	// The subset of axes to determine percentiles jointly,                                              
	//                                                                                                   
	// i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.                    
	// For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',            
	// 'x')                                                                                              
	// resulting in a tensor of equal shape with clipped values per channel, specify                     
	// `axes=('batch', 'x', 'y')`.                                                                       
	// To clip samples independently, leave out the 'batch' axis.                                        
	//                                                                                                   
	// Only valid if `min_percentile` and/or `max_percentile` are set.                                   
	//                                                                                                   
	// Default: Compute percentiles over all axes jointly.                                               
	//                                                                                                   
	// The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max               
	// percentile value.                                                                                 
	// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',            
	// 'y', 'x')                                                                                         
	// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',         
	// 'y')`.                                                                                            
	// To normalize samples independently, leave out the "batch" axis.                                   
	// Default: Scale all axes jointly.                                                                  
	//                                                                                                   
	// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.                 
	// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',            
	// 'y', 'x')                                                                                         
	// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',         
	// 'y')`.                                                                                            
	// To normalize each sample independently leave out the 'batch' axis.                                
	// Default: Scale all axes jointly.                                                                  
	Axes                                                                                        []string `json:"axes"`
	// Maximum value for clipping.                                                                       
	//                                                                                                   
	// Exclusive with `max_percentile`.                                                                  
	Max                                                                                         *float64 `json:"max"`
	// Maximum percentile for clipping.                                                                  
	//                                                                                                   
	// Exclusive with `max`.                                                                             
	//                                                                                                   
	// In range (1, 100].                                                                                
	//                                                                                                   
	// The upper percentile used to determine the value to align with one.                               
	// Has to be bigger than `min_percentile`.                                                           
	// The range is 1 to 100 instead of 0 to 100 to avoid mistakenly                                     
	// accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].                             
	MaxPercentile                                                                               *float64 `json:"max_percentile"`
	// Minimum value for clipping.                                                                       
	//                                                                                                   
	// Exclusive with `min_percentile`                                                                   
	Min                                                                                         *float64 `json:"min"`
	// Minimum percentile for clipping.                                                                  
	//                                                                                                   
	// Exclusive with `min`.                                                                             
	//                                                                                                   
	// In range [0, 100).                                                                                
	//                                                                                                   
	// The lower percentile used to determine the value to align with zero. In [0, 100).                 
	MinPercentile                                                                               *float64 `json:"min_percentile"`
	// The data type to cast to.                                                                         
	Dtype                                                                                       *Type    `json:"dtype,omitempty"`
	// The mean value to normalize with.                                                                 
	//                                                                                                   
	// The mean value(s) to normalize with.                                                              
	Mean                                                                                        *Gain    `json:"mean"`
	// The standard deviation value to normalize with.                                                   
	//                                                                                                   
	// The standard deviation value(s) to normalize with.                                                
	// Size must match `mean` values.                                                                    
	Std                                                                                         *Std     `json:"std"`
	// multiplicative factor                                                                             
	Gain                                                                                        *Gain    `json:"gain"`
	// additive term                                                                                     
	Offset                                                                                      *Gain    `json:"offset"`
	// Epsilon for numeric stability.                                                                    
	// `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;                                           
	// with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].                         
	//                                                                                                   
	// epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].                
	Eps                                                                                         *float64 `json:"eps,omitempty"`
	// Tensor ID to compute the percentiles from. Default: The tensor itself.                            
	// For any tensor in `inputs` only input tensor references are allowed.                              
	ReferenceTensor                                                                             *string  `json:"reference_tensor"`
}

// A maintainer of a resource description.
type Maintainer struct {
	// Affiliation                                                                                       
	Affiliation                                                                                  *string `json:"affiliation"`
	// Email                                                                                             
	Email                                                                                        *string `json:"email"`
	// GitHub user name. With IO checks the reference looks the user up on GitHub;                       
	// bioimage-specs does not.                                                                          
	GithubUser                                                                                   string  `json:"github_user"`
	// Full name. May not contain `/` or `\`.                                                            
	Name                                                                                         *string `json:"name"`
	// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID              
	// ) in hyphenated groups of 4 digits, (and [valid](                                                 
	//                                                                                                   
	// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier        
	// ) as per ISO 7064 11,2.)                                                                          
	Orcid                                                                                        *string `json:"orcid"`
}

// Description of an output tensor.
type OutputTensorDescr struct {
	// tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)                                                 
	Axes                                                                                                       []OutputAxis          `json:"axes"`
	// Description of the tensor's data values, optionally per channel.                                                              
	// If specified per channel, the data `type` needs to match across channels.                                                     
	// Per-channel lists must agree in `type` and have one entry per channel (rules                                                  
	// `model05.tensors.data`).                                                                                                      
	Data                                                                                                       *Data                 `json:"data"`
	// free text description                                                                                                         
	Description                                                                                                *string               `json:"description,omitempty"`
	// Output tensor id.                                                                                                             
	// No duplicates are allowed across all inputs and outputs.                                                                      
	ID                                                                                                         *string               `json:"id,omitempty"`
	// Description of how this output should be postprocessed.                                                                       
	//                                                                                                                               
	// note: `postprocessing` always ends with an 'ensure_dtype' operation.                                                          
	// If not given this is added to cast to this tensor's `data.type`.                                                              
	// (bioimage-specs adds these steps as the reference does, when it loads the description.)                                       
	Postprocessing                                                                                             []PostprocessingDescr `json:"postprocessing,omitempty"`
	// A sample tensor to illustrate a possible input/output for the model,                                                          
	// The sample image primarily serves to inform a human user about an example use case                                            
	// and is typically stored as .hdf5, .png or .tiff.                                                                              
	// It has to be readable by the [imageio                                                                                         
	// library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)                                       
	// (numpy's `.npy` format is not supported).                                                                                     
	// The image dimensionality has to match the number of axes specified in this tensor                                             
	// description.                                                                                                                  
	// (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing                                        
	// sample tensor gets a FAIR ALERT, rule `common.fair`.)                                                                         
	SampleTensor                                                                                               *FileDescr            `json:"sample_tensor"`
	// An example tensor to use for testing.                                                                                         
	// Using the model with the test input tensors is expected to yield the test output tensors.                                     
	// Each test tensor has be a an ndarray in the                                                                                   
	// [numpy.lib file                                                                                                               
	// format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).                      
	// The file extension must be '.npy'.                                                                                            
	// (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing                                     
	// test tensor gets a FAIR ALERT, rule `common.fair`.)                                                                           
	TestTensor                                                                                                 *FileDescr            `json:"test_tensor"`
}

// An axis of an output tensor, discriminated by `type` (time and space output axes may
// carry a `halo`).
//
// The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
// reference).
//
// A channel axis; its size is the number of `channel_names`.
//
// An index axis of an output tensor.
//
// A time axis of an output tensor, with or without a halo. The reference tells the two
// classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
// the tag `with_halo` or `wo_halo` into error locations.
//
// A time axis of an output tensor without a halo (the reference's `TimeOutputAxis`, tag
// `wo_halo`).
//
// A time axis of an output tensor with a halo (the reference's `TimeOutputAxisWithHalo`,
// tag `with_halo`): its size must reference another axis.
//
// A space axis of an output tensor, with or without a halo. The reference tells the two
// classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
// the tag `with_halo` or `wo_halo` into error locations.
//
// A space axis of an output tensor without a halo (the reference's `SpaceOutputAxis`, tag
// `wo_halo`).
//
// A space axis of an output tensor with a halo (the reference's `SpaceOutputAxisWithHalo`,
// tag `with_halo`): its size must reference another axis.
type OutputAxis struct {
	// Discriminator of the union: selects the branch by `type`.                                                  
	//                                                                                                            
	// Axis type `batch`.                                                                                         
	//                                                                                                            
	// Axis type `channel`.                                                                                       
	//                                                                                                            
	// Axis type `index`.                                                                                         
	//                                                                                                            
	// Axis type `time`.                                                                                          
	//                                                                                                            
	// Axis type `space`.                                                                                         
	Type                                                                                     InputAxisType        `json:"type"`
	// A short description of this axis beyond its type and id.                                                   
	Description                                                                              *string              `json:"description,omitempty"`
	// The batch axis id; always `batch`.                                                                         
	//                                                                                                            
	// An axis id unique across all axes of one tensor.                                                           
	ID                                                                                       *string              `json:"id,omitempty"`
	// The batch size may be fixed to 1,                                                                          
	// otherwise (the default) it may be chosen arbitrarily depending on available memory                         
	//                                                                                                            
	// The size/length of this axis can be specified as                                                           
	// - fixed integer                                                                                            
	// - reference to another axis with an optional offset (`SizeReference`)                                      
	// - data dependent size using `DataDependentSize` (size is only known after model                            
	// inference)                                                                                                 
	//                                                                                                            
	// The size/length of this axis can be specified as                                                           
	// - fixed integer                                                                                            
	// - reference to another axis with an optional offset (see `SizeReference`)                                  
	//                                                                                                            
	// The size of this axis, as a reference to another axis with an optional offset (see                         
	// `SizeReference`); an axis with a halo cannot have a fixed size.                                            
	Size                                                                                     *ModelParameterCount `json:"size"`
	// Names of the channels (identifiers); the channel axis size is their number.                                
	ChannelNames                                                                             []string             `json:"channel_names,omitempty"`
	// Physical size of one pixel/frame along this axis in `unit` (positive).                                     
	Scale                                                                                    *float64             `json:"scale,omitempty"`
	// Time unit compatible to the OME-Zarr axes specification 0.5.                                               
	//                                                                                                            
	// Space unit compatible to the OME-Zarr axes specification 0.5.                                              
	Unit                                                                                     *Unit                `json:"unit"`
	// The halo should be cropped from the output tensor to avoid boundary effects.                               
	// It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.                             
	// To document a halo that is already cropped by the model use `size.offset` instead.                         
	// If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference                     
	// size is checked in code (rule `model05.axes.size-references`).                                             
	Halo                                                                                     *int64               `json:"halo,omitempty"`
}

// A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
//
// `axis.size = reference.size * reference.scale / axis.scale + offset`
//
// Note:
// 1. The axis and the referenced axis need to have the same unit (or no unit).
// 2. Batch axes may not be referenced.
// 3. Fractions are rounded down.
// 4. If the reference axis is `concatenable` the referencing axis is assumed to be
// `concatenable` as well with the same block order.
//
// That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
// fixed or parameterized reference size, matching units, channel only to channel) is
// checked in code (rule `model05.axes.size-references`).
//
// The size of this axis, as a reference to another axis with an optional offset (see
// `SizeReference`); an axis with a halo cannot have a fixed size.
//
// The size of an output index axis that is only known after model inference, optionally
// bounded by `min` and `max`. `min < max` is checked in code (rule
// `model05.size.data-dependent-bounds`).
type SizeReference struct {
	// axis id of the reference axis                                                                   
	AxisID                                                                                     *string `json:"axis_id,omitempty"`
	// Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce        
	// (a string or a float is refused).                                                               
	Offset                                                                                     *int64  `json:"offset,omitempty"`
	// tensor id of the reference axis                                                                 
	TensorID                                                                                   *string `json:"tensor_id,omitempty"`
	// Maximal size (greater than 1), or null for unbounded.                                           
	Max                                                                                        *int64  `json:"max"`
	// Minimal size, a positive integer.                                                               
	Min                                                                                        *int64  `json:"min,omitempty"`
}

// A postprocessing step, discriminated by `id` (adds `scale_mean_variance` to the
// preprocessing steps).
//
// Binarize the tensor with a fixed threshold.
//
// Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
// will be set to one, values below the threshold to zero.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: binarize
// kwargs:
// axis: 'channel'
// threshold: [0.25, 0.5, 0.75]
// ```
// - in Python:
// >>> postprocessing = [BinarizeDescr(
// ...   kwargs=BinarizeAlongAxisKwargs(
// ...       axis=AxisId('channel'),
// ...       threshold=[0.25, 0.5, 0.75],
// ...   )
// ... )]
//
// Set tensor values below min to min and above max to max.
//
// See `ScaleRangeDescr` for examples.
//
// Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
//
// This can for example be used to ensure the inner neural network model gets a
// different input tensor data type than the fully described bioimage.io model does.
//
// Examples:
// The described bioimage.io model (incl. preprocessing) accepts any
// float32-compatible tensor, normalizes it with percentiles and clipping and then
// casts it to uint8, which is what the neural network in this example expects.
// - in YAML
// ```yaml
// inputs:
// - data:
// type: float32  # described bioimage.io model is compatible with any float32 input
// tensor
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// - id: clip
// kwargs:
// min: 0.0
// max: 1.0
// - id: ensure_dtype  # the neural network of the model requires uint8
// kwargs:
// dtype: uint8
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleRangeDescr(
// ...         kwargs=ScaleRangeKwargs(
// ...           axes= (AxisId('y'), AxisId('x')),
// ...           max_percentile= 99.8,
// ...           min_percentile= 5.0,
// ...         )
// ...     ),
// ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
// ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
// ... ]
//
// Subtract a given mean and divide by the standard deviation.
//
// Normalize with fixed, precomputed values for
// `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
// Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
// axes.
//
// Examples:
// 1. scalar value for whole tensor
// - in YAML
// ```yaml
// preprocessing:
// - id: fixed_zero_mean_unit_variance
// kwargs:
// mean: 103.5
// std: 13.7
// ```
// - in Python
// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
// ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
// ... )]
//
// 2. independently along an axis
// - in YAML
// ```yaml
// preprocessing:
// - id: fixed_zero_mean_unit_variance
// kwargs:
// axis: channel
// mean: [101.5, 102.5, 103.5]
// std: [11.7, 12.7, 13.7]
// ```
// - in Python
// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
// ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
// ...     axis=AxisId("channel"),
// ...     mean=[101.5, 102.5, 103.5],
// ...     std=[11.7, 12.7, 13.7],
// ...   )
// ... )]
//
// Fixed linear scaling.
//
// Examples:
// 1. Scale with scalar gain and offset
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_linear
// kwargs:
// gain: 2.0
// offset: 3.0
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
// ... ]
//
// 2. Independent scaling along an axis
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_linear
// kwargs:
// axis: 'channel'
// gain: [1.0, 2.0, 3.0]
// ```
// - in Python:
// >>> preprocessing = [
// ...     ScaleLinearDescr(
// ...         kwargs=ScaleLinearAlongAxisKwargs(
// ...             axis=AxisId("channel"),
// ...             gain=[1.0, 2.0, 3.0],
// ...         )
// ...     )
// ... ]
//
// Scale a tensor's data distribution to match another tensor's mean/std.
// `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.`
//
// Scale with percentiles.
//
// Examples:
// 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// ```
// - in Python
// >>> preprocessing = [
// ...     ScaleRangeDescr(
// ...         kwargs=ScaleRangeKwargs(
// ...           axes= (AxisId('y'), AxisId('x')),
// ...           max_percentile= 99.8,
// ...           min_percentile= 5.0,
// ...         )
// ...     )
// ... ]
//
// 2. Combine the above scaling with additional clipping to clip values outside the range
// given by the percentiles.
// - in YAML
// ```yaml
// preprocessing:
// - id: scale_range
// kwargs:
// axes: ['y', 'x']
// max_percentile: 99.8
// min_percentile: 5.0
// - id: scale_range
// - id: clip
// kwargs:
// min: 0.0
// max: 1.0
// ```
// - in Python
// >>> preprocessing = [
// ...   ScaleRangeDescr(
// ...     kwargs=ScaleRangeKwargs(
// ...       axes= (AxisId('y'), AxisId('x')),
// ...       max_percentile= 99.8,
// ...       min_percentile= 5.0,
// ...     )
// ...   ),
// ...   ClipDescr(
// ...     kwargs=ClipKwargs(
// ...       min=0.0,
// ...       max=1.0,
// ...     )
// ...   ),
// ... ]
//
// The logistic sigmoid function, a.k.a. expit function.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: sigmoid
// ```
// - in Python:
// >>> postprocessing = [SigmoidDescr()]
// (No `kwargs`.)
//
// The softmax function.
//
// Examples:
// - in YAML
// ```yaml
// postprocessing:
// - id: softmax
// kwargs:
// axis: channel
// ```
// - in Python:
// >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
//
// Subtract mean and divide by variance.
//
// Examples:
// Subtract tensor mean and variance
// - in YAML
// ```yaml
// preprocessing:
// - id: zero_mean_unit_variance
// ```
// - in Python
// >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
type PostprocessingDescr struct {
	// Discriminator of the union: selects the branch by `id`.                           
	//                                                                                   
	// Processing step id `binarize`.                                                    
	//                                                                                   
	// Processing step id `clip`.                                                        
	//                                                                                   
	// Processing step id `ensure_dtype`.                                                
	//                                                                                   
	// Processing step id `fixed_zero_mean_unit_variance`.                               
	//                                                                                   
	// Processing step id `scale_linear`.                                                
	//                                                                                   
	// Processing step id `scale_mean_variance`.                                         
	//                                                                                   
	// Processing step id `scale_range`.                                                 
	//                                                                                   
	// Processing step id `sigmoid`.                                                     
	//                                                                                   
	// Processing step id `softmax`.                                                     
	//                                                                                   
	// Processing step id `zero_mean_unit_variance`.                                     
	ID                                                        PostprocessingDescrID      `json:"id"`
	// Key word arguments of `binarize`.                                                 
	//                                                                                   
	// Key word arguments of `clip`.                                                     
	//                                                                                   
	// Key word arguments of `ensure_dtype`.                                             
	//                                                                                   
	// Key word arguments of `fixed_zero_mean_unit_variance`.                            
	//                                                                                   
	// Key word arguments of `scale_linear`.                                             
	//                                                                                   
	// Key word arguments of `scale_mean_variance`.                                      
	//                                                                                   
	// Key word arguments of `scale_range`.                                              
	//                                                                                   
	// Key word arguments of `softmax`.                                                  
	//                                                                                   
	// Key word arguments of `zero_mean_unit_variance`.                                  
	Kwargs                                                    *PostprocessingDescrKwargs `json:"kwargs,omitempty"`
}

// key word arguments for `BinarizeDescr`
//
// Key word arguments of `clip`.
//
// key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
// `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
// a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
// not set.
//
// Key word arguments of `ensure_dtype`.
//
// key word arguments for `EnsureDtypeDescr`
//
// key word arguments for `FixedZeroMeanUnitVarianceDescr`
//
// key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
// same length is checked in code (rule `model05.processing.kwargs`).
//
// Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
// rejected in code (rule `model05.processing.kwargs`).
//
// Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
// list, lists must have equal lengths, and not all entries may be the identity; checked in
// code (rule `model05.processing.kwargs`).
//
// Key word arguments of `scale_mean_variance`.
//
// key word arguments for `ScaleMeanVarianceDescr`
//
// Key word arguments of `scale_range`.
//
// key word arguments for `ScaleRangeDescr`
//
// For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
// this processing step normalizes data to the [0, 1] intervall.
// For other percentiles the normalized values will partially be outside the [0, 1]
// intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
// normalized values to a range.
// `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
//
// Key word arguments of `softmax`.
//
// key word arguments for `SoftmaxDescr`
//
// Key word arguments of `zero_mean_unit_variance`.
//
// key word arguments for `ZeroMeanUnitVarianceDescr`
type PostprocessingDescrKwargs struct {
	// The fixed threshold                                                                               
	//                                                                                                   
	// The fixed threshold values along `axis`                                                           
	Threshold                                                                                   *Gain    `json:"threshold"`
	// The `threshold` axis                                                                              
	//                                                                                                   
	// The axis of the mean/std values to normalize each entry along that dimension                      
	// separately.                                                                                       
	//                                                                                                   
	// The axis of gain and offset values.                                                               
	//                                                                                                   
	// The axis to apply the softmax function along.                                                     
	// Note:                                                                                             
	// Defaults to 'channel' axis                                                                        
	// (which may not exist, in which case                                                               
	// a different axis id has to be specified).                                                         
	Axis                                                                                        *string  `json:"axis,omitempty"`
	// The subset of axes to determine percentiles jointly,                                              
	//                                                                                                   
	// i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.                    
	// For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',            
	// 'x')                                                                                              
	// resulting in a tensor of equal shape with clipped values per channel, specify                     
	// `axes=('batch', 'x', 'y')`.                                                                       
	// To clip samples independently, leave out the 'batch' axis.                                        
	//                                                                                                   
	// Only valid if `min_percentile` and/or `max_percentile` are set.                                   
	//                                                                                                   
	// Default: Compute percentiles over all axes jointly.                                               
	//                                                                                                   
	// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.                 
	// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',            
	// 'y', 'x')                                                                                         
	// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',         
	// 'y')`.                                                                                            
	// To normalize samples independently, leave out the 'batch' axis.                                   
	// Default: Scale all axes jointly.                                                                  
	//                                                                                                   
	// The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max               
	// percentile value.                                                                                 
	// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',            
	// 'y', 'x')                                                                                         
	// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',         
	// 'y')`.                                                                                            
	// To normalize samples independently, leave out the "batch" axis.                                   
	// Default: Scale all axes jointly.                                                                  
	//                                                                                                   
	// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.                 
	// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',            
	// 'y', 'x')                                                                                         
	// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',         
	// 'y')`.                                                                                            
	// To normalize each sample independently leave out the 'batch' axis.                                
	// Default: Scale all axes jointly.                                                                  
	Axes                                                                                        []string `json:"axes"`
	// Maximum value for clipping.                                                                       
	//                                                                                                   
	// Exclusive with `max_percentile`.                                                                  
	Max                                                                                         *float64 `json:"max"`
	// Maximum percentile for clipping.                                                                  
	//                                                                                                   
	// Exclusive with `max`.                                                                             
	//                                                                                                   
	// In range (1, 100].                                                                                
	//                                                                                                   
	// The upper percentile used to determine the value to align with one.                               
	// Has to be bigger than `min_percentile`.                                                           
	// The range is 1 to 100 instead of 0 to 100 to avoid mistakenly                                     
	// accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].                             
	MaxPercentile                                                                               *float64 `json:"max_percentile"`
	// Minimum value for clipping.                                                                       
	//                                                                                                   
	// Exclusive with `min_percentile`                                                                   
	Min                                                                                         *float64 `json:"min"`
	// Minimum percentile for clipping.                                                                  
	//                                                                                                   
	// Exclusive with `min`.                                                                             
	//                                                                                                   
	// In range [0, 100).                                                                                
	//                                                                                                   
	// The lower percentile used to determine the value to align with zero. In [0, 100).                 
	MinPercentile                                                                               *float64 `json:"min_percentile"`
	// The data type to cast to.                                                                         
	Dtype                                                                                       *Type    `json:"dtype,omitempty"`
	// The mean value to normalize with.                                                                 
	//                                                                                                   
	// The mean value(s) to normalize with.                                                              
	Mean                                                                                        *Gain    `json:"mean"`
	// The standard deviation value to normalize with.                                                   
	//                                                                                                   
	// The standard deviation value(s) to normalize with.                                                
	// Size must match `mean` values.                                                                    
	Std                                                                                         *Std     `json:"std"`
	// multiplicative factor                                                                             
	Gain                                                                                        *Gain    `json:"gain"`
	// additive term                                                                                     
	Offset                                                                                      *Gain    `json:"offset"`
	// Epsilon for numeric stability:                                                                    
	// `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.` In (0, 0.1].                 
	//                                                                                                   
	// Epsilon for numeric stability.                                                                    
	// `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;                                           
	// with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].                         
	//                                                                                                   
	// epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].                
	Eps                                                                                         *float64 `json:"eps,omitempty"`
	// Name of tensor to match.                                                                          
	//                                                                                                   
	// Tensor ID to compute the percentiles from. Default: The tensor itself.                            
	// For any tensor in `inputs` only input tensor references are allowed.                              
	ReferenceTensor                                                                             *string  `json:"reference_tensor"`
}

// Reference to a bioimage.io model.
type LinkedModel struct {
	// A valid model `id` from the bioimage.io collection.                                                    
	ID                                                                                          string        `json:"id"`
	// The version of the linked resource following SemVer 2.0. (The reference moves a                        
	// deprecated `version_number` key to `version` before validation; the runtime does the same              
	// before schema validation.)                                                                             
	Version                                                                                     *VersionUnion `json:"version"`
}

// A custom run mode.
type RunMode struct {
	// Run mode specific key word arguments                                                                          
	Kwargs                                                                                    map[string]interface{} `json:"kwargs,omitempty"`
	// Run mode name (known: `deepimagej`; any other name gets a warning, rule                                       
	// `model05.run-mode.limited-support`; a union of `Literal['deepimagej']` and `str`, whose                       
	// errors carry each branch's tag).                                                                              
	Name                                                                                      string                 `json:"name"`
}

// Reference to a bioimage.io dataset.
//
// An inline dataset description: the reference tries a dataset 0.3 description, then a
// dataset 0.2 one (left to right, after `LinkedDataset`), each with its before-validators,
// which edit the mapping in place (a missing `type` and `format_version` are set, a 0.2
// document is converted) so that the 0.2 branch sees what the 0.3 one left. JSON Schema
// cannot say that: the runtime checks the mapping with the dataset descriptions themselves
// and reports each branch's errors and warnings under its union tag, as pydantic does.
type LinkedDataset struct {
	// A valid dataset `id` from the bioimage.io collection.                                                  
	ID                                                                                          *string       `json:"id,omitempty"`
	// The version of the linked resource following SemVer 2.0. (The reference moves a                        
	// deprecated `version_number` key to `version` before validation; the runtime does the same              
	// before schema validation.)                                                                             
	Version                                                                                     *VersionUnion `json:"version"`
}

// The person who uploaded the resource (e.g. to bioimage.io).
type Uploader struct {
	// Email                                                            
	Email                                                       string  `json:"email"`
	// name (the reference silently removes `/` and `\` from it)        
	Name                                                        *string `json:"name"`
}

// The weights for this model.
// Weights can be given for different formats, but should otherwise be equivalent.
// The available weight formats determine which consumers can use this model.
//
// The weights of a model, one entry per available format. At least one entry must be given
// (non-null) and exactly one entry should have no `parent` (warning otherwise); these are
// checked in code (rules `model05.weights.entries`, `model05.weights.entries`).
type WeightsDescr struct {
	// Weights in the Keras HDF5 format.                                                 
	KerasHdf5                                    *KerasHdf5WeightsDescr                  `json:"keras_hdf5"`
	// Weights in the ONNX format.                                                       
	Onnx                                         *OnnxWeightsDescr                       `json:"onnx"`
	// Weights as a PyTorch state dict.                                                  
	PytorchStateDict                             *PytorchStateDictWeightsDescr           `json:"pytorch_state_dict"`
	// Weights in the TensorFlow.js format.                                              
	TensorflowJS                                 *TensorflowJSWeightsDescr               `json:"tensorflow_js"`
	// Weights as a TensorFlow SavedModel bundle.                                        
	TensorflowSavedModelBundle                   *TensorflowSavedModelBundleWeightsDescr `json:"tensorflow_saved_model_bundle"`
	// Weights in the TorchScript format.                                                
	Torchscript                                  *TorchscriptWeightsDescr                `json:"torchscript"`
}

// Weights in the Keras HDF5 format.
type KerasHdf5WeightsDescr struct {
	// Authors                                                                                                
	// Either the person(s) that have trained this model resulting in the original weights                    
	// file.                                                                                                  
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                               
	// Or the person(s) who have converted the weights to this weights format.                                
	// (If this is a child weight, i.e. it has a `parent` field)                                              
	Authors                                                                                    []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                        
	Comment                                                                                    *string        `json:"comment,omitempty"`
	// The source weights these weights were converted from.                                                  
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to               
	// `torchscript`,                                                                                         
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                        
	// `torchscript` weights.                                                                                 
	// All weight entries except one (the initial set of weights resulting from training the                  
	// model),                                                                                                
	// need to have this field.                                                                               
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                  
	Parent                                                                                     *WeightsFormat `json:"parent"`
	// SHA256 hash value of the **source** file.                                                              
	Sha256                                                                                     *string        `json:"sha256"`
	// Source of the weights file.                                                                            
	Source                                                                                     string         `json:"source"`
	// TensorFlow version used to create these weights.                                                       
	TensorflowVersion                                                                          *Version       `json:"tensorflow_version"`
}

// Weights in the ONNX format. The `external_data` file name must differ from the `source`
// file name (rule `model05.weights.onnx-external-data`).
type OnnxWeightsDescr struct {
	// Authors                                                                                                
	// Either the person(s) that have trained this model resulting in the original weights                    
	// file.                                                                                                  
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                               
	// Or the person(s) who have converted the weights to this weights format.                                
	// (If this is a child weight, i.e. it has a `parent` field)                                              
	Authors                                                                                    []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                        
	Comment                                                                                    *string        `json:"comment,omitempty"`
	// Source of the external ONNX data file holding the weights.                                             
	// (If present **source** holds the ONNX architecture without weights).                                   
	// (The `.data` suffix is checked in code, rule `common.file.suffix`.)                                    
	ExternalData                                                                               *FileDescr     `json:"external_data"`
	// ONNX opset version (at least 7).                                                                       
	OpsetVersion                                                                               int64          `json:"opset_version"`
	// The source weights these weights were converted from.                                                  
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to               
	// `torchscript`,                                                                                         
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                        
	// `torchscript` weights.                                                                                 
	// All weight entries except one (the initial set of weights resulting from training the                  
	// model),                                                                                                
	// need to have this field.                                                                               
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                  
	Parent                                                                                     *WeightsFormat `json:"parent"`
	// SHA256 hash value of the **source** file.                                                              
	Sha256                                                                                     *string        `json:"sha256"`
	// Source of the weights file.                                                                            
	Source                                                                                     string         `json:"source"`
}

// Weights as a PyTorch state dict, with the architecture to load them into.
type PytorchStateDictWeightsDescr struct {
	// The architecture: a callable from a source file or from an importable library.                                                                               
	Architecture                                                                                                                                     Architecture   `json:"architecture"`
	// Authors                                                                                                                                                      
	// Either the person(s) that have trained this model resulting in the original weights                                                                          
	// file.                                                                                                                                                        
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                                                                                     
	// Or the person(s) who have converted the weights to this weights format.                                                                                      
	// (If this is a child weight, i.e. it has a `parent` field)                                                                                                    
	Authors                                                                                                                                          []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                                                                              
	Comment                                                                                                                                          *string        `json:"comment,omitempty"`
	// Custom depencies beyond pytorch described in a Conda environment file.                                                                                       
	// Allows to specify custom dependencies, see conda docs:                                                                                                       
	// - [Exporting an environment file across                                                                                                                      
	// platforms](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-an-environment-file-across-platforms)               
	// - [Creating an environment file                                                                                                                              
	// manually](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#creating-an-environment-file-manually)                         
	//                                                                                                                                                              
	// The conda environment file should include pytorch and any version pinning has to be                                                                          
	// compatible with                                                                                                                                              
	// **pytorch_version**.                                                                                                                                         
	// (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)                                                                                   
	Dependencies                                                                                                                                     *FileDescr     `json:"dependencies"`
	// The source weights these weights were converted from.                                                                                                        
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to                                                                     
	// `torchscript`,                                                                                                                                               
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                                                                              
	// `torchscript` weights.                                                                                                                                       
	// All weight entries except one (the initial set of weights resulting from training the                                                                        
	// model),                                                                                                                                                      
	// need to have this field.                                                                                                                                     
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                                                                        
	Parent                                                                                                                                           *WeightsFormat `json:"parent"`
	// Version of the PyTorch library used.                                                                                                                         
	// If `architecture.depencencies` is specified it has to include pytorch and any version                                                                        
	// pinning has to be compatible.                                                                                                                                
	PytorchVersion                                                                                                                                   *Version       `json:"pytorch_version"`
	// SHA256 hash value of the **source** file.                                                                                                                    
	Sha256                                                                                                                                           *string        `json:"sha256"`
	// Source of the weights file.                                                                                                                                  
	Source                                                                                                                                           string         `json:"source"`
}

// The architecture: a callable from a source file or from an importable library.
//
// A model architecture: a callable defined in a source file.
//
// A model architecture: a callable imported from an installed library.
type Architecture struct {
	// Identifier of the callable that returns a torch.nn.Module instance.                                  
	Callable                                                                         string                 `json:"callable"`
	// key word arguments for the `callable`                                                                
	Kwargs                                                                           map[string]interface{} `json:"kwargs,omitempty"`
	// SHA256 hash value of the **source** file.                                                            
	Sha256                                                                           *string                `json:"sha256"`
	// Architecture source file                                                                             
	Source                                                                           *string                `json:"source,omitempty"`
	// Where to import the callable from, i.e. `from <import_from> import <callable>`                       
	ImportFrom                                                                       *string                `json:"import_from,omitempty"`
}

// Weights in the TensorFlow.js format.
type TensorflowJSWeightsDescr struct {
	// Authors                                                                                                
	// Either the person(s) that have trained this model resulting in the original weights                    
	// file.                                                                                                  
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                               
	// Or the person(s) who have converted the weights to this weights format.                                
	// (If this is a child weight, i.e. it has a `parent` field)                                              
	Authors                                                                                    []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                        
	Comment                                                                                    *string        `json:"comment,omitempty"`
	// The source weights these weights were converted from.                                                  
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to               
	// `torchscript`,                                                                                         
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                        
	// `torchscript` weights.                                                                                 
	// All weight entries except one (the initial set of weights resulting from training the                  
	// model),                                                                                                
	// need to have this field.                                                                               
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                  
	Parent                                                                                     *WeightsFormat `json:"parent"`
	// SHA256 hash value of the **source** file.                                                              
	Sha256                                                                                     *string        `json:"sha256"`
	// The multi-file weights.                                                                                
	// All required files/folders should be a zip archive.                                                    
	Source                                                                                     string         `json:"source"`
	// Version of the TensorFlow library used.                                                                
	TensorflowVersion                                                                          *Version       `json:"tensorflow_version"`
}

// Weights as a TensorFlow SavedModel bundle.
type TensorflowSavedModelBundleWeightsDescr struct {
	// Authors                                                                                                
	// Either the person(s) that have trained this model resulting in the original weights                    
	// file.                                                                                                  
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                               
	// Or the person(s) who have converted the weights to this weights format.                                
	// (If this is a child weight, i.e. it has a `parent` field)                                              
	Authors                                                                                    []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                        
	Comment                                                                                    *string        `json:"comment,omitempty"`
	// Custom dependencies beyond tensorflow.                                                                 
	// Should include tensorflow and any version pinning has to be compatible with                            
	// **tensorflow_version**.                                                                                
	// (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)                             
	Dependencies                                                                               *FileDescr     `json:"dependencies"`
	// The source weights these weights were converted from.                                                  
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to               
	// `torchscript`,                                                                                         
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                        
	// `torchscript` weights.                                                                                 
	// All weight entries except one (the initial set of weights resulting from training the                  
	// model),                                                                                                
	// need to have this field.                                                                               
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                  
	Parent                                                                                     *WeightsFormat `json:"parent"`
	// SHA256 hash value of the **source** file.                                                              
	Sha256                                                                                     *string        `json:"sha256"`
	// The multi-file weights.                                                                                
	// All required files/folders should be a zip archive.                                                    
	Source                                                                                     string         `json:"source"`
	// Version of the TensorFlow library used.                                                                
	TensorflowVersion                                                                          *Version       `json:"tensorflow_version"`
}

// Weights in the TorchScript format.
type TorchscriptWeightsDescr struct {
	// Authors                                                                                                
	// Either the person(s) that have trained this model resulting in the original weights                    
	// file.                                                                                                  
	// (If this is the initial weights entry, i.e. it does not have a `parent`)                               
	// Or the person(s) who have converted the weights to this weights format.                                
	// (If this is a child weight, i.e. it has a `parent` field)                                              
	Authors                                                                                    []Author       `json:"authors"`
	// A comment about this weights entry, for example how these weights were created.                        
	Comment                                                                                    *string        `json:"comment,omitempty"`
	// The source weights these weights were converted from.                                                  
	// For example, if a model's weights were converted from the `pytorch_state_dict` format to               
	// `torchscript`,                                                                                         
	// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the                        
	// `torchscript` weights.                                                                                 
	// All weight entries except one (the initial set of weights resulting from training the                  
	// model),                                                                                                
	// need to have this field.                                                                               
	// (`parent` must name another present weights format: rules `model05.weights.entries`.)                  
	Parent                                                                                     *WeightsFormat `json:"parent"`
	// Version of the PyTorch library used.                                                                   
	PytorchVersion                                                                             *Version       `json:"pytorch_version"`
	// SHA256 hash value of the **source** file.                                                              
	Sha256                                                                                     *string        `json:"sha256"`
	// Source of the weights file.                                                                            
	Source                                                                                     string         `json:"source"`
}

// Role of the dataset used for evaluation.
//
// - `train`: dataset was (part of) the training data
// - `validation`: dataset was (part of) the validation data used during training, e.g. used
// for model selection or hyperparameter tuning
// - `test`: dataset was (part of) the designated test data; not used during training or
// validation, but acquired from the same source/distribution as training data
// - `independent`: dataset is entirely independent test data; not used during training or
// validation, and acquired from a different source/distribution than training data
// - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
// subset) of the data was seen by the model during training.
type DatasetRole string

const (
	Independent DatasetRole = "independent"
	Test        DatasetRole = "test"
	Train       DatasetRole = "train"
	Unknown     DatasetRole = "unknown"
	Validation  DatasetRole = "validation"
)

// A weights format name (the keys of `weights`).
type WeightsFormat string

const (
	KerasHdf5                  WeightsFormat = "keras_hdf5"
	Onnx                       WeightsFormat = "onnx"
	PytorchStateDict           WeightsFormat = "pytorch_state_dict"
	TensorflowJS               WeightsFormat = "tensorflow_js"
	TensorflowSavedModelBundle WeightsFormat = "tensorflow_saved_model_bundle"
	Torchscript                WeightsFormat = "torchscript"
)

// Discriminator of the union: selects the branch by `type`.
type InputAxisType string

const (
	Batch   InputAxisType = "batch"
	Channel InputAxisType = "channel"
	Index   InputAxisType = "index"
	Space   InputAxisType = "space"
	Time    InputAxisType = "time"
)

type Unit string

const (
	Angstrom    Unit = "angstrom"
	Attometer   Unit = "attometer"
	Attosecond  Unit = "attosecond"
	Centimeter  Unit = "centimeter"
	Centisecond Unit = "centisecond"
	Day         Unit = "day"
	Decimeter   Unit = "decimeter"
	Decisecond  Unit = "decisecond"
	Exameter    Unit = "exameter"
	Exasecond   Unit = "exasecond"
	Femtometer  Unit = "femtometer"
	Femtosecond Unit = "femtosecond"
	Foot        Unit = "foot"
	Gigameter   Unit = "gigameter"
	Gigasecond  Unit = "gigasecond"
	Hectometer  Unit = "hectometer"
	Hectosecond Unit = "hectosecond"
	Hour        Unit = "hour"
	Inch        Unit = "inch"
	Kilometer   Unit = "kilometer"
	Kilosecond  Unit = "kilosecond"
	Megameter   Unit = "megameter"
	Megasecond  Unit = "megasecond"
	Meter       Unit = "meter"
	Micrometer  Unit = "micrometer"
	Microsecond Unit = "microsecond"
	Mile        Unit = "mile"
	Millimeter  Unit = "millimeter"
	Millisecond Unit = "millisecond"
	Minute      Unit = "minute"
	Nanometer   Unit = "nanometer"
	Nanosecond  Unit = "nanosecond"
	Parsec      Unit = "parsec"
	Petameter   Unit = "petameter"
	Petasecond  Unit = "petasecond"
	Picometer   Unit = "picometer"
	Picosecond  Unit = "picosecond"
	Second      Unit = "second"
	Terameter   Unit = "terameter"
	Terasecond  Unit = "terasecond"
	Yard        Unit = "yard"
	Yoctometer  Unit = "yoctometer"
	Yoctosecond Unit = "yoctosecond"
	Yottameter  Unit = "yottameter"
	Yottasecond Unit = "yottasecond"
	Zeptometer  Unit = "zeptometer"
	Zeptosecond Unit = "zeptosecond"
	Zettameter  Unit = "zettameter"
	Zettasecond Unit = "zettasecond"
)

// The data type (dtype) of the tensor.
//
// The data type to cast to.
type Type string

const (
	Bool    Type = "bool"
	Float32 Type = "float32"
	Float64 Type = "float64"
	Int16   Type = "int16"
	Int32   Type = "int32"
	Int64   Type = "int64"
	Int8    Type = "int8"
	Uint16  Type = "uint16"
	Uint32  Type = "uint32"
	Uint64  Type = "uint64"
	Uint8   Type = "uint8"
)

// Discriminator of the union: selects the branch by `id`.
type PreprocessingDescrID string

const (
	PurpleBinarize                  PreprocessingDescrID = "binarize"
	PurpleClip                      PreprocessingDescrID = "clip"
	PurpleEnsureDtype               PreprocessingDescrID = "ensure_dtype"
	PurpleFixedZeroMeanUnitVariance PreprocessingDescrID = "fixed_zero_mean_unit_variance"
	PurpleScaleLinear               PreprocessingDescrID = "scale_linear"
	PurpleScaleRange                PreprocessingDescrID = "scale_range"
	PurpleSigmoid                   PreprocessingDescrID = "sigmoid"
	PurpleSoftmax                   PreprocessingDescrID = "softmax"
	PurpleZeroMeanUnitVariance      PreprocessingDescrID = "zero_mean_unit_variance"
)

// Discriminator of the union: selects the branch by `id`.
type PostprocessingDescrID string

const (
	FluffyBinarize                  PostprocessingDescrID = "binarize"
	FluffyClip                      PostprocessingDescrID = "clip"
	FluffyEnsureDtype               PostprocessingDescrID = "ensure_dtype"
	FluffyFixedZeroMeanUnitVariance PostprocessingDescrID = "fixed_zero_mean_unit_variance"
	FluffyScaleLinear               PostprocessingDescrID = "scale_linear"
	FluffyScaleRange                PostprocessingDescrID = "scale_range"
	FluffySigmoid                   PostprocessingDescrID = "sigmoid"
	FluffySoftmax                   PostprocessingDescrID = "softmax"
	FluffyZeroMeanUnitVariance      PostprocessingDescrID = "zero_mean_unit_variance"
	ScaleMeanVariance               PostprocessingDescrID = "scale_mean_variance"
)

type ModelDescrType string

const (
	Model ModelDescrType = "model"
)

type Result struct {
	Double *float64
	String *string
}

func (x *Result) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, nil, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Result) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

type Size struct {
	Integer           *int64
	ParameterizedSize *ParameterizedSize
}

func (x *Size) UnmarshalJSON(data []byte) error {
	x.ParameterizedSize = nil
	var c ParameterizedSize
	object, err := unmarshalUnion(data, &x.Integer, nil, nil, nil, false, nil, true, &c, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
		x.ParameterizedSize = &c
	}
	return nil
}

func (x *Size) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, nil, nil, nil, false, nil, x.ParameterizedSize != nil, x.ParameterizedSize, false, nil, false, nil, true)
}

type Data struct {
	DataDescr            *DataDescr
	TensorDataDescrArray []TensorDataDescr
}

func (x *Data) UnmarshalJSON(data []byte) error {
	x.TensorDataDescrArray = nil
	x.DataDescr = nil
	var c DataDescr
	object, err := unmarshalUnion(data, nil, nil, nil, nil, true, &x.TensorDataDescrArray, true, &c, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
		x.DataDescr = &c
	}
	return nil
}

func (x *Data) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, nil, nil, nil, x.TensorDataDescrArray != nil, x.TensorDataDescrArray, x.DataDescr != nil, x.DataDescr, false, nil, false, nil, false)
}

type Value struct {
	Bool    *bool
	Double  *float64
	Integer *int64
	String  *string
}

func (x *Value) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, &x.Integer, &x.Double, &x.Bool, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Value) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, x.Double, x.Bool, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

type Gain struct {
	Double      *float64
	DoubleArray []float64
}

func (x *Gain) UnmarshalJSON(data []byte) error {
	x.DoubleArray = nil
	object, err := unmarshalUnion(data, nil, &x.Double, nil, nil, true, &x.DoubleArray, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Gain) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, nil, x.DoubleArray != nil, x.DoubleArray, false, nil, false, nil, false, nil, false)
}

type Std struct {
	Double      *float64
	DoubleArray []float64
}

func (x *Std) UnmarshalJSON(data []byte) error {
	x.DoubleArray = nil
	object, err := unmarshalUnion(data, nil, &x.Double, nil, nil, true, &x.DoubleArray, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Std) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, nil, x.DoubleArray != nil, x.DoubleArray, false, nil, false, nil, false, nil, false)
}

type ModelParameterCount struct {
	Integer       *int64
	SizeReference *SizeReference
}

func (x *ModelParameterCount) UnmarshalJSON(data []byte) error {
	x.SizeReference = nil
	var c SizeReference
	object, err := unmarshalUnion(data, &x.Integer, nil, nil, nil, false, nil, true, &c, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
		x.SizeReference = &c
	}
	return nil
}

func (x *ModelParameterCount) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, nil, nil, nil, false, nil, x.SizeReference != nil, x.SizeReference, false, nil, false, nil, true)
}

type VersionUnion struct {
	Double  *float64
	Integer *int64
	String  *string
}

func (x *VersionUnion) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, &x.Integer, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *VersionUnion) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, true)
}

// A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`,
// `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a
// number); the value is checked with PEP 440 semantics in code (rule
// `common.version.pep440`), not by this schema.
//
// TensorFlow version used to create these weights.
//
// Version of the PyTorch library used.
// If `architecture.depencencies` is specified it has to include pytorch and any version
// pinning has to be compatible.
//
// Version of the TensorFlow library used.
//
// Version of the PyTorch library used.
type Version struct {
	Double  *float64
	Integer *int64
	String  *string
}

func (x *Version) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, &x.Integer, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Version) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

func unmarshalUnion(data []byte, pi **int64, pf **float64, pb **bool, ps **string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) (bool, error) {
	if pi != nil {
			*pi = nil
	}
	if pf != nil {
			*pf = nil
	}
	if pb != nil {
			*pb = nil
	}
	if ps != nil {
			*ps = nil
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
			return false, err
	}

	switch v := tok.(type) {
	case json.Number:
			if pi != nil {
					i, err := v.Int64()
					if err == nil {
							*pi = &i
							return false, nil
					}
			}
			if pf != nil {
					f, err := v.Float64()
					if err == nil {
							*pf = &f
							return false, nil
					}
					return false, errors.New("Unparsable number")
			}
			return false, errors.New("Union does not contain number")
	case float64:
			return false, errors.New("Decoder should not return float64")
	case bool:
			if pb != nil {
					*pb = &v
					return false, nil
			}
			return false, errors.New("Union does not contain bool")
	case string:
			if haveEnum {
					return false, json.Unmarshal(data, pe)
			}
			if ps != nil {
					*ps = &v
					return false, nil
			}
			return false, errors.New("Union does not contain string")
	case nil:
			if nullable {
					return false, nil
			}
			return false, errors.New("Union does not contain null")
	case json.Delim:
			if v == '{' {
					if haveObject {
							return true, json.Unmarshal(data, pc)
					}
					if haveMap {
							return false, json.Unmarshal(data, pm)
					}
					return false, errors.New("Union does not contain object")
			}
			if v == '[' {
					if haveArray {
							return false, json.Unmarshal(data, pa)
					}
					return false, errors.New("Union does not contain array")
			}
			return false, errors.New("Cannot handle delimiter")
	}
	return false, errors.New("Cannot unmarshal union")
}

func marshalUnion(pi *int64, pf *float64, pb *bool, ps *string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) ([]byte, error) {
	if pi != nil {
			return json.Marshal(*pi)
	}
	if pf != nil {
			return json.Marshal(*pf)
	}
	if pb != nil {
			return json.Marshal(*pb)
	}
	if ps != nil {
			return json.Marshal(*ps)
	}
	if haveArray {
			return json.Marshal(pa)
	}
	if haveObject {
			return json.Marshal(pc)
	}
	if haveMap {
			return json.Marshal(pm)
	}
	if haveEnum {
			return json.Marshal(pe)
	}
	if nullable {
			return json.Marshal(nil)
	}
	return nil, errors.New("Union must not be null")
}

