// copick's `export_croissant` (copick/ops/croissant.py): a copick project written as `<project_root>/Croissant/`
// (metadata.json and the eight CSV sidecars), byte for byte what copick writes for the same project.
//
// Differences, on purpose: the CSVs are streamed (memory does not grow with the number of runs) into temp files,
// validated (our Croissant checker and the copick profile) and only then committed, through the same store as
// the engine's commits (croissant-store.ts: renames locally, staged objects and a conditional write of
// metadata.json on S3), under the Croissant's lock: a failed export leaves nothing behind, a crash leaves the
// old Croissant or the new one. Where copick lists in hash order (tomograms, features, segmentations of a folder),
// names are sorted.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, rmdir } from "node:fs/promises";
import { basename } from "node:path";
import type { HashFile } from "../../croissant/check.js";
import { type HashPool, hashPool } from "../../engine/node/hash-pool.js";
import { COPICK_CSVS, type CopickCsv } from "../csv-schema.js";
import { buildCroissantDoc } from "../croissant-doc.js";
import { type CopickRecordSetId, type CopickRow, csvFor, csvHeaderLine, csvRowLine } from "../csv-rows.js";
import { CopickError } from "../errors.js";
import { pyFixed, pyJsonDumps, pyJsonToPlain } from "../pyjson.js";
import { type SplitMapping, checkSplitRuns, splitAssignments } from "../splits.js";
import { copickUriFilter } from "../uri.js";
import { validateCroissant } from "../validate.js";
import { segmentationFileName } from "./listing.js";
import { METADATA, croissantStore, versionOf } from "./croissant-store.js";
import { type FsArgs, child, exists, locate, locationText, makeDirs, readVersioned } from "./location.js";
import type { ProjectFile, ProjectRun, ProjectSource, ProjectTomogram } from "./project.js";
import type { Staged, StagedWriter } from "./staging.js";

export interface ExportProgress {
  /** Picks and mesh files hashed so far, and their bytes. */
  readonly files: number;
  readonly bytes: number;
}

export interface ExportOptions {
  /** The URL that resolves to the project root when the Croissant is read; required; "" writes relative URLs. */
  readonly baseUrl?: string | undefined;
  /** Dataset title (default: the config's name, else "copick-project"). */
  readonly datasetName?: string | undefined;
  readonly description?: string | undefined;
  /** Default "CC-BY-4.0". */
  readonly license?: string | undefined;
  /** Default "copick project <name>". */
  readonly citeAs?: string | undefined;
  /** ISO date; default today (UTC). */
  readonly datePublished?: string | undefined;
  /** Check the result before writing it (default true); an invalid export writes nothing. */
  readonly validate?: boolean;
  /** sha256 of every picks and mesh file (default true); otherwise those cells stay empty. */
  readonly computeFileSha256?: boolean;
  /** Replace an existing Croissant/metadata.json (otherwise refused). */
  readonly force?: boolean;
  /** Only these runs (names not in the project are skipped). */
  readonly runs?: Iterable<string> | undefined;
  /** copick URIs selecting what is exported, e.g. `wbp@10.0`, `wbp@10.0:sobel`, `ribosome:*\/*`, `membrane:*\/*@10.0`. */
  readonly tomograms?: readonly string[] | undefined;
  readonly features?: readonly string[] | undefined;
  readonly picks?: readonly string[] | undefined;
  readonly meshes?: readonly string[] | undefined;
  readonly segmentations?: readonly string[] | undefined;
  /** Objects whose density map goes into objects.csv (`copick:config` keeps them all). */
  readonly objects?: Iterable<string> | undefined;
  /** Renames tomo types in tomograms.csv and features.csv. */
  readonly tomoTypeMap?: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined;
  /** Renames objects in picks, meshes, segmentations, objects and `copick:config` (keeping the old name in metadata). */
  readonly objectNameMap?: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined;
  /** `{split: [runs]}` for runs.csv and the `copick/splits` table. */
  readonly splits?: SplitMapping | undefined;
  /** CryoET Data Portal only: refused for other sources, as by copick. */
  readonly sessionIdTemplate?: string | undefined;
  readonly picksPortalMeta?: Readonly<Record<string, unknown>> | undefined;
  readonly picksAuthor?: readonly string[] | undefined;
  readonly segmentationsPortalMeta?: Readonly<Record<string, unknown>> | undefined;
  readonly segmentationsAuthor?: readonly string[] | undefined;
  readonly tomogramsPortalMeta?: Readonly<Record<string, unknown>> | undefined;
  readonly tomogramsAuthor?: readonly string[] | undefined;
  /** Called as picks and meshes are hashed. */
  readonly onProgress?: ((progress: ExportProgress) => void) | undefined;
  /** Runs walked at once (default 16). */
  readonly concurrency?: number;
  /** Threads reading and hashing local picks and meshes (default: the cores, at most 4). */
  readonly hashThreads?: number;
  readonly lockTimeoutMs?: number;
  /** s3fs arguments for an `s3://` project root (as in a copick config's `*_fs_args`); never written into the export. */
  readonly fsArgs?: FsArgs | undefined;
}

