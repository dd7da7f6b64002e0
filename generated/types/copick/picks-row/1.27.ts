// generated from specs/copick/picks-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/picks.csv` (RecordSet `copick/picks`, FileObject `picks-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (run, user_id, session_id, object_name) must not be empty.
 */
export interface PicksRow {
  /**
   * Name of the run. Column `run` (sc:Text), part of the row key.
   */
  run: string;
  /**
   * User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.
   */
  user_id: string;
  /**
   * Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.
   */
  session_id: string;
  /**
   * Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row key.
   */
  object_name: string;
  /**
   * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float), empty cell = null.
   */
  voxel_size: number | null;
  /**
   * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text), empty cell = null.
   */
  url: string | null;
  /**
   * Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256` (sc:Text), empty cell = null.
   */
  sha256: string | null;
  /**
   * Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell = null.
   */
  portal_object_name: string | null;
  /**
   * Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty cell = null.
   */
  portal_session_id: string | null;
  /**
   * CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell = null.
   */
  portal_annotation_id: string | null;
  /**
   * CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text), empty cell = null.
   */
  portal_annotation_file_id: string | null;
}
