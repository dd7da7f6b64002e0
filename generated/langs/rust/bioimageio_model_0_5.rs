// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::ModelDescr;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: ModelDescr = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// Specification of the fields used in a bioimage.io-compliant RDF to describe AI models
/// with pretrained weights.
/// These fields are typically stored in a YAML file which we call a model resource
/// description file (model RDF).
///
/// Describes model format 0.5.7 (the latest patch of 0.5).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelDescr {
    /// file attachments
    pub attachments: Option<Vec<FileDescr>>,

    /// The authors are the creators of the model RDF and the primary points of contact.
    /// An empty list gets a FAIR ALERT (rule `common.fair`).
    pub authors: Option<Vec<Author>>,

    /// citations (an empty list gets a FAIR ALERT, rule `common.fair`)
    pub cite: Option<Vec<CiteEntry>>,

    /// A field for custom configuration (tool specific keys and bioimage.io metadata under
    /// `bioimageio`).
    pub config: Option<Config>,

    /// Cover images. Please use an image smaller than 500KB and an aspect ratio width to height
    /// of 2:1 or 1:1.
    /// The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',
    /// '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
    pub covers: Option<Vec<String>>,

    /// A string containing a brief description.
    /// At most 1024 characters (a warning is issued above 512, rule `common.description.length`;
    /// an empty description gets a FAIR ALERT, rule `common.fair`).
    pub description: Option<String>,

    /// URL or relative path to a markdown file with additional documentation.
    /// The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
    /// The documentation should include a '#[#] Validation' (sub)section
    /// with details on how to quantitatively validate the model on unseen data.
    /// (With IO checks a missing validation section gets a warning, rule
    /// `model05.io.documentation-validation-section`.)
    /// The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
    /// missing documentation gets a FAIR ALERT (rule `common.fair`).
    pub documentation: Option<String>,

    /// Version of the bioimage.io model description specification used.
    /// When creating a new model always use the latest micro/patch version described here.
    /// The `format_version` is important for any consumer software to understand how to parse
    /// the fields.
    /// This schema describes the latest patch (0.5.7); older 0.5.x documents get their
    /// `format_version` bumped, future 0.5.x patches are treated as 0.5.7 (with an ALERT), and
    /// 0.4/0.3 models are converted before validation. Any 0.5.x is read as 0.5.7.
    pub format_version: String,

    /// A URL to the Git repository where the resource is being developed.
    pub git_repo: Option<String>,

    /// An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file
    /// source. A reserved bioimage.io YAML file name fails both branches (rule
    /// `common.icon.reserved-name`).
    pub icon: Option<String>,

    /// bioimage.io-wide unique resource identifier
    /// assigned by bioimage.io; version **un**specific.
    pub id: Option<String>,

    /// UTF-8 emoji for display alongside the `id` (1 or 2 characters).
    pub id_emoji: Option<String>,

    /// Describes the input tensors expected by this model. (Tensor ids must be unique, rule
    /// `model05.tensors.unique-ids`; size references are checked by rule
    /// `model05.axes.size-references`.)
    pub inputs: Vec<InputTensorDescr>,

    /// A [SPDX license identifier](https://spdx.org/licenses/).
    /// We do not support custom license beyond the SPDX license list, if you need that please
    /// [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
    /// to discuss your intentions with the community.
    /// Checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error,
    /// deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).
    pub license: Option<String>,

    /// IDs of other bioimage.io resources
    pub links: Option<Vec<String>>,

    /// Maintainers of this resource.
    /// If not specified, `authors` are maintainers and at least some of them has to specify
    /// their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
    pub maintainers: Option<Vec<Maintainer>>,

    /// A human-readable name of this model.
    /// It should be no longer than 64 characters
    /// and may only contain letter, number, underscore, minus, parentheses and spaces.
    /// We recommend to chose a name that refers to the model's task and image modality.
    /// At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
    pub name: String,

    /// Describes the output tensors. (See rules `model05.tensors.unique-ids`,
    /// `model05.axes.size-references`.)
    pub outputs: Vec<OutputTensorDescr>,

    /// The persons that have packaged and uploaded this model.
    /// Only required if those persons differ from the `authors`.
    pub packaged_by: Option<Vec<Author>>,

    /// The model from which this model is derived, e.g. by fine-tuning the weights. (It may not
    /// be this model itself, rule `model05.parent.not-self`.)
    pub parent: Option<LinkedModel>,

    /// Custom run mode for this model: for more complex prediction procedures like test time
    /// data augmentation that currently cannot be expressed in the specification.
    /// No standard run modes are defined yet.
    /// (A given run mode gets a warning about limited support, rule
    /// `model05.run-mode.limited-support`.)
    pub run_mode: Option<RunMode>,

    /// Associated tags. The reference warns about bioimage.io tag categories
    /// (`data/tag-categories.json`) without a matching tag, which bioimage-specs does not check
    /// yet; an empty list gets a FAIR ALERT (rule `common.fair`).
    pub tags: Option<Vec<String>>,

    /// Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by
    /// `dateutil.parser.isoparse` (e.g. `2019-12-11T12:22:32Z`; a time zone is optional, naive
    /// times are taken as local time and stored as UTC). The reference's default is the time of
    /// validation. Not `format: date-time`, which requires a time zone offset: ISO 8601 parsing
    /// is a rule (`model05.timestamp.iso8601`).
    pub timestamp: Option<String>,

    /// The dataset used to train this model: a link to a bioimage.io dataset or an inline
    /// dataset description (tried in that order).
    pub training_data: Option<LinkedDataset>,

    /// Specialized resource type 'model'
    #[serde(rename = "type")]
    pub model_descr_type: ModelDescrType,

    /// The person who uploaded the model (e.g. to bioimage.io)
    pub uploader: Option<Uploader>,

    /// The version of the resource following SemVer 2.0. (The reference moves a deprecated
    /// top-level `version_number` key to `version` before validation; the runtime does the same
    /// before schema validation.)
    pub version: Option<VersionUnion>,

    /// A comment on the version of the resource.
    pub version_comment: Option<String>,

    /// The weights for this model.
    /// Weights can be given for different formats, but should otherwise be equivalent.
    /// The available weight formats determine which consumers can use this model.
    pub weights: WeightsDescr,
}

/// A file description: a file source with an optional SHA-256 hash of the file's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileDescr {
    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// File source
    pub source: String,
}

/// An author of a resource description.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Author {
    /// Affiliation
    pub affiliation: Option<String>,

    /// Email
    pub email: Option<String>,

    /// GitHub user name. With IO checks the reference looks the user up on GitHub;
    /// bioimage-specs does not.
    pub github_user: Option<String>,

    /// Full name. May not contain `/` or `\`.
    pub name: String,

    /// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    /// ) in hyphenated groups of 4 digits, (and [valid](
    ///
    /// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    /// ) as per ISO 7064 11,2.)
    pub orcid: Option<String>,
}

/// A citation that should be referenced in work using this resource. Either `doi` or `url`
/// has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CiteEntry {
    /// A digital object identifier (DOI) is the prefered citation reference.
    /// See https://www.doi.org/ for details.
    /// Note:
    /// Either **doi** or **url** have to be specified.
    pub doi: Option<String>,

    /// free text description
    pub text: String,

    /// URL to cite (preferably specify a **doi** instead/also).
    /// Note:
    /// Either **doi** or **url** have to be specified.
    pub url: Option<String>,
}

/// A field for custom configuration (tool specific keys and bioimage.io metadata under
/// `bioimageio`).
///
/// Model configuration: bioimage.io metadata under `bioimageio`, and any further (tool
/// specific) keys.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// bioimage.io specific metadata.
    pub bioimageio: Option<BioimageioConfig>,
}

