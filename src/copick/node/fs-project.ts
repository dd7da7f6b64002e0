// A copick filesystem project (config_type "filesystem", impl/filesystem.py): `overlay_root` (writable) and an
// optional `static_root` (read-only), each laid out as
//   ExperimentRuns/<run>/VoxelSpacing<vs:.3f>/<tomo_type>.zarr, <tomo_type>_<feature_type>_features.zarr
//   ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json, Meshes/<user>_<session>_<object>.glb
//   ExperimentRuns/<run>/Segmentations/<vs:.3f>_<user>_<session>_<name>[-multilabel].zarr
//   Objects/<name>.zarr
// Everything is listed from the directories, static entries first, then the overlay's (copick's order); zarr
// stores are listed, never read.
import { join } from "node:path";
import { type CopickProjectConfig, type PyDict, projectConfig } from "../croissant-doc.js";
import { CopickError } from "../errors.js";
import { compareCodePoints } from "../../engine/python-repr.js";
import {
  type Entry,
  listEntries,
  parseFloatPart,
  parseSegmentationName,
  segmentationFileName,
  userSessionObject,
  voxelSpacingFolder,
} from "./listing.js";
import { locate, localExists, readOptional } from "./location.js";
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

/** A local root from a config URL (`local://`, `file://` or a path); remote fsspec roots are not supported. */
function localRoot(url: string, key: string): string {
  const location = locate(url);
  if (location.kind !== "local") {
    throw new CopickError(`${key} '${url}': only local roots can be listed here`);
  }
  return location.path.replace(/\/+$/, "") || "/";
}

/** Static entries (unless static is the overlay), then overlay ones. */
async function bothSides<T>(run: CopickRunFS, list: (root: string, readOnly: boolean) => Promise<T[]>): Promise<T[]> {
  const staticOnes = run.root.staticIsOverlay ? [] : await list(run.staticPath, true);
  return [...staticOnes, ...(await list(run.overlayPath, false))];
}

export class CopickFeaturesFS implements ProjectFeatures {
  constructor(
    readonly tomogram: CopickTomogramFS,
    readonly featureType: string,
    readonly readOnly: boolean,
  ) {}

  get path(): string {
    const { voxelSpacing } = this.tomogram;
    const base = this.readOnly ? voxelSpacing.run.staticPath : voxelSpacing.run.overlayPath;
    return join(base, voxelSpacingFolder(voxelSpacing.voxelSize), `${this.tomogram.tomoType}_${this.featureType}_features.zarr`);
  }
}

export class CopickTomogramFS implements ProjectTomogram {
  constructor(
    readonly voxelSpacing: CopickVoxelSpacingFS,
    readonly tomoType: string,
    readonly readOnly: boolean,
  ) {}

  get path(): string {
    return join(this.voxelSpacing.folder(this.readOnly), `${this.tomoType}.zarr`);
  }

  /** `<tomo_type>_<feature_type>_features.zarr` stores next to the tomogram. */
  async features(): Promise<CopickFeaturesFS[]> {
    const prefix = `${this.tomoType}_`;
    const list = async (readOnly: boolean): Promise<CopickFeaturesFS[]> =>
      (await listEntries(this.voxelSpacing.folder(readOnly)))
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

  folder(readOnly: boolean): string {
    return join(readOnly ? this.run.staticPath : this.run.overlayPath, voxelSpacingFolder(this.voxelSize));
  }

  /** `*.zarr` stores whose name does not contain "features" (copick's rule). */
  async tomograms(): Promise<CopickTomogramFS[]> {
    const list = async (readOnly: boolean): Promise<CopickTomogramFS[]> =>
      (await listEntries(this.folder(readOnly)))
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

  get path(): string {
    const base = this.readOnly ? this.run.staticPath : this.run.overlayPath;
    return join(base, this.folder, `${this.userId}_${this.sessionId}_${this.objectName}${this.extension}`);
  }

  readBytes(): Promise<Uint8Array | undefined> {
    return readOptional({ kind: "local", path: this.path });
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

  get path(): string {
    return join(this.readOnly ? this.run.staticPath : this.run.overlayPath, "Segmentations", segmentationFileName(this));
  }
}

export class CopickRunFS implements ProjectRun {
  constructor(
    readonly root: CopickRootFS,
    readonly name: string,
  ) {}

  get staticPath(): string {
    return join(this.root.staticRoot, "ExperimentRuns", this.name);
  }

  get overlayPath(): string {
    return join(this.root.overlayRoot, "ExperimentRuns", this.name);
  }

  /** `VoxelSpacing<vs>` entries; an overlay spacing already in the static tree is listed once. */
  async voxelSpacings(): Promise<CopickVoxelSpacingFS[]> {
    const list = async (dir: string): Promise<number[]> =>
      (await listEntries(dir))
        .filter((e) => e.name.startsWith("VoxelSpacing"))
        .map((e) => parseFloatPart(e.name.slice("VoxelSpacing".length)))
        .filter((vs): vs is number => vs !== undefined);
    const staticOnes = this.root.staticIsOverlay ? [] : await list(this.staticPath);
    const overlayOnes = (await list(this.overlayPath)).filter((vs) => !staticOnes.includes(vs));
    return [...staticOnes, ...overlayOnes].map((vs) => new CopickVoxelSpacingFS(this, vs));
  }

  private files<T>(
    folder: string,
    extension: string,
    make: (parts: NonNullable<ReturnType<typeof userSessionObject>>, readOnly: boolean) => T,
  ): Promise<T[]> {
    return bothSides(this, async (root, readOnly) =>
      (await listEntries(join(root, folder)))
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
      (await listEntries(join(root, "Segmentations")))
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
  readonly path: string;
  /** Whether that store exists. */
  readonly exists: boolean;
}

export class CopickRootFS implements ProjectSource {
  readonly configType = "filesystem" as const;
  readonly config: CopickProjectConfig;
  readonly overlayRoot: string;
  readonly staticRoot: string;
  private cachedRuns: Promise<CopickRunFS[]> | undefined;

  constructor(raw: PyDict) {
    if (typeof raw.overlay_root !== "string") {
      throw new CopickError("a filesystem config needs an overlay_root");
    }
    this.config = projectConfig(raw);
    this.overlayRoot = localRoot(raw.overlay_root, "overlay_root");
    this.staticRoot = typeof raw.static_root === "string" ? localRoot(raw.static_root, "static_root") : this.overlayRoot;
  }

  get staticIsOverlay(): boolean {
    return this.staticRoot === this.overlayRoot;
  }

  /** Runs: directories (or links) in `ExperimentRuns/` of either root, sorted, each once. */
  runs(): Promise<CopickRunFS[]> {
    this.cachedRuns ??= (async () => {
      const roots = this.staticIsOverlay ? [this.overlayRoot] : [this.staticRoot, this.overlayRoot];
      const names = new Set<string>();
      for (const root of roots) {
        for (const entry of await listEntries(join(root, "ExperimentRuns"))) {
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
        const overlay = join(this.overlayRoot, "Objects", `${object.name}.zarr`);
        const statik = join(this.staticRoot, "Objects", `${object.name}.zarr`);
        const overlayExists = await localExists(overlay);
        const staticExists = !this.staticIsOverlay && (await localExists(statik));
        const readOnly = staticExists && !overlayExists;
        return {
          name: object.name,
          isParticle: object.isParticle,
          readOnly,
          path: readOnly ? statik : overlay,
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
