// generated from specs/copick/picks/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val copickPicksFile = CopickPicksFile.fromJson(jsonString)

package bioimagespecs.copick.picks.v1_27

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
 * A copick picks file (`ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json`, copick
 * 1.27 `CopickPicksFile`): the points picked for one object by one user in one session.
 * copick writes every key, nulls included, with `json.dumps(indent=4)`. Instance ids may
 * exceed 2^53: read and write them with `readPicks`/`writePicks`, which keep them exact.
 * Unknown keys are ignored.
 */
data class CopickPicksFile (
    /**
     * Name of a pickable object of the project config.
     */
    @get:JsonProperty("pickable_object_name", required=true)@field:JsonProperty("pickable_object_name", required=true)
    val pickableObjectName: String,

    /**
     * The picked points.
     */
    val points: List<CopickPoint>? = null,

    /**
     * Run the picks belong to.
     */
    @get:JsonProperty("run_name")@field:JsonProperty("run_name")
    val runName: String? = null,

    /**
     * Session that made the picks; "0" for picks made by a tool.
     */
    @get:JsonProperty("session_id", required=true)@field:JsonProperty("session_id", required=true)
    val sessionID: String,

    /**
     * Whether the orientations are known (false: ignore them).
     */
    @get:JsonProperty("trust_orientation")@field:JsonProperty("trust_orientation")
    val trustOrientation: Boolean? = null,

    /**
     * Unit of the point locations.
     */
    val unit: String? = null,

    /**
     * User or tool that made the picks.
     */
    @get:JsonProperty("user_id", required=true)@field:JsonProperty("user_id", required=true)
    val userID: String,

    /**
     * Voxel spacing of the tomogram the picks were made on.
     */
    @get:JsonProperty("voxel_spacing")@field:JsonProperty("voxel_spacing")
    val voxelSpacing: Double? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<CopickPicksFile>(json)
    }
}

/**
 * A picked point with its orientation, instance id and score.
 */
data class CopickPoint (
    /**
     * Instance the point belongs to (may exceed 2^53).
     */
    @get:JsonProperty("instance_id")@field:JsonProperty("instance_id")
    val instanceID: Long? = null,

    /**
     * Where the point is.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val location: CopickLocation,

    /**
     * Confidence of the pick.
     */
    val score: Double? = null,

    /**
     * Orientation as a 4x4 matrix (default: identity).
     */
    @get:JsonProperty("transformation_")@field:JsonProperty("transformation_")
    val transformation: List<List<Double>>? = null
)

/**
 * Where the point is.
 *
 * A location in 3D space, in `unit`.
 */
data class CopickLocation (
    /**
     * x coordinate.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val x: Double,

    /**
     * y coordinate.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val y: Double,

    /**
     * z coordinate.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val z: Double
)

