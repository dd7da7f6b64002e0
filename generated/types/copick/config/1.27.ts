// generated from specs/copick/config/1.27.json by codegen - do not edit
/**
 * A copick project configuration (copick 1.27): the base fields of `CopickConfig` plus those of the storage backend named by `config_type`. A missing `config_type` is read as "filesystem" with a deprecation warning and an unknown one is refused before the schema runs (src/copick/config.ts), as `copick.ops.open.from_string` does. Unknown keys are ignored, as pydantic does by default.
 */
export type CopickConfig = CopickConfigFSSpec | CopickConfigCDP | CopickConfigMLCroissant;
/**
 * A project on fsspec storage: a writable overlay and an optional read-only static root.
 */
export type CopickConfigFSSpec = CopickConfigBase & CopickConfigFSSpec1;
/**
 * Extra keyword arguments for an fsspec filesystem (credentials, endpoint, auto_mkdir, ...).
 */
export type FsArgs = {
  [k: string]: unknown | undefined;
} | null;
/**
 * A project reading the CryoET Data Portal, with a writable overlay.
 */
export type CopickConfigCDP = CopickConfigBase & CopickConfigCDP1;
/**
 * A project read from a Croissant metadata.json and its CSV sidecars; with `overlay_root` the Croissant is read-only and writes go to the overlay (Mode B), without it writes go to the Croissant's base URL (Mode A).
 */
export type CopickConfigMLCroissant = CopickConfigBase & CopickConfigMLCroissant1;

/**
 * The fields every copick config has (`copick.models.CopickConfig`).
 */
export interface CopickConfigBase {
  /**
   * Name of the project.
   */
  name?: string | null;
  /**
   * Description of the project.
   */
  description?: string | null;
  /**
   * Version of the project (or of the copick API it was written for).
   */
  version?: string | null;
  /**
   * The objects that can be picked or segmented; names and labels must be unique (rules `copick.objects.unique`).
   */
  pickable_objects: PickableObject[];
  /**
   * Default user id for new artifacts; must already be sanitised (rule `copick.config.user-id-sanitized`).
   */
  user_id?: string | null;
  /**
   * Default session id for new artifacts; must already be sanitised (rule `copick.config.session-id-sanitized`).
   */
  session_id?: string | null;
  /**
   * Index of run names.
   */
  runs?: string[] | null;
  /**
   * Index of voxel spacings.
   */
  voxel_spacings?: number[] | null;
  /**
   * Index of tomogram types by voxel spacing; the keys must read as numbers (rule `copick.config.tomogram-keys`).
   */
  tomograms?: {
    [k: string]: string[] | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * Metadata for a pickable object. The name must already be sanitised (rule `copick.object.name-sanitized`), the label may not be 0 (rule `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
 */
export interface PickableObject {
  /**
   * Name of the object; free of `<>:"/\|?*`, control characters, whitespace and underscores, and not starting or ending with `-`.
   */
  name: string;
  /**
   * Whether this object is represented by points (true) or by segmentation masks (false).
   */
  is_particle: boolean;
  /**
   * Numeric label of the object in multilabel segmentation masks; must be unique and not 0 (background).
   */
  label?: number | null;
  /**
   * RGBA colour, four integers in [0, 255].
   */
  color?: [number, number, number, number] | null;
  /**
   * EMDB id of the object's map.
   */
  emdb_id?: string | null;
  /**
   * PDB id of the object's model.
   */
  pdb_id?: string | null;
  /**
   * Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO). `go_id` is accepted as an input alias; copick writes `identifier`.
   */
  identifier?: string | null;
  /**
   * Input alias of `identifier` (copick reads `go_id` first when both are given; rule `copick.object.identifier-alias`).
   */
  go_id?: string | null;
  /**
   * Threshold applied to the map when rendering its isosurface.
   */
  map_threshold?: number | null;
  /**
   * Radius of the particle in angstrom, when displayed as a sphere.
   */
  radius?: number | null;
  /**
   * User-defined metadata; null is read as {}.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
export interface CopickConfigFSSpec1 {
  /**
   * The storage backend.
   */
  config_type: "filesystem";
  /**
   * fsspec URL of the writable overlay (local://, file://, s3://, ssh://, smb://, or a bare path).
   */
  overlay_root: string;
  /**
   * fsspec URL of the read-only static data.
   */
  static_root?: string | null;
  overlay_fs_args?: FsArgs;
  static_fs_args?: FsArgs;
  [k: string]: unknown | undefined;
}
export interface CopickConfigCDP1 {
  /**
   * The storage backend.
   */
  config_type: "cryoet_data_portal";
  /**
   * fsspec URL of the writable overlay.
   */
  overlay_root: string;
  /**
   * CryoET Data Portal dataset ids to read.
   */
  dataset_ids: number[];
  overlay_fs_args?: FsArgs;
  /**
   * Whether portal query results are cached on disk.
   */
  portal_cache?: boolean;
  /**
   * Lifetime of cached portal results; <= 0 never expires.
   */
  portal_cache_ttl_seconds?: number;
  /**
   * Where the cache lives (default: the overlay, else a local fallback).
   */
  portal_cache_dir?: string | null;
  /**
   * Bound on the cold-start lock wait before fetching directly.
   */
  portal_cache_lock_timeout_seconds?: number;
  [k: string]: unknown | undefined;
}
export interface CopickConfigMLCroissant1 {
  /**
   * The storage backend.
   */
  config_type: "mlcroissant";
  /**
   * URL or path of the Croissant metadata.json.
   */
  croissant_url: string;
  /**
   * Override of `copick:baseUrl`, for a dataset moved from where it was published.
   */
  croissant_base_url?: string | null;
  /**
   * Writable overlay; its presence selects Mode B.
   */
  overlay_root?: string | null;
  overlay_fs_args?: FsArgs;
  croissant_fs_args?: FsArgs;
  static_fs_args?: FsArgs;
  [k: string]: unknown | undefined;
}
