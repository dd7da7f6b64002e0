// Preloaded into a child process (`node --import tsx --import ./test/helpers/fault-hooks.ts ...`) to stop it at
// a chosen point of its writes, so that a test can kill it exactly there: FAULT_AT=<call>:<n> stops at the n-th
// call (1-based) of FileHandle `write`, `writeFile` or `sync`, or of fs/promises `rename`. The process prints
// "FAULT <call>:<n>" on stderr and waits; the test kills it with SIGKILL.
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
