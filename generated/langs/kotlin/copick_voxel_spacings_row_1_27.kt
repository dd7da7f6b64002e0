// generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val voxelSpacingsRow = VoxelSpacingsRow.fromJson(jsonString)

package bioimagespecs.copick.voxel_spacings_row.v1_27

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
 * One row of the copick Croissant sidecar `Croissant/voxel_spacings.csv` (RecordSet
 * `copick/voxel_spacings`, FileObject `voxel-spacings-csv`), as copick 1.27 reads it: cells
 * of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
 * case-insensitive), empty cells as null. Properties are in column order; the key columns
 * (run, voxel_size) must not be empty.
 */
data class VoxelSpacingsRow (
    /**
     * Name of the run. Column `run` (sc:Text), part of the row key.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val run: String,

    /**
     * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
     * part of the row key.
     */
    @get:JsonProperty("voxel_size", required=true)@field:JsonProperty("voxel_size", required=true)
    val voxelSize: Double
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<VoxelSpacingsRow>(json)
    }
}

