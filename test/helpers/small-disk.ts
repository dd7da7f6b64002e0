// Real file systems that run out of space or do not take writes, for the tests of what a full disk or a
// read-only mount leaves behind: a small tmpfs mounted for the test (Linux, as root: CI runs as root). Elsewhere
// `mountSmallDisk` returns undefined and the tests use the stand-ins of fault-hooks.ts (FAULT_DISK_FREE,
// FAULT_READ_ONLY) on an ordinary folder; each test runs both ways where it can.
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, statfsSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SmallDisk {
  readonly dir: string;
  /** Leaves about `bytes` free (a filler file takes the rest); `fill(0)`: nothing at all. */
  fill(bytes: number): void;
  /** Frees what `fill` took. */
  empty(): void;
  unmount(): void;
}

const FILLER = ".filler";

/** A tmpfs of `size` bytes (read-only with `readOnly`), or undefined where this process cannot mount one. */
export function mountSmallDisk(size: number, readOnly = false): SmallDisk | undefined {
  if (process.platform !== "linux" || process.getuid?.() !== 0) {
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "small-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}${readOnly ? ",ro" : ""}`, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    rmdirSync(dir);
    return undefined; // a container without the right to mount
  }
  return {
    dir,
    fill(bytes) {
      const fd = openSync(join(dir, FILLER), "a");
      const chunk = Buffer.alloc(64 << 10);
      try {
        for (;;) {
          const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
          if (free <= bytes) {
            break;
          }
          writeSync(fd, chunk, 0, Math.min(chunk.length, free - bytes));
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") {
          throw error;
        }
      } finally {
        closeSync(fd);
      }
    },
    empty() {
      rmSync(join(dir, FILLER), { force: true });
    },
    unmount() {
      execFileSync("umount", ["-l", dir], { stdio: "ignore" });
      rmdirSync(dir);
    },
  };
}
