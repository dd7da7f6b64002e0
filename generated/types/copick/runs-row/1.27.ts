// generated from specs/copick/runs-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/runs.csv` (RecordSet `copick/runs`, FileObject `runs-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (name) must not be empty.
 */
export interface RunsRow {
  /**
   * Run name. Column `name` (sc:Text), part of the row key.
   */
  name: string;
  /**
   * CryoET Data Portal run id (portal sources only). Column `portal_run_id` (sc:Text), empty cell = null.
   */
  portal_run_id: string | null;
  /**
   * Dataset split the run belongs to (e.g. train, val, test); empty when unassigned. Column `split` (sc:Text), empty cell = null.
   */
  split: string | null;
}
