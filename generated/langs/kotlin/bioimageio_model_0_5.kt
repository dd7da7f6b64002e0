// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val modelDescr = ModelDescr.fromJson(jsonString)

package bioimagespecs.bioimageio.model.v0_5

import com.fasterxml.jackson.annotation.*
import com.fasterxml.jackson.core.*
import com.fasterxml.jackson.databind.*
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.*
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import com.fasterxml.jackson.module.kotlin.*


@Suppress("UNCHECKED_CAST")
private fun <T> ObjectMapper.convert(k: kotlin.reflect.KClass<*>, fromJson: (JsonNode) -> T, toJson: (T) -> String, isUnion: Boolean = false) = registerModule(SimpleModule().apply {
    addSerializer(k.java as Class<T>, object : StdSerializer<T>(k.java as Class<T>) {
            override fun serialize(value: T, gen: JsonGenerator, provider: SerializerProvider) = gen.writeRawValue(toJson(value))
    })
    addDeserializer(k.java as Class<T>, object : StdDeserializer<T>(k.java as Class<T>) {
            override fun deserialize(p: JsonParser, ctxt: DeserializationContext) = fromJson(p.readValueAsTree())
    })
})

val mapper = jacksonObjectMapper().apply {
    propertyNamingStrategy = PropertyNamingStrategy.LOWER_CAMEL_CASE
    setSerializationInclusion(JsonInclude.Include.NON_NULL)
    convert(DatasetRole::class,           { DatasetRole.fromValue(it.asText()) },           { "\"${it.value}\"" })
    convert(WeightsFormat::class,         { WeightsFormat.fromValue(it.asText()) },         { "\"${it.value}\"" })
    convert(InputAxisType::class,         { InputAxisType.fromValue(it.asText()) },         { "\"${it.value}\"" })
    convert(Unit::class,                  { Unit.fromValue(it.asText()) },                  { "\"${it.value}\"" })
    convert(Type::class,                  { Type.fromValue(it.asText()) },                  { "\"${it.value}\"" })
    convert(PreprocessingDescrID::class,  { PreprocessingDescrID.fromValue(it.asText()) },  { "\"${it.value}\"" })
    convert(PostprocessingDescrID::class, { PostprocessingDescrID.fromValue(it.asText()) }, { "\"${it.value}\"" })
    convert(ModelDescrType::class,        { ModelDescrType.fromValue(it.asText()) },        { "\"${it.value}\"" })
    convert(Result::class,                { Result.fromJson(it) },                          { it.toJson() }, true)
    convert(Size::class,                  { Size.fromJson(it) },                            { it.toJson() }, true)
    convert(Data::class,                  { Data.fromJson(it) },                            { it.toJson() }, true)
    convert(Value::class,                 { Value.fromJson(it) },                           { it.toJson() }, true)
    convert(Gain::class,                  { Gain.fromJson(it) },                            { it.toJson() }, true)
    convert(Std::class,                   { Std.fromJson(it) },                             { it.toJson() }, true)
    convert(ModelParameterCount::class,   { ModelParameterCount.fromJson(it) },             { it.toJson() }, true)
    convert(VersionUnion::class,          { VersionUnion.fromJson(it) },                    { it.toJson() }, true)
    convert(Version::class,               { Version.fromJson(it) },                         { it.toJson() }, true)
}

/**
 * Specification of the fields used in a bioimage.io-compliant RDF to describe AI models
 * with pretrained weights.
 * These fields are typically stored in a YAML file which we call a model resource
 * description file (model RDF).
 *
 * Describes model format 0.5.7 (the latest patch of 0.5).
 */
