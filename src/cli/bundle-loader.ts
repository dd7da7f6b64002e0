// How the built CLI (dist/cli/bin.js, scripts/bundle-cli.ts) loads its chunks: each is a CommonJS-style function
// body compiled with vm.Script, given V8's code cache for it when a good one is stored. Compiling the chunks a
// run needs (1.5 MB for a bulk validation: validators, rules, parsers) was a large part of what a CLI call costs;
// Node 20 keeps no compilation of ES modules between runs (module.enableCompileCache is Node >= 22.1), and
// vm.Script's cached data is the way it has. The code is written at exit for every chunk compiled without a
// usable cache, after the run, so that it holds the functions the run compiled (lazily compiled functions are
// most of the code).
//
// V8 checks little of what it is given by default: the cache of another source of the same length is taken, and
// so is one with a flipped byte (which can crash). So a cache file holds the chunk's source before the code, and
// is used only for that very source; and V8 checksums the code it writes and verifies it when it reads
// (--verify-snapshot-checksum, set at run time: a rejected cache counts as missing and is written again). Not
// node:crypto, whose loading alone costs more than all of that. Files are written to a temporary name and
// renamed (concurrent runs share a folder). Nothing here may fail a run: a folder that cannot be read or written
// only means compiling without a cache.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { userCacheDir } from "../engine/node/user-cache-dir.js";

/** The parameters of a chunk's function (scripts/bundle-cli.ts writes chunks that use them). */
const PARAMETERS = "exports, require, module, __filename, __dirname, __meta, __importChunk";
/** A chunk's relative imports name the ES module files esbuild wrote; the loader's chunks have this extension. */
export const CHUNK_EXTENSION = ".cjs";
/** A cache file starts with the length of the source it holds (4 bytes, little-endian). */
const LENGTH_BYTES = 4;

/**
 * The code cache folder: BIOIMAGE_SPECS_CODE_CACHE (a folder, or `off`), else the user cache folder's
 * bioimage-specs/code-cache, one folder per package version and Node build (V8 takes only its own version's code).
 */
export function codeCacheDir(version: string): string | undefined {
  const setting = process.env.BIOIMAGE_SPECS_CODE_CACHE;
  if (setting === "off" || setting === "0") {
    return undefined;
  }
  return join(setting || join(userCacheDir("bioimage-specs"), "code-cache"), `${version}-node${process.version}-${process.arch}`);
}

interface LoadedChunk {
  readonly exports: object;
}

/** What a loader did, for its tests. */
export interface CodeCacheCounts {
  /** chunks compiled with their stored code */
  hits: number;
  /** chunks compiled without (none stored, a bad file, or V8 refused it) */
  misses: number;
  /** cache files written */
  written: number;
}

export class BundleLoader {
  readonly counts: CodeCacheCounts = { hits: 0, misses: 0, written: 0 };
  private readonly loaded = new Map<string, LoadedChunk>();
  private readonly uncached: { readonly script: Script; readonly file: string; readonly source: Buffer }[] = [];

  /** `cacheDir`: where code is kept (undefined: no cache). */
  constructor(private readonly cacheDir: string | undefined) {
    if (cacheDir !== undefined) {
      // before any code is compiled: the flag is part of what V8's caches must agree on
      setFlagsFromString("--verify-snapshot-checksum");
    }
  }

  /** The exports of the chunk at `file` (an absolute path), run once. */
  load(file: string): object {
    const known = this.loaded.get(file);
    if (known) {
      return known.exports;
    }
    const chunk = { exports: {} };
    this.loaded.set(file, chunk);
    const source = readFileSync(file);
    const cached = this.cacheDir === undefined ? undefined : this.storedCode(file, source);
    const script = new Script(`(function (${PARAMETERS}) {${source.toString("utf8")}\n})`, { filename: file, cachedData: cached });
    if (cached !== undefined && !script.cachedDataRejected) {
      this.counts.hits++;
    } else {
      this.counts.misses++;
      if (this.cacheDir !== undefined) {
        this.uncached.push({ script, file, source });
      }
    }
    const folder = dirname(file);
    const nodeRequire = createRequire(file);
    const paths = new Map<string, string>();
    const chunkPath = (specifier: string): string => {
      let path = paths.get(specifier);
      if (path === undefined) {
        path = resolve(folder, specifier.replace(/\.js$/, CHUNK_EXTENSION));
        paths.set(specifier, path);
      }
      return path;
    };
    const requireFn = (specifier: string): unknown =>
      specifier.startsWith(".") ? this.load(chunkPath(specifier)) : nodeRequire(specifier);
    // a chunk as it is; a package or a Node module as Node imports it (a missing optional package fails as an import)
    const importChunk = (specifier: string): Promise<unknown> =>
      specifier.startsWith(".") ? Promise.resolve().then(() => this.load(chunkPath(specifier))) : import(specifier);
    // import.meta: the URL only when asked for (few chunks do)
    let url: string | undefined;
    const meta = {
      get url(): string {
        url ??= pathToFileURL(file).href;
        return url;
      },
      dirname: folder,
    };
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(chunk.exports, chunk.exports, requireFn, chunk, file, folder, meta, importChunk);
    return chunk.exports;
  }

  /** The code stored for a chunk, if a file is there and holds this very source. */
  private storedCode(file: string, source: Buffer): Buffer | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.cachePath(file));
    } catch {
      return undefined;
    }
    const start = LENGTH_BYTES + source.length;
    const same = bytes.length > start && bytes.readUInt32LE(0) === source.length && bytes.subarray(LENGTH_BYTES, start).equals(source);
    return same ? bytes.subarray(start) : undefined;
  }

  private cachePath(file: string): string {
    return join(this.cacheDir ?? "", `${basename(file)}.v8`);
  }

  /**
   * The code of every chunk compiled without a cache, written to the cache folder, and the files of chunks no
   * longer in the bundle removed. Never throws.
   */
  save(): void {
    const dir = this.cacheDir;
    if (dir === undefined || this.uncached.length === 0) {
      return;
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return;
    }
    for (const { script, file, source } of this.uncached) {
      const target = this.cachePath(file);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        const length = Buffer.alloc(LENGTH_BYTES);
        length.writeUInt32LE(source.length);
        writeFileSync(temporary, Buffer.concat([length, source, script.createCachedData()]));
        renameSync(temporary, target);
        this.counts.written++;
      } catch {
        rmSync(temporary, { force: true });
      }
    }
    this.prune(dir, new Set([...this.loaded.keys()].map((file) => dirname(file))));
  }

  /** Cache files of chunks that are not in the bundle's folders any more (an earlier build of this version). */
  private prune(dir: string, folders: ReadonlySet<string>): void {
    try {
      const chunks = new Set([...folders].flatMap((folder) => readdirSync(folder)));
      for (const name of readdirSync(dir)) {
        if (name.endsWith(".v8") && !chunks.has(name.slice(0, -".v8".length))) {
          rmSync(join(dir, name), { force: true });
        }
      }
    } catch {
      // an unreadable folder: nothing pruned
    }
  }
}
