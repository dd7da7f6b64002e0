// Names of copick's folders and files: voxel spacing folders, segmentation stores, picks and mesh files.
import { pyFixed } from "../pyjson.js";

/** Python's float() of a folder-name part, or undefined (copick would raise; such entries are skipped here). */
export function parseFloatPart(text: string): number | undefined {
  return /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : undefined;
}

/** `VoxelSpacing10.000`: copick's folder of a voxel spacing (`f"{vs:.3f}"`). */
export const voxelSpacingFolder = (voxelSize: number): string => `VoxelSpacing${pyFixed(voxelSize, 3)}`;

/** `10.000_user_session_name[-multilabel].zarr`: copick's segmentation store name. */
export function segmentationFileName(seg: {
  readonly voxelSize: number;
  readonly userId: string;
  readonly sessionId: string;
  readonly name: string;
  readonly isMultilabel: boolean;
}): string {
  return `${pyFixed(seg.voxelSize, 3)}_${seg.userId}_${seg.sessionId}_${seg.name}${seg.isMultilabel ? "-multilabel" : ""}.zarr`;
}

/** `user_session_object` of a picks or mesh file name (without extension); other shapes are not copick's. */
export function userSessionObject(stem: string): { userId: string; sessionId: string; objectName: string } | undefined {
  const parts = stem.split("_");
  if (parts.length !== 3 || parts.some((p) => p === "")) {
    return undefined;
  }
  const [userId = "", sessionId = "", objectName = ""] = parts;
  return { userId, sessionId, objectName };
}

/** The parts of a segmentation store name, or undefined when it is not `vs_user_session_name[-multilabel]`. */
export function parseSegmentationName(
  stem: string,
): { voxelSize: number; userId: string; sessionId: string; name: string; isMultilabel: boolean } | undefined {
  const parts = stem.split("_");
  const voxelSize = parseFloatPart(parts[0] ?? "");
  if (parts.length !== 4 || voxelSize === undefined) {
    return undefined;
  }
  const [, userId = "", sessionId = "", rest = ""] = parts;
  const isMultilabel = rest.endsWith("-multilabel");
  return { voxelSize, userId, sessionId, name: isMultilabel ? rest.slice(0, -"-multilabel".length) : rest, isMultilabel };
}
