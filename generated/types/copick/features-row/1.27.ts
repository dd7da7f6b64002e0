// generated from specs/copick/features-row/1.27.json by codegen - do not edit
/**
 * One row of the copick Croissant sidecar `Croissant/features.csv` (RecordSet `copick/features`, FileObject `features-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null. Properties are in column order; the key columns (run, voxel_size, tomo_type, feature_type) must not be empty.
 */
export interface FeaturesRow {
  /**
   * Name of the run. Column `run` (sc:Text), part of the row key.
   */
  run: string;
  /**
   * Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float), part of the row key.
   */
  voxel_size: number;
  /**
   * Tomogram type (reconstruction algorithm), e.g. wbp. Column `tomo_type` (sc:Text), part of the row key.
   */
  tomo_type: string;
  /**
   * Feature type, e.g. sobel. Column `feature_type` (sc:Text), part of the row key.
   */
  feature_type: string;
  /**
   * Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text), empty cell = null.
   */
  url: string | null;
}
