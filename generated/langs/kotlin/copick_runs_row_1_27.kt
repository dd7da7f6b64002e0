// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
// To parse the JSON, install jackson-module-kotlin and do:
//
//   val runsRow = RunsRow.fromJson(jsonString)

package bioimagespecs.copick.runs_row.v1_27

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
 * One row of the copick Croissant sidecar `Croissant/runs.csv` (RecordSet `copick/runs`,
 * FileObject `runs-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
 * numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
 * Properties are in column order; the key columns (name) must not be empty.
 */
data class RunsRow (
    /**
     * Run name. Column `name` (sc:Text), part of the row key.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val name: String,

    /**
     * CryoET Data Portal run id (portal sources only). Column `portal_run_id` (sc:Text), empty
     * cell = null.
     */
    @get:JsonProperty("portal_run_id")@field:JsonProperty("portal_run_id")
    val portalRunID: String? = null,

    /**
     * Dataset split the run belongs to (e.g. train, val, test); empty when unassigned. Column
     * `split` (sc:Text), empty cell = null.
     */
    val split: String? = null
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<RunsRow>(json)
    }
}

