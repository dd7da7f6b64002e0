// copick's CroissantIndex (impl/mlcroissant.py): a Croissant metadata.json and its eight CSV sidecars in memory,
// rows added, replaced and removed by key, committed back (CSVs, then metadata.json with their sha256 patched
// into `distribution`, the `copick/splits` table kept in step with runs.csv). Local paths, http(s) URLs and S3
// are read; local and S3 Croissants are written.
//
// Unlike copick, commits from several processes do not lose each other's updates: a commit takes the writers'
// lock, re-reads the Croissant when another writer changed it since it was read, replays this index's pending
// changes on it and writes the result through a journal (croissant-store.ts: renames locally; on S3 a
// conditional write of metadata.json, where a lost race re-reads and replays again).
import { createHash } from "node:crypto";
import { access, constants } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { COPICK_CSVS, type CopickCsv } from "../csv-schema.js";
import { type PyDict, joinUrl, splitNamesInOrder, syncSplitsRecordSet } from "../croissant-doc.js";
import {
  type CopickCell,
  type CopickRecordSetId,
  type CopickRow,
  csvFor,
  normalizeRow,
  parseCsvRows,
  rowKey,
  serializeCsv,
} from "../csv-rows.js";
import { CopickError } from "../errors.js";
import { isPyDict, pyJsonDumps, pyJsonLoads } from "../pyjson.js";
import { compareCodePoints } from "../../engine/python-repr.js";
import { type CroissantStore, LostRace, METADATA, croissantStore, versionOf } from "./croissant-store.js";
import { type FsArgs, type Location, child, locate, locationText, parent, readVersioned } from "./location.js";
import { type LockOptions, sleep } from "./lock.js";
import type { Staged } from "./staging.js";
import { ReadError } from "../../engine/node/read-source.js";
import { settings } from "../../engine/node/settings.js";

export interface CroissantIndexOptions extends LockOptions {
  /** Replaces `copick:baseUrl`, for a Croissant moved from where it was published. */
  readonly baseUrlOverride?: string | undefined;
  /** Verify each CSV against the sha256 (or md5) in `distribution` when reading, as mlcroissant does (default true). */
  readonly verifyChecksums?: boolean;
  /**
   * Let the Croissant's own base URL and `url` cells name local paths outside the project (default false: a
   * stranger's CSV must not make this process read, hash or write files elsewhere on the machine). The project is
   * `baseUrlOverride` when it is local, else the folder above the Croissant's; a remote Croissant has none.
   */
  readonly allowOutsideProject?: boolean;
  /** s3fs arguments for metadata.json and the CSVs (copick's `croissant_fs_args`). */
  readonly fsArgs?: FsArgs | undefined;
  /** s3fs arguments for the data the `url` cells point to (copick's `static_fs_args`; default `fsArgs`). */
  readonly staticFsArgs?: FsArgs | undefined;
}

type Change =
  | { readonly kind: "put"; readonly recordSet: CopickRecordSetId; readonly row: CopickRow }
  | { readonly kind: "remove"; readonly recordSet: CopickRecordSetId; readonly key: string }
  | { readonly kind: "split"; readonly run: string; readonly split: string };

interface Snapshot {
  readonly doc: PyDict;
  readonly rows: Map<CopickRecordSetId, Map<string, CopickRow>>;
  /** The version of the metadata.json read (or last written): S3 ETag, else sha256 of its bytes. */
  readonly version: string | null;
}

/** A commit that keeps losing races gives up after this many tries (each re-reads and replays). */
const MAX_COMMIT_TRIES = 10;

class ChecksumMismatch extends CopickError {}

function fileObjects(doc: PyDict): Map<string, PyDict> {
  const files = new Map<string, PyDict>();
  for (const entry of Array.isArray(doc.distribution) ? doc.distribution : []) {
    if (isPyDict(entry) && typeof entry["@id"] === "string") {
      files.set(entry["@id"], entry as PyDict);
    }
  }
  return files;
}

