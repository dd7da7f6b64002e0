// Replacing several files of a Croissant (the CSVs, then metadata.json) so that a crash leaves each either old or
// new and complete, and the set consistent once recovered: every new file is first written to a temp file beside
// its target and fsync'd; a journal listing the renames is written atomically; the renames follow; then the
// journal goes. The next writer (holding the lock) finishes a journal it finds and removes stray temp files.
// Temp files come from atomic-write.ts: a target that is a symbolic link is written through, keeping its mode.
import { createHash } from "node:crypto";
import { type FileHandle, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  openTempFor,
  parseTempName,
  removeStaleTemps,
  syncDirectory,
  writeErrorOf,
  writeFileAtomic,
  writeTargetOf,
} from "../../engine/node/atomic-write.js";
import { isRecord } from "../../engine/records.js";
import { CopickError } from "../errors.js";

export const JOURNAL_FILE = ".copick-commit.journal";
const FLUSH_BYTES = 1 << 16;

/** A file written next to its target, fsync'd and closed, waiting to be renamed into place. */
export interface Staged {
  /** The file as named in the Croissant's folder. */
  readonly target: string;
  /** What the temp file replaces: `target`, or the final target of the symbolic link it is. */
  readonly destination: string;
  readonly temp: string;
  /** Lowercase hex sha256 of the bytes written. */
  readonly sha256: string;
}

/** A temp file written in pieces (hashing as it goes), for sidecars too large to build in memory. */
export class StagedWriter {
  readonly target: string;
  readonly destination: string;
  readonly temp: string;
  private readonly handle: FileHandle;
  private readonly hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingLength = 0;

  private constructor(target: string, destination: string, temp: string, handle: FileHandle) {
    this.target = target;
    this.destination = destination;
    this.temp = temp;
    this.handle = handle;
  }

  /**
   * A writer for `target`, through `temp` (default: a temp file beside the target, or beside the file the link it
   * is names, created with that file's mode: openTempFor in atomic-write.ts).
   */
  static async open(target: string, temp?: string): Promise<StagedWriter> {
    if (temp !== undefined) {
      return new StagedWriter(target, target, temp, await open(temp, "wx"));
    }
    const opened = await openTempFor(target);
    return new StagedWriter(target, opened.target, opened.temp, opened.handle);
  }

  async write(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.pending.push(bytes);
    this.pendingLength += bytes.byteLength;
    if (this.pendingLength >= FLUSH_BYTES) {
      await this.flush();
    }
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) {
      return;
    }
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(bytes);
    try {
      await this.handle.write(bytes);
    } catch (error) {
      throw writeErrorOf(this.destination, "write", error);
    }
  }

  /** The temp file complete and closed; on failure (a full disk) it is removed. */
  async finish(): Promise<Staged> {
    try {
      try {
        await this.flush();
        await this.handle.sync();
      } finally {
        await this.handle.close();
      }
    } catch (error) {
      await rm(this.temp, { force: true });
      throw writeErrorOf(this.destination, "write", error);
    }
    return { target: this.target, destination: this.destination, temp: this.temp, sha256: this.hash.digest("hex") };
  }

  /** Closes and removes the temp file (after a failure). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temp, { force: true });
  }
}

/** `data` staged for `target`. */
export async function stage(target: string, data: string | Uint8Array): Promise<Staged> {
  const writer = await StagedWriter.open(target);
  try {
    await writer.write(data);
    return await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

export async function discard(staged: readonly Staged[]): Promise<void> {
  await Promise.all(staged.map((file) => rm(file.temp, { force: true })));
}

/** Renames each temp file onto its destination, in order, and syncs the folders. */
async function renameAll(dir: string, renames: readonly (readonly [string, string])[]): Promise<void> {
  const folders = new Set([dir]);
  for (const [temp, destination] of renames) {
    folders.add(dirname(destination));
    try {
      await rename(temp, destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw writeErrorOf(destination, "write", error);
      }
      // renamed before a crash: nothing left to do for this one
    }
  }
  await Promise.all([...folders].map(syncDirectory));
}

/**
 * The journal names files by their names in `dir` (a journal planted in a project cannot rename anything
 * elsewhere): each temp file lies beside its destination, the target or the final target of its link.
 */
async function journalRenames(dir: string, renames: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  return Promise.all(
    renames.map(async ([temp, target]) => {
      const destination = (await writeTargetOf(join(dir, target))).path;
      return [join(dirname(destination), temp), destination] as [string, string];
    }),
  );
}

/** Renames `staged` (all named in directory `dir`, in order) into place, through the journal. Hold the lock. */
export async function commitStaged(dir: string, staged: readonly Staged[]): Promise<void> {
  for (const file of staged) {
    if (dirname(file.target) !== dir || dirname(file.temp) !== dirname(file.destination)) {
      throw new CopickError(`${file.target}: staged outside ${dir}`);
    }
  }
  const journal = join(dir, JOURNAL_FILE);
  await writeFileAtomic(journal, JSON.stringify({ renames: staged.map((file) => [basename(file.temp), basename(file.target)]) }));
  await renameAll(
    dir,
    staged.map((file) => [file.temp, file.destination]),
  );
  await rm(journal, { force: true });
  await syncDirectory(dir);
}

/** A journal's renames: pairs of plain file names (no `/`), as `commit` writes them. */
function isRenameList(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every((r) => Array.isArray(r) && r.length === 2 && r.every((n) => typeof n === "string" && !n.includes("/")))
  );
}

/**
 * Finishes a commit a crash interrupted (its journal is complete: the renames go on), then removes temp files
 * that writers of `names` left behind. Hold the lock: then no live writer has temp files here.
 */
export async function recoverCommit(dir: string, names: readonly string[]): Promise<void> {
  const journal = join(dir, JOURNAL_FILE);
  let text: string | undefined;
  try {
    text = await readFile(journal, "utf8");
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    let renames: [string, string][];
    try {
      const journaled: unknown = JSON.parse(text);
      const listed = isRecord(journaled) ? journaled.renames : undefined;
      // only our own temp files onto the Croissant's files: a journal planted in a shared project renames nothing else
      const ours = (r: [string, string]): boolean => !r[0].includes("/") && parseTempName(r[0]) !== undefined && names.includes(r[1]);
      if (!isRenameList(listed) || !listed.every(ours)) {
        throw new Error("not a list of renames");
      }
      renames = listed;
    } catch (error) {
      throw new CopickError(`${journal}: unreadable commit journal (${(error as Error).message}); inspect and remove it`);
    }
    await renameAll(dir, await journalRenames(dir, renames));
    await rm(journal, { force: true });
    await syncDirectory(dir);
  }
  const known = new Set([...names, JOURNAL_FILE]);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const temp = parseTempName(entry);
    if (temp !== undefined && known.has(temp.stem)) {
      await rm(join(dir, entry), { force: true });
    }
  }
  // beside the final targets of symbolic links elsewhere, only those of writers that are gone (our lock is not theirs)
  for (const name of names) {
    const destination = (await writeTargetOf(join(dir, name)).catch(() => undefined))?.path;
    if (destination !== undefined && dirname(destination) !== dir) {
      await removeStaleTemps(destination);
    }
  }
}
