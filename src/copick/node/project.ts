// What the exporter walks: a copick project (a filesystem project, or a project read from a Croissant), listed the
// way copick's `CopickRoot` lists it. Both `CopickRootFS` and `CopickRootMLC` are one.
import { isRecord } from "../../engine/records.js";
import type { CopickProjectConfig } from "../croissant-doc.js";
import type { Location } from "./location.js";

export interface ProjectSource {
  readonly configType: "filesystem" | "mlcroissant";
  readonly config: CopickProjectConfig;
  /** Runs in copick's order (sorted by name). */
  runs(): Promise<readonly ProjectRun[]>;
}

export interface ProjectRun {
  readonly name: string;
  voxelSpacings(): Promise<readonly ProjectVoxelSpacing[]>;
  picks(): Promise<readonly ProjectPicks[]>;
  meshes(): Promise<readonly ProjectMesh[]>;
  segmentations(): Promise<readonly ProjectSegmentation[]>;
}

export interface ProjectVoxelSpacing {
  readonly voxelSize: number;
  tomograms(): Promise<readonly ProjectTomogram[]>;
}

export interface ProjectTomogram {
  readonly tomoType: string;
  features(): Promise<readonly ProjectFeatures[]>;
}

export interface ProjectFeatures {
  readonly featureType: string;
}

/** A picks or mesh file: where it is, and its bytes. */
export interface ProjectFile {
  readonly location: Location;
  /** The file's bytes, or undefined when it is missing. */
  readBytes(): Promise<Uint8Array | undefined>;
}

export interface ProjectPicks extends ProjectFile {
  readonly objectName: string;
  readonly userId: string;
  readonly sessionId: string;
  /** The voxel spacing these bytes record (copick loads the picks for it), or null; throws when unreadable. */
  voxelSizeOf(bytes: Uint8Array): number | null;
}

export interface ProjectMesh extends ProjectFile {
  readonly objectName: string;
  readonly userId: string;
  readonly sessionId: string;
}

export interface ProjectSegmentation {
  readonly voxelSize: number;
  readonly userId: string;
  readonly sessionId: string;
  readonly name: string;
  readonly isMultilabel: boolean;
}

/** `voxel_spacing` of a picks file's JSON (null when absent); an Error when it is not a picks object. */
export function picksVoxelSpacing(bytes: Uint8Array): number | null {
  const picks = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  if (!isRecord(picks)) {
    throw new Error("not a picks file (a JSON object)");
  }
  const voxelSpacing = picks.voxel_spacing;
  if (voxelSpacing !== undefined && voxelSpacing !== null && typeof voxelSpacing !== "number") {
    throw new Error(`voxel_spacing is ${JSON.stringify(voxelSpacing)}, not a number`);
  }
  return voxelSpacing ?? null;
}