data class ModelDescr (
    /**
     * file attachments
     */
    val attachments: List<FileDescr>? = null,

    /**
     * The authors are the creators of the model RDF and the primary points of contact.
     * An empty list gets a FAIR ALERT (rule `common.fair`).
     */
    val authors: List<Author>? = null,

    /**
     * citations (an empty list gets a FAIR ALERT, rule `common.fair`)
     */
    val cite: List<CiteEntry>? = null,

    /**
     * A field for custom configuration (tool specific keys and bioimage.io metadata under
     * `bioimageio`).
     */
    val config: Config? = null,

    /**
     * Cover images. Please use an image smaller than 500KB and an aspect ratio width to height
     * of 2:1 or 1:1.
     * The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',
     * '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
     */
    val covers: List<String>? = null,

    /**
     * A string containing a brief description.
     * At most 1024 characters (a warning is issued above 512, rule `common.description.length`;
     * an empty description gets a FAIR ALERT, rule `common.fair`).
     */
    val description: String? = null,

    /**
     * URL or relative path to a markdown file with additional documentation.
     * The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
     * The documentation should include a '#[#] Validation' (sub)section
     * with details on how to quantitatively validate the model on unseen data.
     * (With IO checks a missing validation section gets a warning, rule
     * `model05.io.documentation-validation-section`.)
     * The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
     * missing documentation gets a FAIR ALERT (rule `common.fair`).
     */
    val documentation: String? = null,

    /**
     * Version of the bioimage.io model description specification used.
     * When creating a new model always use the latest micro/patch version described here.
     * The `format_version` is important for any consumer software to understand how to parse
     * the fields.
     * This schema describes the latest patch (0.5.7); older 0.5.x documents get their
     * `format_version` bumped, future 0.5.x patches are treated as 0.5.7 (with an ALERT), and
     * 0.4/0.3 models are converted before validation. Any 0.5.x is read as 0.5.7.
     */
    @get:JsonProperty("format_version", required=true)@field:JsonProperty("format_version", required=true)
    val formatVersion: String,

    /**
     * A URL to the Git repository where the resource is being developed.
     */
    @get:JsonProperty("git_repo")@field:JsonProperty("git_repo")
    val gitRepo: String? = null,

    /**
     * An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file
     * source. A reserved bioimage.io YAML file name fails both branches (rule
     * `common.icon.reserved-name`).
     */
    val icon: String? = null,

    /**
     * bioimage.io-wide unique resource identifier
     * assigned by bioimage.io; version **un**specific.
     */
    val id: String? = null,

    /**
     * UTF-8 emoji for display alongside the `id` (1 or 2 characters).
     */
    @get:JsonProperty("id_emoji")@field:JsonProperty("id_emoji")
    val idEmoji: String? = null,

    /**
     * Describes the input tensors expected by this model. (Tensor ids must be unique, rule
     * `model05.tensors.unique-ids`; size references are checked by rule
     * `model05.axes.size-references`.)
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val inputs: List<InputTensorDescr>,

    /**
     * A [SPDX license identifier](https://spdx.org/licenses/).
     * We do not support custom license beyond the SPDX license list, if you need that please
     * [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
     * to discuss your intentions with the community.
     * Checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error,
     * deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).
     */
    val license: String? = null,

    /**
     * IDs of other bioimage.io resources
     */
    val links: List<String>? = null,

    /**
     * Maintainers of this resource.
     * If not specified, `authors` are maintainers and at least some of them has to specify
     * their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
     */
    val maintainers: List<Maintainer>? = null,

    /**
     * A human-readable name of this model.
     * It should be no longer than 64 characters
     * and may only contain letter, number, underscore, minus, parentheses and spaces.
     * We recommend to chose a name that refers to the model's task and image modality.
     * At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * Describes the output tensors. (See rules `model05.tensors.unique-ids`,
     * `model05.axes.size-references`.)
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val outputs: List<OutputTensorDescr>,

    /**
     * The persons that have packaged and uploaded this model.
     * Only required if those persons differ from the `authors`.
     */
    @get:JsonProperty("packaged_by")@field:JsonProperty("packaged_by")
    val packagedBy: List<Author>? = null,

    /**
     * The model from which this model is derived, e.g. by fine-tuning the weights. (It may not
     * be this model itself, rule `model05.parent.not-self`.)
     */
    val parent: LinkedModel? = null,

    /**
     * Custom run mode for this model: for more complex prediction procedures like test time
     * data augmentation that currently cannot be expressed in the specification.
     * No standard run modes are defined yet.
     * (A given run mode gets a warning about limited support, rule
     * `model05.run-mode.limited-support`.)
     */
    @get:JsonProperty("run_mode")@field:JsonProperty("run_mode")
    val runMode: RunMode? = null,

    /**
     * Associated tags. The reference warns about bioimage.io tag categories
     * (`data/tag-categories.json`) without a matching tag, which bioimage-specs does not check
     * yet; an empty list gets a FAIR ALERT (rule `common.fair`).
     */
    val tags: List<String>? = null,

    /**
     * Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by
     * `dateutil.parser.isoparse` (e.g. `2019-12-11T12:22:32Z`; a time zone is optional, naive
     * times are taken as local time and stored as UTC). The reference's default is the time of
     * validation. Not `format: date-time`, which requires a time zone offset: ISO 8601 parsing
     * is a rule (`model05.timestamp.iso8601`).
     */
    val timestamp: String? = null,

    /**
     * The dataset used to train this model: a link to a bioimage.io dataset or an inline
     * dataset description (tried in that order).
     */
    @get:JsonProperty("training_data")@field:JsonProperty("training_data")
    val trainingData: LinkedDataset? = null,

    /**
     * Specialized resource type 'model'
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: ModelDescrType,

    /**
     * The person who uploaded the model (e.g. to bioimage.io)
     */
    val uploader: Uploader? = null,

    /**
     * The version of the resource following SemVer 2.0. (The reference moves a deprecated
     * top-level `version_number` key to `version` before validation; the runtime does the same
     * before schema validation.)
     */
    val version: VersionUnion? = null,

    /**
     * A comment on the version of the resource.
     */
    @get:JsonProperty("version_comment")@field:JsonProperty("version_comment")
    val versionComment: String? = null,

    /**
     * The weights for this model.
     * Weights can be given for different formats, but should otherwise be equivalent.
     * The available weight formats determine which consumers can use this model.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val weights: WeightsDescr
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<ModelDescr>(json)
    }
}

/**
 * A file description: a file source with an optional SHA-256 hash of the file's content.
 */
data class FileDescr (
    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * File source
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String
)

/**
 * An author of a resource description.
 */
data class Author (
    /**
     * Affiliation
     */
    val affiliation: String? = null,

    /**
     * Email
     */
    val email: String? = null,

    /**
     * GitHub user name. With IO checks the reference looks the user up on GitHub;
     * bioimage-specs does not.
     */
    @get:JsonProperty("github_user")@field:JsonProperty("github_user")
    val githubUser: String? = null,

    /**
     * Full name. May not contain `/` or `\`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
     * ) in hyphenated groups of 4 digits, (and [valid](
     *
     * https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
     * ) as per ISO 7064 11,2.)
     */
    val orcid: String? = null
)

/**
 * A citation that should be referenced in work using this resource. Either `doi` or `url`
 * has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
 */
data class CiteEntry (
    /**
     * A digital object identifier (DOI) is the prefered citation reference.
     * See https://www.doi.org/ for details.
     * Note:
     * Either **doi** or **url** have to be specified.
     */
    val doi: String? = null,

    /**
     * free text description
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val text: String,

    /**
     * URL to cite (preferably specify a **doi** instead/also).
     * Note:
     * Either **doi** or **url** have to be specified.
     */
    val url: String? = null
)

/**
 * A field for custom configuration (tool specific keys and bioimage.io metadata under
 * `bioimageio`).
 *
 * Model configuration: bioimage.io metadata under `bioimageio`, and any further (tool
 * specific) keys.
 */
data class Config (
    /**
     * bioimage.io specific metadata.
     */
    val bioimageio: BioimageioConfig? = null
)

/**
 * bioimage.io specific metadata.
 *
 * bioimage.io specific metadata of a model (model card fields). Open object: further keys
 * are allowed.
 */
data class BioimageioConfig (
    /**
     * Text description of model architecture.
     */
    @get:JsonProperty("architecture_description")@field:JsonProperty("architecture_description")
    val architectureDescription: String? = null,

    /**
     * Model architecture type, e.g., 3D U-Net, ResNet, transformer At most 32 characters.
     */
    @get:JsonProperty("architecture_type")@field:JsonProperty("architecture_type")
    val architectureType: String? = null,

    /**
     * Description of known bias, risks, and technical limitations for in-scope model use.
     */
    @get:JsonProperty("bias_risks_limitations")@field:JsonProperty("bias_risks_limitations")
    val biasRisksLimitations: BiasRisksLimitations? = null,

    /**
     * Environmental considerations for model training and deployment
     */
    @get:JsonProperty("environmental_impact")@field:JsonProperty("environmental_impact")
    val environmentalImpact: EnvironmentalImpact? = null,

    /**
     * Quantitative model evaluations.
     *
     * Note:
     * At the moment we recommend to include only a single test dataset
     * (with evaluation factors that may mark subsets of the dataset)
     * to avoid confusion and make the presentation of results cleaner.
     */
    val evaluations: List<Evaluation>? = null,

    /**
     * Funding agency, grant number if applicable
     */
    @get:JsonProperty("funded_by")@field:JsonProperty("funded_by")
    val fundedBy: String? = null,

    /**
     * Average inference time per image/tile. Specify hardware and image size. Multiple examples
     * can be given.
     */
    @get:JsonProperty("inference_time")@field:JsonProperty("inference_time")
    val inferenceTime: String? = null,

    /**
     * GPU memory needed for inference. Multiple examples with different image size can be given.
     */
    @get:JsonProperty("memory_requirements_inference")@field:JsonProperty("memory_requirements_inference")
    val memoryRequirementsInference: String? = null,

    /**
     * GPU memory needed for training. Multiple examples with different image/batch sizes can be
     * given.
     */
    @get:JsonProperty("memory_requirements_training")@field:JsonProperty("memory_requirements_training")
    val memoryRequirementsTraining: String? = null,

    /**
     * Input modality, e.g., fluorescence microscopy, electron microscopy
     */
    val modality: String? = null,

    /**
     * Total number of model parameters.
     */
    @get:JsonProperty("model_parameter_count")@field:JsonProperty("model_parameter_count")
    val modelParameterCount: Long? = null,

    /**
     * A new version of this model exists with a different model id.
     */
    @get:JsonProperty("new_version")@field:JsonProperty("new_version")
    val newVersion: String? = null,

    /**
     * Describe how the model may be misused in bioimage analysis contexts and what users should
     * **not** do with the model.
     */
    @get:JsonProperty("out_of_scope_use")@field:JsonProperty("out_of_scope_use")
    val outOfScopeUse: String? = null,

    /**
     * Tolerances to allow when reproducing the model's test outputs
     * from the model's test inputs.
     * Only the first entry matching tensor id and weights format is considered.
     */
    @get:JsonProperty("reproducibility_tolerance")@field:JsonProperty("reproducibility_tolerance")
    val reproducibilityTolerance: List<ReproducibilityTolerance>? = null,

    /**
     * Biological structure(s) the model is designed to analyze, e.g., nuclei, mitochondria,
     * cells
     */
    @get:JsonProperty("target_structure")@field:JsonProperty("target_structure")
    val targetStructure: List<String>? = null,

    /**
     * Bioimage-specific task type, e.g., segmentation, classification, detection, denoising
     */
    val task: String? = null,

    /**
     * Details on how the model was trained.
     */
    val training: TrainingDetails? = null
)

/**
 * Description of known bias, risks, and technical limitations for in-scope model use.
 *
 * Known biases, risks, technical limitations, and recommendations for model use.
 * Open object: further keys are allowed.
 */
data class BiasRisksLimitations (
    /**
     * Biases in training data or model behavior.
     */
    @get:JsonProperty("known_biases")@field:JsonProperty("known_biases")
    val knownBiases: String? = null,

    /**
     * Technical limitations and failure modes.
     */
    val limitations: String? = null,

    /**
     * Mitigation strategies regarding `known_biases`, `risks`, and `limitations`, as well as
     * applicable best practices.
     *
     * Consider:
     * - How to use a validation dataset?
     * - How to manually validate?
     * - Feasibility of domain adaptation for different experimental setups?
     */
    val recommendations: String? = null,

    /**
     * Potential risks in the context of bioimage analysis.
     */
    val risks: String? = null
)

/**
 * Environmental considerations for model training and deployment
 *
 * Environmental considerations for model training and deployment.
 *
 * Carbon emissions can be estimated using the [Machine Learning Impact
 * calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
 * (2019)](https://arxiv.org/abs/1910.09700).
 * Open object: further keys are allowed.
 */
data class EnvironmentalImpact (
    /**
     * If applicable
     */
    @get:JsonProperty("cloud_provider")@field:JsonProperty("cloud_provider")
    val cloudProvider: String? = null,

    /**
     * kg CO2 equivalent
     *
     * Carbon emissions can be estimated using the [Machine Learning Impact
     * calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
     * (2019)](https://arxiv.org/abs/1910.09700).
     */
    @get:JsonProperty("co2_emitted")@field:JsonProperty("co2_emitted")
    val co2Emitted: Double? = null,

    /**
     * Geographic location
     */
    @get:JsonProperty("compute_region")@field:JsonProperty("compute_region")
    val computeRegion: String? = null,

    /**
     * GPU/CPU specifications
     */
    @get:JsonProperty("hardware_type")@field:JsonProperty("hardware_type")
    val hardwareType: String? = null,

    /**
     * Total compute hours
     */
    @get:JsonProperty("hours_used")@field:JsonProperty("hours_used")
    val hoursUsed: Double? = null
)

/**
 * A quantitative model evaluation. The list lengths must be consistent
 * (`evaluation_factors` vs `evaluation_factors_long`, `metrics` vs `metrics_long`,
 * `results` rows vs `metrics`, columns vs `evaluation_factors`); checked in code (rule
 * `model05.evaluation.table-shape`). Open object: further keys are allowed.
 */
data class Evaluation (
    /**
     * Dataset used for evaluation.
     */
    @get:JsonProperty("dataset_id", required=true)@field:JsonProperty("dataset_id", required=true)
    val datasetID: String,

    /**
     * Role of the dataset used for evaluation.
     *
     * - `train`: dataset was (part of) the training data
     * - `validation`: dataset was (part of) the validation data used during training, e.g. used
     * for model selection or hyperparameter tuning
     * - `test`: dataset was (part of) the designated test data; not used during training or
     * validation, but acquired from the same source/distribution as training data
     * - `independent`: dataset is entirely independent test data; not used during training or
     * validation, and acquired from a different source/distribution than training data
     * - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
     * subset) of the data was seen by the model during training.
     */
    @get:JsonProperty("dataset_role", required=true)@field:JsonProperty("dataset_role", required=true)
    val datasetRole: DatasetRole,

    /**
     * Source of the dataset.
     */
    @get:JsonProperty("dataset_source", required=true)@field:JsonProperty("dataset_source", required=true)
    val datasetSource: String,

    /**
     * (Abbreviations of) each evaluation factor.
     *
     * Evaluation factors are criteria along which model performance is evaluated, e.g.
     * different image conditions
     * like 'low SNR', 'high cell density', or different biological conditions like 'cell type
     * A', 'cell type B'.
     * An 'overall' factor may be included to summarize performance across all conditions.
     */
    @get:JsonProperty("evaluation_factors", required=true)@field:JsonProperty("evaluation_factors", required=true)
    val evaluationFactors: List<String>,

    /**
     * Descriptions (long form) of each evaluation factor.
     */
    @get:JsonProperty("evaluation_factors_long", required=true)@field:JsonProperty("evaluation_factors_long", required=true)
    val evaluationFactorsLong: List<String>,

    /**
     * (Abbreviations of) metrics used for evaluation.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val metrics: List<String>,

    /**
     * Description of each metric used.
     */
    @get:JsonProperty("metrics_long", required=true)@field:JsonProperty("metrics_long", required=true)
    val metricsLong: List<String>,

    /**
     * Model being evaluated.
     */
    @get:JsonProperty("model_id")@field:JsonProperty("model_id")
    val modelID: String? = null,

    /**
     * Results for each metric (rows; outer list) and each evaluation factor (columns; inner
     * list).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val results: List<List<Result>>,

    /**
     * Interpretation of results for general audience.
     *
     * Consider:
     * - Overall model performance
     * - Comparison to existing methods
     * - Limitations and areas for improvement
     */
    @get:JsonProperty("results_summary")@field:JsonProperty("results_summary")
    val resultsSummary: String? = null,

    /**
     * Number of evaluated samples.
     */
    @get:JsonProperty("sample_count", required=true)@field:JsonProperty("sample_count", required=true)
    val sampleCount: Long
)

/**
 * Role of the dataset used for evaluation.
 *
 * - `train`: dataset was (part of) the training data
 * - `validation`: dataset was (part of) the validation data used during training, e.g. used
 * for model selection or hyperparameter tuning
 * - `test`: dataset was (part of) the designated test data; not used during training or
 * validation, but acquired from the same source/distribution as training data
 * - `independent`: dataset is entirely independent test data; not used during training or
 * validation, and acquired from a different source/distribution than training data
 * - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
 * subset) of the data was seen by the model during training.
 */
enum class DatasetRole(val value: String) {
    Independent("independent"),
    Test("test"),
    Train("train"),
    Unknown("unknown"),
    Validation("validation");

    companion object {
        fun fromValue(value: String): DatasetRole = when (value) {
            "independent" -> Independent
            "test"        -> Test
            "train"       -> Train
            "unknown"     -> Unknown
            "validation"  -> Validation
            else          -> throw IllegalArgumentException()
        }
    }
}

sealed class Result {
    class DoubleValue(val value: Double) : Result()
    class StringValue(val value: String) : Result()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleValue -> this.value
        is StringValue -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Result = when (jn) {
            is DoubleNode -> DoubleValue(mapper.treeToValue(jn))
            is TextNode   -> StringValue(mapper.treeToValue(jn))
            else          -> throw IllegalArgumentException()
        }
    }
}