export interface ExportResult {
  /** Where metadata.json was written (a path, or an `s3://` URL). */
  readonly metadataPath: string;
  /** Files that could not be read or hashed, and the checker's warnings. */
  readonly warnings: readonly string[];
  /** Rows written, by RecordSet id. */
  readonly rowCounts: Readonly<Record<string, number>>;
}

/** The export would not pass the Croissant checker or the copick profile (nothing was written). */
export class ExportValidationError extends CopickError {}

const PORTAL_ONLY = [
  "picksAuthor",
  "picksPortalMeta",
  "segmentationsAuthor",
  "segmentationsPortalMeta",
  "sessionIdTemplate",
  "tomogramsAuthor",
  "tomogramsPortalMeta",
] as const;

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === "") {
    return false;
  }
  return typeof value === "object" ? Object.keys(value).length > 0 : true;
}

const toMap = (
  value: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined,
): ReadonlyMap<string, string> | undefined =>
  value === undefined ? undefined : value instanceof Map ? value : new Map(Object.entries(value));

interface WalkContext {
  readonly compute: boolean;
  readonly runToSplit: ReadonlyMap<string, string>;
  readonly tomoTypeMap: ReadonlyMap<string, string> | undefined;
  readonly objectNameMap: ReadonlyMap<string, string> | undefined;
  readonly filters: {
    readonly tomograms: ReturnType<typeof copickUriFilter>;
    readonly features: ReturnType<typeof copickUriFilter>;
    readonly picks: ReturnType<typeof copickUriFilter>;
    readonly meshes: ReturnType<typeof copickUriFilter>;
    readonly segmentations: ReturnType<typeof copickUriFilter>;
  };
  readonly warnings: string[];
  hashed(bytes: number): void;
  /** The threads that read and hash local files (started at the first one). */
  pool(): HashPool;
}

type RunRows = Map<CopickRecordSetId, CopickRow[]>;

const remap = (name: string, map: ReadonlyMap<string, string> | undefined): string => map?.get(name) || name;

