// The built CLI's bin (dist/cli/bin.js, scripts/bundle-cli.ts): the program's chunks loaded with V8's code cache
// (bundle-loader.ts). In a `validate --jobs` worker (validate-jobs.ts) it loads the command's chunk instead.
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as WorkerThreads from "node:worker_threads";
import { BundleLoader, codeCacheDir } from "./bundle-loader.js";

/** The package version, written in by the build. */
declare const BUNDLE_VERSION: string;

const loader = new BundleLoader(codeCacheDir(BUNDLE_VERSION));
// a worker of the bundle starts here too (validate-jobs.ts reads this mark), to load its chunk with the cache
(globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.bundle-launcher")] = import.meta.url;
// (node:worker_threads only in a worker: loading it costs a CLI call milliseconds)
if ((globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.validate-worker")] === true) {
  const { workerData } = createRequire(import.meta.url)("node:worker_threads") as typeof WorkerThreads;
  const data: unknown = workerData;
  if (typeof data === "object" && data !== null && "bundleChunk" in data && typeof data.bundleChunk === "string") {
    loader.load(data.bundleChunk);
  }
} else {
  // the main thread keeps what it compiled (workers end without exit handlers when terminated)
  process.once("exit", () => loader.save());
  loader.load(join(dirname(fileURLToPath(import.meta.url)), "main.cjs"));
}
