// Writes never leave a partial file: write a temp file beside the target, fsync it, rename it into place,
// fsync the directory. A crash leaves either the old or the new complete file, and maybe a stray temp file,
// which the next write to the same target removes (its name carries the machine and the pid of the process that
// wrote it, so that processes of several machines can share a folder, such as a download cache on a network volume).
// A target that is a symbolic link is written through: the link stays and its final target gets the new content,
// keeping that file's mode (and owner, where we may set it), as `cp` onto an existing file would. Every writer of
// the project (packages, update-format, update-hashes, copick's commits and exports) comes through here.
import { nodeCrypto } from "./crypto.js";
import type { Stats } from "node:fs";
import { type FileHandle, lstat, mkdir, open, readdir, readlink, rename, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, parse, resolve } from "node:path";

/** A write that failed: names the file and the reason in one line (`code` is the system's, e.g. ENOSPC). */
export class WriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly path: string,
    reason: string,
    code?: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "WriteError";
    this.code = code;
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a parent is not a folder",
  EISDIR: "is a folder",
  ELOOP: "too many levels of symbolic links",
  EEXIST: "already exists",
};

/** `error` as a WriteError naming `path` (a WriteError passes through). */
export function writeErrorOf(path: string, action: string, error: unknown): WriteError {
  if (error instanceof WriteError) {
    return error;
  }
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code !== undefined ? REASONS[code] : undefined) ?? (error as Error).message;
  return new WriteError(path, `cannot ${action}: ${reason}`, code);
}

/** File names hold at most 255 bytes; a temp name adds up to 35 to its target's. */
const MAX_STEM_BYTES = 220;

/** The target's name as its temp names carry it: a name near the limit is cut, and a hash of it keeps it apart. */
function tempStem(name: string): string {
  if (Buffer.byteLength(name) <= MAX_STEM_BYTES) {
    return name;
  }
  const hash = nodeCrypto().createHash("sha256").update(name).digest("hex").slice(0, 16);
  const characters = Array.from(name);
  while (Buffer.byteLength(characters.join("")) > MAX_STEM_BYTES - hash.length - 1) {
    characters.pop();
  }
  return `${characters.join("")}~${hash}`;
}

let thisMachine: string | undefined;

/** This machine in temp names: 8 hex digits of its host name's hash (a host name may be 253 bytes long). */
function machineTag(): string {
  thisMachine ??= nodeCrypto().createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
  return thisMachine;
}

