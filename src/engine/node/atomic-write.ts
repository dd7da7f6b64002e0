// Writes never leave a partial file: write a temp file beside the target, fsync it, rename it into place,
// fsync the directory. A crash leaves either the old or the new complete file, and maybe a stray temp file,
// which the next write to the same target removes (its name carries the pid of the process that wrote it).
import { nodeCrypto } from "./crypto.js";
import { type FileHandle, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The temp name used for `target` (`.name.<pid>.<random>.tmp` in the same directory, so rename is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(6).toString("hex")}.tmp`);
}

/** True while a process with this pid runs (on this machine). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files that writers of `target` left when they were killed: those whose process is gone.
 * A temp file of a live process (this one included) is another write in progress and stays.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const match = TEMP.exec(entry);
    const pid = Number(match?.[2]);
    if (match?.[1] === basename(target) && pid !== process.pid && !pidAlive(pid)) {
      await rm(join(dir, entry), { force: true });
      removed.push(join(dir, entry));
    }
  }
  return removed;
}

/**
 * Writes `target` through `write` into a temp file beside it, then fsync, rename, fsync of the directory; stale
 * temps of killed writers are removed first. On failure the temp file goes and `target` is untouched.
 */
export async function writeAtomic<T>(target: string, write: (handle: FileHandle) => Promise<T>): Promise<T> {
  await removeStaleTemps(target);
  const temp = tempPathFor(target);
  let result: T;
  try {
    const handle = await open(temp, "wx");
    try {
      result = await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
  return result;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeAtomic(target, (handle) => handle.writeFile(data));
}

/** fsync a directory, so that renames in it survive a crash (a no-op where directories cannot be fsync'd). */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  }
}
