// copick's CopickRootMLC (impl/mlcroissant.py): a copick project read from a Croissant.
//   Mode A (no overlay_root): self-contained; writes go into the project (the Croissant's base URL, which must be
//     local) and keep the CSVs in sync: picks and mesh rows carry the sha256 of the bytes written.
//   Mode B (overlay_root): the Croissant is read-only; writes land in the overlay, and runs and artifacts found
//     in the overlay are listed too. Split edits are refused.
// Listing follows copick: "static" entries come from the CSV rows (skipped when static is the overlay, so nothing
// is listed twice), "overlay" entries from the rows in Mode A and from the overlay's folders in Mode B.
import { createHash } from "node:crypto";
import { ParseError } from "../../engine/load/parse-error.js";
import { sanitizeName } from "../names.js";
import { type CopickProjectConfig, type PickableObjectInfo, type PyDict, projectConfig } from "../croissant-doc.js";
import type { CopickRow } from "../csv-rows.js";
import { CopickError } from "../errors.js";
import { type LosslessPicksFile, cdpPicksToCopick, readPicks, writePicks } from "../picks.js";
import type { PyJson } from "../pyjson.js";
import { type SplitMapping, checkSplitRuns, splitAssignments } from "../splits.js";
import { compareCodePoints } from "../../engine/python-repr.js";
import { parseLosslessJson } from "../../engine/load/lossless-json.js";
import { readCopickConfig } from "./config-file.js";
import { type CroissantIndexOptions, CroissantIndex } from "./croissant-index.js";
import { parseFloatPart, parseSegmentationName, segmentationFileName, userSessionObject, voxelSpacingFolder } from "./listing.js";
import {
  type FsArgs,
  type Location,
  child,
  exists,
  listEntries,
  locate,
  locationText,
  makeDirs,
  readBytes,
  readOptional,
  removeFile,
  sameLocation,
  writeFile,
} from "./location.js";
import { type ProjectPicks, type ProjectRun, type ProjectSource, picksVoxelSpacing } from "./project.js";

const SPLITS_READ_ONLY =
  "Splits are stored in the Croissant's runs.csv; the Croissant is read-only in Mode B. Republish the Croissant or use set_splits / `bioimage-specs copick splits set` against a writable copy.";

const text = (row: CopickRow | undefined, column: string): string => {
  const value = row?.[column];
  return typeof value === "string" ? value : "";
};

/** A name used as one path part: not empty, `.` or `..`, without `/`, `\\` or NUL. */
function assertPathPart(name: string, what: string): void {
  if (name === "" || name === "." || name === ".." || /[/\\\0]/.test(name)) {
    throw new CopickError(`${what}: '${name}' cannot be a folder or file name`);
  }
}

/** A name as copick stores it (sanitize_name), or a CopickError naming what was empty. */
function clean(value: string, what: string): string {
  const sanitized = sanitizeName(value);
  if (sanitized === undefined) {
    throw new CopickError(`${what} '${value}' is empty once sanitized`);
  }
  return sanitized;
}

// ---------------------------------------------------------------------------------------------------------------

abstract class RunArtifact {
  constructor(
    readonly run: CopickRunMLC,
    readonly readOnly: boolean,
  ) {}

  protected get root(): CopickRootMLC {
    return this.run.root;
  }

  protected abstract row(): CopickRow | undefined;
  protected abstract overlayPath(): Location;

  /** Where the data is: the CSV row's URL when read-only (or in Mode A, when it has one), else the overlay path. */
  get location(): Location {
    const row = this.row();
    if (this.readOnly || (this.root.mode === "A" && row)) {
      if (!row || typeof row.url !== "string") {
        throw new CopickError(`No Croissant row for ${this.describe()}`);
      }
      return this.root.index.resolveUrl(row.url);
    }
    return this.overlayPath();
  }

  protected abstract describe(): string;

  protected assertWritable(): void {
    if (this.readOnly) {
      throw new CopickError(`${this.describe()} is read-only (it comes from the Croissant; Mode B writes go to the overlay)`);
    }
    this.root.assertWritable();
  }
}

