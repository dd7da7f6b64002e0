// A copick filesystem project (config_type "filesystem", impl/filesystem.py): `overlay_root` (writable) and an
// optional `static_root` (read-only), each laid out as
//   ExperimentRuns/<run>/VoxelSpacing<vs:.3f>/<tomo_type>.zarr, <tomo_type>_<feature_type>_features.zarr
//   ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json, Meshes/<user>_<session>_<object>.glb
//   ExperimentRuns/<run>/Segmentations/<vs:.3f>_<user>_<session>_<name>[-multilabel].zarr
//   Objects/<name>.zarr
// Everything is listed from the directories, static entries first, then the overlay's (copick's order); zarr
// stores are listed, never read.
import { type CopickProjectConfig, type PyDict, projectConfig } from "../croissant-doc.js";
import { CopickError } from "../errors.js";
import { compareCodePoints } from "../../engine/python-repr.js";
import { parseFloatPart, parseSegmentationName, segmentationFileName, userSessionObject, voxelSpacingFolder } from "./listing.js";
import { type Entry, type FsArgs, type Location, child, exists, listEntries, locate, readOptional, sameLocation } from "./location.js";
import {
  type ProjectFeatures,
  type ProjectMesh,
  type ProjectPicks,
  type ProjectRun,
  type ProjectSegmentation,
  type ProjectSource,
  type ProjectTomogram,
  type ProjectVoxelSpacing,
  picksVoxelSpacing,
} from "./project.js";

/** A root from a config URL (`local://`, `file://`, a path, or `s3://` with its fs_args); http(s) cannot be listed. */
function projectRoot(url: string, fsArgs: unknown, key: string): Location {
  const args = fsArgs !== null && typeof fsArgs === "object" && !Array.isArray(fsArgs) ? (fsArgs as FsArgs) : {};
  const location = locate(url, args);
  if (location.kind === "http") {
    throw new CopickError(`${key} '${url}': an http(s) root cannot be listed (local paths and s3:// can)`);
  }
  return location.kind === "local" ? { kind: "local", path: location.path.replace(/\/+$/, "") || "/" } : location;
}

/** Static entries (unless static is the overlay), then overlay ones. */
async function bothSides<T>(run: CopickRunFS, list: (root: Location, readOnly: boolean) => Promise<T[]>): Promise<T[]> {
  const staticOnes = run.root.staticIsOverlay ? [] : await list(run.staticLocation, true);
  return [...staticOnes, ...(await list(run.overlayLocation, false))];
}

export class CopickFeaturesFS implements ProjectFeatures {
  constructor(
    readonly tomogram: CopickTomogramFS,
    readonly featureType: string,
    readonly readOnly: boolean,
  ) {}

  get location(): Location {
    return child(this.tomogram.voxelSpacing.folder(this.readOnly), `${this.tomogram.tomoType}_${this.featureType}_features.zarr`);
  }
}

export class CopickTomogramFS implements ProjectTomogram {
  constructor(
    readonly voxelSpacing: CopickVoxelSpacingFS,
    readonly tomoType: string,
    readonly readOnly: boolean,
  ) {}

  get location(): Location {
    return child(this.voxelSpacing.folder(this.readOnly), `${this.tomoType}.zarr`);
  }

  /** `<tomo_type>_<feature_type>_features.zarr` stores next to the tomogram. */
  async features(): Promise<CopickFeaturesFS[]> {
    const prefix = `${this.tomoType}_`;
    const list = async (readOnly: boolean): Promise<CopickFeaturesFS[]> =>
      (await this.voxelSpacing.entries(readOnly))
        .filter((e) => e.isDir && e.name.startsWith(prefix) && e.name.endsWith("_features.zarr"))
        .map((e) => new CopickFeaturesFS(this, e.name.slice(prefix.length, -"_features.zarr".length), readOnly))
        .filter((f) => f.featureType !== "" && !f.featureType.startsWith("."));
    const run = this.voxelSpacing.run;
    return [...(run.root.staticIsOverlay ? [] : await list(true)), ...(await list(false))];
  }
}

export class CopickVoxelSpacingFS implements ProjectVoxelSpacing {
  constructor(
    readonly run: CopickRunFS,
    readonly voxelSize: number,
  ) {}