/// bioimage.io specific metadata.
///
/// bioimage.io specific metadata of a model (model card fields). Open object: further keys
/// are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BioimageioConfig {
    /// Text description of model architecture.
    pub architecture_description: Option<String>,

    /// Model architecture type, e.g., 3D U-Net, ResNet, transformer At most 32 characters.
    pub architecture_type: Option<String>,

    /// Description of known bias, risks, and technical limitations for in-scope model use.
    pub bias_risks_limitations: Option<BiasRisksLimitations>,

    /// Environmental considerations for model training and deployment
    pub environmental_impact: Option<EnvironmentalImpact>,

    /// Quantitative model evaluations.
    ///
    /// Note:
    /// At the moment we recommend to include only a single test dataset
    /// (with evaluation factors that may mark subsets of the dataset)
    /// to avoid confusion and make the presentation of results cleaner.
    pub evaluations: Option<Vec<Evaluation>>,

    /// Funding agency, grant number if applicable
    pub funded_by: Option<String>,

    /// Average inference time per image/tile. Specify hardware and image size. Multiple examples
    /// can be given.
    pub inference_time: Option<String>,

    /// GPU memory needed for inference. Multiple examples with different image size can be given.
    pub memory_requirements_inference: Option<String>,

    /// GPU memory needed for training. Multiple examples with different image/batch sizes can be
    /// given.
    pub memory_requirements_training: Option<String>,

    /// Input modality, e.g., fluorescence microscopy, electron microscopy
    pub modality: Option<String>,

    /// Total number of model parameters.
    pub model_parameter_count: Option<i64>,

    /// A new version of this model exists with a different model id.
    pub new_version: Option<String>,

    /// Describe how the model may be misused in bioimage analysis contexts and what users should
    /// **not** do with the model.
    pub out_of_scope_use: Option<String>,

    /// Tolerances to allow when reproducing the model's test outputs
    /// from the model's test inputs.
    /// Only the first entry matching tensor id and weights format is considered.
    pub reproducibility_tolerance: Option<Vec<ReproducibilityTolerance>>,

    /// Biological structure(s) the model is designed to analyze, e.g., nuclei, mitochondria,
    /// cells
    pub target_structure: Option<Vec<String>>,

    /// Bioimage-specific task type, e.g., segmentation, classification, detection, denoising
    pub task: Option<String>,

    /// Details on how the model was trained.
    pub training: Option<TrainingDetails>,
}

/// Description of known bias, risks, and technical limitations for in-scope model use.
///
/// Known biases, risks, technical limitations, and recommendations for model use.
/// Open object: further keys are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BiasRisksLimitations {
    /// Biases in training data or model behavior.
    pub known_biases: Option<String>,

    /// Technical limitations and failure modes.
    pub limitations: Option<String>,

    /// Mitigation strategies regarding `known_biases`, `risks`, and `limitations`, as well as
    /// applicable best practices.
    ///
    /// Consider:
    /// - How to use a validation dataset?
    /// - How to manually validate?
    /// - Feasibility of domain adaptation for different experimental setups?
    pub recommendations: Option<String>,

    /// Potential risks in the context of bioimage analysis.
    pub risks: Option<String>,
}

/// Environmental considerations for model training and deployment
///
/// Environmental considerations for model training and deployment.
///
/// Carbon emissions can be estimated using the [Machine Learning Impact
/// calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
/// (2019)](https://arxiv.org/abs/1910.09700).
/// Open object: further keys are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnvironmentalImpact {
    /// If applicable
    pub cloud_provider: Option<String>,

    /// kg CO2 equivalent
    ///
    /// Carbon emissions can be estimated using the [Machine Learning Impact
    /// calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
    /// (2019)](https://arxiv.org/abs/1910.09700).
    pub co2_emitted: Option<f64>,

    /// Geographic location
    pub compute_region: Option<String>,

    /// GPU/CPU specifications
    pub hardware_type: Option<String>,

    /// Total compute hours
    pub hours_used: Option<f64>,
}

/// A quantitative model evaluation. The list lengths must be consistent
/// (`evaluation_factors` vs `evaluation_factors_long`, `metrics` vs `metrics_long`,
/// `results` rows vs `metrics`, columns vs `evaluation_factors`); checked in code (rule
/// `model05.evaluation.table-shape`). Open object: further keys are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Evaluation {
    /// Dataset used for evaluation.
    pub dataset_id: String,

    /// Role of the dataset used for evaluation.
    ///
    /// - `train`: dataset was (part of) the training data
    /// - `validation`: dataset was (part of) the validation data used during training, e.g. used
    /// for model selection or hyperparameter tuning
    /// - `test`: dataset was (part of) the designated test data; not used during training or
    /// validation, but acquired from the same source/distribution as training data
    /// - `independent`: dataset is entirely independent test data; not used during training or
    /// validation, and acquired from a different source/distribution than training data
    /// - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
    /// subset) of the data was seen by the model during training.
    pub dataset_role: DatasetRole,

    /// Source of the dataset.
    pub dataset_source: String,

    /// (Abbreviations of) each evaluation factor.
    ///
    /// Evaluation factors are criteria along which model performance is evaluated, e.g.
    /// different image conditions
    /// like 'low SNR', 'high cell density', or different biological conditions like 'cell type
    /// A', 'cell type B'.
    /// An 'overall' factor may be included to summarize performance across all conditions.
    pub evaluation_factors: Vec<String>,

    /// Descriptions (long form) of each evaluation factor.
    pub evaluation_factors_long: Vec<String>,

    /// (Abbreviations of) metrics used for evaluation.
    pub metrics: Vec<String>,

    /// Description of each metric used.
    pub metrics_long: Vec<String>,

    /// Model being evaluated.
    pub model_id: Option<String>,

    /// Results for each metric (rows; outer list) and each evaluation factor (columns; inner
    /// list).
    pub results: Vec<Vec<Version>>,

    /// Interpretation of results for general audience.
    ///
    /// Consider:
    /// - Overall model performance
    /// - Comparison to existing methods
    /// - Limitations and areas for improvement
    pub results_summary: Option<String>,

    /// Number of evaluated samples.
    pub sample_count: i64,
}

/// Role of the dataset used for evaluation.
///
/// - `train`: dataset was (part of) the training data
/// - `validation`: dataset was (part of) the validation data used during training, e.g. used
/// for model selection or hyperparameter tuning
/// - `test`: dataset was (part of) the designated test data; not used during training or
/// validation, but acquired from the same source/distribution as training data
/// - `independent`: dataset is entirely independent test data; not used during training or
/// validation, and acquired from a different source/distribution than training data
/// - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
/// subset) of the data was seen by the model during training.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatasetRole {
    Independent,

    Test,

    Train,

    Unknown,

    Validation,
}

/// A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`,
/// `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a
/// number); the value is checked with PEP 440 semantics in code (rule
/// `common.version.pep440`), not by this schema.
///
/// TensorFlow version used to create these weights.
///
/// Version of the PyTorch library used.
/// If `architecture.depencencies` is specified it has to include pytorch and any version
/// pinning has to be compatible.
///
/// Version of the TensorFlow library used.
///
/// Version of the PyTorch library used.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Version {
    Double(f64),

    PurpleString(String),
}

/// Describes what small numerical differences -- if any -- may be tolerated
/// in the generated output when executing in different environments.
///
/// A tensor element *output* is considered mismatched to the **test_tensor** if
/// abs(*output* - **test_tensor**) > **absolute_tolerance** + **relative_tolerance** *
/// abs(**test_tensor**).
/// (Internally we call
/// [numpy.testing.assert_allclose](https://numpy.org/doc/stable/reference/generated/numpy.testing.assert_allclose.html).)
///
/// Motivation:
/// For testing we can request the respective deep learning frameworks to be as
/// reproducible as possible by setting seeds and chosing deterministic algorithms,
/// but differences in operating systems, available hardware and installed drivers
/// may still lead to numerical differences.
/// Open object: further keys are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReproducibilityTolerance {
    /// Maximum absolute tolerance of reproduced test tensor (non-negative; with IO checks at
    /// most 1% of the test output's maximum, rule `model05.io.test-tensors`).
    pub absolute_tolerance: Option<f64>,

    /// Maximum number of mismatched elements/pixels per million to tolerate. In [0, 1000].
    pub mismatched_elements_per_million: Option<i32>,

    /// Limits the output tensor IDs these reproducibility details apply to.
    pub output_ids: Option<Vec<String>>,

    /// Maximum relative tolerance of reproduced test tensor. In [0, 0.01].
    pub relative_tolerance: Option<f64>,

    /// Limits the weights formats these details apply to.
    pub weights_formats: Option<Vec<WeightsFormat>>,
}