abstract class FileArtifact extends RunArtifact {
  constructor(
    run: CopickRunMLC,
    readonly objectName: string,
    readonly userId: string,
    readonly sessionId: string,
    readOnly: boolean,
  ) {
    super(run, readOnly);
  }

  protected abstract readonly recordSet: "copick/picks" | "copick/meshes";
  protected abstract readonly folder: string;
  protected abstract readonly extension: string;

  protected key(): Record<string, string> {
    return { run: this.run.name, user_id: this.userId, session_id: this.sessionId, object_name: this.objectName };
  }

  protected row(): CopickRow | undefined {
    return this.root.index.findRow(this.recordSet, this.key());
  }

  /** The `url` cell copick writes: relative to the base URL. */
  protected relativeUrl(): string {
    return `ExperimentRuns/${this.run.name}/${this.folder}/${this.userId}_${this.sessionId}_${this.objectName}${this.extension}`;
  }

  protected overlayPath(): Location {
    return child(this.run.overlayPath, this.folder, `${this.userId}_${this.sessionId}_${this.objectName}${this.extension}`);
  }

  /**
   * The overlay path, once every name in it is one folder or file name: run, user, session and object names may
   * come from a stranger's CSV, and `..` or `/` in one must not place a write elsewhere.
   */
  private writablePath(): Location {
    for (const name of [this.run.name, this.userId, this.sessionId, this.objectName]) {
      assertPathPart(name, this.describe());
    }
    return this.overlayPath();
  }

  protected describe(): string {
    return `${this.recordSet === "copick/picks" ? "picks" : "mesh"} ${this.objectName}:${this.userId}/${this.sessionId} of run ${this.run.name}`;
  }

  readBytes(): Promise<Uint8Array | undefined> {
    return readOptional(this.location);
  }

  /** Writes the file atomically; in Mode A its row (url, sha256 of these bytes) is added or replaced. */
  protected async write(bytes: string | Uint8Array, extra: Record<string, unknown> = {}): Promise<void> {
    this.assertWritable();
    await writeFile(this.writablePath(), bytes);
    if (this.root.mode === "A") {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      await this.root.index.addRow(this.recordSet, { ...this.key(), ...extra, url: this.relativeUrl(), sha256 });
    }
  }

  /** Removes the file (and in Mode A its row). */
  async delete(): Promise<void> {
    this.assertWritable();
    const location = this.writablePath();
    if (!(await exists(location))) {
      throw new CopickError(`File not found: ${locationText(location)}`);
    }
    await removeFile(location);
    if (this.root.mode === "A") {
      await this.root.index.removeRow(this.recordSet, this.key());
    }
  }
}

/** Fields of a picks file that `store` may change. */
export type PicksUpdate = Partial<Pick<LosslessPicksFile, "points" | "voxel_spacing" | "unit" | "trust_orientation">>;

export class CopickPicksMLC extends FileArtifact implements ProjectPicks {
  protected readonly recordSet = "copick/picks" as const;
  protected readonly folder = "Picks";
  protected readonly extension = ".json";
  private meta: LosslessPicksFile | undefined;

  /** The voxel size from the row, else from a `VoxelSpacing<vs>` part of the URL (Croissants before the column). */
  private rowVoxelSize(url: string): number | null {
    const value = this.row()?.voxel_size;
    if (typeof value === "number") {
      return value;
    }
    const match = /VoxelSpacing([0-9.]+)/.exec(url);
    return match ? (parseFloatPart(match[1] ?? "") ?? null) : null;
  }

  private parse(bytes: Uint8Array, where: string): LosslessPicksFile {
    const body = new TextDecoder().decode(bytes);
    const ndjson = (): LosslessPicksFile => {
      const voxelSize = this.rowVoxelSize(where);
      if (voxelSize === null) {
        throw new CopickError(
          `Cannot determine voxel size for NDJSON pick at '${where}': picks.csv has no voxel_size and the URL no 'VoxelSpacing<vs>' part.`,
        );
      }
      const records = body
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .map((line) => parseLosslessJson(line, where));
      return cdpPicksToCopick(records, {
        voxelSize,
        pickableObjectName: this.objectName,
        userId: this.userId,
        sessionId: this.sessionId,
        runName: this.run.name,
      });
    };
    if (where.endsWith(".ndjson")) {
      return ndjson();
    }
    try {
      return readPicks(body, where);
    } catch (error) {
      if (error instanceof ParseError && this.rowVoxelSize(where) !== null) {
        return ndjson(); // copick falls back to NDJSON when the JSON does not parse
      }
      throw error;
    }
  }

