// generated from specs/copick/config/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val copickConfig = CopickConfig.fromJson(jsonString)

package bioimagespecs.copick.config.v1_27

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
    convert(ConfigType::class, { ConfigType.fromValue(it.asText()) }, { "\"${it.value}\"" })
}

/**
 * A copick project configuration (copick 1.27): the base fields of `CopickConfig` plus
 * those of the storage backend named by `config_type`. A missing `config_type` is read as
 * "filesystem" with a deprecation warning and an unknown one is refused before the schema
 * runs (src/copick/config.ts), as `copick.ops.open.from_string` does. Unknown keys are
 * ignored, as pydantic does by default.
 *
 * A project on fsspec storage: a writable overlay and an optional read-only static root.
 *
 * The fields every copick config has (`copick.models.CopickConfig`).
 *
 * A project reading the CryoET Data Portal, with a writable overlay.
 *
 * A project read from a Croissant metadata.json and its CSV sidecars; with `overlay_root`
 * the Croissant is read-only and writes go to the overlay (Mode B), without it writes go to
 * the Croissant's base URL (Mode A).
 */
data class CopickConfig (
    /**
     * The storage backend.
     */
    @get:JsonProperty("config_type", required=true)@field:JsonProperty("config_type", required=true)
    val configType: ConfigType,

    /**
     * fsspec arguments of the overlay filesystem.
     */
    @get:JsonProperty("overlay_fs_args")@field:JsonProperty("overlay_fs_args")
    val overlayFSArgs: Map<String, Any?>? = null,

    /**
     * fsspec URL of the writable overlay (local://, file://, s3://, ssh://, smb://, or a bare
     * path).
     *
     * fsspec URL of the writable overlay.
     *
     * Writable overlay; its presence selects Mode B.
     */
    @get:JsonProperty("overlay_root")@field:JsonProperty("overlay_root")
    val overlayRoot: String? = null,

    /**
     * fsspec arguments of the static filesystem.
     *
     * fsspec arguments for resolving data URLs against the Croissant's base URL.
     */
    @get:JsonProperty("static_fs_args")@field:JsonProperty("static_fs_args")
    val staticFSArgs: Map<String, Any?>? = null,

    /**
     * fsspec URL of the read-only static data.
     */
    @get:JsonProperty("static_root")@field:JsonProperty("static_root")
    val staticRoot: String? = null,

    /**
     * Description of the project.
     */
    val description: String? = null,

    /**
     * Name of the project.
     */
    val name: String? = null,

    /**
     * The objects that can be picked or segmented; names and labels must be unique (rules
     * `copick.objects.unique`).
     */
    @get:JsonProperty("pickable_objects", required=true)@field:JsonProperty("pickable_objects", required=true)
    val pickableObjects: List<PickableObject>,

    /**
     * Index of run names.
     */
    val runs: List<String>? = null,

    /**
     * Default session id for new artifacts; must already be sanitised (rule
     * `copick.config.session-id-sanitized`).
     */
    @get:JsonProperty("session_id")@field:JsonProperty("session_id")
    val sessionID: String? = null,

    /**
     * Index of tomogram types by voxel spacing; the keys must read as numbers (rule
     * `copick.config.tomogram-keys`).
     */
    val tomograms: Map<String, List<String>>? = null,

    /**
     * Default user id for new artifacts; must already be sanitised (rule
     * `copick.config.user-id-sanitized`).
     */
    @get:JsonProperty("user_id")@field:JsonProperty("user_id")
    val userID: String? = null,

    /**
     * Version of the project (or of the copick API it was written for).
     */
    val version: String? = null,

    /**
     * Index of voxel spacings.
     */
    @get:JsonProperty("voxel_spacings")@field:JsonProperty("voxel_spacings")
    val voxelSpacings: List<Double>? = null,

    /**
     * CryoET Data Portal dataset ids to read.
     */
    @get:JsonProperty("dataset_ids")@field:JsonProperty("dataset_ids")
    val datasetIDS: List<Long>? = null,

    /**
     * Whether portal query results are cached on disk.
     */
    @get:JsonProperty("portal_cache")@field:JsonProperty("portal_cache")
    val portalCache: Boolean? = null,

    /**
     * Where the cache lives (default: the overlay, else a local fallback).
     */
    @get:JsonProperty("portal_cache_dir")@field:JsonProperty("portal_cache_dir")
    val portalCacheDir: String? = null,

    /**
     * Bound on the cold-start lock wait before fetching directly.
     */
    @get:JsonProperty("portal_cache_lock_timeout_seconds")@field:JsonProperty("portal_cache_lock_timeout_seconds")
    val portalCacheLockTimeoutSeconds: Long? = null,

    /**
     * Lifetime of cached portal results; <= 0 never expires.
     */
    @get:JsonProperty("portal_cache_ttl_seconds")@field:JsonProperty("portal_cache_ttl_seconds")
    val portalCacheTTLSeconds: Long? = null,

    /**
     * Override of `copick:baseUrl`, for a dataset moved from where it was published.
     */
    @get:JsonProperty("croissant_base_url")@field:JsonProperty("croissant_base_url")
    val croissantBaseURL: String? = null,

    /**
     * fsspec arguments for fetching metadata.json and the CSVs.
     */
    @get:JsonProperty("croissant_fs_args")@field:JsonProperty("croissant_fs_args")
    val croissantFSArgs: Map<String, Any?>? = null,

    /**
     * URL or path of the Croissant metadata.json.
     */
    @get:JsonProperty("croissant_url")@field:JsonProperty("croissant_url")
    val croissantURL: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<CopickConfig>(json)
    }
}