function checkDigest(csvPath: string, bytes: Uint8Array, file: PyDict): void {
  for (const algorithm of ["md5", "sha256"] as const) {
    const expected = file[algorithm];
    if (typeof expected === "string" && expected !== "") {
      const actual = createHash(algorithm).update(bytes).digest("hex");
      if (actual !== expected.toLowerCase() && createHash(algorithm).update(bytes).digest("base64") !== expected) {
        throw new ChecksumMismatch(
          `${csvPath}: ${algorithm} is ${actual} but metadata.json says ${expected} (the file was changed, or a writer was interrupted)`,
        );
      }
    }
  }
}

async function loadSnapshot(metadata: Location, dir: Location, verify: boolean): Promise<Snapshot> {
  const name = locationText(metadata);
  const read = await readVersioned(metadata);
  if (read === undefined) {
    throw new ReadError(name, metadata.kind === "local" ? "no such file" : metadata.kind === "s3" ? "no such key" : "HTTP 404");
  }
  const { bytes } = read;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CopickError(`${name}: not UTF-8 text`);
  }
  const doc = pyJsonLoads(text, name, settings().documentLimits.maxDepth);
  if (!isPyDict(doc)) {
    throw new CopickError(`${name}: a Croissant metadata.json is a JSON object`);
  }
  const files = fileObjects(doc as PyDict);
  const rows = new Map<CopickRecordSetId, Map<string, CopickRow>>();
  await Promise.all(
    COPICK_CSVS.map(async (csv) => {
      const table = new Map<string, CopickRow>();
      rows.set(csv.recordSetId as CopickRecordSetId, table);
      const file = files.get(csv.fileObjectId);
      if (!file) {
        return; // not in this Croissant: no rows, as in copick
      }
      // copick reads the sidecars next to metadata.json (it rewrites their contentUrl so for local Croissants).
      const location = child(dir, csv.csvName);
      const csvRead = await readVersioned(location);
      if (csvRead === undefined) {
        throw new ReadError(locationText(location), location.kind === "local" ? "no such file" : "not found");
      }
      const csvBytes = csvRead.bytes;
      if (verify) {
        checkDigest(locationText(location), csvBytes, file);
      }
      let csvText: string;
      try {
        csvText = new TextDecoder("utf-8", { fatal: true }).decode(csvBytes);
      } catch {
        throw new CopickError(`${locationText(location)}: not UTF-8 text`);
      }
      for (const row of parseCsvRows(csv, csvText, locationText(location))) {
        if (csv.recordSetId === "copick/runs" && !row.name) {
          continue; // copick indexes runs by a non-empty name
        }
        table.set(rowKey(csv, row), row);
      }
    }),
  );
  return { doc: doc as PyDict, rows, version: versionOf(read) };
}

function applyChange(snapshot: Snapshot, change: Change): void {
  if (change.kind === "split") {
    const runs = snapshot.rows.get("copick/runs");
    const key = JSON.stringify([change.run]);
    const row = runs?.get(key);
    if (!runs || !row) {
      throw new CopickError(`Run '${change.run}' is not in the Croissant index (another writer removed it).`);
    }
    runs.set(key, { ...row, split: change.split });
    return;
  }
  const table = snapshot.rows.get(change.recordSet);
  if (!table) {
    return;
  }
  if (change.kind === "put") {
    table.set(rowKey(csvFor(change.recordSet), change.row), change.row); // a replaced row keeps its place
  } else {
    table.delete(change.key);
  }
}

export class CroissantIndex {
  readonly metadataLocation: Location;
  /** The directory of metadata.json, where the CSVs are. */
  readonly croissantDir: Location;
  /** What relative `url` cells are joined to: the override, `copick:baseUrl`, or the project root. */
  readonly baseUrl: string;
  /** True when this process may write the Croissant (a local directory it may write, or S3 without `anon`). */
  readonly writable: boolean;
  private readonly options: CroissantIndexOptions;
  private readonly store: CroissantStore | undefined;
  private snapshot: Snapshot;
  private changes: Change[] = [];
  private readonly dirty = new Set<CopickRecordSetId>();
  private batchDepth = 0;