  /** The picks file (points with transforms and scores; CDP NDJSON converted to copick's form). */
  async load(): Promise<LosslessPicksFile> {
    const location = this.location;
    this.meta = this.parse(await readBytes(location), locationText(location));
    return this.meta;
  }

  voxelSizeOf(bytes: Uint8Array): number | null {
    const where = locationText(this.location);
    return where.endsWith(".ndjson") ? this.rowVoxelSize(where) : picksVoxelSpacing(bytes);
  }

  /** Writes the picks (the loaded or stored file, with `update` applied), as copick writes them. */
  async store(update: PicksUpdate = {}): Promise<void> {
    const base: LosslessPicksFile = this.meta ?? {
      pickable_object_name: this.objectName,
      user_id: this.userId,
      session_id: this.sessionId,
      run_name: this.run.name,
    };
    const meta: LosslessPicksFile = { ...base, ...update };
    const bytes = writePicks(meta);
    await this.write(bytes, { voxel_size: meta.voxel_spacing ?? null });
    this.meta = meta;
  }
}

export class CopickMeshMLC extends FileArtifact {
  protected readonly recordSet = "copick/meshes" as const;
  protected readonly folder = "Meshes";
  protected readonly extension = ".glb";

  /** Writes the GLB bytes (Mode A: the row gets their sha256). */
  async store(glb: Uint8Array): Promise<void> {
    await this.write(glb);
  }
}

export class CopickSegmentationMLC extends RunArtifact {
  constructor(
    run: CopickRunMLC,
    readonly voxelSize: number,
    readonly userId: string,
    readonly sessionId: string,
    readonly name: string,
    readonly isMultilabel: boolean,
    readOnly: boolean,
  ) {
    super(run, readOnly);
  }

  protected row(): CopickRow | undefined {
    return this.root.index.findRow("copick/segmentations", {
      run: this.run.name,
      voxel_size: this.voxelSize,
      user_id: this.userId,
      session_id: this.sessionId,
      name: this.name,
      is_multilabel: this.isMultilabel,
    });
  }

  protected overlayPath(): Location {
    return child(this.run.overlayPath, "Segmentations", segmentationFileName(this));
  }

  protected describe(): string {
    return `segmentation ${this.name}:${this.userId}/${this.sessionId}@${this.voxelSize} of run ${this.run.name}`;
  }
}

export class CopickFeaturesMLC extends RunArtifact {
  constructor(
    readonly tomogram: CopickTomogramMLC,
    readonly featureType: string,
    readOnly: boolean,
  ) {
    super(tomogram.voxelSpacing.run, readOnly);
  }

  protected row(): CopickRow | undefined {
    const { voxelSpacing, tomoType } = this.tomogram;
    return this.root.index.findRow("copick/features", {
      run: this.run.name,
      voxel_size: voxelSpacing.voxelSize,
      tomo_type: tomoType,
      feature_type: this.featureType,
    });
  }

  protected overlayPath(): Location {
    return child(this.tomogram.voxelSpacing.overlayPath, `${this.tomogram.tomoType}_${this.featureType}_features.zarr`);
  }

  protected describe(): string {
    return `features ${this.tomogram.tomoType}@${this.tomogram.voxelSpacing.voxelSize}:${this.featureType} of run ${this.run.name}`;
  }
}

export class CopickTomogramMLC extends RunArtifact {
  constructor(
    readonly voxelSpacing: CopickVoxelSpacingMLC,
    readonly tomoType: string,
    readOnly: boolean,
  ) {
    super(voxelSpacing.run, readOnly);
  }

