// generated from specs/fractal/manifest/2.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val manifestV2 = ManifestV2.fromJson(jsonString)

package bioimagespecs.fractal.manifest.v2

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
    convert(ManifestVersion::class, { ManifestVersion.fromValue(it.asText()) }, { "\"${it.value}\"" })
    convert(TaskType::class,        { TaskType.fromValue(it.asText()) },        { "\"${it.value}\"" })
}

/**
 * A Fractal task package's manifest, `__FRACTAL_MANIFEST__.json`, version 2 (fractal-server
 * `ManifestV2`, as of fractal-server 2.24). Packages containing tasks are required to
 * include it in order to be discovered and used by Fractal.
 *
 * Unknown keys are allowed: fractal-server ignores (drops) them (pydantic's default
 * `extra="ignore"`); `--strict` reports them. fractal-server also accepts the strings and
 * numbers pydantic reads as booleans (`"true"`, `"yes"`, `1`, ...) where a boolean is
 * expected; this schema asks for JSON booleans and the validator warns about the lax forms.
 * The rules JSON Schema cannot say (named in descriptions) are checked by `bioimage-specs
 * validate`.
 */
data class ManifestV2 (
    /**
     * Label of how the `args_schema`s were generated, e.g. `pydantic_v1`, `pydantic_v2` or
     * `fractal_schema_v1` (fractal-task-tools 0.5 and later). Free-form for the manifest; task
     * collection needs a non-empty string when `has_args_schemas` is true (rule
     * `fractal2.collection.args-schema-version`).
     */
    @get:JsonProperty("args_schema_version")@field:JsonProperty("args_schema_version")
    val argsSchemaVersion: String? = null,

    /**
     * The package's authors. Stored with surrounding whitespace stripped, and must not be empty
     * after stripping (`NonEmptyStr`, rule `fractal2.non-empty-str`).
     */
    val authors: String? = null,

    /**
     * `true` if the manifest includes JSON Schemas for the arguments of each task: then every
     * executable needs its `args_schema_*` (rule `fractal2.args-schemas-present`).
     */
    @get:JsonProperty("has_args_schemas")@field:JsonProperty("has_args_schemas")
    val hasArgsSchemas: Boolean? = null,

    /**
     * A version string that provides indication for compatibility between manifests as the
     * schema evolves. Exactly the string "2" (`Literal["2"]`: the number 2 is rejected).
     * Manifests with "1" are validated as `ManifestV1`.
     */
    @get:JsonProperty("manifest_version", required=true)@field:JsonProperty("manifest_version", required=true)
    val manifestVersion: ManifestVersion,

    /**
     * The list of tasks. Task names must be unique (rule `fractal2.unique-task-names`). An
     * empty list is valid.
     */
    @get:JsonProperty("task_list", required=true)@field:JsonProperty("task_list", required=true)
    val taskList: List<TaskManifestV2>
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<ManifestV2>(json)
    }
}

enum class ManifestVersion(val value: String) {
    The2("2");

    companion object {
        fun fromValue(value: String): ManifestVersion = when (value) {
            "2"  -> The2
            else -> throw IllegalArgumentException()
        }
    }
}

/**
 * A task within a version-2 manifest. At least one executable is required, and the `meta_*`
 * and `args_schema_*` of a missing executable must be empty (rules
 * `fractal2.executables-present`, `fractal2.non-parallel-fields-need-executable`,
 * `fractal2.parallel-fields-need-executable`). Unknown keys are allowed (ignored by
 * fractal-server).
 */
