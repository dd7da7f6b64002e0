// Preloaded into a child process (`node --import tsx --import ./test/helpers/fault-hooks.ts ...`) to stop it at
// a chosen point of its writes, so that a test can kill it exactly there: FAULT_AT=<call>:<n> stops at the n-th
// call (1-based) of FileHandle `write`, `writeFile` or `sync`, or of fs/promises `rename`. The process prints
// "FAULT <call>:<n>" on stderr and waits; the test kills it with SIGKILL.
// Where no small file system can be mounted (test/helpers/small-disk.ts), two more stand in for one:
// FAULT_DISK_FREE=<bytes>: writes fail with ENOSPC once that many bytes were written (a full disk);
// FAULT_READ_ONLY=<folder>: creating files or folders under it fails with EROFS (Node's recursive mkdir says
// ENOENT there, as it does on a read-only mount).
import { syncBuiltinESMExports } from "node:module";
import fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [call, nth] = (process.env.FAULT_AT ?? "").split(":");
const target = Number(nth);
let seen = 0;

function stopHere(): Promise<never> {
  process.stderr.write(`FAULT ${call}:${target}\n`);
  return new Promise<never>(() => setInterval(() => undefined, 1 << 30));
}

function hook<T extends object>(owner: T, name: string): void {
  const original = (owner as Record<string, unknown>)[name] as (...args: unknown[]) => Promise<unknown>;
  (owner as Record<string, unknown>)[name] = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    if (name === call && ++seen === target) {
      return stopHere();
    }
    return original.apply(this, args);
  };
}

function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = {
    ENOSPC: "no space left on device",
    EROFS: "read-only file system",
    ENOENT: "no such file or directory",
  };
  const error: NodeJS.ErrnoException = new Error(`${code}: ${messages[code] ?? code}, ${syscall}${path ? ` '${path}'` : ""}`);
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) {
    error.path = path;
  }
  return error;
}

const free = process.env.FAULT_DISK_FREE;
const readOnly = process.env.FAULT_READ_ONLY;

async function fileHandlePrototype(): Promise<Record<string, unknown>> {
  const probe = await fsp.open(join(tmpdir(), `.fault-hooks-${process.pid}`), "w");
  const prototype = Object.getPrototypeOf(probe) as Record<string, unknown>;
  await probe.close();
  await fsp.rm(join(tmpdir(), `.fault-hooks-${process.pid}`), { force: true });
  return prototype;
}

if (free !== undefined && free !== "") {
  let left = Number(free);
  const spend = (bytes: number): void => {
    left -= bytes;
    if (left < 0) {
      throw systemError("ENOSPC", "write");
    }
  };
  const sizeOf = (data: unknown): number =>
    typeof data === "string" ? Buffer.byteLength(data) : ArrayBuffer.isView(data) ? data.byteLength : 0;
  const prototype = await fileHandlePrototype();
  for (const name of ["write", "writeFile", "appendFile"]) {
    const original = prototype[name] as (...args: unknown[]) => Promise<unknown>;
    prototype[name] = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
      spend(sizeOf(args[0]));
      return original.apply(this, args);
    };
  }
  const writeFile = fsp.writeFile;
  fsp.writeFile = (async (path: Parameters<typeof fsp.writeFile>[0], data: unknown, ...rest: unknown[]) => {
    spend(sizeOf(data));
    return (writeFile as (...args: unknown[]) => Promise<void>)(path, data, ...rest);
  }) as typeof fsp.writeFile;
  syncBuiltinESMExports();
}

if (readOnly !== undefined && readOnly !== "") {
  const under = (path: unknown): boolean => String(path).startsWith(`${readOnly}/`); // the folder itself exists
  const mkdir = fsp.mkdir;
  fsp.mkdir = (async (path: string, options?: { recursive?: boolean }) => {
    if (under(path)) {
      throw systemError(options?.recursive === true ? "ENOENT" : "EROFS", "mkdir", String(path));
    }
    return mkdir(path, options);
  }) as typeof fsp.mkdir;
  const open = fsp.open;
  fsp.open = (async (path: string, flags?: string | number, mode?: number) => {
    if (under(path) && typeof flags === "string" && /[wax+]/.test(flags)) {
      throw systemError("EROFS", "open", String(path));
    }
    return open(path, flags, mode);
  }) as typeof fsp.open;
  syncBuiltinESMExports();
}

if (call !== undefined && call !== "") {
  const probe = await fsp.open(join(tmpdir(), `.fault-hooks-${process.pid}`), "w");
  const fileHandle = Object.getPrototypeOf(probe) as object;
  await probe.close();
  await fsp.rm(join(tmpdir(), `.fault-hooks-${process.pid}`), { force: true });
  for (const name of ["write", "writeFile", "sync"]) {
    hook(fileHandle, name);
  }
  hook(fsp, "rename");
  syncBuiltinESMExports();
}