  protected row(): CopickRow | undefined {
    return this.root.index.findRow("copick/tomograms", {
      run: this.run.name,
      voxel_size: this.voxelSpacing.voxelSize,
      tomo_type: this.tomoType,
    });
  }

  protected overlayPath(): Location {
    return child(this.voxelSpacing.overlayPath, `${this.tomoType}.zarr`);
  }

  protected describe(): string {
    return `tomogram ${this.tomoType}@${this.voxelSpacing.voxelSize} of run ${this.run.name}`;
  }

  async features(): Promise<CopickFeaturesMLC[]> {
    const { root } = this.run;
    const rows = (): CopickRow[] =>
      root.index
        .rows("copick/features")
        .filter((r) => r.run === this.run.name && r.voxel_size === this.voxelSpacing.voxelSize && r.tomo_type === this.tomoType);
    const statics = root.staticIsOverlay ? [] : rows().map((r) => new CopickFeaturesMLC(this, text(r, "feature_type"), true));
    let overlay: CopickFeaturesMLC[];
    if (root.mode === "A") {
      overlay = rows().map((r) => new CopickFeaturesMLC(this, text(r, "feature_type"), false));
    } else {
      const prefix = `${this.tomoType}_`;
      overlay = (await listEntries(this.voxelSpacing.overlayPath))
        .filter((e) => e.isDir && e.name.startsWith(prefix) && e.name.endsWith("_features.zarr"))
        .map((e) => new CopickFeaturesMLC(this, e.name.slice(prefix.length, -"_features.zarr".length), false));
    }
    return [...statics, ...overlay];
  }
}

export class CopickVoxelSpacingMLC {
  constructor(
    readonly run: CopickRunMLC,
    readonly voxelSize: number,
  ) {}

  get overlayPath(): Location {
    return child(this.run.overlayPath, voxelSpacingFolder(this.voxelSize));
  }

  async tomograms(): Promise<CopickTomogramMLC[]> {
    const { root } = this.run;
    const rows = (): CopickRow[] =>
      root.index.rows("copick/tomograms").filter((r) => r.run === this.run.name && r.voxel_size === this.voxelSize);
    const statics = root.staticIsOverlay ? [] : rows().map((r) => new CopickTomogramMLC(this, text(r, "tomo_type"), true));
    let overlay: CopickTomogramMLC[];
    if (root.mode === "A") {
      overlay = rows().map((r) => new CopickTomogramMLC(this, text(r, "tomo_type"), false));
    } else {
      overlay = (await listEntries(this.overlayPath))
        .filter((e) => e.isDir && e.name.endsWith(".zarr") && !e.name.includes("features"))
        .map((e) => new CopickTomogramMLC(this, e.name.slice(0, -".zarr".length), false));
    }
    return [...statics, ...overlay];
  }

  async getTomogram(tomoType: string): Promise<CopickTomogramMLC | undefined> {
    return (await this.tomograms()).find((t) => t.tomoType === tomoType);
  }
}

export class CopickRunMLC implements ProjectRun {
  constructor(
    readonly root: CopickRootMLC,
    readonly name: string,
  ) {}

  get overlayPath(): Location {
    return child(this.root.writeRoot(), "ExperimentRuns", this.name);
  }

  /** The run's split, or null (also for a run only in the overlay). */
  get split(): string | null {
    return this.root.index.hasRun(this.name) ? this.root.index.getSplit(this.name) : null;
  }

  async setSplit(split: string | null): Promise<void> {
    if (this.root.mode === "B") {
      throw new CopickError(SPLITS_READ_ONLY);
    }
    await this.root.index.setSplit(this.name, split);
  }

  private rows(recordSet: Parameters<CroissantIndex["rows"]>[0]): CopickRow[] {
    return this.root.index.rows(recordSet).filter((r) => r.run === this.name);
  }

