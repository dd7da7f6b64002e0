// The benchmarks measure the build users run: dist/ (tsc's output; `make bench` builds it first), not the sources
// through tsx, whose transform names every closure as it is created (a function call each time: several times
// slower on the rules' hot paths).
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const DIST = join(import.meta.dirname, "..", "dist");

/** The module at `path` under dist/ (e.g. "src/engine/load/parse.js"), typed as its source: `shipped<typeof Parse>(...)`. */
export async function shipped<Module>(path: string): Promise<Module> {
  return (await import(pathToFileURL(join(DIST, path)).href)) as Module;
}