/**
 * Describes what small numerical differences -- if any -- may be tolerated
 * in the generated output when executing in different environments.
 *
 * A tensor element *output* is considered mismatched to the **test_tensor** if
 * abs(*output* - **test_tensor**) > **absolute_tolerance** + **relative_tolerance** *
 * abs(**test_tensor**).
 * (Internally we call
 * [numpy.testing.assert_allclose](https://numpy.org/doc/stable/reference/generated/numpy.testing.assert_allclose.html).)
 *
 * Motivation:
 * For testing we can request the respective deep learning frameworks to be as
 * reproducible as possible by setting seeds and chosing deterministic algorithms,
 * but differences in operating systems, available hardware and installed drivers
 * may still lead to numerical differences.
 * Open object: further keys are allowed.
 */
data class ReproducibilityTolerance (
    /**
     * Maximum absolute tolerance of reproduced test tensor (non-negative; with IO checks at
     * most 1% of the test output's maximum, rule `model05.io.test-tensors`).
     */
    @get:JsonProperty("absolute_tolerance")@field:JsonProperty("absolute_tolerance")
    val absoluteTolerance: Double? = null,

    /**
     * Maximum number of mismatched elements/pixels per million to tolerate. In [0, 1000].
     */
    @get:JsonProperty("mismatched_elements_per_million")@field:JsonProperty("mismatched_elements_per_million")
    val mismatchedElementsPerMillion: Long? = null,

    /**
     * Limits the output tensor IDs these reproducibility details apply to.
     */
    @get:JsonProperty("output_ids")@field:JsonProperty("output_ids")
    val outputIDS: List<String>? = null,

    /**
     * Maximum relative tolerance of reproduced test tensor. In [0, 0.01].
     */
    @get:JsonProperty("relative_tolerance")@field:JsonProperty("relative_tolerance")
    val relativeTolerance: Double? = null,

    /**
     * Limits the weights formats these details apply to.
     */
    @get:JsonProperty("weights_formats")@field:JsonProperty("weights_formats")
    val weightsFormats: List<WeightsFormat>? = null
)

/**
 * A weights format name (the keys of `weights`).
 */
enum class WeightsFormat(val value: String) {
    KerasHdf5("keras_hdf5"),
    Onnx("onnx"),
    PytorchStateDict("pytorch_state_dict"),
    TensorflowJS("tensorflow_js"),
    TensorflowSavedModelBundle("tensorflow_saved_model_bundle"),
    Torchscript("torchscript");

    companion object {
        fun fromValue(value: String): WeightsFormat = when (value) {
            "keras_hdf5"                    -> KerasHdf5
            "onnx"                          -> Onnx
            "pytorch_state_dict"            -> PytorchStateDict
            "tensorflow_js"                 -> TensorflowJS
            "tensorflow_saved_model_bundle" -> TensorflowSavedModelBundle
            "torchscript"                   -> Torchscript
            else                            -> throw IllegalArgumentException()
        }
    }
}

/**
 * Details on how the model was trained.
 *
 * Details on how the model was trained. Open object: further keys are allowed.
 */
data class TrainingDetails (
    /**
     * Initial learning rate used in training.
     */
    @get:JsonProperty("initial_learning_rate")@field:JsonProperty("initial_learning_rate")
    val initialLearningRate: Double? = null,

    /**
     * Learning rate schedule used in training.
     */
    @get:JsonProperty("learning_rate_schedule")@field:JsonProperty("learning_rate_schedule")
    val learningRateSchedule: String? = null,

    /**
     * Loss function used in training, e.g. nn.MSELoss.
     */
    @get:JsonProperty("loss_function")@field:JsonProperty("loss_function")
    val lossFunction: String? = null,

    /**
     * key word arguments for the `loss_function`
     */
    @get:JsonProperty("loss_function_kwargs")@field:JsonProperty("loss_function_kwargs")
    val lossFunctionKwargs: Map<String, Any?>? = null,

    /**
     * optimizer, e.g. torch.optim.Adam
     */
    val optimizer: String? = null,

    /**
     * key word arguments for the `optimizer`
     */
    @get:JsonProperty("optimizer_kwargs")@field:JsonProperty("optimizer_kwargs")
    val optimizerKwargs: Map<String, Any?>? = null,

    /**
     * Regularization techniques used during training, e.g. drop-out or weight decay.
     */
    val regularization: String? = null,

    /**
     * Batch size used in training.
     */
    @get:JsonProperty("training_batch_size")@field:JsonProperty("training_batch_size")
    val trainingBatchSize: Double? = null,

    /**
     * Total training duration in hours.
     */
    @get:JsonProperty("training_duration")@field:JsonProperty("training_duration")
    val trainingDuration: Double? = null,

    /**
     * Number of training epochs.
     */
    @get:JsonProperty("training_epochs")@field:JsonProperty("training_epochs")
    val trainingEpochs: Double? = null,

    /**
     * Detailed image preprocessing steps during model training:
     *
     * Mention:
     * - *Normalization methods*
     * - *Augmentation strategies*
     * - *Resizing/resampling procedures*
     * - *Artifact handling*
     */
    @get:JsonProperty("training_preprocessing")@field:JsonProperty("training_preprocessing")
    val trainingPreprocessing: String? = null
)

/**
 * Description of an input tensor.
 */
data class InputTensorDescr (
    /**
     * tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val axes: List<InputAxis>,

    /**
     * Description of the tensor's data values, optionally per channel.
     * If specified per channel, the data `type` needs to match across channels.
     * Per-channel lists must agree in `type` and have one entry per channel (rules
     * `model05.tensors.data`).
     */
    val data: Data? = null,

    /**
     * free text description
     */
    val description: String? = null,

    /**
     * Input tensor id.
     * No duplicates are allowed across all inputs and outputs.
     */
    val id: String? = null,

    /**
     * indicates that this tensor may be `None`
     */
    val optional: Boolean? = null,

    /**
     * Description of how this input should be preprocessed.
     *
     * notes:
     * - If preprocessing does not start with an 'ensure_dtype' entry, it is added
     * to ensure an input tensor's data type matches the input tensor's data description.
     * - If preprocessing does not end with an 'ensure_dtype' or 'binarize' entry, an
     * 'ensure_dtype' step is added to ensure preprocessing steps are not unintentionally
     * changing the data type.
     * (bioimage-specs adds these steps as the reference does, when it loads the description.)
     */
    val preprocessing: List<PreprocessingDescr>? = null,

    /**
     * A sample tensor to illustrate a possible input/output for the model,
     * The sample image primarily serves to inform a human user about an example use case
     * and is typically stored as .hdf5, .png or .tiff.
     * It has to be readable by the [imageio
     * library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
     * (numpy's `.npy` format is not supported).
     * The image dimensionality has to match the number of axes specified in this tensor
     * description.
     * (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
     * sample tensor gets a FAIR ALERT, rule `common.fair`.)
     */
    @get:JsonProperty("sample_tensor")@field:JsonProperty("sample_tensor")
    val sampleTensor: FileDescr? = null,

    /**
     * An example tensor to use for testing.
     * Using the model with the test input tensors is expected to yield the test output tensors.
     * Each test tensor has be a an ndarray in the
     * [numpy.lib file
     * format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
     * The file extension must be '.npy'.
     * (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
     * test tensor gets a FAIR ALERT, rule `common.fair`.)
     */
    @get:JsonProperty("test_tensor")@field:JsonProperty("test_tensor")
    val testTensor: FileDescr? = null
)

/**
 * An axis of an input tensor, discriminated by `type`.
 *
 * The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
 * reference).
 *
 * A channel axis; its size is the number of `channel_names`.
 *
 * An index axis of an input tensor.
 *
 * A time axis of an input tensor.
 *
 * A space axis of an input tensor.
 */
data class InputAxis (
    /**
     * Discriminator of the union: selects the branch by `type`.
     *
     * Axis type `batch`.
     *
     * Axis type `channel`.
     *
     * Axis type `index`.
     *
     * Axis type `time`.
     *
     * Axis type `space`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: InputAxisType,

    /**
     * A short description of this axis beyond its type and id.
     */
    val description: String? = null,

    /**
     * The batch axis id; always `batch`.
     *
     * An axis id unique across all axes of one tensor.
     */
    val id: String? = null,

    /**
     * The batch size may be fixed to 1,
     * otherwise (the default) it may be chosen arbitrarily depending on available memory
     *
     * The size/length of this axis can be specified as
     * - fixed integer
     * - parameterized series of valid sizes (`ParameterizedSize`)
     * - reference to another axis with an optional offset (`SizeReference`)
     */
    val size: Size? = null,

    /**
     * Names of the channels (identifiers); the channel axis size is their number.
     */
    @get:JsonProperty("channel_names")@field:JsonProperty("channel_names")
    val channelNames: List<String>? = null,

    /**
     * If a model has a `concatenable` input axis, it can be processed blockwise,
     * splitting a longer sample axis into blocks matching its input tensor description.
     * Output axes are concatenable if they have a `SizeReference` to a concatenable
     * input axis.
     */
    val concatenable: Boolean? = null,

    /**
     * Physical size of one pixel/frame along this axis in `unit` (positive).
     */
    val scale: Double? = null,

    /**
     * Time unit compatible to the OME-Zarr axes specification 0.5.
     *
     * Space unit compatible to the OME-Zarr axes specification 0.5.
     */
    val unit: Unit? = null
)