  async voxelSpacings(): Promise<CopickVoxelSpacingMLC[]> {
    const fromRows = (): number[] => [...new Set(this.rows("copick/voxel_spacings").map((r) => r.voxel_size as number))];
    const statics = this.root.staticIsOverlay ? [] : fromRows();
    let overlay: number[];
    if (this.root.mode === "A") {
      overlay = fromRows();
    } else {
      overlay = (await listEntries(this.overlayPath))
        .filter((e) => e.name.startsWith("VoxelSpacing"))
        .map((e) => parseFloatPart(e.name.slice("VoxelSpacing".length)))
        .filter((vs): vs is number => vs !== undefined);
    }
    return [...statics, ...overlay.filter((vs) => !statics.includes(vs))].map((vs) => new CopickVoxelSpacingMLC(this, vs));
  }

  async getVoxelSpacing(voxelSize: number): Promise<CopickVoxelSpacingMLC | undefined> {
    return (await this.voxelSpacings()).find((vs) => vs.voxelSize === voxelSize);
  }

  private async fileArtifacts<T>(
    recordSet: "copick/picks" | "copick/meshes",
    folder: string,
    extension: string,
    make: (objectName: string, userId: string, sessionId: string, readOnly: boolean) => T,
  ): Promise<T[]> {
    const fromRows = (readOnly: boolean): T[] =>
      this.rows(recordSet).map((r) => make(text(r, "object_name"), text(r, "user_id"), text(r, "session_id"), readOnly));
    const statics = this.root.staticIsOverlay ? [] : fromRows(true);
    if (this.root.mode === "A") {
      return [...statics, ...fromRows(false)];
    }
    const overlay = (await listEntries(child(this.overlayPath, folder)))
      .filter((e) => e.name.endsWith(extension))
      .map((e) => userSessionObject(e.name.slice(0, -extension.length)))
      .filter((p) => p !== undefined)
      .map((p) => make(p.objectName, p.userId, p.sessionId, false));
    return [...statics, ...overlay];
  }

  picks(): Promise<CopickPicksMLC[]> {
    return this.fileArtifacts("copick/picks", "Picks", ".json", (o, u, s, ro) => new CopickPicksMLC(this, o, u, s, ro));
  }

  /** Picks matching every filter given. */
  async getPicks(filter: { objectName?: string; userId?: string; sessionId?: string } = {}): Promise<CopickPicksMLC[]> {
    return (await this.picks()).filter(
      (p) =>
        (filter.objectName === undefined || p.objectName === filter.objectName) &&
        (filter.userId === undefined || p.userId === filter.userId) &&
        (filter.sessionId === undefined || p.sessionId === filter.sessionId),
    );
  }

  /**
   * New picks, stored at once with no points (copick's `new_picks`): names are sanitised, the object must be a
   * pickable object, the user defaults to the config's; existing picks are an error unless `existOk`.
   */
  async newPicks(objectName: string, sessionId: string, options: { userId?: string; existOk?: boolean } = {}): Promise<CopickPicksMLC> {
    const object = clean(objectName, "object name");
    const session = clean(sessionId, "session id");
    if (!this.root.config.pickableObjects.some((o) => o.name === object)) {
      throw new CopickError(`Object name ${object} not found in pickable objects.`);
    }
    const user = options.userId !== undefined ? clean(options.userId, "user id") : this.root.config.userId;
    if (user === null) {
      throw new CopickError("User ID must be set in the root config or supplied to new_picks.");
    }
    const existing = (await this.getPicks({ objectName: object, userId: user, sessionId: session }))[0];
    if (existing) {
      if (options.existOk) {
        return existing;
      }
      throw new CopickError(`Picks for ${object} by user/tool ${user} already exist in session ${session}.`);
    }
    const picks = new CopickPicksMLC(this, object, user, session, false);
    await picks.store({ points: [] });
    return picks;
  }

  meshes(): Promise<CopickMeshMLC[]> {
    return this.fileArtifacts("copick/meshes", "Meshes", ".glb", (o, u, s, ro) => new CopickMeshMLC(this, o, u, s, ro));
  }

