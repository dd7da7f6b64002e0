// The threads that deflate a package's big files (engine/node/deflate-pool.ts) take about a tenth of a second to
// boot and touch their memory: started before the source is checked, or by the CLI before it loads the rest of
// itself, they are ready when the first big file is read.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DeflatePool } from "../../engine/node/deflate-pool.js";
import { startZipThreads, ZIP_CHUNK } from "../../engine/node/zip-writer.js";
import { isUrl } from "../../engine/files.js";
import type { SourceInput } from "./sources.js";

/**
 * Whether the folder of a local source holds a file big enough for the zip threads (a few chunks). A guess from the
 * first entries of the folder only; synchronous, so that the threads start at once, even while the caller goes on
 * loading modules without giving the event loop a turn (the CLI).
 */
function likelyBigFiles(source: SourceInput): boolean {
  if (typeof source !== "string" || isUrl(source)) {
    return false;
  }
  const size = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  try {
    const folder = statSync(source, { throwIfNoEntry: false })?.isDirectory() ? source : dirname(source);
    return readdirSync(folder)
      .slice(0, 64)
      .some((name) => size(join(folder, name)) >= 4 * ZIP_CHUNK);
  } catch {
    return false; // a folder that cannot be read: packaging says why
  }
}

function startFor(source: SourceInput): DeflatePool | undefined {
  return likelyBigFiles(source) ? startZipThreads() : undefined;
}

/** Threads started ahead for one source, until a packaging of it takes them. */
let ahead: { readonly source: string; readonly pool: DeflatePool | undefined } | undefined;

/**
 * Starts the zip threads for packaging `source` now, when its folder holds big files: the next zipThreadsFor(source)
 * takes them over. Unused, they do not keep the process alive.
 */
export function startZipThreadsAhead(source: string): void {
  ahead = { source, pool: startFor(source) };
}

/** The zip threads for packaging `source`: those started ahead for it, or new ones when it has big files, or none. */
export function zipThreadsFor(source: SourceInput): DeflatePool | undefined {
  if (ahead !== undefined && ahead.source === source) {
    const { pool } = ahead;
    ahead = undefined;
    return pool;
  }
  return startFor(source);
}