  private constructor(metadata: Location, snapshot: Snapshot, writable: boolean, options: CroissantIndexOptions) {
    this.metadataLocation = metadata;
    this.croissantDir = parent(metadata);
    this.store = writable ? croissantStore(this.croissantDir) : undefined;
    this.snapshot = snapshot;
    this.writable = writable;
    this.options = options;
    const declared = snapshot.doc["copick:baseUrl"];
    this.baseUrl = options.baseUrlOverride || (typeof declared === "string" && declared) || locationText(parent(this.croissantDir));
    const override = options.baseUrlOverride ? locate(options.baseUrlOverride, this.dataFsArgs) : undefined;
    this.projectRoot =
      override?.kind === "local" ? override.path : this.croissantDir.kind === "local" ? dirname(this.croissantDir.path) : undefined;
  }

  /** Where local paths named by the Croissant must stay (see `allowOutsideProject`); undefined for a remote Croissant. */
  readonly projectRoot: string | undefined;

  /** `location`, once it is known to stay inside the project (or anything goes: `allowOutsideProject`). */
  confine(location: Location, what: string): Location {
    if (location.kind !== "local" || this.options.allowOutsideProject === true) {
      return location;
    }
    const root = this.projectRoot === undefined ? undefined : resolve(this.projectRoot);
    if (root === undefined || (location.path !== root && !location.path.startsWith(root.endsWith(sep) ? root : root + sep))) {
      throw new CopickError(
        `${what} points to ${location.path}, outside the project${root === undefined ? " (a remote Croissant names no local files)" : ` ${root}`}; pass allowOutsideProject to allow it`,
      );
    }
    return location;
  }

  /** s3fs arguments for the data (`staticFsArgs`, else the Croissant's). */
  private get dataFsArgs(): FsArgs {
    return this.options.staticFsArgs ?? this.options.fsArgs ?? {};
  }

  /** Reads a Croissant: `url` is the metadata.json (a path, `file://`, `local://`, `http(s)://` or `s3://`). */
  static async fromUrl(url: string, options: CroissantIndexOptions = {}): Promise<CroissantIndex> {
    const metadata = locate(url, options.fsArgs);
    const dir = parent(metadata);
    let writable = false;
    if (dir.kind === "local") {
      writable = await access(dir.path, constants.W_OK).then(
        () => true,
        () => false,
      );
    } else if (dir.kind === "s3") {
      writable = options.fsArgs?.anon !== true;
    }
    const snapshot = await CroissantIndex.read(metadata, dir, writable, options);
    return new CroissantIndex(metadata, snapshot, writable, options);
  }

  /**
   * Reads consistently: a commit interrupted by a crash is finished first, and a checksum mismatch (a writer
   * between its renames) is read again once that writer released the lock.
   */
  private static async read(metadata: Location, dir: Location, writable: boolean, options: CroissantIndexOptions): Promise<Snapshot> {
    const verify = options.verifyChecksums ?? true;
    if (!writable) {
      // Nobody to finish another writer's commit: a remote Croissant mid-commit is read again a few times.
      for (let attempt = 0; ; attempt++) {
        try {
          return await loadSnapshot(metadata, dir, verify);
        } catch (error) {
          if (!(error instanceof ChecksumMismatch) || dir.kind === "local" || attempt >= 5) {
            throw error;
          }
          await sleep(100 * 2 ** attempt);
        }
      }
    }
    const store = croissantStore(dir);
    const locked = (): Promise<Snapshot> =>
      store.locked(async () => {
        await store.recover();
        return loadSnapshot(metadata, dir, verify);
      }, options);
    if (await store.interrupted()) {
      return locked();
    }
    try {
      return await loadSnapshot(metadata, dir, verify);
    } catch (error) {
      if (error instanceof ChecksumMismatch) {
        return locked();
      }
      throw error;
    }
  }