  folder(readOnly: boolean): Location {
    return child(readOnly ? this.run.staticLocation : this.run.overlayLocation, voxelSpacingFolder(this.voxelSize));
  }

  // Tomograms and their features are listed from the same folder: tomograms() lists it afresh, and the features
  // of the tomograms it found come from that same listing (a quarter of an export's directory reads).
  private readonly listed = new Map<boolean, Promise<Entry[]>>();

  entries(readOnly: boolean): Promise<Entry[]> {
    let entries = this.listed.get(readOnly);
    if (entries === undefined) {
      entries = listEntries(this.folder(readOnly));
      this.listed.set(readOnly, entries);
    }
    return entries;
  }

  /** `*.zarr` stores whose name does not contain "features" (copick's rule). */
  async tomograms(): Promise<CopickTomogramFS[]> {
    this.listed.clear();
    const list = async (readOnly: boolean): Promise<CopickTomogramFS[]> =>
      (await this.entries(readOnly))
        .filter((e) => e.isDir && e.name.endsWith(".zarr") && !e.name.includes("features"))
        .map((e) => new CopickTomogramFS(this, e.name.slice(0, -".zarr".length), readOnly));
    return [...(this.run.root.staticIsOverlay ? [] : await list(true)), ...(await list(false))];
  }
}

class FileArtifact {
  constructor(
    readonly run: CopickRunFS,
    readonly objectName: string,
    readonly userId: string,
    readonly sessionId: string,
    readonly readOnly: boolean,
    private readonly folder: string,
    private readonly extension: string,
  ) {}

  get location(): Location {
    const base = this.readOnly ? this.run.staticLocation : this.run.overlayLocation;
    return child(base, this.folder, `${this.userId}_${this.sessionId}_${this.objectName}${this.extension}`);
  }

  readBytes(): Promise<Uint8Array | undefined> {
    return readOptional(this.location);
  }
}

export class CopickPicksFS extends FileArtifact implements ProjectPicks {
  voxelSizeOf(bytes: Uint8Array): number | null {
    return picksVoxelSpacing(bytes);
  }
}

export class CopickMeshFS extends FileArtifact implements ProjectMesh {}

export class CopickSegmentationFS implements ProjectSegmentation {
  constructor(
    readonly run: CopickRunFS,
    readonly voxelSize: number,
    readonly userId: string,
    readonly sessionId: string,
    readonly name: string,
    readonly isMultilabel: boolean,
    readonly readOnly: boolean,
  ) {}

  get location(): Location {
    return child(this.readOnly ? this.run.staticLocation : this.run.overlayLocation, "Segmentations", segmentationFileName(this));
  }
}

export class CopickRunFS implements ProjectRun {
  constructor(
    readonly root: CopickRootFS,
    readonly name: string,
  ) {}

  get staticLocation(): Location {
    return child(this.root.staticRoot, "ExperimentRuns", this.name);
  }

  get overlayLocation(): Location {
    return child(this.root.overlayRoot, "ExperimentRuns", this.name);
  }

  /** `VoxelSpacing<vs>` entries; an overlay spacing already in the static tree is listed once. */
  async voxelSpacings(): Promise<CopickVoxelSpacingFS[]> {
    const list = async (dir: Location): Promise<number[]> =>
      (await listEntries(dir))
        .filter((e) => e.name.startsWith("VoxelSpacing"))
        .map((e) => parseFloatPart(e.name.slice("VoxelSpacing".length)))
        .filter((vs): vs is number => vs !== undefined);
    const staticOnes = this.root.staticIsOverlay ? [] : await list(this.staticLocation);
    const overlayOnes = (await list(this.overlayLocation)).filter((vs) => !staticOnes.includes(vs));
    return [...staticOnes, ...overlayOnes].map((vs) => new CopickVoxelSpacingFS(this, vs));
  }

  private files<T>(
    folder: string,
    extension: string,
    make: (parts: NonNullable<ReturnType<typeof userSessionObject>>, readOnly: boolean) => T,
  ): Promise<T[]> {
    return bothSides(this, async (root, readOnly) =>
      (await listEntries(child(root, folder)))
        .filter((e) => e.name.endsWith(extension))
        .map((e) => userSessionObject(e.name.slice(0, -extension.length)))
        .filter((parts) => parts !== undefined)
        .map((parts) => make(parts, readOnly)),
    );
  }