/// A weights format name (the keys of `weights`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightsFormat {
    #[serde(rename = "keras_hdf5")]
    KerasHdf5,

    Onnx,

    #[serde(rename = "pytorch_state_dict")]
    PytorchStateDict,

    #[serde(rename = "tensorflow_js")]
    TensorflowJs,

    #[serde(rename = "tensorflow_saved_model_bundle")]
    TensorflowSavedModelBundle,

    Torchscript,
}

/// Details on how the model was trained.
///
/// Details on how the model was trained. Open object: further keys are allowed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TrainingDetails {
    /// Initial learning rate used in training.
    pub initial_learning_rate: Option<f64>,

    /// Learning rate schedule used in training.
    pub learning_rate_schedule: Option<String>,

    /// Loss function used in training, e.g. nn.MSELoss.
    pub loss_function: Option<String>,

    /// key word arguments for the `loss_function`
    pub loss_function_kwargs: Option<HashMap<String, Option<serde_json::Value>>>,

    /// optimizer, e.g. torch.optim.Adam
    pub optimizer: Option<String>,

    /// key word arguments for the `optimizer`
    pub optimizer_kwargs: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Regularization techniques used during training, e.g. drop-out or weight decay.
    pub regularization: Option<String>,

    /// Batch size used in training.
    pub training_batch_size: Option<f64>,

    /// Total training duration in hours.
    pub training_duration: Option<f64>,

    /// Number of training epochs.
    pub training_epochs: Option<f64>,

    /// Detailed image preprocessing steps during model training:
    ///
    /// Mention:
    /// - *Normalization methods*
    /// - *Augmentation strategies*
    /// - *Resizing/resampling procedures*
    /// - *Artifact handling*
    pub training_preprocessing: Option<String>,
}

/// Description of an input tensor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InputTensorDescr {
    /// tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
    pub axes: Vec<InputAxis>,

    /// Description of the tensor's data values, optionally per channel.
    /// If specified per channel, the data `type` needs to match across channels.
    /// Per-channel lists must agree in `type` and have one entry per channel (rules
    /// `model05.tensors.data`).
    pub data: Option<Data>,

    /// free text description
    pub description: Option<String>,

    /// Input tensor id.
    /// No duplicates are allowed across all inputs and outputs.
    pub id: Option<String>,

    /// indicates that this tensor may be `None`
    pub optional: Option<bool>,

    /// Description of how this input should be preprocessed.
    ///
    /// notes:
    /// - If preprocessing does not start with an 'ensure_dtype' entry, it is added
    /// to ensure an input tensor's data type matches the input tensor's data description.
    /// - If preprocessing does not end with an 'ensure_dtype' or 'binarize' entry, an
    /// 'ensure_dtype' step is added to ensure preprocessing steps are not unintentionally
    /// changing the data type.
    /// (bioimage-specs adds these steps as the reference does, when it loads the description.)
    pub preprocessing: Option<Vec<PreprocessingDescr>>,

    /// A sample tensor to illustrate a possible input/output for the model,
    /// The sample image primarily serves to inform a human user about an example use case
    /// and is typically stored as .hdf5, .png or .tiff.
    /// It has to be readable by the [imageio
    /// library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
    /// (numpy's `.npy` format is not supported).
    /// The image dimensionality has to match the number of axes specified in this tensor
    /// description.
    /// (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
    /// sample tensor gets a FAIR ALERT, rule `common.fair`.)
    pub sample_tensor: Option<FileDescr>,

    /// An example tensor to use for testing.
    /// Using the model with the test input tensors is expected to yield the test output tensors.
    /// Each test tensor has be a an ndarray in the
    /// [numpy.lib file
    /// format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
    /// The file extension must be '.npy'.
    /// (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
    /// test tensor gets a FAIR ALERT, rule `common.fair`.)
    pub test_tensor: Option<FileDescr>,
}

/// An axis of an input tensor, discriminated by `type`.
///
/// The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
/// reference).
///
/// A channel axis; its size is the number of `channel_names`.
///
/// An index axis of an input tensor.
///
/// A time axis of an input tensor.
///
/// A space axis of an input tensor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InputAxis {
    /// Discriminator of the union: selects the branch by `type`.
    ///
    /// Axis type `batch`.
    ///
    /// Axis type `channel`.
    ///
    /// Axis type `index`.
    ///
    /// Axis type `time`.
    ///
    /// Axis type `space`.
    #[serde(rename = "type")]
    pub input_axis_type: InputAxisType,

    /// A short description of this axis beyond its type and id.
    pub description: Option<String>,

    /// The batch axis id; always `batch`.
    ///
    /// An axis id unique across all axes of one tensor.
    pub id: Option<String>,

    /// The batch size may be fixed to 1,
    /// otherwise (the default) it may be chosen arbitrarily depending on available memory
    ///
    /// The size/length of this axis can be specified as
    /// - fixed integer
    /// - parameterized series of valid sizes (`ParameterizedSize`)
    /// - reference to another axis with an optional offset (`SizeReference`)
    pub size: Option<Size>,

    /// Names of the channels (identifiers); the channel axis size is their number.
    pub channel_names: Option<Vec<String>>,

    /// If a model has a `concatenable` input axis, it can be processed blockwise,
    /// splitting a longer sample axis into blocks matching its input tensor description.
    /// Output axes are concatenable if they have a `SizeReference` to a concatenable
    /// input axis.
    pub concatenable: Option<bool>,

    /// Physical size of one pixel/frame along this axis in `unit` (positive).
    pub scale: Option<f64>,

    /// Time unit compatible to the OME-Zarr axes specification 0.5.
    ///
    /// Space unit compatible to the OME-Zarr axes specification 0.5.
    pub unit: Option<Unit>,
}

/// Discriminator of the union: selects the branch by `type`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputAxisType {
    Batch,

    Channel,

    Index,

    Space,

    Time,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Size {
    Integer(i64),

    ParameterizedSize(ParameterizedSize),
}

/// Describes a range of valid tensor axis sizes as `size = min + n*step`.
///
/// - **min** and **step** are given by the model description.
/// - All blocksize paramters n = 0,1,2,... yield a valid `size`.
/// - A greater blocksize paramter n = 0,1,2,... results in a greater **size**.
/// This allows to adjust the axis size more generically.
/// Only allowed for input axes.
///
/// A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
///
/// `axis.size = reference.size * reference.scale / axis.scale + offset`
///
/// Note:
/// 1. The axis and the referenced axis need to have the same unit (or no unit).
/// 2. Batch axes may not be referenced.
/// 3. Fractions are rounded down.
/// 4. If the reference axis is `concatenable` the referencing axis is assumed to be
/// `concatenable` as well with the same block order.
///
/// That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
/// fixed or parameterized reference size, matching units, channel only to channel) is
/// checked in code (rule `model05.axes.size-references`).
///
/// The size of this axis, as a reference to another axis with an optional offset (see
/// `SizeReference`); an axis with a halo cannot have a fixed size.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParameterizedSize {
    /// The minimal size (`n = 0`), a positive integer.
    pub min: Option<i64>,

    /// The size increment per step of `n`, a positive integer.
    pub step: Option<i64>,

    /// axis id of the reference axis
    pub axis_id: Option<String>,

    /// Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
    /// (a string or a float is refused).
    pub offset: Option<i64>,

    /// tensor id of the reference axis
    pub tensor_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Angstrom,

    Attometer,

    Attosecond,

    Centimeter,

    Centisecond,

    Day,

    Decimeter,

    Decisecond,

    Exameter,

    Exasecond,

    Femtometer,

    Femtosecond,

    Foot,

    Gigameter,

    Gigasecond,

    Hectometer,

    Hectosecond,

    Hour,

    Inch,

    Kilometer,

    Kilosecond,

    Megameter,

    Megasecond,

    Meter,

    Micrometer,

    Microsecond,

    Mile,

    Millimeter,

    Millisecond,

    Minute,

    Nanometer,

    Nanosecond,

    Parsec,

    Petameter,

    Petasecond,

    Picometer,

    Picosecond,

    Second,

    Terameter,

    Terasecond,

    Yard,

    Yoctometer,

    Yoctosecond,

    Yottameter,

    Yottasecond,

    Zeptometer,

    Zeptosecond,

    Zettameter,

    Zettasecond,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Data {
    DataDescr(DataDescr),

    TensorDataDescrArray(Vec<TensorDataDescr>),
}

