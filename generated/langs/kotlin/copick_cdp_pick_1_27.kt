// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val cDPPickRecord = CDPPickRecord.fromJson(jsonString)

package bioimagespecs.copick.cdp_pick.v1_27

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
 * One line of a CryoET Data Portal NDJSON point annotation, as copick 1.27 reads it
 * (`_parse_ndjson_picks`): a location in voxel units (copick scales it by the voxel size)
 * and an optional 3x3 rotation. Other keys of the portal's records are ignored.
 */
data class CDPPickRecord (
    /**
     * Location in voxels.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val location: Location,

    /**
     * Orientation as a 3x3 rotation matrix, row by row; its presence makes copick trust
     * orientations.
     */
    @get:JsonProperty("xyz_rotation_matrix")@field:JsonProperty("xyz_rotation_matrix")
    val xyzRotationMatrix: List<List<Double>>? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<CDPPickRecord>(json)
    }
}

/**
 * Location in voxels.
 */
data class Location (
    /**
     * x coordinate in voxels.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val x: Double,

    /**
     * y coordinate in voxels.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val y: Double,

    /**
     * z coordinate in voxels.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val z: Double
)