sealed class Size {
    class IntegerValue(val value: Long)                        : Size()
    class ParameterizedSizeValue(val value: ParameterizedSize) : Size()
    class NullValue()                                          : Size()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is IntegerValue           -> this.value
        is ParameterizedSizeValue -> this.value
        is NullValue              -> "null"
    })

    companion object {
        fun fromJson(jn: JsonNode): Size = when (jn) {
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is ObjectNode           -> ParameterizedSizeValue(mapper.treeToValue(jn))
            null                    -> NullValue()
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * Describes a range of valid tensor axis sizes as `size = min + n*step`.
 *
 * - **min** and **step** are given by the model description.
 * - All blocksize paramters n = 0,1,2,... yield a valid `size`.
 * - A greater blocksize paramter n = 0,1,2,... results in a greater **size**.
 * This allows to adjust the axis size more generically.
 * Only allowed for input axes.
 *
 * A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
 *
 * `axis.size = reference.size * reference.scale / axis.scale + offset`
 *
 * Note:
 * 1. The axis and the referenced axis need to have the same unit (or no unit).
 * 2. Batch axes may not be referenced.
 * 3. Fractions are rounded down.
 * 4. If the reference axis is `concatenable` the referencing axis is assumed to be
 * `concatenable` as well with the same block order.
 *
 * That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
 * fixed or parameterized reference size, matching units, channel only to channel) is
 * checked in code (rule `model05.axes.size-references`).
 *
 * The size of this axis, as a reference to another axis with an optional offset (see
 * `SizeReference`); an axis with a halo cannot have a fixed size.
 */
data class ParameterizedSize (
    /**
     * The minimal size (`n = 0`), a positive integer.
     */
    val min: Long? = null,

    /**
     * The size increment per step of `n`, a positive integer.
     */
    val step: Long? = null,

    /**
     * axis id of the reference axis
     */
    @get:JsonProperty("axis_id")@field:JsonProperty("axis_id")
    val axisID: String? = null,

    /**
     * Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
     * (a string or a float is refused).
     */
    val offset: Long? = null,

    /**
     * tensor id of the reference axis
     */
    @get:JsonProperty("tensor_id")@field:JsonProperty("tensor_id")
    val tensorID: String? = null
)

/**
 * Discriminator of the union: selects the branch by `type`.
 */
enum class InputAxisType(val value: String) {
    Batch("batch"),
    Channel("channel"),
    Index("index"),
    Space("space"),
    Time("time");

    companion object {
        fun fromValue(value: String): InputAxisType = when (value) {
            "batch"   -> Batch
            "channel" -> Channel
            "index"   -> Index
            "space"   -> Space
            "time"    -> Time
            else      -> throw IllegalArgumentException()
        }
    }
}

enum class Unit(val value: String) {
    Angstrom("angstrom"),
    Attometer("attometer"),
    Attosecond("attosecond"),
    Centimeter("centimeter"),
    Centisecond("centisecond"),
    Day("day"),
    Decimeter("decimeter"),
    Decisecond("decisecond"),
    Exameter("exameter"),
    Exasecond("exasecond"),
    Femtometer("femtometer"),
    Femtosecond("femtosecond"),
    Foot("foot"),
    Gigameter("gigameter"),
    Gigasecond("gigasecond"),
    Hectometer("hectometer"),
    Hectosecond("hectosecond"),
    Hour("hour"),
    Inch("inch"),
    Kilometer("kilometer"),
    Kilosecond("kilosecond"),
    Megameter("megameter"),
    Megasecond("megasecond"),
    Meter("meter"),
    Micrometer("micrometer"),
    Microsecond("microsecond"),
    Mile("mile"),
    Millimeter("millimeter"),
    Millisecond("millisecond"),
    Minute("minute"),
    Nanometer("nanometer"),
    Nanosecond("nanosecond"),
    Parsec("parsec"),
    Petameter("petameter"),
    Petasecond("petasecond"),
    Picometer("picometer"),
    Picosecond("picosecond"),
    Second("second"),
    Terameter("terameter"),
    Terasecond("terasecond"),
    Yard("yard"),
    Yoctometer("yoctometer"),
    Yoctosecond("yoctosecond"),
    Yottameter("yottameter"),
    Yottasecond("yottasecond"),
    Zeptometer("zeptometer"),
    Zeptosecond("zeptosecond"),
    Zettameter("zettameter"),
    Zettasecond("zettasecond");

    companion object {
        fun fromValue(value: String): Unit = when (value) {
            "angstrom"    -> Angstrom
            "attometer"   -> Attometer
            "attosecond"  -> Attosecond
            "centimeter"  -> Centimeter
            "centisecond" -> Centisecond
            "day"         -> Day
            "decimeter"   -> Decimeter
            "decisecond"  -> Decisecond
            "exameter"    -> Exameter
            "exasecond"   -> Exasecond
            "femtometer"  -> Femtometer
            "femtosecond" -> Femtosecond
            "foot"        -> Foot
            "gigameter"   -> Gigameter
            "gigasecond"  -> Gigasecond
            "hectometer"  -> Hectometer
            "hectosecond" -> Hectosecond
            "hour"        -> Hour
            "inch"        -> Inch
            "kilometer"   -> Kilometer
            "kilosecond"  -> Kilosecond
            "megameter"   -> Megameter
            "megasecond"  -> Megasecond
            "meter"       -> Meter
            "micrometer"  -> Micrometer
            "microsecond" -> Microsecond
            "mile"        -> Mile
            "millimeter"  -> Millimeter
            "millisecond" -> Millisecond
            "minute"      -> Minute
            "nanometer"   -> Nanometer
            "nanosecond"  -> Nanosecond
            "parsec"      -> Parsec
            "petameter"   -> Petameter
            "petasecond"  -> Petasecond
            "picometer"   -> Picometer
            "picosecond"  -> Picosecond
            "second"      -> Second
            "terameter"   -> Terameter
            "terasecond"  -> Terasecond
            "yard"        -> Yard
            "yoctometer"  -> Yoctometer
            "yoctosecond" -> Yoctosecond
            "yottameter"  -> Yottameter
            "yottasecond" -> Yottasecond
            "zeptometer"  -> Zeptometer
            "zeptosecond" -> Zeptosecond
            "zettameter"  -> Zettameter
            "zettasecond" -> Zettasecond
            else          -> throw IllegalArgumentException()
        }
    }
}

sealed class Data {
    class DataDescrValue(val value: DataDescr)                        : Data()
    class TensorDataDescrArrayValue(val value: List<TensorDataDescr>) : Data()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DataDescrValue            -> this.value
        is TensorDataDescrArrayValue -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Data = when (jn) {
            is ObjectNode -> DataDescrValue(mapper.treeToValue(jn))
            is ArrayNode  -> TensorDataDescrArrayValue(mapper.treeToValue(jn))
            else          -> throw IllegalArgumentException()
        }
    }
}

/**
 * Description of a tensor's data values: nominal/ordinal (with `values`) or
 * interval/ratio.
 *
 * Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
 * fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
 * unsigned integer types, no floats with integer types) is checked in code (rule
 * `model05.tensors.data`).
 *
 * Description of tensor data on an interval or ratio scale.
 */
data class TensorDataDescr (
    /**
     * The data type (dtype) of the tensor.
     */
    val type: Type? = null,

    /**
     * Unit of the data values: `arbitrary unit` or an SI unit.
     */
    val unit: String? = null,

    /**
     * A fixed set of nominal or an ascending sequence of ordinal values.
     * In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
     * String `values` are interpreted as labels for tensor values 0, ..., N.
     * Note: as YAML 1.2 does not natively support a "set" datatype,
     * nominal values should be given as a sequence (aka list/array) as well.
     */
    val values: List<Value>? = null,

    /**
     * Offset for data on a ratio scale.
     */
    val offset: Double? = null,

    /**
     * Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
     * `None` corresponds to min/max of what can be expressed by **type**.
     * The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
     * warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
     */
    val range: List<Double?>? = null,

    /**
     * Scale for data on an interval (or ratio) scale.
     */
    val scale: Double? = null
)

/**
 * The data type (dtype) of the tensor.
 *
 * The data type to cast to.
 */
enum class Type(val value: String) {
    Bool("bool"),
    Float32("float32"),
    Float64("float64"),
    Int16("int16"),
    Int32("int32"),
    Int64("int64"),
    Int8("int8"),
    Uint16("uint16"),
    Uint32("uint32"),
    Uint64("uint64"),
    Uint8("uint8");

    companion object {
        fun fromValue(value: String): Type = when (value) {
            "bool"    -> Bool
            "float32" -> Float32
            "float64" -> Float64
            "int16"   -> Int16
            "int32"   -> Int32
            "int64"   -> Int64
            "int8"    -> Int8
            "uint16"  -> Uint16
            "uint32"  -> Uint32
            "uint64"  -> Uint64
            "uint8"   -> Uint8
            else      -> throw IllegalArgumentException()
        }
    }
}