/// Description of a tensor's data values: nominal/ordinal (with `values`) or
/// interval/ratio.
///
/// Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
/// fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
/// unsigned integer types, no floats with integer types) is checked in code (rule
/// `model05.tensors.data`).
///
/// Description of tensor data on an interval or ratio scale.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TensorDataDescr {
    /// The data type (dtype) of the tensor.
    #[serde(rename = "type")]
    pub tensor_data_descr_type: Option<Type>,

    /// Unit of the data values: `arbitrary unit` or an SI unit.
    pub unit: Option<String>,

    /// A fixed set of nominal or an ascending sequence of ordinal values.
    /// In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
    /// String `values` are interpreted as labels for tensor values 0, ..., N.
    /// Note: as YAML 1.2 does not natively support a "set" datatype,
    /// nominal values should be given as a sequence (aka list/array) as well.
    pub values: Option<Vec<Value>>,

    /// Offset for data on a ratio scale.
    pub offset: Option<f64>,

    /// Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
    /// `None` corresponds to min/max of what can be expressed by **type**.
    /// The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
    /// warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
    pub range: Option<Vec<Option<f64>>>,

    /// Scale for data on an interval (or ratio) scale.
    pub scale: Option<f64>,
}

/// The data type (dtype) of the tensor.
///
/// The data type to cast to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    Bool,

    Float32,

    Float64,

    Int16,

    Int32,

    Int64,

    Int8,

    Uint16,

    Uint32,

    Uint64,

    Uint8,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),

    Double(f64),

    PurpleString(String),
}

/// Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
/// fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
/// unsigned integer types, no floats with integer types) is checked in code (rule
/// `model05.tensors.data`).
///
/// Description of tensor data on an interval or ratio scale.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DataDescr {
    /// The data type (dtype) of the tensor.
    #[serde(rename = "type")]
    pub data_descr_type: Option<Type>,

    /// Unit of the data values: `arbitrary unit` or an SI unit.
    pub unit: Option<String>,

    /// A fixed set of nominal or an ascending sequence of ordinal values.
    /// In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
    /// String `values` are interpreted as labels for tensor values 0, ..., N.
    /// Note: as YAML 1.2 does not natively support a "set" datatype,
    /// nominal values should be given as a sequence (aka list/array) as well.
    pub values: Option<Vec<Value>>,

    /// Offset for data on a ratio scale.
    pub offset: Option<f64>,

    /// Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
    /// `None` corresponds to min/max of what can be expressed by **type**.
    /// The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
    /// warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
    pub range: Option<Vec<Option<f64>>>,

    /// Scale for data on an interval (or ratio) scale.
    pub scale: Option<f64>,
}

/// A preprocessing step, discriminated by `id`.
///
/// Binarize the tensor with a fixed threshold.
///
/// Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
/// will be set to one, values below the threshold to zero.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: binarize
/// kwargs:
/// axis: 'channel'
/// threshold: [0.25, 0.5, 0.75]
/// ```
/// - in Python:
/// >>> postprocessing = [BinarizeDescr(
/// ...   kwargs=BinarizeAlongAxisKwargs(
/// ...       axis=AxisId('channel'),
/// ...       threshold=[0.25, 0.5, 0.75],
/// ...   )
/// ... )]
///
/// Set tensor values below min to min and above max to max.
///
/// See `ScaleRangeDescr` for examples.
///
/// Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
///
/// This can for example be used to ensure the inner neural network model gets a
/// different input tensor data type than the fully described bioimage.io model does.
///
/// Examples:
/// The described bioimage.io model (incl. preprocessing) accepts any
/// float32-compatible tensor, normalizes it with percentiles and clipping and then
/// casts it to uint8, which is what the neural network in this example expects.
/// - in YAML
/// ```yaml
/// inputs:
/// - data:
/// type: float32  # described bioimage.io model is compatible with any float32 input
/// tensor
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// - id: clip
/// kwargs:
/// min: 0.0
/// max: 1.0
/// - id: ensure_dtype  # the neural network of the model requires uint8
/// kwargs:
/// dtype: uint8
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleRangeDescr(
/// ...         kwargs=ScaleRangeKwargs(
/// ...           axes= (AxisId('y'), AxisId('x')),
/// ...           max_percentile= 99.8,
/// ...           min_percentile= 5.0,
/// ...         )
/// ...     ),
/// ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
/// ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
/// ... ]
///
/// Subtract a given mean and divide by the standard deviation.
///
/// Normalize with fixed, precomputed values for
/// `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
/// Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
/// axes.
///
/// Examples:
/// 1. scalar value for whole tensor
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: fixed_zero_mean_unit_variance
/// kwargs:
/// mean: 103.5
/// std: 13.7
/// ```
/// - in Python
/// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
/// ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
/// ... )]
///
/// 2. independently along an axis
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: fixed_zero_mean_unit_variance
/// kwargs:
/// axis: channel
/// mean: [101.5, 102.5, 103.5]
/// std: [11.7, 12.7, 13.7]
/// ```
/// - in Python
/// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
/// ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
/// ...     axis=AxisId("channel"),
/// ...     mean=[101.5, 102.5, 103.5],
/// ...     std=[11.7, 12.7, 13.7],
/// ...   )
/// ... )]
///
/// Fixed linear scaling.
///
/// Examples:
/// 1. Scale with scalar gain and offset
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_linear
/// kwargs:
/// gain: 2.0
/// offset: 3.0
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
/// ... ]
///
/// 2. Independent scaling along an axis
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_linear
/// kwargs:
/// axis: 'channel'
/// gain: [1.0, 2.0, 3.0]
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleLinearDescr(
/// ...         kwargs=ScaleLinearAlongAxisKwargs(
/// ...             axis=AxisId("channel"),
/// ...             gain=[1.0, 2.0, 3.0],
/// ...         )
/// ...     )
/// ... ]
///
/// Scale with percentiles.
///
/// Examples:
/// 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// ```
/// - in Python
/// >>> preprocessing = [
/// ...     ScaleRangeDescr(
/// ...         kwargs=ScaleRangeKwargs(
/// ...           axes= (AxisId('y'), AxisId('x')),
/// ...           max_percentile= 99.8,
/// ...           min_percentile= 5.0,
/// ...         )
/// ...     )
/// ... ]
///
/// 2. Combine the above scaling with additional clipping to clip values outside the range
/// given by the percentiles.
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// - id: scale_range
/// - id: clip
/// kwargs:
/// min: 0.0
/// max: 1.0
/// ```
/// - in Python
/// >>> preprocessing = [
/// ...   ScaleRangeDescr(
/// ...     kwargs=ScaleRangeKwargs(
/// ...       axes= (AxisId('y'), AxisId('x')),
/// ...       max_percentile= 99.8,
/// ...       min_percentile= 5.0,
/// ...     )
/// ...   ),
/// ...   ClipDescr(
/// ...     kwargs=ClipKwargs(
/// ...       min=0.0,
/// ...       max=1.0,
/// ...     )
/// ...   ),
/// ... ]
///
/// The logistic sigmoid function, a.k.a. expit function.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: sigmoid
/// ```
/// - in Python:
/// >>> postprocessing = [SigmoidDescr()]
/// (No `kwargs`.)
///
/// The softmax function.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: softmax
/// kwargs:
/// axis: channel
/// ```
/// - in Python:
/// >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
///
/// Subtract mean and divide by variance.
///
/// Examples:
/// Subtract tensor mean and variance
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: zero_mean_unit_variance
/// ```
/// - in Python
/// >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreprocessingDescr {
    /// Discriminator of the union: selects the branch by `id`.
    ///
    /// Processing step id `binarize`.
    ///
    /// Processing step id `clip`.
    ///
    /// Processing step id `ensure_dtype`.
    ///
    /// Processing step id `fixed_zero_mean_unit_variance`.
    ///
    /// Processing step id `scale_linear`.
    ///
    /// Processing step id `scale_range`.
    ///
    /// Processing step id `sigmoid`.
    ///
    /// Processing step id `softmax`.
    ///
    /// Processing step id `zero_mean_unit_variance`.
    pub id: PreprocessingDescrId,

    /// Key word arguments of `binarize`.
    ///
    /// Key word arguments of `clip`.
    ///
    /// Key word arguments of `ensure_dtype`.
    ///
    /// Key word arguments of `fixed_zero_mean_unit_variance`.
    ///
    /// Key word arguments of `scale_linear`.
    ///
    /// Key word arguments of `scale_range`.
    ///
    /// Key word arguments of `softmax`.
    ///
    /// Key word arguments of `zero_mean_unit_variance`.
    pub kwargs: Option<PreprocessingDescrKwargs>,
}

/// Discriminator of the union: selects the branch by `id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreprocessingDescrId {
    Binarize,

    Clip,

    #[serde(rename = "ensure_dtype")]
    EnsureDtype,

    #[serde(rename = "fixed_zero_mean_unit_variance")]
    FixedZeroMeanUnitVariance,

    #[serde(rename = "scale_linear")]
    ScaleLinear,

    #[serde(rename = "scale_range")]
    ScaleRange,

    Sigmoid,

    Softmax,

    #[serde(rename = "zero_mean_unit_variance")]
    ZeroMeanUnitVariance,
}

