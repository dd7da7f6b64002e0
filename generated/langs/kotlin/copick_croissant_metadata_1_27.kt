// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val copickCroissantMetadata = CopickCroissantMetadata.fromJson(jsonString)

package bioimagespecs.copick.croissant_metadata.v1_27

import java.time.LocalDate

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
    convert(LocalDate::class,                   { LocalDate.parse(it.asText()) },                       { "\"${java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(it)}\"" })
    convert(ConformsTo::class,                  { ConformsTo.fromValue(it.asText()) },                  { "\"${it.value}\"" })
    convert(EncodingFormat::class,              { EncodingFormat.fromValue(it.asText()) },              { "\"${it.value}\"" })
    convert(DistributionType::class,            { DistributionType.fromValue(it.asText()) },            { "\"${it.value}\"" })
    convert(DataType::class,                    { DataType.fromValue(it.asText()) },                    { "\"${it.value}\"" })
    convert(FieldType::class,                   { FieldType.fromValue(it.asText()) },                   { "\"${it.value}\"" })
    convert(RecordSetType::class,               { RecordSetType.fromValue(it.asText()) },               { "\"${it.value}\"" })
    convert(CopickCroissantMetadataType::class, { CopickCroissantMetadataType.fromValue(it.asText()) }, { "\"${it.value}\"" })
}

/**
 * The Croissant `metadata.json` that copick 1.27 writes
 * (`copick.ops.croissant.export_croissant`) and reads (`CroissantIndex`): a Croissant 1.1
 * dataset whose distribution is the eight CSV sidecars and whose RecordSets describe their
 * columns, plus `copick:baseUrl` and the credential-free `copick:config`. This schema gives
 * the shape; the order and content of the FileObjects and RecordSets are rules
 * (`copick.croissant.*`), and the Croissant itself is checked as mlcroissant does
 * (src/croissant). Other Croissant properties are allowed.
 */
data class CopickCroissantMetadata (
    /**
     * The Croissant context with copick's additions (`copick`, `copick:baseUrl`,
     * `copick:config` as @json).
     */
    @get:JsonProperty("@context", required=true)@field:JsonProperty("@context", required=true)
    val context: Map<String, Any?>,

    /**
     * Always a schema.org Dataset.
     */
    @get:JsonProperty("@type", required=true)@field:JsonProperty("@type", required=true)
    val type: CopickCroissantMetadataType,

    /**
     * Citation (default "copick project <name>").
     */
    val citeAs: String? = null,

    /**
     * The Croissant version copick writes.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val conformsTo: ConformsTo,

    /**
     * Base of every relative `url` cell in the CSVs; empty for a relative (movable) Croissant.
     */
    @get:JsonProperty("copick:baseUrl", required=true)@field:JsonProperty("copick:baseUrl", required=true)
    val copickBaseURL: String,

    /**
     * The project's credential-free config.
     */
    @get:JsonProperty("copick:config", required=true)@field:JsonProperty("copick:config", required=true)
    val copickConfig: CopickConfigBlob,

    /**
     * ISO date of the export (default: today, UTC).
     */
    val datePublished: LocalDate? = null,

    /**
     * Dataset description (default: the project's, else "Copick project exported as
     * Croissant.").
     */
    val description: String? = null,

    /**
     * The eight CSV sidecars, in copick's order (rule `copick.croissant.distribution`).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val distribution: List<CSVFileObject>,

    /**
     * License of the dataset (default "CC-BY-4.0").
     */
    val license: String? = null,

    /**
     * Dataset name (default: the project's name, else "copick-project").
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * One RecordSet per CSV in the same order, then `copick/splits` when a run has a split
     * (rules `copick.croissant.record-sets`, `copick.croissant.splits`).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val recordSet: List<CopickRecordSet>,

    /**
     * Dataset version (default: the project's, else "0.1.0").
     */
    val version: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<CopickCroissantMetadata>(json)
    }
}

enum class ConformsTo(val value: String) {
    HTTPMlcommonsOrgCroissant11("http://mlcommons.org/croissant/1.1");

    companion object {
        fun fromValue(value: String): ConformsTo = when (value) {
            "http://mlcommons.org/croissant/1.1" -> HTTPMlcommonsOrgCroissant11
            else                                 -> throw IllegalArgumentException()
        }
    }
}

/**
 * The project's credential-free config.
 *
 * The credential-free part of the project config (no config_type, roots or fs args), stored
 * as a JSON literal.
 */
data class CopickConfigBlob (
    /**
     * Project description.
     */
    val description: String? = null,

    /**
     * Project name.
     */
    val name: String? = null,

    /**
     * Every pickable object, all ten fields dumped (nulls included); renamed portal objects
     * carry `metadata.portal_original_name`.
     */
    @get:JsonProperty("pickable_objects", required=true)@field:JsonProperty("pickable_objects", required=true)
    val pickableObjects: List<PickableObject>,

    /**
     * Default session id.
     */
    @get:JsonProperty("session_id")@field:JsonProperty("session_id")
    val sessionID: String? = null,

    /**
     * Default user id.
     */
    @get:JsonProperty("user_id")@field:JsonProperty("user_id")
    val userID: String? = null,

    /**
     * Project version.
     */
    val version: String? = null
)

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