/** The temp name used for `target`: `.name.<machine>-<pid>.<random>.tmp` in the same directory (rename is atomic). */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${tempStem(basename(target))}.${machineTag()}-${process.pid}.${nodeCrypto().randomBytes(6).toString("hex")}.tmp`,
  );
}

/** A temp name of ours, by parts (the machine is absent in names written before it was part of them). */
export interface TempName {
  readonly stem: string;
  readonly machine: string | undefined;
  readonly pid: number;
}

const TEMP = /^\.(.+)\.(?:([0-9a-f]{8})-)?(\d+)\.[0-9a-f]{12}\.tmp$/;

/** `name` as one of our temp names, or undefined. */
export function parseTempName(name: string): TempName | undefined {
  const match = TEMP.exec(name);
  return match ? { stem: match[1] ?? "", machine: match[2], pid: Number(match[3]) } : undefined;
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

/**
 * How long another machine's temp file must go unwritten before it counts as a killed writer's: its process
 * cannot be asked, and a download in progress writes to its file far more often than this.
 */
export const FOREIGN_TEMP_IDLE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the temp files that writers of `target` left when they were killed: on this machine, those whose
 * process is gone; of another machine, those untouched for FOREIGN_TEMP_IDLE_MS. A temp file of a live process
 * (this one included) is another write in progress and stays.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const temp = parseTempName(entry);
    if (temp?.stem !== tempStem(basename(target)) || (await writerMayRun(temp, join(dir, entry)))) {
      continue;
    }
    await rm(join(dir, entry), { force: true, recursive: true });
    removed.push(join(dir, entry));
  }
  return removed;
}

async function writerMayRun(temp: TempName, path: string): Promise<boolean> {
  if (temp.machine === undefined || temp.machine === machineTag()) {
    return temp.pid === process.pid || pidAlive(temp.pid);
  }
  const modified = await stat(path).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
  return modified === undefined || Date.now() - modified < FOREIGN_TEMP_IDLE_MS;
}

/** Where a write to a path lands, and what the file there is (absent: a new file, with the default mode). */
export interface WriteTarget {
  /** The path itself, or the final target of the symbolic link(s) it is. */
  readonly path: string;
  /** The existing file's permission bits (`& 0o7777`). */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
}

/** As the kernel's limit on links followed while resolving one path. */
const MAX_LINKS = 40;

function kindOf(info: Stats): string {
  return info.isFile()
    ? "a regular file"
    : info.isDirectory()
      ? "a folder"
      : info.isFIFO()
        ? "a FIFO"
        : info.isCharacterDevice() || info.isBlockDevice()
          ? "a device"
          : "a socket";
}

/**
 * Follows `target` through symbolic links (a dangling one: to the file it names) to what a write replaces: a
 * regular file (or with `folder`, a folder). Anything else is refused: the rename would replace a device, a FIFO
 * or a socket (/dev/null by a regular file, as root).
 */
export async function writeTargetOf(target: string, folder = false): Promise<WriteTarget> {
  let path = resolve(target);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return { path };
      }
      throw writeErrorOf(path, "write", error);
    }
    if (folder ? info.isDirectory() : info.isFile()) {
      return { path, mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
    }
    if (!info.isSymbolicLink()) {
      throw new WriteError(path, `not written: it is ${kindOf(info)}, not ${folder ? "a folder" : "a regular file"}`, "EEXIST");
    }
    path = resolve(dirname(path), await readlink(path));
  }
  throw new WriteError(target, `cannot write: ${REASONS.ELOOP}`, "ELOOP");
}

/** A temp file beside a write target, open for writing, already carrying the target's mode and owner. */
export interface TempFile {
  /** Where the temp file will be renamed to (the final target of a symbolic link). */
  readonly target: string;
  readonly temp: string;
  readonly handle: FileHandle;
}

/**
 * Creates the temp file for `target` (after removing stale ones of killed writers). It is created with the
 * existing file's mode from the start, so that a private file's new content is never readable by others.
 */
export async function openTempFor(target: string): Promise<TempFile> {
  const where = await writeTargetOf(target);
  await removeStaleTemps(where.path);
  const temp = tempPathFor(where.path);
  let handle: FileHandle;
  try {
    handle = await open(temp, "wx", where.mode === undefined ? 0o666 : where.mode & 0o777);
  } catch (error) {
    throw writeErrorOf(where.path, "write", error);
  }
  try {
    if (where.uid !== undefined && where.gid !== undefined && (where.uid !== process.getuid?.() || where.gid !== process.getgid?.())) {
      // another user's file keeps its owner where we are allowed to give it (root); elsewhere it becomes ours
      await handle.chown(where.uid, where.gid).catch(() => undefined);
    }
    if (where.mode !== undefined) {
      await handle.chmod(where.mode); // exact: the umask cleared bits the file had, a chown cleared set-id bits
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw writeErrorOf(where.path, "write", error);
  }
  return { target: where.path, temp, handle };
}

/**
 * Writes `target` through `write` into a temp file beside it, then fsync, rename, fsync of the directory; stale
 * temps of killed writers are removed first. On failure (a full disk included) the temp file goes and `target` is
 * untouched. A symbolic link is written through (see above).
 */
export async function writeAtomic<T>(target: string, write: (handle: FileHandle) => Promise<T>): Promise<T> {
  const { target: path, temp, handle } = await openTempFor(target);
  let result: T;
  try {
    try {
      result = await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    // errors of `write` itself (a PackageError, a download failure) are the caller's to word
    throw isWriteFailure(error) ? writeErrorOf(path, "write", error) : error;
  }
  await syncDirectory(dirname(path));
  return result;
}

/** A system call of the writing itself failed (a full disk, a read-only folder), not the reading of what is written. */
export function isWriteFailure(error: unknown): boolean {
  const syscall = (error as NodeJS.ErrnoException).syscall;
  return (
    !(error instanceof WriteError) &&
    syscall !== undefined &&
    ["write", "writev", "fsync", "fdatasync", "close", "rename", "mkdir", "rmdir", "chmod", "fchmod", "fchown"].includes(syscall)
  );
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

/**
 * `mkdir -p` with the real reason when it fails: Node's recursive mkdir says ENOENT for a folder it cannot create
 * on a read-only file system; the deepest missing folder is tried on its own to learn why.
 */
export async function makeDirectory(path: string): Promise<void> {
  const absolute = resolve(path);
  try {
    await mkdir(absolute, { recursive: true });
    return;
  } catch (error) {
    let failing = absolute;
    let cause: unknown = error;
    for (let dir = absolute; dir !== parse(dir).root; dir = dirname(dir)) {
      try {
        await mkdir(dir);
        break; // created: the folders below it are what failed, with `cause`
      } catch (inner) {
        const code = (inner as NodeJS.ErrnoException).code;
        if (code === "EEXIST") {
          break;
        }
        if (code !== "ENOENT") {
          [failing, cause] = [dir, inner];
        }
      }
    }
    throw writeErrorOf(failing, "create the folder", cause);
  }
}
