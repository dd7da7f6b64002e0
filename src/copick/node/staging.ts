// Replacing several files of a Croissant (the CSVs, then metadata.json) so that a crash leaves each either old or
// new and complete, and the set consistent once recovered: every new file is first written to a temp file beside
// its target and fsync'd; a journal listing the renames is written atomically; the renames follow; then the
// journal goes. The next writer (holding the lock) finishes a journal it finds and removes stray temp files.
import { createHash } from "node:crypto";
import { type FileHandle, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { syncDirectory, tempPathFor, writeFileAtomic } from "../../engine/node/atomic-write.js";
import { CopickError } from "../errors.js";

export const JOURNAL_FILE = ".copick-commit.journal";
const FLUSH_BYTES = 1 << 16;

/** A file written next to its target, fsync'd and closed, waiting to be renamed into place. */
export interface Staged {
  readonly target: string;
  readonly temp: string;
  /** Lowercase hex sha256 of the bytes written. */
  readonly sha256: string;
}

/** A temp file written in pieces (hashing as it goes), for sidecars too large to build in memory. */
export class StagedWriter {
  readonly target: string;
  readonly temp: string;
  private readonly handle: FileHandle;
  private readonly hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingLength = 0;

  private constructor(target: string, temp: string, handle: FileHandle) {
    this.target = target;
    this.temp = temp;
    this.handle = handle;
  }

  /** A writer for `target`, through `temp` (default: a temp file beside the target, for the rename). */
  static async open(target: string, temp = tempPathFor(target)): Promise<StagedWriter> {
    return new StagedWriter(target, temp, await open(temp, "wx"));
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
    await this.handle.write(bytes);
  }

  async finish(): Promise<Staged> {
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
    return { target: this.target, temp: this.temp, sha256: this.hash.digest("hex") };
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

async function renameAll(dir: string, renames: readonly (readonly [string, string])[]): Promise<void> {
  for (const [temp, target] of renames) {
    try {
      await rename(join(dir, temp), join(dir, target));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw error;
      }
      // renamed before a crash: nothing left to do for this one
    }
  }
  await syncDirectory(dir);
}

/** Renames `staged` (all in directory `dir`, in order) into place, through the journal. Hold the lock. */
export async function commitStaged(dir: string, staged: readonly Staged[]): Promise<void> {
  for (const file of staged) {
    if (dirname(file.temp) !== dir || dirname(file.target) !== dir) {
      throw new CopickError(`${file.target}: staged outside ${dir}`);
    }
  }
  const renames = staged.map((file) => [basename(file.temp), basename(file.target)] as const);
  const journal = join(dir, JOURNAL_FILE);
  await writeFileAtomic(journal, JSON.stringify({ renames }));
  await renameAll(dir, renames);
  await rm(journal, { force: true });
  await syncDirectory(dir);
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
      renames = (JSON.parse(text) as { renames: [string, string][] }).renames;
      if (!Array.isArray(renames) || renames.some((r) => !Array.isArray(r) || r.some((n) => typeof n !== "string" || n.includes("/")))) {
        throw new Error("not a list of renames");
      }
    } catch (error) {
      throw new CopickError(`${journal}: unreadable commit journal (${(error as Error).message}); inspect and remove it`);
    }
    await renameAll(dir, renames);
    await rm(journal, { force: true });
    await syncDirectory(dir);
  }
  const known = new Set([...names, JOURNAL_FILE]);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const match = /^\.(.+?)(?:\.\d+)?\.[0-9a-f]{12}\.tmp$/.exec(entry);
    if (match && known.has(match[1] ?? "")) {
      await rm(join(dir, entry), { force: true });
    }
  }
}