/** The rows one run contributes (copick's `_walk_project`, for one run). */
async function walkRun(run: ProjectRun, ctx: WalkContext): Promise<RunRows> {
  const rows: RunRows = new Map(COPICK_CSVS.map((csv) => [csv.recordSetId as CopickRecordSetId, []]));
  const add = (recordSet: CopickRecordSetId, row: CopickRow): void => {
    rows.get(recordSet)?.push(row);
  };
  add("copick/runs", { name: run.name, portal_run_id: "", split: ctx.runToSplit.get(run.name) ?? null });
  const runDir = `ExperimentRuns/${run.name}`;

  // Voxel spacings are derived: one row per spacing that keeps a tomogram, feature or segmentation.
  const emitted = new Set<number>();
  const emit = (voxelSize: number): void => {
    if (!emitted.has(voxelSize)) {
      emitted.add(voxelSize);
      add("copick/voxel_spacings", { run: run.name, voxel_size: voxelSize });
    }
  };

  const byVoxelSize = new Map<number, { folder: string; tomogram: ProjectTomogram }[]>();
  for (const vs of await run.voxelSpacings()) {
    for (const tomogram of await vs.tomograms()) {
      const list = byVoxelSize.get(vs.voxelSize) ?? [];
      list.push({ folder: `${runDir}/VoxelSpacing${pyFixed(vs.voxelSize, 3)}`, tomogram });
      byVoxelSize.set(vs.voxelSize, list);
    }
  }
  for (const voxelSize of [...byVoxelSize.keys()].sort((a, b) => a - b)) {
    for (const { folder, tomogram } of byVoxelSize.get(voxelSize) ?? []) {
      if (ctx.filters.tomograms && !ctx.filters.tomograms({ voxelSize, tomoType: tomogram.tomoType })) {
        continue; // its features go with it
      }
      emit(voxelSize);
      const tomoType = remap(tomogram.tomoType, ctx.tomoTypeMap);
      add("copick/tomograms", {
        run: run.name,
        voxel_size: voxelSize,
        tomo_type: tomoType,
        url: `${folder}/${tomogram.tomoType}.zarr`,
        portal_tomo_type: "",
      });
      for (const feature of await tomogram.features()) {
        if (ctx.filters.features && !ctx.filters.features({ voxelSize, tomoType: tomogram.tomoType, featureType: feature.featureType })) {
          continue;
        }
        add("copick/features", {
          run: run.name,
          voxel_size: voxelSize,
          tomo_type: tomoType,
          feature_type: feature.featureType,
          url: `${folder}/${tomogram.tomoType}_${feature.featureType}_features.zarr`,
        });
      }
    }
  }

  // Local files are read and hashed on the pool's threads; others (S3, http) here.
  const read = async (
    what: string,
    url: string,
    file: ProjectFile,
    keepBytes: boolean,
  ): Promise<{ bytes?: Uint8Array; sha256: string } | undefined> => {
    try {
      const local = ctx.compute && file.location.kind === "local" ? file.location.path : undefined;
      if (local !== undefined) {
        const hashed = await ctx.pool().hash(local, keepBytes);
        if (hashed !== undefined) {
          ctx.hashed(hashed.size);
          return hashed;
        }
      } else {
        const bytes = await file.readBytes();
        if (bytes !== undefined) {
          if (!ctx.compute) {
            return { bytes, sha256: "" };
          }
          ctx.hashed(bytes.byteLength);
          return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
        }
      }
      ctx.warnings.push(`Could not read ${what} ${url}: no such file`);
    } catch (error) {
      ctx.warnings.push(`Could not read ${what} ${url}: ${(error as Error).message}`);
    }
    return undefined;
  };

  for (const pick of await run.picks()) {
    if (ctx.filters.picks && !ctx.filters.picks(pick)) {
      continue;
    }
    const url = `${runDir}/Picks/${pick.userId}_${pick.sessionId}_${pick.objectName}.json`;
    // copick loads every picks file for its voxel spacing, hashed or not.
    const file = await read("pick", url, pick, true);
    let voxelSize: number | null = null;
    if (file?.bytes !== undefined) {
      try {
        voxelSize = pick.voxelSizeOf(file.bytes);
      } catch (error) {
        ctx.warnings.push(`Could not load pick ${url} to read voxel_spacing: ${(error as Error).message}`);
      }
    }
    add("copick/picks", {
      run: run.name,
      user_id: pick.userId,
      session_id: pick.sessionId,
      object_name: remap(pick.objectName, ctx.objectNameMap),
      voxel_size: voxelSize,
      url,
      sha256: file?.sha256 ?? "",
      portal_object_name: "",
      portal_session_id: "",
    });
  }

  for (const mesh of await run.meshes()) {
    if (ctx.filters.meshes && !ctx.filters.meshes(mesh)) {
      continue;
    }
    const url = `${runDir}/Meshes/${mesh.userId}_${mesh.sessionId}_${mesh.objectName}.glb`;
    const file = ctx.compute ? await read("mesh", url, mesh, false) : undefined;
    add("copick/meshes", {
      run: run.name,
      user_id: mesh.userId,
      session_id: mesh.sessionId,
      object_name: remap(mesh.objectName, ctx.objectNameMap),
      url,
      sha256: file?.sha256 ?? "",
    });
  }

  for (const seg of await run.segmentations()) {
    if (ctx.filters.segmentations && !ctx.filters.segmentations({ ...seg, objectName: seg.name })) {
      continue;
    }
    emit(seg.voxelSize);
    add("copick/segmentations", {
      run: run.name,
      voxel_size: seg.voxelSize,
      user_id: seg.userId,
      session_id: seg.sessionId,
      name: remap(seg.name, ctx.objectNameMap),
      is_multilabel: seg.isMultilabel,
      url: `${runDir}/Segmentations/${segmentationFileName(seg)}`,
      portal_object_name: "",
      portal_session_id: "",
    });
  }
  return rows;
}

