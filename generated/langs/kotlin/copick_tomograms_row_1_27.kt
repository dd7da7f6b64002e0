// generated from specs/copick/tomograms-row/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val tomogramsRow = TomogramsRow.fromJson(jsonString)

package bioimagespecs.copick.tomograms_row.v1_27

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
 * One row of the copick Croissant sidecar `Croissant/tomograms.csv` (RecordSet
 * `copick/tomograms`, FileObject `tomograms-csv`), as copick 1.27 reads it: cells of
 * sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
 * case-insensitive), empty cells as null. Properties are in column order; the key columns
 * (run, voxel_size, tomo_type) must not be empty.
 */
data class TomogramsRow (
    /**
     * Tomogram type on the CryoET Data Portal. Column `portal_tomo_type` (sc:Text), empty cell
     * = null.
     */
    @get:JsonProperty("portal_tomo_type")@field:JsonProperty("portal_tomo_type")
    val portalTomoType: String? = null,

    /**
     * CryoET Data Portal tomogram id. Column `portal_tomogram_id` (sc:Text), empty cell = null.
     */
    @get:JsonProperty("portal_tomogram_id")@field:JsonProperty("portal_tomogram_id")
    val portalTomogramID: String? = null,

    /**
     * Name of the run. Column `run` (sc:Text), part of the row key.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val run: String,

    /**
     * Tomogram type (reconstruction algorithm), e.g. wbp. Column `tomo_type` (sc:Text), part of
     * the row key.
     */
    @get:JsonProperty("tomo_type", required=true)@field:JsonProperty("tomo_type", required=true)
    val tomoType: String,

    /**
     * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
     * empty cell = null.
     */
    val url: String? = null,

    /**
     * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
     * part of the row key.
     */
    @get:JsonProperty("voxel_size", required=true)@field:JsonProperty("voxel_size", required=true)
    val voxelSize: Double
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<TomogramsRow>(json)
    }
}

