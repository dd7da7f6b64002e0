// generated from specs/copick/objects-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/objects.csv` (RecordSet `copick/objects`, FileObject `objects-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (name) must not be empty.
 */
export interface ObjectsRow {
  /**
   * Pickable object name. Column `name` (sc:Text), part of the row key.
   */
  name: string;
  /**
   * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text), empty cell = null.
   */
  url: string | null;
}
