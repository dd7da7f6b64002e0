// generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/meshes.csv` (RecordSet `copick/meshes`, FileObject `meshes-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (run, user_id, session_id, object_name) must not be empty.
 */
export interface MeshesRow {
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
   * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text), empty cell = null.
   */
  url: string | null;
  /**
   * Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256` (sc:Text), empty cell = null.
   */
  sha256: string | null;
}