sealed class Value {
    class BoolValue(val value: Boolean)  : Value()
    class DoubleValue(val value: Double) : Value()
    class IntegerValue(val value: Long)  : Value()
    class StringValue(val value: String) : Value()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is BoolValue    -> this.value
        is DoubleValue  -> this.value
        is IntegerValue -> this.value
        is StringValue  -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Value = when (jn) {
            is BooleanNode          -> BoolValue(mapper.treeToValue(jn))
            is DoubleNode           -> DoubleValue(mapper.treeToValue(jn))
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
 * fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
 * unsigned integer types, no floats with integer types) is checked in code (rule
 * `model05.tensors.data`).
 *
 * Description of tensor data on an interval or ratio scale.
 */
data class DataDescr (
    /**
     * The data type (dtype) of the tensor.
     */
    val type: Type? = null,

    /**
     * Unit of the data values: `arbitrary unit` or an SI unit.
     */
    val unit: String? = null,

    /**
     * A fixed set of nominal or an ascending sequence of ordinal values.
     * In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
     * String `values` are interpreted as labels for tensor values 0, ..., N.
     * Note: as YAML 1.2 does not natively support a "set" datatype,
     * nominal values should be given as a sequence (aka list/array) as well.
     */
    val values: List<Value>? = null,

    /**
     * Offset for data on a ratio scale.
     */
    val offset: Double? = null,

    /**
     * Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
     * `None` corresponds to min/max of what can be expressed by **type**.
     * The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
     * warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
     */
    val range: List<Double?>? = null,

    /**
     * Scale for data on an interval (or ratio) scale.
     */
    val scale: Double? = null
)

/**
 * A preprocessing step, discriminated by `id`.
 *
 * Binarize the tensor with a fixed threshold.
 *
 * Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
 * will be set to one, values below the threshold to zero.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: binarize
 * kwargs:
 * axis: 'channel'
 * threshold: [0.25, 0.5, 0.75]
 * ```
 * - in Python:
 * >>> postprocessing = [BinarizeDescr(
 * ...   kwargs=BinarizeAlongAxisKwargs(
 * ...       axis=AxisId('channel'),
 * ...       threshold=[0.25, 0.5, 0.75],
 * ...   )
 * ... )]
 *
 * Set tensor values below min to min and above max to max.
 *
 * See `ScaleRangeDescr` for examples.
 *
 * Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
 *
 * This can for example be used to ensure the inner neural network model gets a
 * different input tensor data type than the fully described bioimage.io model does.
 *
 * Examples:
 * The described bioimage.io model (incl. preprocessing) accepts any
 * float32-compatible tensor, normalizes it with percentiles and clipping and then
 * casts it to uint8, which is what the neural network in this example expects.
 * - in YAML
 * ```yaml
 * inputs:
 * - data:
 * type: float32  # described bioimage.io model is compatible with any float32 input
 * tensor
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * - id: clip
 * kwargs:
 * min: 0.0
 * max: 1.0
 * - id: ensure_dtype  # the neural network of the model requires uint8
 * kwargs:
 * dtype: uint8
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleRangeDescr(
 * ...         kwargs=ScaleRangeKwargs(
 * ...           axes= (AxisId('y'), AxisId('x')),
 * ...           max_percentile= 99.8,
 * ...           min_percentile= 5.0,
 * ...         )
 * ...     ),
 * ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
 * ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
 * ... ]
 *
 * Subtract a given mean and divide by the standard deviation.
 *
 * Normalize with fixed, precomputed values for
 * `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
 * Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
 * axes.
 *
 * Examples:
 * 1. scalar value for whole tensor
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: fixed_zero_mean_unit_variance
 * kwargs:
 * mean: 103.5
 * std: 13.7
 * ```
 * - in Python
 * >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 * ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
 * ... )]
 *
 * 2. independently along an axis
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: fixed_zero_mean_unit_variance
 * kwargs:
 * axis: channel
 * mean: [101.5, 102.5, 103.5]
 * std: [11.7, 12.7, 13.7]
 * ```
 * - in Python
 * >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 * ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
 * ...     axis=AxisId("channel"),
 * ...     mean=[101.5, 102.5, 103.5],
 * ...     std=[11.7, 12.7, 13.7],
 * ...   )
 * ... )]
 *
 * Fixed linear scaling.
 *
 * Examples:
 * 1. Scale with scalar gain and offset
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_linear
 * kwargs:
 * gain: 2.0
 * offset: 3.0
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
 * ... ]
 *
 * 2. Independent scaling along an axis
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_linear
 * kwargs:
 * axis: 'channel'
 * gain: [1.0, 2.0, 3.0]
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleLinearDescr(
 * ...         kwargs=ScaleLinearAlongAxisKwargs(
 * ...             axis=AxisId("channel"),
 * ...             gain=[1.0, 2.0, 3.0],
 * ...         )
 * ...     )
 * ... ]
 *
 * Scale with percentiles.
 *
 * Examples:
 * 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * ```
 * - in Python
 * >>> preprocessing = [
 * ...     ScaleRangeDescr(
 * ...         kwargs=ScaleRangeKwargs(
 * ...           axes= (AxisId('y'), AxisId('x')),
 * ...           max_percentile= 99.8,
 * ...           min_percentile= 5.0,
 * ...         )
 * ...     )
 * ... ]
 *
 * 2. Combine the above scaling with additional clipping to clip values outside the range
 * given by the percentiles.
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * - id: scale_range
 * - id: clip
 * kwargs:
 * min: 0.0
 * max: 1.0
 * ```
 * - in Python
 * >>> preprocessing = [
 * ...   ScaleRangeDescr(
 * ...     kwargs=ScaleRangeKwargs(
 * ...       axes= (AxisId('y'), AxisId('x')),
 * ...       max_percentile= 99.8,
 * ...       min_percentile= 5.0,
 * ...     )
 * ...   ),
 * ...   ClipDescr(
 * ...     kwargs=ClipKwargs(
 * ...       min=0.0,
 * ...       max=1.0,
 * ...     )
 * ...   ),
 * ... ]
 *
 * The logistic sigmoid function, a.k.a. expit function.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: sigmoid
 * ```
 * - in Python:
 * >>> postprocessing = [SigmoidDescr()]
 * (No `kwargs`.)
 *
 * The softmax function.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: softmax
 * kwargs:
 * axis: channel
 * ```
 * - in Python:
 * >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
 *
 * Subtract mean and divide by variance.
 *
 * Examples:
 * Subtract tensor mean and variance
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: zero_mean_unit_variance
 * ```
 * - in Python
 * >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
 */
data class PreprocessingDescr (
    /**
     * Discriminator of the union: selects the branch by `id`.
     *
     * Processing step id `binarize`.
     *
     * Processing step id `clip`.
     *
     * Processing step id `ensure_dtype`.
     *
     * Processing step id `fixed_zero_mean_unit_variance`.
     *
     * Processing step id `scale_linear`.
     *
     * Processing step id `scale_range`.
     *
     * Processing step id `sigmoid`.
     *
     * Processing step id `softmax`.
     *
     * Processing step id `zero_mean_unit_variance`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val id: PreprocessingDescrID,

    /**
     * Key word arguments of `binarize`.
     *
     * Key word arguments of `clip`.
     *
     * Key word arguments of `ensure_dtype`.
     *
     * Key word arguments of `fixed_zero_mean_unit_variance`.
     *
     * Key word arguments of `scale_linear`.
     *
     * Key word arguments of `scale_range`.
     *
     * Key word arguments of `softmax`.
     *
     * Key word arguments of `zero_mean_unit_variance`.
     */
    val kwargs: PreprocessingDescrKwargs? = null
)

/**
 * Discriminator of the union: selects the branch by `id`.
 */
enum class PreprocessingDescrID(val value: String) {
    Binarize("binarize"),
    Clip("clip"),
    EnsureDtype("ensure_dtype"),
    FixedZeroMeanUnitVariance("fixed_zero_mean_unit_variance"),
    ScaleLinear("scale_linear"),
    ScaleRange("scale_range"),
    Sigmoid("sigmoid"),
    Softmax("softmax"),
    ZeroMeanUnitVariance("zero_mean_unit_variance");

    companion object {
        fun fromValue(value: String): PreprocessingDescrID = when (value) {
            "binarize"                      -> Binarize
            "clip"                          -> Clip
            "ensure_dtype"                  -> EnsureDtype
            "fixed_zero_mean_unit_variance" -> FixedZeroMeanUnitVariance
            "scale_linear"                  -> ScaleLinear
            "scale_range"                   -> ScaleRange
            "sigmoid"                       -> Sigmoid
            "softmax"                       -> Softmax
            "zero_mean_unit_variance"       -> ZeroMeanUnitVariance
            else                            -> throw IllegalArgumentException()
        }
    }
}

/**
 * key word arguments for `BinarizeDescr`
 *
 * Key word arguments of `clip`.
 *
 * key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
 * `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
 * a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
 * not set.
 *
 * Key word arguments of `ensure_dtype`.
 *
 * key word arguments for `EnsureDtypeDescr`
 *
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`
 *
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
 * same length is checked in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
 * rejected in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
 * list, lists must have equal lengths, and not all entries may be the identity; checked in
 * code (rule `model05.processing.kwargs`).
 *
 * Key word arguments of `scale_range`.
 *
 * key word arguments for `ScaleRangeDescr`
 *
 * For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
 * this processing step normalizes data to the [0, 1] intervall.
 * For other percentiles the normalized values will partially be outside the [0, 1]
 * intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
 * normalized values to a range.
 * `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments of `softmax`.
 *
 * key word arguments for `SoftmaxDescr`
 *
 * Key word arguments of `zero_mean_unit_variance`.
 *
 * key word arguments for `ZeroMeanUnitVarianceDescr`
 */
data class PreprocessingDescrKwargs (
    /**
     * The fixed threshold
     *
     * The fixed threshold values along `axis`
     */
    val threshold: Gain? = null,

    /**
     * The `threshold` axis
     *
     * The axis of the mean/std values to normalize each entry along that dimension
     * separately.
     *
     * The axis of gain and offset values.
     *
     * The axis to apply the softmax function along.
     * Note:
     * Defaults to 'channel' axis
     * (which may not exist, in which case
     * a different axis id has to be specified).
     */
    val axis: String? = null,

    /**
     * The subset of axes to determine percentiles jointly,
     *
     * i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
     * For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
     * 'x')
     * resulting in a tensor of equal shape with clipped values per channel, specify
     * `axes=('batch', 'x', 'y')`.
     * To clip samples independently, leave out the 'batch' axis.
     *
     * Only valid if `min_percentile` and/or `max_percentile` are set.
     *
     * Default: Compute percentiles over all axes jointly.
     *
     * The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
     * percentile value.
     * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
     * 'y', 'x')
     * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
     * 'y')`.
     * To normalize samples independently, leave out the "batch" axis.
     * Default: Scale all axes jointly.
     *
     * The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
     * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
     * 'y', 'x')
     * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
     * 'y')`.
     * To normalize each sample independently leave out the 'batch' axis.
     * Default: Scale all axes jointly.
     */
    val axes: List<String>? = null,

    /**
     * Maximum value for clipping.
     *
     * Exclusive with `max_percentile`.
     */
    val max: Double? = null,

    /**
     * Maximum percentile for clipping.
     *
     * Exclusive with `max`.
     *
     * In range (1, 100].
     *
     * The upper percentile used to determine the value to align with one.
     * Has to be bigger than `min_percentile`.
     * The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
     * accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
     */
    @get:JsonProperty("max_percentile")@field:JsonProperty("max_percentile")
    val maxPercentile: Double? = null,

    /**
     * Minimum value for clipping.
     *
     * Exclusive with `min_percentile`
     */
    val min: Double? = null,

    /**
     * Minimum percentile for clipping.
     *
     * Exclusive with `min`.
     *
     * In range [0, 100).
     *
     * The lower percentile used to determine the value to align with zero. In [0, 100).
     */
    @get:JsonProperty("min_percentile")@field:JsonProperty("min_percentile")
    val minPercentile: Double? = null,

    /**
     * The data type to cast to.
     */
    val dtype: Type? = null,

    /**
     * The mean value to normalize with.
     *
     * The mean value(s) to normalize with.
     */
    val mean: Gain? = null,

    /**
     * The standard deviation value to normalize with.
     *
     * The standard deviation value(s) to normalize with.
     * Size must match `mean` values.
     */
    val std: Std? = null,

    /**
     * multiplicative factor
     */
    val gain: Gain? = null,

    /**
     * additive term
     */
    val offset: Gain? = null,

    /**
     * Epsilon for numeric stability.
     * `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
     * with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
     *
     * epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
     */
    val eps: Double? = null,

    /**
     * Tensor ID to compute the percentiles from. Default: The tensor itself.
     * For any tensor in `inputs` only input tensor references are allowed.
     */
    @get:JsonProperty("reference_tensor")@field:JsonProperty("reference_tensor")
    val referenceTensor: String? = null
)

sealed class Gain {
    class DoubleArrayValue(val value: List<Double>) : Gain()
    class DoubleValue(val value: Double)            : Gain()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleArrayValue -> this.value
        is DoubleValue      -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Gain = when (jn) {
            is ArrayNode  -> DoubleArrayValue(mapper.treeToValue(jn))
            is DoubleNode -> DoubleValue(mapper.treeToValue(jn))
            else          -> throw IllegalArgumentException()
        }
    }
}

