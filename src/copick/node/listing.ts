// Directory listings the way copick's fsspec globs see a project: hidden entries (leading `.`) left out,
// sorted by name (fsspec sorts glob results), directories told apart through symlinks. Missing folders list
// as empty.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { pyFixed } from "../pyjson.js";
import { compareCodePoints } from "../../engine/python-repr.js";

export interface Entry {
  readonly name: string;
  /** A directory, or a symlink to one. */
  readonly isDir: boolean;
  readonly isLink: boolean;
}

export async function listEntries(dir: string): Promise<Entry[]> {
  let dirents;
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return [];
    }
    throw error;
  }
  const entries = await Promise.all(
    dirents
      .filter((d) => !d.name.startsWith("."))
      .map(async (d): Promise<Entry> => {
        const isLink = d.isSymbolicLink();
        const isDir = isLink
          ? await stat(join(dir, d.name)).then(
              (s) => s.isDirectory(),
              () => false,
            )
          : d.isDirectory();
        return { name: d.name, isDir, isLink };
      }),
  );
  return entries.sort((a, b) => compareCodePoints(a.name, b.name));
}

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