  /** The metadata.json as read (and as this index changed it). */
  get doc(): PyDict {
    return this.snapshot.doc;
  }

  /** The project config copick embedded (`copick:config`), if any. */
  get configBlock(): PyDict | undefined {
    const block = this.snapshot.doc["copick:config"];
    return isPyDict(block) ? (block as PyDict) : undefined;
  }

  private table(recordSet: string): Map<string, CopickRow> {
    const table = this.snapshot.rows.get(csvFor(recordSet).recordSetId as CopickRecordSetId);
    if (!table) {
      throw new CopickError(`unknown RecordSet '${recordSet}'`);
    }
    return table;
  }

  /** The rows of a RecordSet (`copick/picks`, ...), in CSV order. */
  rows(recordSet: CopickRecordSetId): CopickRow[] {
    return [...this.table(recordSet).values()];
  }

  /** The row with these key fields, if any. */
  findRow(recordSet: CopickRecordSetId, key: Readonly<Record<string, CopickCell>>): CopickRow | undefined {
    return this.table(recordSet).get(rowKey(csvFor(recordSet), key));
  }

  /** Run names, in runs.csv order. */
  get runNames(): string[] {
    return [...this.table("copick/runs").values()].map((row) => row.name as string);
  }

  hasRun(name: string): boolean {
    return this.table("copick/runs").has(JSON.stringify([name]));
  }

  /** Where a CSV `url` cell points: joined to the base URL unless it has a scheme. */
  resolveUrl(value: string): Location {
    return this.confine(locate(joinUrl(this.baseUrl, value), this.dataFsArgs), `url '${value}'`);
  }

  /** The base URL as a location (with the data's fs_args). */
  baseLocation(): Location {
    return locate(this.baseUrl, this.dataFsArgs);
  }

  private async changed(change: Change, recordSet: CopickRecordSetId): Promise<void> {
    applyChange(this.snapshot, change);
    this.changes.push(change);
    this.dirty.add(recordSet);
    if (this.batchDepth === 0) {
      await this.commit();
    }
  }

  /** Adds a row, or replaces the row with the same key fields (in its place). Commits unless in `batch()`. */
  async addRow(recordSet: CopickRecordSetId, row: Readonly<Record<string, unknown>>): Promise<void> {
    const csv = csvFor(recordSet);
    const normalized = normalizeRow(csv, row);
    if (recordSet === "copick/runs" && !normalized.name) {
      throw new CopickError("copick/runs: a run needs a non-empty name");
    }
    await this.changed({ kind: "put", recordSet, row: normalized }, recordSet);
  }

  /** Removes the row with these key fields (nothing when there is none). Commits unless in `batch()`. */
  async removeRow(recordSet: CopickRecordSetId, key: Readonly<Record<string, CopickCell>>): Promise<void> {
    await this.changed({ kind: "remove", recordSet, key: rowKey(csvFor(recordSet), key) }, recordSet);
  }

  /** Rewrites a sidecar on the next commit even though none of its rows changed. */
  markDirty(recordSet: CopickRecordSetId): void {
    this.dirty.add(csvFor(recordSet).recordSetId as CopickRecordSetId);
  }

  /** The split of a run, or null when unassigned; an unknown run is an error. */
  getSplit(run: string): string | null {
    const row = this.table("copick/runs").get(JSON.stringify([run]));
    if (!row) {
      throw new CopickError(`Run '${run}' is not in the Croissant index.`);
    }
    return typeof row.split === "string" && row.split !== "" ? row.split : null;
  }

