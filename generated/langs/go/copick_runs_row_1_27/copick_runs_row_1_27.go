// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    runsRow, err := UnmarshalRunsRow(bytes)
//    bytes, err = runsRow.Marshal()

package copick_runs_row_1_27

import "encoding/json"

func UnmarshalRunsRow(data []byte) (RunsRow, error) {
	var r RunsRow
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *RunsRow) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// One row of the copick Croissant sidecar `Croissant/runs.csv` (RecordSet `copick/runs`,
// FileObject `runs-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
// numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
// Properties are in column order; the key columns (name) must not be empty.
type RunsRow struct {
	// Run name. Column `name` (sc:Text), part of the row key.                                         
	Name                                                                                       string  `json:"name"`
	// CryoET Data Portal run id (portal sources only). Column `portal_run_id` (sc:Text), empty        
	// cell = null.                                                                                    
	PortalRunID                                                                                *string `json:"portal_run_id"`
	// Dataset split the run belongs to (e.g. train, val, test); empty when unassigned. Column         
	// `split` (sc:Text), empty cell = null.                                                           
	Split                                                                                      *string `json:"split"`
}

