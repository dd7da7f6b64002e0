// The lock that serialises writers of one Croissant (commits, split edits, exports), across processes: a file
// `.metadata.json.lock` next to metadata.json, created exclusively and holding its owner's pid and host. It is
// released when the work ends, and on process exit; a lock whose owner is gone (same host, pid not running) is
// stale and taken over. Within one process, writers of the same Croissant queue up without polling.
import { unlinkSync } from "node:fs";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { pidAlive, writeErrorOf } from "../../engine/node/atomic-write.js";
import { isRecord } from "../../engine/records.js";
import { CopickError } from "../errors.js";

export const LOCK_FILE = ".metadata.json.lock";
export const DEFAULT_TIMEOUT_MS = 60_000;
/** A lock file still empty (or unreadable) after this long lost its owner between create and write. */
const UNWRITTEN_STALE_MS = 10_000;

export interface LockOptions {
  /** Give up waiting for another writer after this long (default 60 s). */
  readonly timeoutMs?: number;
}

interface Holder {
  readonly raw: string;
  readonly mtimeMs: number;
  readonly pid?: number;
  readonly host?: string;
  readonly since?: string;
}

const held = new Set<string>();
const queues = new Map<string, Promise<void>>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const path of held) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const [raw, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    try {
      const holder: unknown = JSON.parse(raw);
      const parsed = isRecord(holder) ? holder : {};
      return {
        raw,
        mtimeMs: info.mtimeMs,
        ...(typeof parsed.pid === "number" ? { pid: parsed.pid } : {}),
        ...(typeof parsed.host === "string" ? { host: parsed.host } : {}),
        ...(typeof parsed.since === "string" ? { since: parsed.since } : {}),
      };
    } catch {
      return { raw, mtimeMs: info.mtimeMs };
    }
  } catch {
    return undefined; // released meanwhile
  }
}

function isStale(path: string, holder: Holder): boolean {
  if (holder.pid === undefined || holder.host === undefined) {
    return Date.now() - holder.mtimeMs > UNWRITTEN_STALE_MS;
  }
  if (holder.host !== hostname()) {
    return false; // another machine's process: cannot be checked, only waited for
  }
  // Our own pid in a lock we do not hold is a previous process's, whose pid was reused.
  return holder.pid === process.pid ? !held.has(path) : !pidAlive(holder.pid);
}

/**
 * Removes a stale lock. Breakers exclude each other with a second lock file, and re-read the lock under it, so
 * that a lock taken meanwhile by a live writer is never removed.
 */
async function breakStale(path: string, holder: Holder): Promise<void> {
  const breaker = `${path}.break`;
  try {
    await (await open(breaker, "wx")).close();
  } catch {
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > UNWRITTEN_STALE_MS) {
      await unlink(breaker).catch(() => undefined); // a breaker that died while breaking
    }
    return;
  }
  try {
    const now = await readHolder(path);
    if (now && now.raw === holder.raw && now.mtimeMs === holder.mtimeMs) {
      await unlink(path).catch(() => undefined);
    }
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

async function acquire(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
        await handle.close();
      } catch (error) {
        // a full disk: an empty lock file left behind would hold every other writer off until it looks stale
        await handle.close().catch(() => undefined);
        await unlink(path).catch(() => undefined);
        throw error;
      }
      held.add(path);
      if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on("exit", releaseAllOnExit);
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new CopickError(writeErrorOf(path, "create the lock file", error).message);
      }
    }
    const holder = await readHolder(path);
    if (holder && isStale(path, holder)) {
      await breakStale(path, holder);
      continue;
    }
    if (Date.now() > deadline) {
      const who =
        holder?.pid !== undefined ? `process ${holder.pid} on ${holder.host ?? "?"} since ${holder.since ?? "?"}` : "another process";
      throw new CopickError(
        `${path}: locked by ${who}; gave up after ${Math.round(timeoutMs / 1000)} s (delete the file if that process is gone)`,
      );
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
}

async function release(path: string): Promise<void> {
  held.delete(path);
  await unlink(path).catch(() => undefined);
}

/** Runs `work` after every earlier `queued` work of the same key in this process (writers queue up without polling). */
export async function queued<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  let done = (): void => undefined;
  const turn = new Promise<void>((resolveTurn) => (done = resolveTurn));
  const mine = previous.then(() => turn);
  queues.set(key, mine);
  try {
    await previous;
    return await work();
  } finally {
    done();
    if (queues.get(key) === mine) {
      queues.delete(key);
    }
  }
}

/** Runs `work` holding the lock of the Croissant directory `dir`. */
export function withCroissantLock<T>(dir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const path = join(resolve(dir), LOCK_FILE);
  return queued(path, async () => {
    await acquire(path, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      return await work();
    } finally {
      await release(path);
    }
  });
}
