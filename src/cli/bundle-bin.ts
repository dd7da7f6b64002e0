// The built CLI's launcher (dist/cli/launch.cjs, which dist/cli/bin.js requires; scripts/bundle-cli.ts): the
// program's chunks loaded with V8's code cache (bundle-loader.ts). In a `validate --jobs` worker (validate-jobs.ts)
// it loads the command's chunk instead. CommonJS, so that a worker requires it without starting the ES module
// loader, and its Node modules come without ES module facades.
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import type * as WorkerThreads from "node:worker_threads";
import { BundleLoader, codeCacheDir } from "./bundle-loader.js";

/** The package version and this file's path, written in by the build. */
declare const BUNDLE_VERSION: string;
declare const LAUNCHER_FILE: string;

const loader = new BundleLoader(codeCacheDir(BUNDLE_VERSION));
// a worker of the bundle starts here too (validate-jobs.ts reads this mark), to load its chunk with the cache
(globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.bundle-launcher")] = LAUNCHER_FILE;
// (node:worker_threads only in a worker: loading it costs a CLI call milliseconds)
if ((globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.validate-worker")] === true) {
  const { workerData } = createRequire(LAUNCHER_FILE)("node:worker_threads") as typeof WorkerThreads;
  const data: unknown = workerData;
  if (typeof data === "object" && data !== null && "bundleChunk" in data && typeof data.bundleChunk === "string") {
    loader.load(data.bundleChunk);
  }
} else {
  // the main thread keeps what it compiled (workers end without exit handlers when terminated)
  process.once("exit", () => loader.save());
  loader.load(join(dirname(LAUNCHER_FILE), "main.cjs"));
}