sealed class Std {
    class DoubleArrayValue(val value: List<Double>) : Std()
    class DoubleValue(val value: Double)            : Std()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleArrayValue -> this.value
        is DoubleValue      -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Std = when (jn) {
            is ArrayNode  -> DoubleArrayValue(mapper.treeToValue(jn))
            is DoubleNode -> DoubleValue(mapper.treeToValue(jn))
            else          -> throw IllegalArgumentException()
        }
    }
}

/**
 * A maintainer of a resource description.
 */
data class Maintainer (
    /**
     * Affiliation
     */
    val affiliation: String? = null,

    /**
     * Email
     */
    val email: String? = null,

    /**
     * GitHub user name. With IO checks the reference looks the user up on GitHub;
     * bioimage-specs does not.
     */
    @get:JsonProperty("github_user", required=true)@field:JsonProperty("github_user", required=true)
    val githubUser: String,

    /**
     * Full name. May not contain `/` or `\`.
     */
    val name: String? = null,

    /**
     * An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
     * ) in hyphenated groups of 4 digits, (and [valid](
     *
     * https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
     * ) as per ISO 7064 11,2.)
     */
    val orcid: String? = null
)

/**
 * Description of an output tensor.
 */
data class OutputTensorDescr (
    /**
     * tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val axes: List<OutputAxis>,

    /**
     * Description of the tensor's data values, optionally per channel.
     * If specified per channel, the data `type` needs to match across channels.
     * Per-channel lists must agree in `type` and have one entry per channel (rules
     * `model05.tensors.data`).
     */
    val data: Data? = null,

    /**
     * free text description
     */
    val description: String? = null,

    /**
     * Output tensor id.
     * No duplicates are allowed across all inputs and outputs.
     */
    val id: String? = null,

    /**
     * Description of how this output should be postprocessed.
     *
     * note: `postprocessing` always ends with an 'ensure_dtype' operation.
     * If not given this is added to cast to this tensor's `data.type`.
     * (bioimage-specs adds these steps as the reference does, when it loads the description.)
     */
    val postprocessing: List<PostprocessingDescr>? = null,

    /**
     * A sample tensor to illustrate a possible input/output for the model,
     * The sample image primarily serves to inform a human user about an example use case
     * and is typically stored as .hdf5, .png or .tiff.
     * It has to be readable by the [imageio
     * library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
     * (numpy's `.npy` format is not supported).
     * The image dimensionality has to match the number of axes specified in this tensor
     * description.
     * (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
     * sample tensor gets a FAIR ALERT, rule `common.fair`.)
     */
    @get:JsonProperty("sample_tensor")@field:JsonProperty("sample_tensor")
    val sampleTensor: FileDescr? = null,

    /**
     * An example tensor to use for testing.
     * Using the model with the test input tensors is expected to yield the test output tensors.
     * Each test tensor has be a an ndarray in the
     * [numpy.lib file
     * format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
     * The file extension must be '.npy'.
     * (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
     * test tensor gets a FAIR ALERT, rule `common.fair`.)
     */
    @get:JsonProperty("test_tensor")@field:JsonProperty("test_tensor")
    val testTensor: FileDescr? = null
)

/**
 * An axis of an output tensor, discriminated by `type` (time and space output axes may
 * carry a `halo`).
 *
 * The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
 * reference).
 *
 * A channel axis; its size is the number of `channel_names`.
 *
 * An index axis of an output tensor.
 *
 * A time axis of an output tensor, with or without a halo. The reference tells the two
 * classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
 * the tag `with_halo` or `wo_halo` into error locations.
 *
 * A time axis of an output tensor without a halo (the reference's `TimeOutputAxis`, tag
 * `wo_halo`).
 *
 * A time axis of an output tensor with a halo (the reference's `TimeOutputAxisWithHalo`,
 * tag `with_halo`): its size must reference another axis.
 *
 * A space axis of an output tensor, with or without a halo. The reference tells the two
 * classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
 * the tag `with_halo` or `wo_halo` into error locations.
 *
 * A space axis of an output tensor without a halo (the reference's `SpaceOutputAxis`, tag
 * `wo_halo`).
 *
 * A space axis of an output tensor with a halo (the reference's `SpaceOutputAxisWithHalo`,
 * tag `with_halo`): its size must reference another axis.
 */
data class OutputAxis (
    /**
     * Discriminator of the union: selects the branch by `type`.
     *
     * Axis type `batch`.
     *
     * Axis type `channel`.
     *
     * Axis type `index`.
     *
     * Axis type `time`.
     *
     * Axis type `space`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: InputAxisType,

    /**
     * A short description of this axis beyond its type and id.
     */
    val description: String? = null,

    /**
     * The batch axis id; always `batch`.
     *
     * An axis id unique across all axes of one tensor.
     */
    val id: String? = null,

    /**
     * The batch size may be fixed to 1,
     * otherwise (the default) it may be chosen arbitrarily depending on available memory
     *
     * The size/length of this axis can be specified as
     * - fixed integer
     * - reference to another axis with an optional offset (`SizeReference`)
     * - data dependent size using `DataDependentSize` (size is only known after model
     * inference)
     *
     * The size/length of this axis can be specified as
     * - fixed integer
     * - reference to another axis with an optional offset (see `SizeReference`)
     *
     * The size of this axis, as a reference to another axis with an optional offset (see
     * `SizeReference`); an axis with a halo cannot have a fixed size.
     */
    val size: ModelParameterCount? = null,

    /**
     * Names of the channels (identifiers); the channel axis size is their number.
     */
    @get:JsonProperty("channel_names")@field:JsonProperty("channel_names")
    val channelNames: List<String>? = null,

    /**
     * Physical size of one pixel/frame along this axis in `unit` (positive).
     */
    val scale: Double? = null,

    /**
     * Time unit compatible to the OME-Zarr axes specification 0.5.
     *
     * Space unit compatible to the OME-Zarr axes specification 0.5.
     */
    val unit: Unit? = null,

    /**
     * The halo should be cropped from the output tensor to avoid boundary effects.
     * It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.
     * To document a halo that is already cropped by the model use `size.offset` instead.
     * If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference
     * size is checked in code (rule `model05.axes.size-references`).
     */
    val halo: Long? = null
)

