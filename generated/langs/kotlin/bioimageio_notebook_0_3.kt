// generated from specs/bioimageio/notebook/0.3.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val notebookDescr = NotebookDescr.fromJson(jsonString)

package bioimagespecs.bioimageio.notebook.v0_3

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
    convert(Type::class,    { Type.fromValue(it.asText()) }, { "\"${it.value}\"" })
    convert(Version::class, { Version.fromJson(it) },        { it.toJson() }, true)
}

/**
 * Bioimage.io description of a Jupyter notebook.
 *
 * Describes notebook format 0.3.0. Unknown top-level keys are not permitted.
 */
data class NotebookDescr (
    /**
     * file attachments
     */
    val attachments: List<FileDescr>? = null,

    /**
     * The authors are the creators of this resource description and the primary points of
     * contact.
     * An empty list gets a FAIR ALERT (rule `common.fair`).
     */
    val authors: List<Author>? = null,

    /**
     * badges associated with this resource
     */
    val badges: List<BadgeDescr>? = null,

    /**
     * citations (an empty list gets a FAIR ALERT, rule `common.fair`)
     */
    val cite: List<CiteEntry>? = null,

    /**
     * A field for custom configuration that can contain any keys not present in the RDF spec.
     * This means you should not store, for example, a GitHub repo URL in `config` since there
     * is a `git_repo` field.
     * Keys in `config` may be very specific to a tool or consumer software. To avoid
     * conflicting definitions,
     * it is recommended to wrap added configuration into a sub-field named with the specific
     * domain or tool name,
     * for example:
     * ```yaml
     * config:
     * giraffe_neckometer:  # here is the domain name
     * length: 3837283
     * address:
     * home: zoo
     * imagej:              # config specific to ImageJ
     * macro_dir: path/to/macro/file
     * ```
     * If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
     * in `config`.
     * You may want to list linked files additionally under `attachments` to include them when
     * packaging a resource.
     * (Packaging a resource means downloading/copying important linked files and creating a ZIP
     * archive that contains
     * an altered rdf.yaml file with local references to the downloaded files.)
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
     * URL or relative path to a markdown file encoded in UTF-8 with additional documentation.
     * The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
     * The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
     * missing documentation gets a FAIR ALERT (rule `common.fair`).
     */
    val documentation: String? = null,

    /**
     * The **format** version of this resource specification. This schema describes the latest
     * patch (0.3.0); older 0.3.x/0.2.x documents are converted and future 0.3.x patches are
     * treated as 0.3.0 (with an ALERT) before validation. Any 0.3.x is read as 0.3.0.
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
     * A [SPDX license identifier](https://spdx.org/licenses/).
     * We do not support custom license beyond the SPDX license list, if you need that please
     * [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
     * to discuss your intentions with the community.
     * Tried as a current, then as a deprecated SPDX id (the reference's union, whose branch
     * names appear in error locations); checked against the SPDX list in code (rule
     * `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license
     * gets a FAIR ALERT (rule `common.fair`).
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
     * A human-friendly name of the resource description.
     * May only contains letters, digits, underscore, minus, parentheses and spaces.
     * At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
     * Before validation other characters are replaced by spaces and the name is cut to 128
     * characters, as the reference's format conversion does for every 0.2.x/0.3.x document.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * The description from which this one is derived
     */
    val parent: String? = null,

    /**
     * The Jupyter notebook: a URL or a relative path whose name ends with `.ipynb`
     * (case-sensitive, rule `notebook.source.suffix`).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val source: String,

    /**
     * Associated tags (an empty list gets a FAIR ALERT, rule `common.fair`). The reference also
     * declares a warning for bioimage.io tag categories (`data/tag-categories.json`) without a
     * matching tag, but its validator is never registered (`as_warning` wraps pydantic's
     * decorator), so no such warning is issued.
     */
    val tags: List<String>? = null,

    /**
     * The resource type: `notebook`.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: Type,

    /**
     * The person who uploaded the model (e.g. to bioimage.io)
     */
    val uploader: Uploader? = null,

    /**
     * The version of the resource following SemVer 2.0. (The reference moves a deprecated
     * top-level `version_number` key to `version` before validation; the runtime does the same
     * before schema validation.)
     */
    val version: Version? = null,

    /**
     * A comment on the version of the resource.
     */
    @get:JsonProperty("version_comment")@field:JsonProperty("version_comment")
    val versionComment: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<NotebookDescr>(json)
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
 * A custom badge
 */
data class BadgeDescr (
    /**
     * badge icon (included in bioimage.io package if not a URL): the reference's
     * `Union[FilePath | RelativeFilePath (no reserved file name), HttpUrl, pydantic.HttpUrl]`,
     * a smart union whose every branch reports its error. A relative path is tried before a
     * URL, as in the reference.
     */
    val icon: String? = null,

    /**
     * badge label to display on hover
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val label: String,

    /**
     * target URL
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val url: String
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
 * A field for custom configuration that can contain any keys not present in the RDF spec.
 * This means you should not store, for example, a GitHub repo URL in `config` since there
 * is a `git_repo` field.
 * Keys in `config` may be very specific to a tool or consumer software. To avoid
 * conflicting definitions,
 * it is recommended to wrap added configuration into a sub-field named with the specific
 * domain or tool name,
 * for example:
 * ```yaml
 * config:
 * giraffe_neckometer:  # here is the domain name
 * length: 3837283
 * address:
 * home: zoo
 * imagej:              # config specific to ImageJ
 * macro_dir: path/to/macro/file
 * ```
 * If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
 * in `config`.
 * You may want to list linked files additionally under `attachments` to include them when
 * packaging a resource.
 * (Packaging a resource means downloading/copying important linked files and creating a ZIP
 * archive that contains
 * an altered rdf.yaml file with local references to the downloaded files.)
 *
 * A place to store additional metadata (often tool specific).
 *
 * Such additional metadata is typically set programmatically by the respective tool
 * or by people with specific insights into the tool.
 * If you want to store additional metadata that does not match any of the other
 * fields, think of a key unlikely to collide with anyone elses use-case/tool and save
 * it here.
 *
 * Please consider creating [an issue in the bioimageio.spec
 * repository](https://github.com/bioimage-io/spec-bioimage-io/issues/new?template=Blank+issue)
 * if you are not sure if an existing field could cover your use case
 * or if you think such a field should exist.
 *
 * Open object: any further keys are allowed (their values must be YAML values, which every
 * JSON value is).
 */
data class Config (
    /**
     * bioimage.io internal metadata.
     */
    val bioimageio: Map<String, Any?>? = null
)

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

enum class Type(val value: String) {
    Notebook("notebook");

    companion object {
        fun fromValue(value: String): Type = when (value) {
            "notebook" -> Notebook
            else       -> throw IllegalArgumentException()
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
 * The version of the resource following SemVer 2.0. (The reference moves a deprecated
 * top-level `version_number` key to `version` before validation; the runtime does the same
 * before schema validation.)
 */
sealed class Version {
    class DoubleValue(val value: Double) : Version()
    class IntegerValue(val value: Long)  : Version()
    class StringValue(val value: String) : Version()
    class NullValue()                    : Version()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is DoubleValue  -> this.value
        is IntegerValue -> this.value
        is StringValue  -> this.value
        is NullValue    -> "null"
    })

    companion object {
        fun fromJson(jn: JsonNode): Version = when (jn) {
            is DoubleNode           -> DoubleValue(mapper.treeToValue(jn))
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            null                    -> NullValue()
            else                    -> throw IllegalArgumentException()
        }
    }
}

