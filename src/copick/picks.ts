// Picks files read and written losslessly: instance ids beyond 2^53 stay exact (bigint), and the text written is
// byte-identical to copick's `json.dumps(CopickPicksFile.model_dump(), indent=4)` (every key, defaults filled,
// floats as Python prints them). Browser-safe.
import { type LosslessJson, parseLosslessJson } from "../engine/load/lossless-json.js";
import { PyFloat, type PyJson, pyJsonDumps } from "./pyjson.js";

/** A point of a picks file (the generated `CopickPoint`, with an instance id that may be a bigint beyond 2^53). */
export interface LosslessPoint {
  location: { x: number; y: number; z: number };
  transformation_?: number[][] | null;
  instance_id?: number | bigint | null;
  score?: number | null;
}

/** A picks file as `readPicks` returns it (the generated `CopickPicksFile`, with lossless points). */
export interface LosslessPicksFile {
  pickable_object_name: string;
  user_id: string;
  session_id: string;
  run_name?: string | null;
  voxel_spacing?: number | null;
  unit?: string;
  points?: LosslessPoint[] | null;
  trust_orientation?: boolean | null;
}

/** Parses a picks file, keeping integers beyond 2^53 as bigints. Not validated: see `validatePicks`. */
export function readPicks(text: string, fileName?: string): LosslessPicksFile {
  return parseLosslessJson(text, fileName) as unknown as LosslessPicksFile;
}

const IDENTITY = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [0, 0, 0, 1],
];

const float = (value: number | null | undefined): PyJson => (value === null || value === undefined ? null : new PyFloat(value));

function dumpPoint(point: LosslessPoint): PyJson {
  const transformation = point.transformation_ === undefined ? IDENTITY : point.transformation_;
  const instanceId = point.instance_id === undefined ? 0 : point.instance_id;
  return {
    location: { x: float(point.location.x), y: float(point.location.y), z: float(point.location.z) },
    transformation_: transformation === null ? null : transformation.map((row) => row.map((v) => new PyFloat(v))),
    instance_id: typeof instanceId === "number" ? Math.trunc(instanceId) : instanceId,
    score: point.score === undefined ? new PyFloat(1) : float(point.score),
  };
}

/** The picks file as copick writes it (model_dump order, defaults filled, unknown keys dropped). */
export function writePicks(picks: LosslessPicksFile): string {
  const points = picks.points === undefined ? [] : picks.points;
  return pyJsonDumps(
    {
      pickable_object_name: picks.pickable_object_name,
      user_id: picks.user_id,
      session_id: picks.session_id,
      run_name: picks.run_name ?? null,
      voxel_spacing: float(picks.voxel_spacing),
      unit: picks.unit ?? "angstrom",
      points: points === null ? null : points.map(dumpPoint),
      trust_orientation: picks.trust_orientation === undefined ? true : picks.trust_orientation,
    },
    4,
  );
}

export interface CdpPicksContext {
  /** Voxel size in angstrom: CDP locations are in voxels. */
  readonly voxelSize: number;
  readonly pickableObjectName: string;
  readonly userId: string;
  readonly sessionId: string;
  readonly runName: string;
}

interface CdpRecord {
  readonly location: { readonly x: number; readonly y: number; readonly z: number };
  readonly xyz_rotation_matrix?: readonly (readonly number[])[];
}

/**
 * CDP NDJSON records (validated with `validateCdpPicks`) as a copick picks file, like copick's
 * `_parse_ndjson_picks`: locations scaled to angstrom, rotations embedded in 4x4 matrices, orientations trusted
 * when any record has one.
 */
export function cdpPicksToCopick(records: readonly LosslessJson[], context: CdpPicksContext): LosslessPicksFile {
  let sawOrientation = false;
  const points = (records as unknown as CdpRecord[]).map((record): LosslessPoint => {
    const { x, y, z } = record.location;
    const location = { x: x * context.voxelSize, y: y * context.voxelSize, z: z * context.voxelSize };
    const rotation = record.xyz_rotation_matrix;
    if (rotation === undefined) {
      return { location };
    }
    sawOrientation = true;
    const matrix = IDENTITY.map((row, i) => row.map((v, j) => (i < 3 && j < 3 ? (rotation[i]?.[j] ?? 0) : v)));
    return { location, transformation_: matrix };
  });
  return {
    pickable_object_name: context.pickableObjectName,
    user_id: context.userId,
    session_id: context.sessionId,
    run_name: context.runName,
    voxel_spacing: context.voxelSize,
    unit: "angstrom",
    points,
    trust_orientation: sawOrientation,
  };
}