/**
 * One CSV sidecar.
 */
data class CSVFileObject (
    /**
     * FileObject id, e.g. `runs-csv`.
     */
    @get:JsonProperty("@id", required=true)@field:JsonProperty("@id", required=true)
    val id: String,

    /**
     * A Croissant FileObject.
     */
    @get:JsonProperty("@type", required=true)@field:JsonProperty("@type", required=true)
    val type: DistributionType,

    /**
     * `<copick:baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` when the base URL is empty.
     */
    @get:JsonProperty("contentUrl", required=true)@field:JsonProperty("contentUrl", required=true)
    val contentURL: String,

    /**
     * Always CSV.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val encodingFormat: EncodingFormat,

    /**
     * Same as `@id`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * Lowercase hex sha256 of the CSV's bytes.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val sha256: String
)

enum class EncodingFormat(val value: String) {
    TextCSV("text/csv");

    companion object {
        fun fromValue(value: String): EncodingFormat = when (value) {
            "text/csv" -> TextCSV
            else       -> throw IllegalArgumentException()
        }
    }
}

enum class DistributionType(val value: String) {
    CRFileObject("cr:FileObject");

    companion object {
        fun fromValue(value: String): DistributionType = when (value) {
            "cr:FileObject" -> CRFileObject
            else            -> throw IllegalArgumentException()
        }
    }
}

/**
 * A RecordSet over one CSV, or the inline `copick/splits` table.
 */
data class CopickRecordSet (
    /**
     * `copick/<csv stem>` or `copick/splits`.
     */
    @get:JsonProperty("@id", required=true)@field:JsonProperty("@id", required=true)
    val id: String,

    /**
     * A Croissant RecordSet.
     */
    @get:JsonProperty("@type", required=true)@field:JsonProperty("@type", required=true)
    val type: RecordSetType,

    /**
     * Inline rows of `copick/splits`: each has every field's `@id`.
     */
    val data: List<Map<String, String>>? = null,

    /**
     * Only on `copick/splits`.
     */
    val description: String? = null,

    /**
     * One per column, in column order.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val field: List<CopickField>,

    /**
     * Only on `copick/splits`: its name field.
     */
    val key: IDRef? = null,

    /**
     * The CSV stem, or `splits`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String
)

/**
 * A column of a CSV (with `source`) or of the inline splits table (without).
 */
data class CopickField (
    /**
     * `<recordSet @id>/<column>`.
     */
    @get:JsonProperty("@id", required=true)@field:JsonProperty("@id", required=true)
    val id: String,

    /**
     * A Croissant Field.
     */
    @get:JsonProperty("@type", required=true)@field:JsonProperty("@type", required=true)
    val type: FieldType,

    /**
     * sc:Text, sc:Float, sc:Boolean or sc:URL.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val dataType: DataType,

    /**
     * Foreign key (only `copick/runs/split` -> `copick/splits/name`).
     */
    val references: References? = null,

    /**
     * Where the values come from.
     */
    val source: CSVSource? = null
)

/**
 * sc:Text, sc:Float, sc:Boolean or sc:URL.
 */
enum class DataType(val value: String) {
    ScBoolean("sc:Boolean"),
    ScFloat("sc:Float"),
    ScText("sc:Text"),
    ScURL("sc:URL");

    companion object {
        fun fromValue(value: String): DataType = when (value) {
            "sc:Boolean" -> ScBoolean
            "sc:Float"   -> ScFloat
            "sc:Text"    -> ScText
            "sc:URL"     -> ScURL
            else         -> throw IllegalArgumentException()
        }
    }
}

/**
 * Foreign key (only `copick/runs/split` -> `copick/splits/name`).
 */
data class References (
    /**
     * The referenced field.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val field: IDRef
)

/**
 * The referenced field.
 *
 * A JSON-LD reference to another node by its `@id`.
 *
 * The CSV.
 *
 * Only on `copick/splits`: its name field.
 */
data class IDRef (
    /**
     * The referenced node's `@id`.
     */
    @get:JsonProperty("@id", required=true)@field:JsonProperty("@id", required=true)
    val id: String
)

/**
 * Where the values come from.
 *
 * A field's source: one column of one CSV FileObject.
 */
data class CSVSource (
    /**
     * The column.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val extract: Extract,

    /**
     * The CSV.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val fileObject: IDRef
)

/**
 * The column.
 */
data class Extract (
    /**
     * CSV column name.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val column: String
)

enum class FieldType(val value: String) {
    CRField("cr:Field");

    companion object {
        fun fromValue(value: String): FieldType = when (value) {
            "cr:Field" -> CRField
            else       -> throw IllegalArgumentException()
        }
    }
}

enum class RecordSetType(val value: String) {
    CRRecordSet("cr:RecordSet");

    companion object {
        fun fromValue(value: String): RecordSetType = when (value) {
            "cr:RecordSet" -> CRRecordSet
            else           -> throw IllegalArgumentException()
        }
    }
}

enum class CopickCroissantMetadataType(val value: String) {
    ScDataset("sc:Dataset");

    companion object {
        fun fromValue(value: String): CopickCroissantMetadataType = when (value) {
            "sc:Dataset" -> ScDataset
            else         -> throw IllegalArgumentException()
        }
    }
}