  picks(): Promise<CopickPicksFS[]> {
    return this.files("Picks", ".json", (p, ro) => new CopickPicksFS(this, p.objectName, p.userId, p.sessionId, ro, "Picks", ".json"));
  }

  meshes(): Promise<CopickMeshFS[]> {
    return this.files("Meshes", ".glb", (p, ro) => new CopickMeshFS(this, p.objectName, p.userId, p.sessionId, ro, "Meshes", ".glb"));
  }

  segmentations(): Promise<CopickSegmentationFS[]> {
    return bothSides(this, async (root, readOnly) =>
      (await listEntries(child(root, "Segmentations")))
        .filter((e: Entry) => e.isDir && e.name.endsWith(".zarr"))
        .map((e) => parseSegmentationName(e.name.slice(0, -".zarr".length)))
        .filter((s) => s !== undefined)
        .map((s) => new CopickSegmentationFS(this, s.voxelSize, s.userId, s.sessionId, s.name, s.isMultilabel, readOnly)),
    );
  }
}

/** A pickable object of the project and where its density map would be. */
export interface CopickObjectFS {
  readonly name: string;
  readonly isParticle: boolean;
  /** In the static tree only (not in the overlay): not writable. */
  readonly readOnly: boolean;
  /** `Objects/<name>.zarr` in the overlay, or the static tree when read-only. */
  readonly location: Location;
  /** Whether that store exists. */
  readonly exists: boolean;
}

export class CopickRootFS implements ProjectSource {
  readonly configType = "filesystem" as const;
  readonly config: CopickProjectConfig;
  readonly overlayRoot: Location;
  readonly staticRoot: Location;
  private cachedRuns: Promise<CopickRunFS[]> | undefined;

  constructor(raw: PyDict) {
    if (typeof raw.overlay_root !== "string") {
      throw new CopickError("a filesystem config needs an overlay_root");
    }
    this.config = projectConfig(raw);
    this.overlayRoot = projectRoot(raw.overlay_root, raw.overlay_fs_args, "overlay_root");
    this.staticRoot =
      typeof raw.static_root === "string" ? projectRoot(raw.static_root, raw.static_fs_args, "static_root") : this.overlayRoot;
  }

  get staticIsOverlay(): boolean {
    return sameLocation(this.staticRoot, this.overlayRoot);
  }

  /** Runs: directories (or links) in `ExperimentRuns/` of either root, sorted, each once. */
  runs(): Promise<CopickRunFS[]> {
    this.cachedRuns ??= (async () => {
      const roots = this.staticIsOverlay ? [this.overlayRoot] : [this.staticRoot, this.overlayRoot];
      const names = new Set<string>();
      for (const root of roots) {
        for (const entry of await listEntries(child(root, "ExperimentRuns"))) {
          if (entry.isDir || entry.isLink) {
            names.add(entry.name);
          }
        }
      }
      return [...names].sort(compareCodePoints).map((name) => new CopickRunFS(this, name));
    })();
    return this.cachedRuns;
  }

  async getRun(name: string): Promise<CopickRunFS | undefined> {
    return (await this.runs()).find((run) => run.name === name);
  }

  /** The config's pickable objects, with their density-map stores. */
  async objects(): Promise<CopickObjectFS[]> {
    return Promise.all(
      this.config.pickableObjects.map(async (object) => {
        const overlay = child(this.overlayRoot, "Objects", `${object.name}.zarr`);
        const statik = child(this.staticRoot, "Objects", `${object.name}.zarr`);
        const overlayExists = await exists(overlay);
        const staticExists = !this.staticIsOverlay && (await exists(statik));
        const readOnly = staticExists && !overlayExists;
        return {
          name: object.name,
          isParticle: object.isParticle,
          readOnly,
          location: readOnly ? statik : overlay,
          exists: overlayExists || staticExists,
        };
      }),
    );
  }

  /** Forgets the cached run list (the project changed on disk). */
  refresh(): void {
    this.cachedRuns = undefined;
  }
}