data class TaskManifestV2 (
    /**
     * JSON Schema of the non-parallel executable's arguments. Opaque to fractal-server, except
     * that its top-level keys are stripped and must be non-empty and unique (rule
     * `fractal2.dict-keys`); checked against the JSON Schema meta-schemas by the lint
     * `fractal2.lint.args-schema-valid`. Must be null when there is no
     * `executable_non_parallel`.
     */
    @get:JsonProperty("args_schema_non_parallel")@field:JsonProperty("args_schema_non_parallel")
    val argsSchemaNonParallel: Map<String, Any?>? = null,

    /**
     * JSON Schema of the parallel executable's arguments (same rules as
     * `args_schema_non_parallel`). Must be null when there is no `executable_parallel`.
     */
    @get:JsonProperty("args_schema_parallel")@field:JsonProperty("args_schema_parallel")
    val argsSchemaParallel: Map<String, Any?>? = null,

    /**
     * Free-text category, e.g. `Segmentation`, `Conversion`, `Measurement`.
     */
    val category: String? = null,

    /**
     * Additional information about the task, usually from its docstring (Markdown).
     */
    @get:JsonProperty("docs_info")@field:JsonProperty("docs_info")
    val docsInfo: String? = null,

    /**
     * Link to the task's documentation: an http(s) URL with a host, at most 2083 characters,
     * stored with surrounding whitespace stripped (`HttpUrlStr`, rule `fractal2.docs-link-url`).
     */
    @get:JsonProperty("docs_link")@field:JsonProperty("docs_link")
    val docsLink: String? = null,

    /**
     * Path of the non-parallel (or compound init) executable, relative to the package root as
     * installed: if a package installs `pkg/executable.py`, this is `executable.py`.
     */
    @get:JsonProperty("executable_non_parallel")@field:JsonProperty("executable_non_parallel")
    val executableNonParallel: String? = null,

    /**
     * Path of the parallel (or compound compute) executable, relative to the package root as
     * installed.
     */
    @get:JsonProperty("executable_parallel")@field:JsonProperty("executable_parallel")
    val executableParallel: String? = null,

    /**
     * Image-type filters the input images must match, e.g. `{"is_3D": true}`.
     */
    @get:JsonProperty("input_types")@field:JsonProperty("input_types")
    val inputTypes: Map<String, Boolean>? = null,

    /**
     * Runner settings of the non-parallel executable (e.g. `cpus_per_task`, `mem`,
     * `needs_gpu`). Keys are stripped and must be non-empty and unique after stripping (rule
     * `fractal2.dict-keys`). Must be empty when there is no `executable_non_parallel`. Not
     * nullable.
     */
    @get:JsonProperty("meta_non_parallel")@field:JsonProperty("meta_non_parallel")
    val metaNonParallel: Map<String, Any?>? = null,

    /**
     * Runner settings of the parallel executable. Keys are stripped and must be non-empty and
     * unique after stripping (rule `fractal2.dict-keys`). Must be empty when there is no
     * `executable_parallel`. Not nullable.
     */
    @get:JsonProperty("meta_parallel")@field:JsonProperty("meta_parallel")
    val metaParallel: Map<String, Any?>? = null,

    /**
     * Free-text modality, e.g. `HCS`.
     */
    val modality: String? = null,

    /**
     * The task name, unique within the manifest (exact comparison). The manifest accepts any
     * string; task collection strips it and requires it to be non-empty (rule
     * `fractal2.collection.non-empty-str`).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * Image types set on the images the task produces or updates, e.g. `{"is_3D": false}`.
     */
    @get:JsonProperty("output_types")@field:JsonProperty("output_types")
    val outputTypes: Map<String, Boolean>? = null,

    /**
     * Free-text tags, e.g. `2D`, `Yokogawa`. Task collection strips them and requires them
     * non-empty and without repetitions (rule `fractal2.collection.tags`).
     */
    val tags: List<String>? = null,

    /**
     * The task type. When null, fractal-server infers it at collection from the executables:
     * `parallel` (no non-parallel one), `non_parallel` (no parallel one) or `compound` (both);
     * converter types are never inferred.
     */
    val type: TaskType? = null
)

/**
 * The task types (fractal-server `TaskType`): `parallel` runs once per image (`zarr_url`);
 * `non_parallel` once for all images (`zarr_urls`, `zarr_dir`); `compound` a non-parallel
 * init then parallel compute; the `converter_` types create images from raw data under
 * `zarr_dir`. No `type: string`: like pydantic's enum, any other value, a number included,
 * gets the one enum error.
 */
enum class TaskType(val value: String) {
    Compound("compound"),
    ConverterCompound("converter_compound"),
    ConverterNonParallel("converter_non_parallel"),
    NonParallel("non_parallel"),
    Parallel("parallel");

    companion object {
        fun fromValue(value: String): TaskType = when (value) {
            "compound"               -> Compound
            "converter_compound"     -> ConverterCompound
            "converter_non_parallel" -> ConverterNonParallel
            "non_parallel"           -> NonParallel
            "parallel"               -> Parallel
            else                     -> throw IllegalArgumentException()
        }
    }
}