/// key word arguments for `BinarizeDescr`
///
/// Key word arguments of `clip`.
///
/// key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
/// `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
/// a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
/// not set.
///
/// Key word arguments of `ensure_dtype`.
///
/// key word arguments for `EnsureDtypeDescr`
///
/// key word arguments for `FixedZeroMeanUnitVarianceDescr`
///
/// key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
/// same length is checked in code (rule `model05.processing.kwargs`).
///
/// Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
/// rejected in code (rule `model05.processing.kwargs`).
///
/// Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
/// list, lists must have equal lengths, and not all entries may be the identity; checked in
/// code (rule `model05.processing.kwargs`).
///
/// Key word arguments of `scale_range`.
///
/// key word arguments for `ScaleRangeDescr`
///
/// For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
/// this processing step normalizes data to the [0, 1] intervall.
/// For other percentiles the normalized values will partially be outside the [0, 1]
/// intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
/// normalized values to a range.
/// `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
///
/// Key word arguments of `softmax`.
///
/// key word arguments for `SoftmaxDescr`
///
/// Key word arguments of `zero_mean_unit_variance`.
///
/// key word arguments for `ZeroMeanUnitVarianceDescr`
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreprocessingDescrKwargs {
    /// The fixed threshold
    ///
    /// The fixed threshold values along `axis`
    pub threshold: Option<Gain>,

    /// The `threshold` axis
    ///
    /// The axis of the mean/std values to normalize each entry along that dimension
    /// separately.
    ///
    /// The axis of gain and offset values.
    ///
    /// The axis to apply the softmax function along.
    /// Note:
    /// Defaults to 'channel' axis
    /// (which may not exist, in which case
    /// a different axis id has to be specified).
    pub axis: Option<String>,

    /// The subset of axes to determine percentiles jointly,
    ///
    /// i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
    /// For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
    /// 'x')
    /// resulting in a tensor of equal shape with clipped values per channel, specify
    /// `axes=('batch', 'x', 'y')`.
    /// To clip samples independently, leave out the 'batch' axis.
    ///
    /// Only valid if `min_percentile` and/or `max_percentile` are set.
    ///
    /// Default: Compute percentiles over all axes jointly.
    ///
    /// The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
    /// percentile value.
    /// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    /// 'y', 'x')
    /// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    /// 'y')`.
    /// To normalize samples independently, leave out the "batch" axis.
    /// Default: Scale all axes jointly.
    ///
    /// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    /// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    /// 'y', 'x')
    /// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    /// 'y')`.
    /// To normalize each sample independently leave out the 'batch' axis.
    /// Default: Scale all axes jointly.
    pub axes: Option<Vec<String>>,

    /// Maximum value for clipping.
    ///
    /// Exclusive with `max_percentile`.
    pub max: Option<f64>,

    /// Maximum percentile for clipping.
    ///
    /// Exclusive with `max`.
    ///
    /// In range (1, 100].
    ///
    /// The upper percentile used to determine the value to align with one.
    /// Has to be bigger than `min_percentile`.
    /// The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
    /// accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
    pub max_percentile: Option<f64>,

    /// Minimum value for clipping.
    ///
    /// Exclusive with `min_percentile`
    pub min: Option<f64>,

    /// Minimum percentile for clipping.
    ///
    /// Exclusive with `min`.
    ///
    /// In range [0, 100).
    ///
    /// The lower percentile used to determine the value to align with zero. In [0, 100).
    pub min_percentile: Option<f64>,

    /// The data type to cast to.
    pub dtype: Option<Type>,

    /// The mean value to normalize with.
    ///
    /// The mean value(s) to normalize with.
    pub mean: Option<Gain>,

    /// The standard deviation value to normalize with.
    ///
    /// The standard deviation value(s) to normalize with.
    /// Size must match `mean` values.
    pub std: Option<Std>,

    /// multiplicative factor
    pub gain: Option<Gain>,

    /// additive term
    pub offset: Option<Gain>,

    /// Epsilon for numeric stability.
    /// `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
    /// with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
    ///
    /// epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
    pub eps: Option<f64>,

    /// Tensor ID to compute the percentiles from. Default: The tensor itself.
    /// For any tensor in `inputs` only input tensor references are allowed.
    pub reference_tensor: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Gain {
    Double(f64),

    DoubleArray(Vec<f64>),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Std {
    Double(f64),

    DoubleArray(Vec<f64>),
}

/// A maintainer of a resource description.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Maintainer {
    /// Affiliation
    pub affiliation: Option<String>,

    /// Email
    pub email: Option<String>,

    /// GitHub user name. With IO checks the reference looks the user up on GitHub;
    /// bioimage-specs does not.
    pub github_user: String,

    /// Full name. May not contain `/` or `\`.
    pub name: Option<String>,

    /// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    /// ) in hyphenated groups of 4 digits, (and [valid](
    ///
    /// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    /// ) as per ISO 7064 11,2.)
    pub orcid: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelDescrType {
    Model,
}

/// Description of an output tensor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutputTensorDescr {
    /// tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
    pub axes: Vec<OutputAxis>,

    /// Description of the tensor's data values, optionally per channel.
    /// If specified per channel, the data `type` needs to match across channels.
    /// Per-channel lists must agree in `type` and have one entry per channel (rules
    /// `model05.tensors.data`).
    pub data: Option<Data>,

    /// free text description
    pub description: Option<String>,

    /// Output tensor id.
    /// No duplicates are allowed across all inputs and outputs.
    pub id: Option<String>,

    /// Description of how this output should be postprocessed.
    ///
    /// note: `postprocessing` always ends with an 'ensure_dtype' operation.
    /// If not given this is added to cast to this tensor's `data.type`.
    /// (bioimage-specs adds these steps as the reference does, when it loads the description.)
    pub postprocessing: Option<Vec<PostprocessingDescr>>,

    /// A sample tensor to illustrate a possible input/output for the model,
    /// The sample image primarily serves to inform a human user about an example use case
    /// and is typically stored as .hdf5, .png or .tiff.
    /// It has to be readable by the [imageio
    /// library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
    /// (numpy's `.npy` format is not supported).
    /// The image dimensionality has to match the number of axes specified in this tensor
    /// description.
    /// (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
    /// sample tensor gets a FAIR ALERT, rule `common.fair`.)
    pub sample_tensor: Option<FileDescr>,

    /// An example tensor to use for testing.
    /// Using the model with the test input tensors is expected to yield the test output tensors.
    /// Each test tensor has be a an ndarray in the
    /// [numpy.lib file
    /// format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
    /// The file extension must be '.npy'.
    /// (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
    /// test tensor gets a FAIR ALERT, rule `common.fair`.)
    pub test_tensor: Option<FileDescr>,
}

/// An axis of an output tensor, discriminated by `type` (time and space output axes may
/// carry a `halo`).
///
/// The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
/// reference).
///
/// A channel axis; its size is the number of `channel_names`.
///
/// An index axis of an output tensor.
///
/// A time axis of an output tensor, with or without a halo. The reference tells the two
/// classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
/// the tag `with_halo` or `wo_halo` into error locations.
///
/// A time axis of an output tensor without a halo (the reference's `TimeOutputAxis`, tag
/// `wo_halo`).
///
/// A time axis of an output tensor with a halo (the reference's `TimeOutputAxisWithHalo`,
/// tag `with_halo`): its size must reference another axis.
///
/// A space axis of an output tensor, with or without a halo. The reference tells the two
/// classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
/// the tag `with_halo` or `wo_halo` into error locations.
///
/// A space axis of an output tensor without a halo (the reference's `SpaceOutputAxis`, tag
/// `wo_halo`).
///
/// A space axis of an output tensor with a halo (the reference's `SpaceOutputAxisWithHalo`,
/// tag `with_halo`): its size must reference another axis.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutputAxis {
    /// Discriminator of the union: selects the branch by `type`.
    ///
    /// Axis type `batch`.
    ///
    /// Axis type `channel`.
    ///
    /// Axis type `index`.
    ///
    /// Axis type `time`.
    ///
    /// Axis type `space`.
    #[serde(rename = "type")]
    pub output_axis_type: InputAxisType,

    /// A short description of this axis beyond its type and id.
    pub description: Option<String>,

    /// The batch axis id; always `batch`.
    ///
    /// An axis id unique across all axes of one tensor.
    pub id: Option<String>,

    /// The batch size may be fixed to 1,
    /// otherwise (the default) it may be chosen arbitrarily depending on available memory
    ///
    /// The size/length of this axis can be specified as
    /// - fixed integer
    /// - reference to another axis with an optional offset (`SizeReference`)
    /// - data dependent size using `DataDependentSize` (size is only known after model
    /// inference)
    ///
    /// The size/length of this axis can be specified as
    /// - fixed integer
    /// - reference to another axis with an optional offset (see `SizeReference`)
    ///
    /// The size of this axis, as a reference to another axis with an optional offset (see
    /// `SizeReference`); an axis with a halo cannot have a fixed size.
    pub size: Option<ModelParameterCount>,

    /// Names of the channels (identifiers); the channel axis size is their number.
    pub channel_names: Option<Vec<String>>,

    /// Physical size of one pixel/frame along this axis in `unit` (positive).
    pub scale: Option<f64>,

    /// Time unit compatible to the OME-Zarr axes specification 0.5.
    ///
    /// Space unit compatible to the OME-Zarr axes specification 0.5.
    pub unit: Option<Unit>,

    /// The halo should be cropped from the output tensor to avoid boundary effects.
    /// It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.
    /// To document a halo that is already cropped by the model use `size.offset` instead.
    /// If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference
    /// size is checked in code (rule `model05.axes.size-references`).
    pub halo: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ModelParameterCount {
    Integer(i64),

    SizeReference(SizeReference),
}

/// A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
///
/// `axis.size = reference.size * reference.scale / axis.scale + offset`
///
/// Note:
/// 1. The axis and the referenced axis need to have the same unit (or no unit).
/// 2. Batch axes may not be referenced.
/// 3. Fractions are rounded down.
/// 4. If the reference axis is `concatenable` the referencing axis is assumed to be
/// `concatenable` as well with the same block order.
///
/// That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
/// fixed or parameterized reference size, matching units, channel only to channel) is
/// checked in code (rule `model05.axes.size-references`).
///
/// The size of this axis, as a reference to another axis with an optional offset (see
/// `SizeReference`); an axis with a halo cannot have a fixed size.
///
/// The size of an output index axis that is only known after model inference, optionally
/// bounded by `min` and `max`. `min < max` is checked in code (rule
/// `model05.size.data-dependent-bounds`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SizeReference {
    /// axis id of the reference axis
    pub axis_id: Option<String>,

    /// Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
    /// (a string or a float is refused).
    pub offset: Option<i64>,

    /// tensor id of the reference axis
    pub tensor_id: Option<String>,

    /// Maximal size (greater than 1), or null for unbounded.
    pub max: Option<i64>,

    /// Minimal size, a positive integer.
    pub min: Option<i64>,
}