enum class ConfigType(val value: String) {
    CryoetDataPortal("cryoet_data_portal"),
    Filesystem("filesystem"),
    Mlcroissant("mlcroissant");

    companion object {
        fun fromValue(value: String): ConfigType = when (value) {
            "cryoet_data_portal" -> CryoetDataPortal
            "filesystem"         -> Filesystem
            "mlcroissant"        -> Mlcroissant
            else                 -> throw IllegalArgumentException()
        }
    }
}

/**
 * Metadata for a pickable object. The name must already be sanitised (rule
 * `copick.object.name-sanitized`), the label may not be 0 (rule
 * `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule
 * `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
 */
data class PickableObject (
    /**
     * RGBA colour, four integers in [0, 255].
     */
    val color: List<Long>? = null,

    /**
     * EMDB id of the object's map.
     */
    @get:JsonProperty("emdb_id")@field:JsonProperty("emdb_id")
    val emdbID: String? = null,

    /**
     * Input alias of `identifier` (copick reads `go_id` first when both are given; rule
     * `copick.object.identifier-alias`).
     */
    @get:JsonProperty("go_id")@field:JsonProperty("go_id")
    val goID: String? = null,

    /**
     * Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO).
     * `go_id` is accepted as an input alias; copick writes `identifier`.
     */
    val identifier: String? = null,

    /**
     * Whether this object is represented by points (true) or by segmentation masks (false).
     */
    @get:JsonProperty("is_particle", required=true)@field:JsonProperty("is_particle", required=true)
    val isParticle: Boolean,

    /**
     * Numeric label of the object in multilabel segmentation masks; must be unique and not 0
     * (background).
     */
    val label: Long? = null,

    /**
     * Threshold applied to the map when rendering its isosurface.
     */
    @get:JsonProperty("map_threshold")@field:JsonProperty("map_threshold")
    val mapThreshold: Double? = null,

    /**
     * User-defined metadata; null is read as {}.
     */
    val metadata: Map<String, Any?>? = null,

    /**
     * Name of the object; free of `<>:"/\|?*`, control characters, whitespace and underscores,
     * and not starting or ending with `-`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * PDB id of the object's model.
     */
    @get:JsonProperty("pdb_id")@field:JsonProperty("pdb_id")
    val pdbID: String? = null,

    /**
     * Radius of the particle in angstrom, when displayed as a sphere.
     */
    val radius: Double? = null
)

