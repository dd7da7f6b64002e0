// generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
/**
 * One line of a CryoET Data Portal NDJSON point annotation, as copick 1.27 reads it (`_parse_ndjson_picks`): a location in voxel units (copick scales it by the voxel size) and an optional 3x3 rotation. Other keys of the portal's records are ignored.
 */
export interface CdpPickRecord {
  /**
   * Location in voxels.
   */
  location: {
    /**
     * x coordinate in voxels.
     */
    x: number;
    /**
     * y coordinate in voxels.
     */
    y: number;
    /**
     * z coordinate in voxels.
     */
    z: number;
    [k: string]: unknown | undefined;
  };
  /**
   * Orientation as a 3x3 rotation matrix, row by row; its presence makes copick trust orientations.
   *
   * @minItems 3
   * @maxItems 3
   */
  xyz_rotation_matrix?: [[number, number, number], [number, number, number], [number, number, number]];
  [k: string]: unknown | undefined;
}