/// A postprocessing step, discriminated by `id` (adds `scale_mean_variance` to the
/// preprocessing steps).
///
/// Binarize the tensor with a fixed threshold.
///
/// Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
/// will be set to one, values below the threshold to zero.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: binarize
/// kwargs:
/// axis: 'channel'
/// threshold: [0.25, 0.5, 0.75]
/// ```
/// - in Python:
/// >>> postprocessing = [BinarizeDescr(
/// ...   kwargs=BinarizeAlongAxisKwargs(
/// ...       axis=AxisId('channel'),
/// ...       threshold=[0.25, 0.5, 0.75],
/// ...   )
/// ... )]
///
/// Set tensor values below min to min and above max to max.
///
/// See `ScaleRangeDescr` for examples.
///
/// Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
///
/// This can for example be used to ensure the inner neural network model gets a
/// different input tensor data type than the fully described bioimage.io model does.
///
/// Examples:
/// The described bioimage.io model (incl. preprocessing) accepts any
/// float32-compatible tensor, normalizes it with percentiles and clipping and then
/// casts it to uint8, which is what the neural network in this example expects.
/// - in YAML
/// ```yaml
/// inputs:
/// - data:
/// type: float32  # described bioimage.io model is compatible with any float32 input
/// tensor
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// - id: clip
/// kwargs:
/// min: 0.0
/// max: 1.0
/// - id: ensure_dtype  # the neural network of the model requires uint8
/// kwargs:
/// dtype: uint8
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleRangeDescr(
/// ...         kwargs=ScaleRangeKwargs(
/// ...           axes= (AxisId('y'), AxisId('x')),
/// ...           max_percentile= 99.8,
/// ...           min_percentile= 5.0,
/// ...         )
/// ...     ),
/// ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
/// ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
/// ... ]
///
/// Subtract a given mean and divide by the standard deviation.
///
/// Normalize with fixed, precomputed values for
/// `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
/// Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
/// axes.
///
/// Examples:
/// 1. scalar value for whole tensor
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: fixed_zero_mean_unit_variance
/// kwargs:
/// mean: 103.5
/// std: 13.7
/// ```
/// - in Python
/// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
/// ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
/// ... )]
///
/// 2. independently along an axis
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: fixed_zero_mean_unit_variance
/// kwargs:
/// axis: channel
/// mean: [101.5, 102.5, 103.5]
/// std: [11.7, 12.7, 13.7]
/// ```
/// - in Python
/// >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
/// ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
/// ...     axis=AxisId("channel"),
/// ...     mean=[101.5, 102.5, 103.5],
/// ...     std=[11.7, 12.7, 13.7],
/// ...   )
/// ... )]
///
/// Fixed linear scaling.
///
/// Examples:
/// 1. Scale with scalar gain and offset
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_linear
/// kwargs:
/// gain: 2.0
/// offset: 3.0
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
/// ... ]
///
/// 2. Independent scaling along an axis
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_linear
/// kwargs:
/// axis: 'channel'
/// gain: [1.0, 2.0, 3.0]
/// ```
/// - in Python:
/// >>> preprocessing = [
/// ...     ScaleLinearDescr(
/// ...         kwargs=ScaleLinearAlongAxisKwargs(
/// ...             axis=AxisId("channel"),
/// ...             gain=[1.0, 2.0, 3.0],
/// ...         )
/// ...     )
/// ... ]
///
/// Scale a tensor's data distribution to match another tensor's mean/std.
/// `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.`
///
/// Scale with percentiles.
///
/// Examples:
/// 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// ```
/// - in Python
/// >>> preprocessing = [
/// ...     ScaleRangeDescr(
/// ...         kwargs=ScaleRangeKwargs(
/// ...           axes= (AxisId('y'), AxisId('x')),
/// ...           max_percentile= 99.8,
/// ...           min_percentile= 5.0,
/// ...         )
/// ...     )
/// ... ]
///
/// 2. Combine the above scaling with additional clipping to clip values outside the range
/// given by the percentiles.
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: scale_range
/// kwargs:
/// axes: ['y', 'x']
/// max_percentile: 99.8
/// min_percentile: 5.0
/// - id: scale_range
/// - id: clip
/// kwargs:
/// min: 0.0
/// max: 1.0
/// ```
/// - in Python
/// >>> preprocessing = [
/// ...   ScaleRangeDescr(
/// ...     kwargs=ScaleRangeKwargs(
/// ...       axes= (AxisId('y'), AxisId('x')),
/// ...       max_percentile= 99.8,
/// ...       min_percentile= 5.0,
/// ...     )
/// ...   ),
/// ...   ClipDescr(
/// ...     kwargs=ClipKwargs(
/// ...       min=0.0,
/// ...       max=1.0,
/// ...     )
/// ...   ),
/// ... ]
///
/// The logistic sigmoid function, a.k.a. expit function.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: sigmoid
/// ```
/// - in Python:
/// >>> postprocessing = [SigmoidDescr()]
/// (No `kwargs`.)
///
/// The softmax function.
///
/// Examples:
/// - in YAML
/// ```yaml
/// postprocessing:
/// - id: softmax
/// kwargs:
/// axis: channel
/// ```
/// - in Python:
/// >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
///
/// Subtract mean and divide by variance.
///
/// Examples:
/// Subtract tensor mean and variance
/// - in YAML
/// ```yaml
/// preprocessing:
/// - id: zero_mean_unit_variance
/// ```
/// - in Python
/// >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PostprocessingDescr {
    /// Discriminator of the union: selects the branch by `id`.
    ///
    /// Processing step id `binarize`.
    ///
    /// Processing step id `clip`.
    ///
    /// Processing step id `ensure_dtype`.
    ///
    /// Processing step id `fixed_zero_mean_unit_variance`.
    ///
    /// Processing step id `scale_linear`.
    ///
    /// Processing step id `scale_mean_variance`.
    ///
    /// Processing step id `scale_range`.
    ///
    /// Processing step id `sigmoid`.
    ///
    /// Processing step id `softmax`.
    ///
    /// Processing step id `zero_mean_unit_variance`.
    pub id: PostprocessingDescrId,

    /// Key word arguments of `binarize`.
    ///
    /// Key word arguments of `clip`.
    ///
    /// Key word arguments of `ensure_dtype`.
    ///
    /// Key word arguments of `fixed_zero_mean_unit_variance`.
    ///
    /// Key word arguments of `scale_linear`.
    ///
    /// Key word arguments of `scale_mean_variance`.
    ///
    /// Key word arguments of `scale_range`.
    ///
    /// Key word arguments of `softmax`.
    ///
    /// Key word arguments of `zero_mean_unit_variance`.
    pub kwargs: Option<PostprocessingDescrKwargs>,
}