/** Checksums of the staged sidecars, for the checker (found by file name, wherever the contentUrl points). */
function stagedHashFile(staged: readonly Staged[]): HashFile {
  return async (contentUrl, algorithm) => {
    const name = contentUrl.split("/").pop() ?? "";
    const file = staged.find((s) => basename(s.target) === name);
    if (!file) {
      return undefined;
    }
    const hash = createHash(algorithm);
    for await (const chunk of createReadStream(file.temp)) {
      hash.update(chunk as Buffer);
    }
    return { path: file.target, hex: hash.digest("hex") };
  };
}

/**
 * Exports `root` to `<projectRoot>/Croissant/` and returns where metadata.json is. Every error is a
 * CopickError (or a ReadError) with a message naming what and where; nothing is written then.
 */
export async function exportCroissant(root: ProjectSource, projectRoot: string, options: ExportOptions = {}): Promise<ExportResult> {
  const portal = PORTAL_ONLY.filter((name) => isSet(options[name]));
  if (portal.length > 0) {
    throw new CopickError(
      `The following export options require a CryoET Data Portal source (config_type='cryoet_data_portal'): ${portal.join(", ")}. Source is '${root.configType}'.`,
    );
  }
  const target = locate(projectRoot.startsWith("file://") ? projectRoot.slice("file://".length) : projectRoot, options.fsArgs);
  if (target.kind === "http") {
    throw new CopickError(`${projectRoot}: the project root must be a local directory or on S3 to write the Croissant in`);
  }
  const croissantDir = child(target, "Croissant");
  const metadata = child(croissantDir, METADATA);
  const metadataPath = locationText(metadata);
  const store = croissantStore(croissantDir);
  const refuseExisting = async (): Promise<void> => {
    if (!options.force && (await exists(metadata))) {
      throw new CopickError(`Croissant already exists at ${metadataPath}. Pass force: true (--force on the CLI) to overwrite it.`);
    }
  };
  await refuseExisting();
  if (options.baseUrl === undefined) {
    throw new CopickError(
      "base_url is required for filesystem-backed sources. Pass the absolute URL that will resolve to `project_root` at read time.",
    );
  }
  const baseUrl = options.baseUrl;

  const wanted = options.runs === undefined ? undefined : new Set(options.runs);
  const runs = (await root.runs()).filter((run) => wanted === undefined || wanted.has(run.name));
  const runToSplit = splitAssignments(options.splits);
  if (runToSplit.size > 0) {
    checkSplitRuns(runToSplit, new Set(runs.map((run) => run.name)));
  }
  const objectNameMap = toMap(options.objectNameMap);
  const warnings: string[] = [];
  let files = 0;
  let bytes = 0;
  const ctx: WalkContext = {
    compute: options.computeFileSha256 ?? true,
    runToSplit,
    tomoTypeMap: toMap(options.tomoTypeMap),
    objectNameMap,
    filters: {
      tomograms: copickUriFilter(options.tomograms, "tomogram"),
      features: copickUriFilter(options.features, "feature"),
      picks: copickUriFilter(options.picks, "picks"),
      meshes: copickUriFilter(options.meshes, "mesh"),
      segmentations: copickUriFilter(options.segmentations, "segmentation"),
    },
    warnings,
    hashed(size) {
      files++;
      bytes += size;
      options.onProgress?.({ files, bytes });
    },
    pool() {
      pool ??= hashPool(options.hashThreads);
      return pool;
    },
  };
  let pool: HashPool | undefined;

  const created = croissantDir.kind === "local" && !(await exists(croissantDir));
  await makeDirs(croissantDir);
  try {
    return await store.locked(
      async () => {
        await store.recover();
        await refuseExisting(); // another export may have finished while this one waited
        const expected = versionOf(await readVersioned(metadata));
        const writers = new Map<CopickRecordSetId, StagedWriter>();
        const staged: Staged[] = [];
        const rowCounts: Record<string, number> = Object.fromEntries(COPICK_CSVS.map((csv) => [csv.recordSetId, 0]));
        const write = async (csv: CopickCsv, row: CopickRow): Promise<void> => {
          await writers.get(csv.recordSetId as CopickRecordSetId)?.write(csvRowLine(csv, row));
          rowCounts[csv.recordSetId] = (rowCounts[csv.recordSetId] ?? 0) + 1;
        };
        try {
          for (const csv of COPICK_CSVS) {
            const writer = await store.open(csv.csvName);
            writers.set(csv.recordSetId as CopickRecordSetId, writer);
            await writer.write(csvHeaderLine(csv));
          }
          // Runs are walked a few at a time (reading and hashing overlap) and written in order.
          const pending: Promise<RunRows>[] = [];
          let next = 0;
          const fill = (): void => {
            while (pending.length < (options.concurrency ?? 16) && next < runs.length) {
              const walk = walkRun(runs[next++] as ProjectRun, ctx);
              walk.catch(() => undefined); // awaited below; this keeps a failure from being reported twice
              pending.push(walk);
            }
          };
          fill();
          for (let walk = pending.shift(); walk !== undefined; walk = pending.shift()) {
            const rows = await walk;
            fill();
            for (const [recordSet, list] of rows) {
              const csv = csvFor(recordSet);
              for (const row of list) {
                await write(csv, row);
              }
            }
          }
          const objectFilter = options.objects === undefined ? undefined : new Set(options.objects);
          for (const object of root.config.pickableObjects) {
            if (object.isParticle && (objectFilter === undefined || objectFilter.has(object.name))) {
              await write(csvFor("copick/objects"), { name: remap(object.name, objectNameMap), url: `Objects/${object.name}.zarr` });
            }
          }
          for (const [recordSet, writer] of writers) {
            writers.delete(recordSet);
            staged.push(await writer.finish());
          }
          const csvSha256 = new Map(COPICK_CSVS.map((csv, i) => [csv.recordSetId, staged[i]?.sha256 ?? ""]));
          const doc = buildCroissantDoc({
            config: root.config,
            baseUrl,
            csvSha256,
            splitNames: [...new Set(runs.map((run) => runToSplit.get(run.name)).filter((s): s is string => s !== undefined))],
            datasetName: options.datasetName,
            description: options.description,
            license: options.license,
            citeAs: options.citeAs,
            datePublished: options.datePublished ?? new Date().toISOString().slice(0, 10),
            objectNameMap,
          });
          if (options.validate ?? true) {
            const summary = await validateCroissant(pyJsonToPlain(doc), { hashFile: stagedHashFile(staged) });
            const problems = summary.details.flatMap((d) => d.errors.map((e) => `${e.loc.join(".") || "(document)"}: ${e.msg}`));
            if (problems.length > 0) {
              throw new ExportValidationError(
                `the exported Croissant would not be valid, so nothing was written:\n  ${problems.join("\n  ")}`,
              );
            }
            warnings.push(...summary.details.flatMap((d) => d.warnings.map((w) => `Croissant validation: ${w.loc.join(".")}: ${w.msg}`)));
          }
          const metadataWriter = await store.open(METADATA);
          try {
            await metadataWriter.write(pyJsonDumps(doc, 2));
            staged.push(await metadataWriter.finish());
          } catch (error) {
            await metadataWriter.abort();
            throw error;
          }
          await store.commit(staged, expected);
          return { metadataPath, warnings, rowCounts };
        } catch (error) {
          await Promise.all([...writers.values()].map((writer) => writer.abort()));
          await store.discard(staged);
          throw error;
        }
      },
      options.lockTimeoutMs === undefined ? {} : { timeoutMs: options.lockTimeoutMs },
    );
  } catch (error) {
    if (created && croissantDir.kind === "local" && (await readdir(croissantDir.path).catch(() => ["?"])).length === 0) {
      await rmdir(croissantDir.path).catch(() => undefined);
    }
    throw error;
  } finally {
    await pool?.close();
  }
}