  /** Assigns a run to a split (null or "" clears it). Commits unless in `batch()`. */
  async setSplit(run: string, split: string | null): Promise<void> {
    this.getSplit(run);
    await this.changed({ kind: "split", run, split: split ?? "" }, "copick/runs");
  }

  async clearSplit(run: string): Promise<void> {
    await this.setSplit(run, null);
  }

  /** `{split: [runs, sorted]}`, splits in the order runs.csv first uses them. */
  getAllSplits(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const row of this.table("copick/runs").values()) {
      if (typeof row.split === "string" && row.split !== "") {
        groups.set(row.split, [...(groups.get(row.split) ?? []), row.name as string]);
      }
    }
    for (const runs of groups.values()) {
      runs.sort(compareCodePoints);
    }
    return groups;
  }

  /** Runs `work` with commits deferred, then commits once (also when `work` throws). */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.batchDepth++;
    try {
      return await work();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) {
        await this.commit();
      }
    }
  }

  /** Re-reads metadata.json and the CSVs; changes not committed yet are dropped. */
  async reload(): Promise<void> {
    this.snapshot = await CroissantIndex.read(this.metadataLocation, this.croissantDir, this.writable, this.options);
    this.changes = [];
    this.dirty.clear();
  }

  /**
   * Writes the changed CSVs and metadata.json under the writers' lock: another writer's commit since this index
   * read the Croissant is read back and this index's changes replayed on it; a race lost on S3 does the same.
   */
  async commit(): Promise<void> {
    if (this.dirty.size === 0) {
      return;
    }
    const store = this.store;
    if (!this.writable || store === undefined) {
      throw new CopickError(`Croissant at ${locationText(this.metadataLocation)} is not writable; cannot commit.`);
    }
    await store.locked(async () => {
      await store.recover();
      for (let attempt = 1; ; attempt++) {
        const current = versionOf(await readVersioned(this.metadataLocation));
        if (current === null || current !== this.snapshot.version) {
          // Another writer committed since this index read the Croissant: build on what it wrote.
          const fresh = await loadSnapshot(this.metadataLocation, this.croissantDir, this.options.verifyChecksums ?? true);
          for (const change of this.changes) {
            applyChange(fresh, change);
          }
          this.snapshot = fresh;
        }
        try {
          this.snapshot = { ...this.snapshot, version: await this.write(store, this.snapshot.version) };
          return;
        } catch (error) {
          if (!(error instanceof LostRace) || attempt >= MAX_COMMIT_TRIES) {
            throw error;
          }
        }
      }
    }, this.options);
    this.changes = [];
    this.dirty.clear();
  }

  /** Stages and commits the dirty CSVs and metadata.json; returns the new metadata.json's version. */
  private async write(store: CroissantStore, expected: string | null): Promise<string> {
    const doc = this.snapshot.doc;
    const runs = [...this.table("copick/runs").values()].sort((a, b) => compareCodePoints(a.name as string, b.name as string));
    syncSplitsRecordSet(doc, splitNamesInOrder(runs.map((row) => row.split as string | null)));
    const staged: Staged[] = [];
    const stage = async (name: string, data: string): Promise<Staged> => {
      const writer = await store.open(name);
      try {
        await writer.write(data);
        const file = await writer.finish();
        staged.push(file);
        return file;
      } catch (error) {
        await writer.abort();
        throw error;
      }
    };
    try {
      const files = fileObjects(doc);
      for (const recordSet of [...this.dirty].sort()) {
        const csv: CopickCsv = csvFor(recordSet);
        const rows = recordSet === "copick/runs" ? runs : this.table(recordSet).values();
        const file = await stage(csv.csvName, serializeCsv(csv, rows));
        const entry = files.get(csv.fileObjectId);
        if (entry) {
          entry.sha256 = file.sha256;
        }
      }
      await stage(METADATA, pyJsonDumps(doc, 2));
      return await store.commit(staged, expected);
    } catch (error) {
      await store.discard(staged);
      throw error;
    }
  }
}
