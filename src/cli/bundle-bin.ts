// The built CLI's bin (dist/cli/bin.js, scripts/bundle-cli.ts): the program's chunks loaded with V8's code cache
// (bundle-loader.ts). In a `validate --jobs` worker (validate-jobs.ts) it loads the command's chunk instead.
import { isMainThread, workerData } from "node:worker_threads";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BundleLoader, codeCacheDir } from "./bundle-loader.js";

/** The package version, written in by the build. */
declare const BUNDLE_VERSION: string;

const loader = new BundleLoader(codeCacheDir(BUNDLE_VERSION));
// a worker of the bundle starts here too (validate-jobs.ts reads this mark), to load its chunk with the cache
(globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.bundle-launcher")] = import.meta.url;
const chunk: unknown = isMainThread ? undefined : (workerData as { bundleChunk?: unknown } | null)?.bundleChunk;
if (typeof chunk === "string") {
  loader.load(chunk);
} else {
  // the main thread keeps what it compiled (workers end without exit handlers when terminated)
  process.once("exit", () => loader.save());
  loader.load(join(dirname(fileURLToPath(import.meta.url)), "main.cjs"));
}
