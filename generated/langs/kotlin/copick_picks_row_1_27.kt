// generated from specs/copick/picks-row/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val picksRow = PicksRow.fromJson(jsonString)

package bioimagespecs.copick.picks_row.v1_27

import com.fasterxml.jackson.annotation.*
import com.fasterxml.jackson.core.*
import com.fasterxml.jackson.databind.*
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.*
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import com.fasterxml.jackson.module.kotlin.*

val mapper = jacksonObjectMapper().apply {
    propertyNamingStrategy = PropertyNamingStrategy.LOWER_CAMEL_CASE
    setSerializationInclusion(JsonInclude.Include.NON_NULL)
}

/**
 * One row of the copick Croissant sidecar `Croissant/picks.csv` (RecordSet `copick/picks`,
 * FileObject `picks-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
 * numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
 * Properties are in column order; the key columns (run, user_id, session_id, object_name)
 * must not be empty.
 */
data class PicksRow (
    /**
     * Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row
     * key.
     */
    @get:JsonProperty("object_name", required=true)@field:JsonProperty("object_name", required=true)
    val objectName: String,

    /**
     * CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text),
     * empty cell = null.
     */
    @get:JsonProperty("portal_annotation_file_id")@field:JsonProperty("portal_annotation_file_id")
    val portalAnnotationFileID: String? = null,

    /**
     * CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell =
     * null.
     */
    @get:JsonProperty("portal_annotation_id")@field:JsonProperty("portal_annotation_id")
    val portalAnnotationID: String? = null,

    /**
     * Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell
     * = null.
     */
    @get:JsonProperty("portal_object_name")@field:JsonProperty("portal_object_name")
    val portalObjectName: String? = null,

    /**
     * Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty
     * cell = null.
     */
    @get:JsonProperty("portal_session_id")@field:JsonProperty("portal_session_id")
    val portalSessionID: String? = null,

    /**
     * Name of the run. Column `run` (sc:Text), part of the row key.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val run: String,

    /**
     * Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.
     */
    @get:JsonProperty("session_id", required=true)@field:JsonProperty("session_id", required=true)
    val sessionID: String,

    /**
     * Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`
     * (sc:Text), empty cell = null.
     */
    val sha256: String? = null,

    /**
     * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
     * empty cell = null.
     */
    val url: String? = null,

    /**
     * User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.
     */
    @get:JsonProperty("user_id", required=true)@field:JsonProperty("user_id", required=true)
    val userID: String,

    /**
     * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
     * empty cell = null.
     */
    @get:JsonProperty("voxel_size")@field:JsonProperty("voxel_size")
    val voxelSize: Double? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<PicksRow>(json)
    }
}