  /** A new mesh of `glb` bytes (names sanitised, user defaulting to the config's). */
  async newMesh(objectName: string, sessionId: string, glb: Uint8Array, options: { userId?: string } = {}): Promise<CopickMeshMLC> {
    const user = options.userId !== undefined ? clean(options.userId, "user id") : this.root.config.userId;
    if (user === null) {
      throw new CopickError("User ID must be set in the root config or supplied to new_mesh.");
    }
    const mesh = new CopickMeshMLC(this, clean(objectName, "object name"), user, clean(sessionId, "session id"), false);
    await mesh.store(glb);
    return mesh;
  }

  async segmentations(): Promise<CopickSegmentationMLC[]> {
    const fromRows = (readOnly: boolean): CopickSegmentationMLC[] =>
      this.rows("copick/segmentations").map(
        (r) =>
          new CopickSegmentationMLC(
            this,
            r.voxel_size as number,
            text(r, "user_id"),
            text(r, "session_id"),
            text(r, "name"),
            r.is_multilabel === true,
            readOnly,
          ),
      );
    const statics = this.root.staticIsOverlay ? [] : fromRows(true);
    if (this.root.mode === "A") {
      return [...statics, ...fromRows(false)];
    }
    const overlay = (await listEntries(child(this.overlayPath, "Segmentations")))
      .filter((e) => e.isDir && e.name.endsWith(".zarr"))
      .map((e) => parseSegmentationName(e.name.slice(0, -".zarr".length)))
      .filter((s) => s !== undefined)
      .map((s) => new CopickSegmentationMLC(this, s.voxelSize, s.userId, s.sessionId, s.name, s.isMultilabel, false));
    return [...statics, ...overlay];
  }
}

/** A pickable object of the project and its density map. */
export class CopickObjectMLC {
  constructor(
    readonly root: CopickRootMLC,
    readonly info: PickableObjectInfo,
    readonly readOnly: boolean,
  ) {}

  get name(): string {
    return this.info.name;
  }

  get isParticle(): boolean {
    return this.info.isParticle;
  }

  /** The density map: the objects.csv row's URL when read-only, else `Objects/<name>.zarr` where writes go. */
  get location(): Location | undefined {
    if (!this.isParticle) {
      return undefined;
    }
    const row = this.root.index.findRow("copick/objects", { name: this.name });
    if (this.readOnly) {
      return typeof row?.url === "string" ? this.root.index.resolveUrl(row.url) : undefined;
    }
    return child(this.root.writeRoot(), "Objects", `${this.name}.zarr`);
  }
}

export interface OpenCroissantOptions extends CroissantIndexOptions {
  /** A writable overlay directory (a path, or `s3://`): Mode B. Without it, Mode A. */
  readonly overlayRoot?: string | undefined;
  /** s3fs arguments for the overlay (copick's `overlay_fs_args`). */
  readonly overlayFsArgs?: FsArgs | undefined;
  /** Extra settings a copick config carries (pickable_objects, user_id, ...), applied under `copick:config`. */
  readonly config?: PyDict | undefined;
}

export class CopickRootMLC implements ProjectSource {
  readonly configType = "mlcroissant" as const;
  readonly index: CroissantIndex;
  readonly config: CopickProjectConfig;
  /** The overlay directory (Mode B), or undefined (Mode A), as text. */
  readonly overlayRoot: string | undefined;
  readonly overlayLocation: Location | undefined;
  private readonly anonymous: boolean;
  private cachedRuns: Promise<CopickRunMLC[]> | undefined;

  private constructor(index: CroissantIndex, options: OpenCroissantOptions) {
    this.index = index;
    if (options.overlayRoot !== undefined) {
      const overlay = locate(options.overlayRoot, options.overlayFsArgs);
      if (overlay.kind === "http") {
        throw new CopickError(`overlay_root '${options.overlayRoot}': the overlay must be a local directory or on S3`);
      }
      this.overlayLocation = overlay.kind === "local" ? { kind: "local", path: overlay.path.replace(/\/+$/, "") || "/" } : overlay;
      this.overlayRoot = locationText(this.overlayLocation);
    }
    this.anonymous = options.staticFsArgs?.anon === true;
    // copick: the Croissant's copick:config wins for the settings it has; its objects fill an empty list.
    const raw: PyDict = { ...(options.config ?? { pickable_objects: [] }) };
    const block = index.configBlock ?? {};
    for (const key of ["name", "description", "version", "user_id", "session_id"]) {
      if (block[key] !== undefined && block[key] !== null) {
        raw[key] = block[key] as PyJson;
      }
    }
    const ownObjects = Array.isArray(raw.pickable_objects) ? raw.pickable_objects : [];
    if (ownObjects.length === 0 && Array.isArray(block.pickable_objects)) {
      raw.pickable_objects = block.pickable_objects;
    }
    this.config = projectConfig(raw);
  }