/// Discriminator of the union: selects the branch by `id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostprocessingDescrId {
    Binarize,

    Clip,

    #[serde(rename = "ensure_dtype")]
    EnsureDtype,

    #[serde(rename = "fixed_zero_mean_unit_variance")]
    FixedZeroMeanUnitVariance,

    #[serde(rename = "scale_linear")]
    ScaleLinear,

    #[serde(rename = "scale_mean_variance")]
    ScaleMeanVariance,

    #[serde(rename = "scale_range")]
    ScaleRange,

    Sigmoid,

    Softmax,

    #[serde(rename = "zero_mean_unit_variance")]
    ZeroMeanUnitVariance,
}

/// key word arguments for `BinarizeDescr`
///
/// Key word arguments of `clip`.
///
/// key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
/// `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
/// a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
/// not set.
///
/// Key word arguments of `ensure_dtype`.
///
/// key word arguments for `EnsureDtypeDescr`
///
/// key word arguments for `FixedZeroMeanUnitVarianceDescr`
///
/// key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
/// same length is checked in code (rule `model05.processing.kwargs`).
///
/// Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
/// rejected in code (rule `model05.processing.kwargs`).
///
/// Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
/// list, lists must have equal lengths, and not all entries may be the identity; checked in
/// code (rule `model05.processing.kwargs`).
///
/// Key word arguments of `scale_mean_variance`.
///
/// key word arguments for `ScaleMeanVarianceDescr`
///
/// Key word arguments of `scale_range`.
///
/// key word arguments for `ScaleRangeDescr`
///
/// For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
/// this processing step normalizes data to the [0, 1] intervall.
/// For other percentiles the normalized values will partially be outside the [0, 1]
/// intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
/// normalized values to a range.
/// `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
///
/// Key word arguments of `softmax`.
///
/// key word arguments for `SoftmaxDescr`
///
/// Key word arguments of `zero_mean_unit_variance`.
///
/// key word arguments for `ZeroMeanUnitVarianceDescr`
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PostprocessingDescrKwargs {
    /// The fixed threshold
    ///
    /// The fixed threshold values along `axis`
    pub threshold: Option<Gain>,

    /// The `threshold` axis
    ///
    /// The axis of the mean/std values to normalize each entry along that dimension
    /// separately.
    ///
    /// The axis of gain and offset values.
    ///
    /// The axis to apply the softmax function along.
    /// Note:
    /// Defaults to 'channel' axis
    /// (which may not exist, in which case
    /// a different axis id has to be specified).
    pub axis: Option<String>,

    /// The subset of axes to determine percentiles jointly,
    ///
    /// i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
    /// For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
    /// 'x')
    /// resulting in a tensor of equal shape with clipped values per channel, specify
    /// `axes=('batch', 'x', 'y')`.
    /// To clip samples independently, leave out the 'batch' axis.
    ///
    /// Only valid if `min_percentile` and/or `max_percentile` are set.
    ///
    /// Default: Compute percentiles over all axes jointly.
    ///
    /// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    /// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    /// 'y', 'x')
    /// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    /// 'y')`.
    /// To normalize samples independently, leave out the 'batch' axis.
    /// Default: Scale all axes jointly.
    ///
    /// The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
    /// percentile value.
    /// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    /// 'y', 'x')
    /// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    /// 'y')`.
    /// To normalize samples independently, leave out the "batch" axis.
    /// Default: Scale all axes jointly.
    ///
    /// The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    /// For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    /// 'y', 'x')
    /// resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    /// 'y')`.
    /// To normalize each sample independently leave out the 'batch' axis.
    /// Default: Scale all axes jointly.
    pub axes: Option<Vec<String>>,

    /// Maximum value for clipping.
    ///
    /// Exclusive with `max_percentile`.
    pub max: Option<f64>,

    /// Maximum percentile for clipping.
    ///
    /// Exclusive with `max`.
    ///
    /// In range (1, 100].
    ///
    /// The upper percentile used to determine the value to align with one.
    /// Has to be bigger than `min_percentile`.
    /// The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
    /// accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
    pub max_percentile: Option<f64>,

    /// Minimum value for clipping.
    ///
    /// Exclusive with `min_percentile`
    pub min: Option<f64>,

    /// Minimum percentile for clipping.
    ///
    /// Exclusive with `min`.
    ///
    /// In range [0, 100).
    ///
    /// The lower percentile used to determine the value to align with zero. In [0, 100).
    pub min_percentile: Option<f64>,

    /// The data type to cast to.
    pub dtype: Option<Type>,

    /// The mean value to normalize with.
    ///
    /// The mean value(s) to normalize with.
    pub mean: Option<Gain>,

    /// The standard deviation value to normalize with.
    ///
    /// The standard deviation value(s) to normalize with.
    /// Size must match `mean` values.
    pub std: Option<Std>,

    /// multiplicative factor
    pub gain: Option<Gain>,

    /// additive term
    pub offset: Option<Gain>,

    /// Epsilon for numeric stability:
    /// `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.` In (0, 0.1].
    ///
    /// Epsilon for numeric stability.
    /// `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
    /// with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
    ///
    /// epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
    pub eps: Option<f64>,

    /// Name of tensor to match.
    ///
    /// Tensor ID to compute the percentiles from. Default: The tensor itself.
    /// For any tensor in `inputs` only input tensor references are allowed.
    pub reference_tensor: Option<String>,
}

