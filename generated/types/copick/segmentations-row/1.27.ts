// generated from specs/copick/segmentations-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/segmentations.csv` (RecordSet `copick/segmentations`, FileObject `segmentations-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (run, voxel_size, user_id, session_id, name, is_multilabel) must not be empty.
 */
export interface SegmentationsRow {
  /**
   * Name of the run. Column `run` (sc:Text), part of the row key.
   */
  run: string;
  /**
   * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float), part of the row key.
   */
  voxel_size: number;
  /**
   * User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key.
   */
  user_id: string;
  /**
   * Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key.
   */
  session_id: string;
  /**
   * Segmentation name. Column `name` (sc:Text), part of the row key.
   */
  name: string;
  /**
   * Whether the segmentation is a multilabel volume. Column `is_multilabel` (sc:Boolean), part of the row key.
   */
  is_multilabel: boolean;
  /**
   * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text), empty cell = null.
   */
  url: string | null;
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