sealed class ModelParameterCount {
    class IntegerValue(val value: Long)                : ModelParameterCount()
    class SizeReferenceValue(val value: SizeReference) : ModelParameterCount()
    class NullValue()                                  : ModelParameterCount()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is IntegerValue       -> this.value
        is SizeReferenceValue -> this.value
        is NullValue          -> "null"
    })

    companion object {
        fun fromJson(jn: JsonNode): ModelParameterCount = when (jn) {
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is ObjectNode           -> SizeReferenceValue(mapper.treeToValue(jn))
            null                    -> NullValue()
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
 *
 * `axis.size = reference.size * reference.scale / axis.scale + offset`
 *
 * Note:
 * 1. The axis and the referenced axis need to have the same unit (or no unit).
 * 2. Batch axes may not be referenced.
 * 3. Fractions are rounded down.
 * 4. If the reference axis is `concatenable` the referencing axis is assumed to be
 * `concatenable` as well with the same block order.
 *
 * That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
 * fixed or parameterized reference size, matching units, channel only to channel) is
 * checked in code (rule `model05.axes.size-references`).
 *
 * The size of this axis, as a reference to another axis with an optional offset (see
 * `SizeReference`); an axis with a halo cannot have a fixed size.
 *
 * The size of an output index axis that is only known after model inference, optionally
 * bounded by `min` and `max`. `min < max` is checked in code (rule
 * `model05.size.data-dependent-bounds`).
 */
data class SizeReference (
    /**
     * axis id of the reference axis
     */
    @get:JsonProperty("axis_id")@field:JsonProperty("axis_id")
    val axisID: String? = null,

    /**
     * Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
     * (a string or a float is refused).
     */
    val offset: Long? = null,

    /**
     * tensor id of the reference axis
     */
    @get:JsonProperty("tensor_id")@field:JsonProperty("tensor_id")
    val tensorID: String? = null,

    /**
     * Maximal size (greater than 1), or null for unbounded.
     */
    val max: Long? = null,

    /**
     * Minimal size, a positive integer.
     */
    val min: Long? = null
)

/**
 * A postprocessing step, discriminated by `id` (adds `scale_mean_variance` to the
 * preprocessing steps).
 *
 * Binarize the tensor with a fixed threshold.
 *
 * Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
 * will be set to one, values below the threshold to zero.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: binarize
 * kwargs:
 * axis: 'channel'
 * threshold: [0.25, 0.5, 0.75]
 * ```
 * - in Python:
 * >>> postprocessing = [BinarizeDescr(
 * ...   kwargs=BinarizeAlongAxisKwargs(
 * ...       axis=AxisId('channel'),
 * ...       threshold=[0.25, 0.5, 0.75],
 * ...   )
 * ... )]
 *
 * Set tensor values below min to min and above max to max.
 *
 * See `ScaleRangeDescr` for examples.
 *
 * Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
 *
 * This can for example be used to ensure the inner neural network model gets a
 * different input tensor data type than the fully described bioimage.io model does.
 *
 * Examples:
 * The described bioimage.io model (incl. preprocessing) accepts any
 * float32-compatible tensor, normalizes it with percentiles and clipping and then
 * casts it to uint8, which is what the neural network in this example expects.
 * - in YAML
 * ```yaml
 * inputs:
 * - data:
 * type: float32  # described bioimage.io model is compatible with any float32 input
 * tensor
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * - id: clip
 * kwargs:
 * min: 0.0
 * max: 1.0
 * - id: ensure_dtype  # the neural network of the model requires uint8
 * kwargs:
 * dtype: uint8
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleRangeDescr(
 * ...         kwargs=ScaleRangeKwargs(
 * ...           axes= (AxisId('y'), AxisId('x')),
 * ...           max_percentile= 99.8,
 * ...           min_percentile= 5.0,
 * ...         )
 * ...     ),
 * ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
 * ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
 * ... ]
 *
 * Subtract a given mean and divide by the standard deviation.
 *
 * Normalize with fixed, precomputed values for
 * `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
 * Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
 * axes.
 *
 * Examples:
 * 1. scalar value for whole tensor
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: fixed_zero_mean_unit_variance
 * kwargs:
 * mean: 103.5
 * std: 13.7
 * ```
 * - in Python
 * >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 * ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
 * ... )]
 *
 * 2. independently along an axis
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: fixed_zero_mean_unit_variance
 * kwargs:
 * axis: channel
 * mean: [101.5, 102.5, 103.5]
 * std: [11.7, 12.7, 13.7]
 * ```
 * - in Python
 * >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 * ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
 * ...     axis=AxisId("channel"),
 * ...     mean=[101.5, 102.5, 103.5],
 * ...     std=[11.7, 12.7, 13.7],
 * ...   )
 * ... )]
 *
 * Fixed linear scaling.
 *
 * Examples:
 * 1. Scale with scalar gain and offset
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_linear
 * kwargs:
 * gain: 2.0
 * offset: 3.0
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
 * ... ]
 *
 * 2. Independent scaling along an axis
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_linear
 * kwargs:
 * axis: 'channel'
 * gain: [1.0, 2.0, 3.0]
 * ```
 * - in Python:
 * >>> preprocessing = [
 * ...     ScaleLinearDescr(
 * ...         kwargs=ScaleLinearAlongAxisKwargs(
 * ...             axis=AxisId("channel"),
 * ...             gain=[1.0, 2.0, 3.0],
 * ...         )
 * ...     )
 * ... ]
 *
 * Scale a tensor's data distribution to match another tensor's mean/std.
 * `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.`
 *
 * Scale with percentiles.
 *
 * Examples:
 * 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * ```
 * - in Python
 * >>> preprocessing = [
 * ...     ScaleRangeDescr(
 * ...         kwargs=ScaleRangeKwargs(
 * ...           axes= (AxisId('y'), AxisId('x')),
 * ...           max_percentile= 99.8,
 * ...           min_percentile= 5.0,
 * ...         )
 * ...     )
 * ... ]
 *
 * 2. Combine the above scaling with additional clipping to clip values outside the range
 * given by the percentiles.
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: scale_range
 * kwargs:
 * axes: ['y', 'x']
 * max_percentile: 99.8
 * min_percentile: 5.0
 * - id: scale_range
 * - id: clip
 * kwargs:
 * min: 0.0
 * max: 1.0
 * ```
 * - in Python
 * >>> preprocessing = [
 * ...   ScaleRangeDescr(
 * ...     kwargs=ScaleRangeKwargs(
 * ...       axes= (AxisId('y'), AxisId('x')),
 * ...       max_percentile= 99.8,
 * ...       min_percentile= 5.0,
 * ...     )
 * ...   ),
 * ...   ClipDescr(
 * ...     kwargs=ClipKwargs(
 * ...       min=0.0,
 * ...       max=1.0,
 * ...     )
 * ...   ),
 * ... ]
 *
 * The logistic sigmoid function, a.k.a. expit function.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: sigmoid
 * ```
 * - in Python:
 * >>> postprocessing = [SigmoidDescr()]
 * (No `kwargs`.)
 *
 * The softmax function.
 *
 * Examples:
 * - in YAML
 * ```yaml
 * postprocessing:
 * - id: softmax
 * kwargs:
 * axis: channel
 * ```
 * - in Python:
 * >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
 *
 * Subtract mean and divide by variance.
 *
 * Examples:
 * Subtract tensor mean and variance
 * - in YAML
 * ```yaml
 * preprocessing:
 * - id: zero_mean_unit_variance
 * ```
 * - in Python
 * >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
 */
data class PostprocessingDescr (
    /**
     * Discriminator of the union: selects the branch by `id`.
     *
     * Processing step id `binarize`.
     *
     * Processing step id `clip`.
     *
     * Processing step id `ensure_dtype`.
     *
     * Processing step id `fixed_zero_mean_unit_variance`.
     *
     * Processing step id `scale_linear`.
     *
     * Processing step id `scale_mean_variance`.
     *
     * Processing step id `scale_range`.
     *
     * Processing step id `sigmoid`.
     *
     * Processing step id `softmax`.
     *
     * Processing step id `zero_mean_unit_variance`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val id: PostprocessingDescrID,

    /**
     * Key word arguments of `binarize`.
     *
     * Key word arguments of `clip`.
     *
     * Key word arguments of `ensure_dtype`.
     *
     * Key word arguments of `fixed_zero_mean_unit_variance`.
     *
     * Key word arguments of `scale_linear`.
     *
     * Key word arguments of `scale_mean_variance`.
     *
     * Key word arguments of `scale_range`.
     *
     * Key word arguments of `softmax`.
     *
     * Key word arguments of `zero_mean_unit_variance`.
     */
    val kwargs: PostprocessingDescrKwargs? = null
)

/**
 * Discriminator of the union: selects the branch by `id`.
 */
enum class PostprocessingDescrID(val value: String) {
    Binarize("binarize"),
    Clip("clip"),
    EnsureDtype("ensure_dtype"),
    FixedZeroMeanUnitVariance("fixed_zero_mean_unit_variance"),
    ScaleLinear("scale_linear"),
    ScaleMeanVariance("scale_mean_variance"),
    ScaleRange("scale_range"),
    Sigmoid("sigmoid"),
    Softmax("softmax"),
    ZeroMeanUnitVariance("zero_mean_unit_variance");

    companion object {
        fun fromValue(value: String): PostprocessingDescrID = when (value) {
            "binarize"                      -> Binarize
            "clip"                          -> Clip
            "ensure_dtype"                  -> EnsureDtype
            "fixed_zero_mean_unit_variance" -> FixedZeroMeanUnitVariance
            "scale_linear"                  -> ScaleLinear
            "scale_mean_variance"           -> ScaleMeanVariance
            "scale_range"                   -> ScaleRange
            "sigmoid"                       -> Sigmoid
            "softmax"                       -> Softmax
            "zero_mean_unit_variance"       -> ZeroMeanUnitVariance
            else                            -> throw IllegalArgumentException()
        }
    }
}

/**
 * key word arguments for `BinarizeDescr`
 *
 * Key word arguments of `clip`.
 *
 * key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
 * `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
 * a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
 * not set.
 *
 * Key word arguments of `ensure_dtype`.
 *
 * key word arguments for `EnsureDtypeDescr`
 *
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`
 *
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
 * same length is checked in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
 * rejected in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
 * list, lists must have equal lengths, and not all entries may be the identity; checked in
 * code (rule `model05.processing.kwargs`).
 *
 * Key word arguments of `scale_mean_variance`.
 *
 * key word arguments for `ScaleMeanVarianceDescr`
 *
 * Key word arguments of `scale_range`.
 *
 * key word arguments for `ScaleRangeDescr`
 *
 * For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
 * this processing step normalizes data to the [0, 1] intervall.
 * For other percentiles the normalized values will partially be outside the [0, 1]
 * intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
 * normalized values to a range.
 * `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
 *
 * Key word arguments of `softmax`.
 *
 * key word arguments for `SoftmaxDescr`
 *
 * Key word arguments of `zero_mean_unit_variance`.
 *
 * key word arguments for `ZeroMeanUnitVarianceDescr`
 */
data class PostprocessingDescrKwargs (
    /**
     * The fixed threshold
     *
     * The fixed threshold values along `axis`
     */
    val threshold: Gain? = null,

    /**
     * The `threshold` axis
     *
     * The axis of the mean/std values to normalize each entry along that dimension
     * separately.
     *
     * The axis of gain and offset values.
     *
     * The axis to apply the softmax function along.
     * Note:
     * Defaults to 'channel' axis
     * (which may not exist, in which case
     * a different axis id has to be specified).
     */
    val axis: String? = null,

    /**
     * The subset of axes to determine percentiles jointly,
     *
     * i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
     * For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
     * 'x')
     * resulting in a tensor of equal shape with clipped values per channel, specify
     * `axes=('batch', 'x', 'y')`.
     * To clip samples independently, leave out the 'batch' axis.
     *
     * Only valid if `min_percentile` and/or `max_percentile` are set.
     *
     * Default: Compute percentiles over all axes jointly.
     *
     * The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
     * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
     * 'y', 'x')
     * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
     * 'y')`.
     * To normalize samples independently, leave out the 'batch' axis.
     * Default: Scale all axes jointly.
     *
     * The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
     * percentile value.
     * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
     * 'y', 'x')
     * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
     * 'y')`.
     * To normalize samples independently, leave out the "batch" axis.
     * Default: Scale all axes jointly.
     *
     * The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
     * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
     * 'y', 'x')
     * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
     * 'y')`.
     * To normalize each sample independently leave out the 'batch' axis.
     * Default: Scale all axes jointly.
     */
    val axes: List<String>? = null,

    /**
     * Maximum value for clipping.
     *
     * Exclusive with `max_percentile`.
     */
    val max: Double? = null,

    /**
     * Maximum percentile for clipping.
     *
     * Exclusive with `max`.
     *
     * In range (1, 100].
     *
     * The upper percentile used to determine the value to align with one.
     * Has to be bigger than `min_percentile`.
     * The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
     * accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
     */
    @get:JsonProperty("max_percentile")@field:JsonProperty("max_percentile")
    val maxPercentile: Double? = null,

    /**
     * Minimum value for clipping.
     *
     * Exclusive with `min_percentile`
     */
    val min: Double? = null,

    /**
     * Minimum percentile for clipping.
     *
     * Exclusive with `min`.
     *
     * In range [0, 100).
     *
     * The lower percentile used to determine the value to align with zero. In [0, 100).
     */
    @get:JsonProperty("min_percentile")@field:JsonProperty("min_percentile")
    val minPercentile: Double? = null,

    /**
     * The data type to cast to.
     */
    val dtype: Type? = null,

    /**
     * The mean value to normalize with.
     *
     * The mean value(s) to normalize with.
     */
    val mean: Gain? = null,

    /**
     * The standard deviation value to normalize with.
     *
     * The standard deviation value(s) to normalize with.
     * Size must match `mean` values.
     */
    val std: Std? = null,

    /**
     * multiplicative factor
     */
    val gain: Gain? = null,

    /**
     * additive term
     */
    val offset: Gain? = null,

    /**
     * Epsilon for numeric stability:
     * `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.` In (0, 0.1].
     *
     * Epsilon for numeric stability.
     * `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
     * with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
     *
     * epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
     */
    val eps: Double? = null,

    /**
     * Name of tensor to match.
     *
     * Tensor ID to compute the percentiles from. Default: The tensor itself.
     * For any tensor in `inputs` only input tensor references are allowed.
     */
    @get:JsonProperty("reference_tensor")@field:JsonProperty("reference_tensor")
    val referenceTensor: String? = null
)

/**
 * Reference to a bioimage.io model.
 */
data class LinkedModel (
    /**
     * A valid model `id` from the bioimage.io collection.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val id: String,

    /**
     * The version of the linked resource following SemVer 2.0. (The reference moves a
     * deprecated `version_number` key to `version` before validation; the runtime does the same
     * before schema validation.)
     */
    val version: VersionUnion? = null
)

sealed class VersionUnion {
    class DoubleValue(val value: Double) : VersionUnion()
    class IntegerValue(val value: Long)  : VersionUnion()
    class StringValue(val value: String) : VersionUnion()
    class NullValue()                    : VersionUnion()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleValue  -> this.value
        is IntegerValue -> this.value
        is StringValue  -> this.value
        is NullValue    -> "null"
    })

    companion object {
        fun fromJson(jn: JsonNode): VersionUnion = when (jn) {
            is DoubleNode           -> DoubleValue(mapper.treeToValue(jn))
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            null                    -> NullValue()
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * A custom run mode.
 */
data class RunMode (
    /**
     * Run mode specific key word arguments
     */
    val kwargs: Map<String, Any?>? = null,

    /**
     * Run mode name (known: `deepimagej`; any other name gets a warning, rule
     * `model05.run-mode.limited-support`; a union of `Literal['deepimagej']` and `str`, whose
     * errors carry each branch's tag).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String
)

/**
 * Reference to a bioimage.io dataset.
 *
 * An inline dataset description: the reference tries a dataset 0.3 description, then a
 * dataset 0.2 one (left to right, after `LinkedDataset`), each with its before-validators,
 * which edit the mapping in place (a missing `type` and `format_version` are set, a 0.2
 * document is converted) so that the 0.2 branch sees what the 0.3 one left. JSON Schema
 * cannot say that: the runtime checks the mapping with the dataset descriptions themselves
 * and reports each branch's errors and warnings under its union tag, as pydantic does.
 */
data class LinkedDataset (
    /**
     * A valid dataset `id` from the bioimage.io collection.
     */
    val id: String? = null,

    /**
     * The version of the linked resource following SemVer 2.0. (The reference moves a
     * deprecated `version_number` key to `version` before validation; the runtime does the same
     * before schema validation.)
     */
    val version: VersionUnion? = null
)

enum class ModelDescrType(val value: String) {
    Model("model");

    companion object {
        fun fromValue(value: String): ModelDescrType = when (value) {
            "model" -> Model
            else    -> throw IllegalArgumentException()
        }
    }
}

/**
 * The person who uploaded the resource (e.g. to bioimage.io).
 */
data class Uploader (
    /**
     * Email
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val email: String,

    /**
     * name (the reference silently removes `/` and `\` from it)
     */
    val name: String? = null
)

/**
 * The weights for this model.
 * Weights can be given for different formats, but should otherwise be equivalent.
 * The available weight formats determine which consumers can use this model.
 *
 * The weights of a model, one entry per available format. At least one entry must be given
 * (non-null) and exactly one entry should have no `parent` (warning otherwise); these are
 * checked in code (rules `model05.weights.entries`, `model05.weights.entries`).
 */
data class WeightsDescr (
    /**
     * Weights in the Keras HDF5 format.
     */
    @get:JsonProperty("keras_hdf5")@field:JsonProperty("keras_hdf5")
    val kerasHdf5: KerasHdf5WeightsDescr? = null,

    /**
     * Weights in the ONNX format.
     */
    val onnx: OnnxWeightsDescr? = null,

    /**
     * Weights as a PyTorch state dict.
     */
    @get:JsonProperty("pytorch_state_dict")@field:JsonProperty("pytorch_state_dict")
    val pytorchStateDict: PytorchStateDictWeightsDescr? = null,

    /**
     * Weights in the TensorFlow.js format.
     */
    @get:JsonProperty("tensorflow_js")@field:JsonProperty("tensorflow_js")
    val tensorflowJS: TensorflowJSWeightsDescr? = null,

    /**
     * Weights as a TensorFlow SavedModel bundle.
     */
    @get:JsonProperty("tensorflow_saved_model_bundle")@field:JsonProperty("tensorflow_saved_model_bundle")
    val tensorflowSavedModelBundle: TensorflowSavedModelBundleWeightsDescr? = null,

    /**
     * Weights in the TorchScript format.
     */
    val torchscript: TorchscriptWeightsDescr? = null
)

/**
 * Weights in the Keras HDF5 format.
 */
data class KerasHdf5WeightsDescr (
    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * Source of the weights file.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String,

    /**
     * TensorFlow version used to create these weights.
     */
    @get:JsonProperty("tensorflow_version", required=true)@field:JsonProperty("tensorflow_version", required=true)
    val tensorflowVersion: Version
)

/**
 * A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`,
 * `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a
 * number); the value is checked with PEP 440 semantics in code (rule
 * `common.version.pep440`), not by this schema.
 *
 * TensorFlow version used to create these weights.
 *
 * Version of the PyTorch library used.
 * If `architecture.depencencies` is specified it has to include pytorch and any version
 * pinning has to be compatible.
 *
 * Version of the TensorFlow library used.
 *
 * Version of the PyTorch library used.
 */
sealed class Version {
    class DoubleValue(val value: Double) : Version()
    class IntegerValue(val value: Long)  : Version()
    class StringValue(val value: String) : Version()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleValue  -> this.value
        is IntegerValue -> this.value
        is StringValue  -> this.value
    })

    companion object {
        fun fromJson(jn: JsonNode): Version = when (jn) {
            is DoubleNode           -> DoubleValue(mapper.treeToValue(jn))
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            else                    -> throw IllegalArgumentException()
        }
    }
}

/**
 * Weights in the ONNX format. The `external_data` file name must differ from the `source`
 * file name (rule `model05.weights.onnx-external-data`).
 */
data class OnnxWeightsDescr (
    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * Source of the external ONNX data file holding the weights.
     * (If present **source** holds the ONNX architecture without weights).
     * (The `.data` suffix is checked in code, rule `common.file.suffix`.)
     */
    @get:JsonProperty("external_data")@field:JsonProperty("external_data")
    val externalData: FileDescr? = null,

    /**
     * ONNX opset version (at least 7).
     */
    @get:JsonProperty("opset_version", required=true)@field:JsonProperty("opset_version", required=true)
    val opsetVersion: Long,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * Source of the weights file.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String
)

/**
 * Weights as a PyTorch state dict, with the architecture to load them into.
 */
data class PytorchStateDictWeightsDescr (
    /**
     * The architecture: a callable from a source file or from an importable library.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val architecture: Architecture,

    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * Custom depencies beyond pytorch described in a Conda environment file.
     * Allows to specify custom dependencies, see conda docs:
     * - [Exporting an environment file across
     * platforms](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-an-environment-file-across-platforms)
     * - [Creating an environment file
     * manually](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#creating-an-environment-file-manually)
     *
     * The conda environment file should include pytorch and any version pinning has to be
     * compatible with
     * **pytorch_version**.
     * (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
     */
    val dependencies: FileDescr? = null,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * Version of the PyTorch library used.
     * If `architecture.depencencies` is specified it has to include pytorch and any version
     * pinning has to be compatible.
     */
    @get:JsonProperty("pytorch_version", required=true)@field:JsonProperty("pytorch_version", required=true)
    val pytorchVersion: Version,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * Source of the weights file.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String
)

/**
 * The architecture: a callable from a source file or from an importable library.
 *
 * A model architecture: a callable defined in a source file.
 *
 * A model architecture: a callable imported from an installed library.
 */
data class Architecture (
    /**
     * Identifier of the callable that returns a torch.nn.Module instance.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val callable: String,

    /**
     * key word arguments for the `callable`
     */
    val kwargs: Map<String, Any?>? = null,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * Architecture source file
     */
    val source: String? = null,

    /**
     * Where to import the callable from, i.e. `from <import_from> import <callable>`
     */
    @get:JsonProperty("import_from")@field:JsonProperty("import_from")
    val importFrom: String? = null
)

/**
 * Weights in the TensorFlow.js format.
 */
data class TensorflowJSWeightsDescr (
    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * The multi-file weights.
     * All required files/folders should be a zip archive.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String,

    /**
     * Version of the TensorFlow library used.
     */
    @get:JsonProperty("tensorflow_version", required=true)@field:JsonProperty("tensorflow_version", required=true)
    val tensorflowVersion: Version
)

/**
 * Weights as a TensorFlow SavedModel bundle.
 */
data class TensorflowSavedModelBundleWeightsDescr (
    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * Custom dependencies beyond tensorflow.
     * Should include tensorflow and any version pinning has to be compatible with
     * **tensorflow_version**.
     * (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
     */
    val dependencies: FileDescr? = null,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * The multi-file weights.
     * All required files/folders should be a zip archive.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String,

    /**
     * Version of the TensorFlow library used.
     */
    @get:JsonProperty("tensorflow_version", required=true)@field:JsonProperty("tensorflow_version", required=true)
    val tensorflowVersion: Version
)

/**
 * Weights in the TorchScript format.
 */
data class TorchscriptWeightsDescr (
    /**
     * Authors
     * Either the person(s) that have trained this model resulting in the original weights
     * file.
     * (If this is the initial weights entry, i.e. it does not have a `parent`)
     * Or the person(s) who have converted the weights to this weights format.
     * (If this is a child weight, i.e. it has a `parent` field)
     */
    val authors: List<Author>? = null,

    /**
     * A comment about this weights entry, for example how these weights were created.
     */
    val comment: String? = null,

    /**
     * The source weights these weights were converted from.
     * For example, if a model's weights were converted from the `pytorch_state_dict` format to
     * `torchscript`,
     * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
     * `torchscript` weights.
     * All weight entries except one (the initial set of weights resulting from training the
     * model),
     * need to have this field.
     * (`parent` must name another present weights format: rules `model05.weights.entries`.)
     */
    val parent: WeightsFormat? = null,

    /**
     * Version of the PyTorch library used.
     */
    @get:JsonProperty("pytorch_version", required=true)@field:JsonProperty("pytorch_version", required=true)
    val pytorchVersion: Version,

    /**
     * SHA256 hash value of the **source** file.
     */
    val sha256: String? = null,

    /**
     * Source of the weights file.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String
)