  /** Opens the Croissant at `croissantUrl` (copick's `from_croissant`). */
  static async open(croissantUrl: string, options: OpenCroissantOptions = {}): Promise<CopickRootMLC> {
    const index = await CroissantIndex.fromUrl(croissantUrl, options);
    return new CopickRootMLC(index, options);
  }

  /** Opens the project of an `mlcroissant` copick config (a validated config's JSON). */
  static async fromConfig(raw: PyDict, options: CroissantIndexOptions = {}): Promise<CopickRootMLC> {
    if (typeof raw.croissant_url !== "string") {
      throw new CopickError("an mlcroissant config needs a croissant_url");
    }
    const fsArgs = (key: string): FsArgs | undefined => {
      const value = raw[key];
      return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as FsArgs) : undefined;
    };
    return CopickRootMLC.open(raw.croissant_url, {
      ...options,
      ...(typeof raw.croissant_base_url === "string" ? { baseUrlOverride: raw.croissant_base_url } : {}),
      ...(typeof raw.overlay_root === "string" ? { overlayRoot: raw.overlay_root } : {}),
      fsArgs: fsArgs("croissant_fs_args"),
      staticFsArgs: fsArgs("static_fs_args"),
      overlayFsArgs: fsArgs("overlay_fs_args"),
      config: raw,
    });
  }

  /** Opens the project of a copick config file (not the Croissant itself). */
  static async fromFile(configPath: string, options: CroissantIndexOptions = {}): Promise<CopickRootMLC> {
    const raw = await readCopickConfig(configPath);
    if (raw.config_type !== "mlcroissant") {
      throw new CopickError(`${configPath}: config_type is '${String(raw.config_type)}', not 'mlcroissant'`);
    }
    return CopickRootMLC.fromConfig(raw, options);
  }

  get mode(): "A" | "B" {
    return this.overlayRoot === undefined ? "A" : "B";
  }

  /** True when the Croissant's base URL and the overlay are the same place (always in Mode A). */
  get staticIsOverlay(): boolean {
    if (this.overlayLocation === undefined) {
      return true;
    }
    return sameLocation(this.index.baseLocation(), this.overlayLocation);
  }

  /** Where writes go: the overlay (Mode B), or the project at the Croissant's base URL (Mode A, local only). */
  writeRoot(): Location {
    if (this.overlayLocation !== undefined) {
      return this.overlayLocation;
    }
    const base = this.index.baseLocation();
    if (base.kind === "http") {
      throw new CopickError(
        `Cannot write in Mode A: the Croissant's base URL ${this.index.baseUrl} is read-only (http). Pass overlayRoot to edit in an overlay (Mode B).`,
      );
    }
    return this.index.confine(base, `The Croissant's base URL ${this.index.baseUrl}`);
  }

  /** Mode A against a base URL configured for anonymous (read-only) access cannot be written (copick's guard). */
  assertWritable(): void {
    if (this.mode === "A" && this.anonymous) {
      throw new CopickError(
        `Cannot write to Mode A Croissant: base URL '${this.index.baseUrl}' is configured for anonymous access (read-only). Pass overlayRoot to enter Mode B and edit locally.`,
      );
    }
  }

  /** Runs of the Croissant (and, in Mode B, of the overlay), sorted by name. */
  runs(): Promise<CopickRunMLC[]> {
    this.cachedRuns ??= (async () => {
      const names = new Set(this.index.runNames);
      if (this.overlayLocation !== undefined) {
        for (const entry of await listEntries(child(this.overlayLocation, "ExperimentRuns"))) {
          if (entry.isDir) {
            names.add(entry.name);
          }
        }
      }
      return [...names].sort(compareCodePoints).map((name) => new CopickRunMLC(this, name));
    })();
    return this.cachedRuns;
  }

  async getRun(name: string): Promise<CopickRunMLC | undefined> {
    return (await this.runs()).find((run) => run.name === name);
  }

  /** A new run (copick's `new_run`): its folder where writes go, and in Mode A its runs.csv row. */
  async newRun(name: string, options: { existOk?: boolean } = {}): Promise<CopickRunMLC> {
    assertPathPart(name, "Run name"); // copick does not sanitise run names (they keep their underscores)
    const existing = await this.getRun(name);
    if (existing) {
      if (options.existOk) {
        return existing;
      }
      throw new CopickError(`Run name ${name} already exists.`);
    }
    this.assertWritable();
    await makeDirs(child(this.writeRoot(), "ExperimentRuns", name));
    if (this.mode === "A") {
      await this.index.addRow("copick/runs", { name });
    }
    this.cachedRuns = undefined;
    return new CopickRunMLC(this, name);
  }

  /** The pickable objects (read-only in Mode B when the map is only in the Croissant). */
  async objects(): Promise<CopickObjectMLC[]> {
    const staticNames = new Set(this.index.rows("copick/objects").map((r) => r.name));
    return Promise.all(
      this.config.pickableObjects.map(async (info) => {
        if (this.overlayLocation === undefined) {
          return new CopickObjectMLC(this, info, false);
        }
        const inOverlay = await exists(child(this.overlayLocation, "Objects", `${info.name}.zarr`));
        return new CopickObjectMLC(this, info, staticNames.has(info.name) && !inOverlay);
      }),
    );
  }

  async getObject(name: string): Promise<CopickObjectMLC | undefined> {
    return (await this.objects()).find((o) => o.name === name);
  }

  /** Re-reads the Croissant (another process or root changed it) and forgets cached runs. */
  async refresh(): Promise<void> {
    await this.index.reload();
    this.cachedRuns = undefined;
  }

  /** `{split: [runs, sorted]}`. */
  splits(): Map<string, string[]> {
    return this.index.getAllSplits();
  }

  async getRunsInSplit(split: string): Promise<CopickRunMLC[]> {
    const names = new Set(this.splits().get(split) ?? []);
    return (await this.runs()).filter((run) => names.has(run.name));
  }

  /** Runs `work` with Croissant commits deferred, then commits once (also when `work` throws). */
  batch<T>(work: () => Promise<T>): Promise<T> {
    return this.index.batch(work);
  }

  /**
   * Assigns runs to splits in one commit; with `clearExisting`, every other run's split is cleared (the result
   * is exactly `mapping`). Unknown runs are an error.
   */
  async setSplits(mapping: SplitMapping, options: { clearExisting?: boolean } = {}): Promise<void> {
    if (this.mode === "B") {
      throw new CopickError(SPLITS_READ_ONLY);
    }
    const runToSplit = splitAssignments(mapping);
    checkSplitRuns(runToSplit, new Set(this.index.runNames)); // nothing changes unless every run exists
    await this.batch(async () => {
      if (options.clearExisting) {
        for (const run of this.index.runNames) {
          await this.index.setSplit(run, null);
        }
      }
      for (const [run, split] of runToSplit) {
        await this.index.setSplit(run, split);
      }
    });
  }

  /** Clears the split of `runs` (all runs when omitted) in one commit. */
  async clearSplits(runs?: Iterable<string>): Promise<void> {
    if (this.mode === "B") {
      throw new CopickError(SPLITS_READ_ONLY);
    }
    const targets = runs === undefined ? this.index.runNames : [...runs];
    const unknown = targets.filter((run) => !this.index.hasRun(run));
    if (unknown.length > 0) {
      throw new CopickError(
        `Unassign references unknown runs: ${unknown
          .sort(compareCodePoints)
          .map((r) => `'${r}'`)
          .join(", ")}`,
      );
    }
    await this.batch(async () => {
      for (const run of targets) {
        await this.index.setSplit(run, null);
      }
    });
  }
}