/// Reference to a bioimage.io model.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LinkedModel {
    /// A valid model `id` from the bioimage.io collection.
    pub id: String,

    /// The version of the linked resource following SemVer 2.0. (The reference moves a
    /// deprecated `version_number` key to `version` before validation; the runtime does the same
    /// before schema validation.)
    pub version: Option<VersionUnion>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum VersionUnion {
    Double(f64),

    PurpleString(String),
}

/// A custom run mode.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunMode {
    /// Run mode specific key word arguments
    pub kwargs: Option<HashMap<String, Option<serde_json::Value>>>,

    /// Run mode name (known: `deepimagej`; any other name gets a warning, rule
    /// `model05.run-mode.limited-support`; a union of `Literal['deepimagej']` and `str`, whose
    /// errors carry each branch's tag).
    pub name: String,
}

/// Reference to a bioimage.io dataset.
///
/// An inline dataset description: the reference tries a dataset 0.3 description, then a
/// dataset 0.2 one (left to right, after `LinkedDataset`), each with its before-validators,
/// which edit the mapping in place (a missing `type` and `format_version` are set, a 0.2
/// document is converted) so that the 0.2 branch sees what the 0.3 one left. JSON Schema
/// cannot say that: the runtime checks the mapping with the dataset descriptions themselves
/// and reports each branch's errors and warnings under its union tag, as pydantic does.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LinkedDataset {
    /// A valid dataset `id` from the bioimage.io collection.
    pub id: Option<String>,

    /// The version of the linked resource following SemVer 2.0. (The reference moves a
    /// deprecated `version_number` key to `version` before validation; the runtime does the same
    /// before schema validation.)
    pub version: Option<VersionUnion>,
}

/// The person who uploaded the resource (e.g. to bioimage.io).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Uploader {
    /// Email
    pub email: String,

    /// name (the reference silently removes `/` and `\` from it)
    pub name: Option<String>,
}

/// The weights for this model.
/// Weights can be given for different formats, but should otherwise be equivalent.
/// The available weight formats determine which consumers can use this model.
///
/// The weights of a model, one entry per available format. At least one entry must be given
/// (non-null) and exactly one entry should have no `parent` (warning otherwise); these are
/// checked in code (rules `model05.weights.entries`, `model05.weights.entries`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WeightsDescr {
    /// Weights in the Keras HDF5 format.
    pub keras_hdf5: Option<KerasHdf5WeightsDescr>,

    /// Weights in the ONNX format.
    pub onnx: Option<OnnxWeightsDescr>,

    /// Weights as a PyTorch state dict.
    pub pytorch_state_dict: Option<PytorchStateDictWeightsDescr>,

    /// Weights in the TensorFlow.js format.
    pub tensorflow_js: Option<TensorflowJsWeightsDescr>,

    /// Weights as a TensorFlow SavedModel bundle.
    pub tensorflow_saved_model_bundle: Option<TensorflowSavedModelBundleWeightsDescr>,

    /// Weights in the TorchScript format.
    pub torchscript: Option<TorchscriptWeightsDescr>,
}

/// Weights in the Keras HDF5 format.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KerasHdf5WeightsDescr {
    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// Source of the weights file.
    pub source: String,

    /// TensorFlow version used to create these weights.
    pub tensorflow_version: Version,
}

/// Weights in the ONNX format. The `external_data` file name must differ from the `source`
/// file name (rule `model05.weights.onnx-external-data`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OnnxWeightsDescr {
    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// Source of the external ONNX data file holding the weights.
    /// (If present **source** holds the ONNX architecture without weights).
    /// (The `.data` suffix is checked in code, rule `common.file.suffix`.)
    pub external_data: Option<FileDescr>,

    /// ONNX opset version (at least 7).
    pub opset_version: i64,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// Source of the weights file.
    pub source: String,
}

/// Weights as a PyTorch state dict, with the architecture to load them into.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PytorchStateDictWeightsDescr {
    /// The architecture: a callable from a source file or from an importable library.
    pub architecture: Architecture,

    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// Custom depencies beyond pytorch described in a Conda environment file.
    /// Allows to specify custom dependencies, see conda docs:
    /// - [Exporting an environment file across
    /// platforms](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-an-environment-file-across-platforms)
    /// - [Creating an environment file
    /// manually](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#creating-an-environment-file-manually)
    ///
    /// The conda environment file should include pytorch and any version pinning has to be
    /// compatible with
    /// **pytorch_version**.
    /// (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
    pub dependencies: Option<FileDescr>,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// Version of the PyTorch library used.
    /// If `architecture.depencencies` is specified it has to include pytorch and any version
    /// pinning has to be compatible.
    pub pytorch_version: Version,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// Source of the weights file.
    pub source: String,
}

/// The architecture: a callable from a source file or from an importable library.
///
/// A model architecture: a callable defined in a source file.
///
/// A model architecture: a callable imported from an installed library.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Architecture {
    /// Identifier of the callable that returns a torch.nn.Module instance.
    pub callable: String,

    /// key word arguments for the `callable`
    pub kwargs: Option<HashMap<String, Option<serde_json::Value>>>,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// Architecture source file
    pub source: Option<String>,

    /// Where to import the callable from, i.e. `from <import_from> import <callable>`
    pub import_from: Option<String>,
}

/// Weights in the TensorFlow.js format.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TensorflowJsWeightsDescr {
    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// The multi-file weights.
    /// All required files/folders should be a zip archive.
    pub source: String,

    /// Version of the TensorFlow library used.
    pub tensorflow_version: Version,
}

/// Weights as a TensorFlow SavedModel bundle.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TensorflowSavedModelBundleWeightsDescr {
    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// Custom dependencies beyond tensorflow.
    /// Should include tensorflow and any version pinning has to be compatible with
    /// **tensorflow_version**.
    /// (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
    pub dependencies: Option<FileDescr>,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// The multi-file weights.
    /// All required files/folders should be a zip archive.
    pub source: String,

    /// Version of the TensorFlow library used.
    pub tensorflow_version: Version,
}

/// Weights in the TorchScript format.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TorchscriptWeightsDescr {
    /// Authors
    /// Either the person(s) that have trained this model resulting in the original weights
    /// file.
    /// (If this is the initial weights entry, i.e. it does not have a `parent`)
    /// Or the person(s) who have converted the weights to this weights format.
    /// (If this is a child weight, i.e. it has a `parent` field)
    pub authors: Option<Vec<Author>>,

    /// A comment about this weights entry, for example how these weights were created.
    pub comment: Option<String>,

    /// The source weights these weights were converted from.
    /// For example, if a model's weights were converted from the `pytorch_state_dict` format to
    /// `torchscript`,
    /// The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    /// `torchscript` weights.
    /// All weight entries except one (the initial set of weights resulting from training the
    /// model),
    /// need to have this field.
    /// (`parent` must name another present weights format: rules `model05.weights.entries`.)
    pub parent: Option<WeightsFormat>,

    /// Version of the PyTorch library used.
    pub pytorch_version: Version,

    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// Source of the weights file.
    pub source: String,
}

