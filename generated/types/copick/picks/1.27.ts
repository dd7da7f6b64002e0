// generated from specs/copick/picks/1.27.json by codegen - do not edit
/**
 * A 4x4 affine matrix from object to tomogram space, row by row; its last row must be [0, 0, 0, 1] (rule `copick.picks.transform-last-row`).
 *
 * @minItems 4
 * @maxItems 4
 *
 * This interface was referenced by `CopickPicksFile`'s JSON-Schema
 * via the `definition` "Transformation".
 */
export type Transformation = [
  [number, number, number, number],
  [number, number, number, number],
  [number, number, number, number],
  [number, number, number, number],
];

/**
 * A copick picks file (`ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json`, copick 1.27 `CopickPicksFile`): the points picked for one object by one user in one session. copick writes every key, nulls included, with `json.dumps(indent=4)`. Instance ids may exceed 2^53: read and write them with `readPicks`/`writePicks`, which keep them exact. Unknown keys are ignored.
 */
export interface CopickPicksFile {
  /**
   * Name of a pickable object of the project config.
   */
  pickable_object_name: string;
  /**
   * User or tool that made the picks.
   */
  user_id: string;
  /**
   * Session that made the picks; "0" for picks made by a tool.
   */
  session_id: string;
  /**
   * Run the picks belong to.
   */
  run_name?: string | null;
  /**
   * Voxel spacing of the tomogram the picks were made on.
   */
  voxel_spacing?: number | null;
  /**
   * Unit of the point locations.
   */
  unit?: string;
  /**
   * The picked points.
   */
  points?: CopickPoint[] | null;
  /**
   * Whether the orientations are known (false: ignore them).
   */
  trust_orientation?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * A picked point with its orientation, instance id and score.
 *
 * This interface was referenced by `CopickPicksFile`'s JSON-Schema
 * via the `definition` "CopickPoint".
 */
export interface CopickPoint {
  location: CopickLocation;
  /**
   * Orientation as a 4x4 matrix (default: identity).
   */
  transformation_?: Transformation | null;
  /**
   * Instance the point belongs to (may exceed 2^53).
   */
  instance_id?: number | null;
  /**
   * Confidence of the pick.
   */
  score?: number | null;
  [k: string]: unknown | undefined;
}
/**
 * A location in 3D space, in `unit`.
 *
 * This interface was referenced by `CopickPicksFile`'s JSON-Schema
 * via the `definition` "CopickLocation".
 */
export interface CopickLocation {
  /**
   * x coordinate.
   */
  x: number;
  /**
   * y coordinate.
   */
  y: number;
  /**
   * z coordinate.
   */
  z: number;
  [k: string]: unknown | undefined;
}
