// The built CLI's chunk loader and its code cache, on a small bundle of its own. Each load runs in a fresh Node
// process, as the CLI does: within one process V8 reuses its own compilation and never looks at a stored cache.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { codeCacheDir } from "../../src/cli/bundle-loader.js";
import { REPO } from "../helpers/fixture-codegen.js";

const exec = promisify(execFile);

let dir = "";
let bundle = "";
let cache = "";

/** A chunk that computes something, so that running stale code would show. */
function chunk(name: string, value: number): string {
  return `const shared = require("./shared.js");\nmodule.exports = { value: shared.base() + ${value}, name: ${JSON.stringify(name)} };\n`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bundle-loader-"));
  bundle = join(dir, "cli");
  cache = join(dir, "cache");
  mkdirSync(join(bundle, "chunks"), { recursive: true });
  writeFileSync(
    join(bundle, "main.cjs"),
    [
      'const a = require("./chunks/a.js");',
      // a dynamic import as the build writes it
      'module.exports = { ready: __importChunk("./chunks/b.js").then((b) => a.value * 1000 + b.value), url: __meta.url, dirname: __meta.dirname };',
    ].join("\n"),
  );
  writeFileSync(join(bundle, "chunks", "shared.cjs"), `module.exports = { base: () => ${"1 + ".repeat(200)}0 };\n`);
  writeFileSync(join(bundle, "chunks", "a.cjs"), chunk("a", 2));
  writeFileSync(join(bundle, "chunks", "b.cjs"), chunk("b", 3));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The bundle loaded (and the cache saved) in a new process: what it computed and the loader's counts. */
interface Run {
  readonly result: number;
  readonly url: string;
  readonly dirname: string;
  readonly hits: number;
  readonly misses: number;
  readonly written: number;
}

async function run(cacheDir: string | undefined): Promise<Run> {
  const script = join(dir, "run.mts");
  writeFileSync(
    script,
    [
      `import { BundleLoader } from ${JSON.stringify(join(REPO, "src/cli/bundle-loader.ts"))};`,
      `const loader = new BundleLoader(${JSON.stringify(cacheDir)});`,
      `const main = loader.load(${JSON.stringify(join(bundle, "main.cjs"))}) as { ready: Promise<number>; url: string; dirname: string };`,
      "const result = await main.ready;",
      "loader.save();",
      "process.stdout.write(JSON.stringify({ result, url: main.url, dirname: main.dirname, ...loader.counts }));",
    ].join("\n"),
  );
  const { stdout } = await exec(process.execPath, ["--import", "tsx", script], { cwd: REPO });
  return JSON.parse(stdout) as Run;
}

const cacheFiles = (): string[] => readdirSync(cache).sort();

describe("the chunk loader's code cache", () => {
  test("a first run compiles and stores every chunk it loaded; the next one takes them", async () => {
    const first = await run(cache);
    expect(first).toMatchObject({ result: (200 + 2) * 1000 + 200 + 3, hits: 0, misses: 4, written: 4 });
    expect(first).toMatchObject({ url: pathToFileURL(join(bundle, "main.cjs")).href, dirname: bundle });
    expect(cacheFiles()).toEqual(["a.cjs.v8", "b.cjs.v8", "main.cjs.v8", "shared.cjs.v8"]);
    const second = await run(cache);
    expect(second).toMatchObject({ result: first.result, hits: 4, misses: 0, written: 0 });
  });

  test("a corrupt or truncated cache file is not used (V8 would take it unchecked) and is written again", async () => {
    await run(cache);
    // a byte of the code flipped (V8's checksum), and a file cut short
    const a = join(cache, "a.cjs.v8");
    const bytes = readFileSync(a);
    const code = 4 + bytes.readUInt32LE(0);
    const flipped = code + ((bytes.length - code) >> 1);
    bytes[flipped] = (bytes[flipped] ?? 0) ^ 0x55;
    writeFileSync(a, bytes);
    const b = join(cache, "b.cjs.v8");
    writeFileSync(b, readFileSync(b).subarray(0, code + 16));
    const after = await run(cache);
    expect(after).toMatchObject({ result: 202203, hits: 2, misses: 2, written: 2 });
    expect(await run(cache)).toMatchObject({ hits: 4, misses: 0 });
  });

  test("the cache of another source is not used, even of the same length (V8 checks only the length)", async () => {
    const before = await run(cache);
    writeFileSync(join(bundle, "chunks", "a.cjs"), chunk("a", 7));
    const after = await run(cache);
    expect(after).toMatchObject({ result: before.result + 5000, hits: 3, misses: 1, written: 1 });
  });

  test("files of chunks no longer in the bundle are removed when the cache is written", async () => {
    mkdirSync(cache);
    writeFileSync(join(cache, "gone-1234.cjs.v8"), "old");
    writeFileSync(join(cache, "notes.txt"), "not ours");
    await run(cache);
    expect(cacheFiles()).toEqual(["a.cjs.v8", "b.cjs.v8", "main.cjs.v8", "notes.txt", "shared.cjs.v8"]);
  });

  test("a cache folder that cannot be written costs nothing but the cache", async () => {
    writeFileSync(join(dir, "a-file"), "");
    const unwritable = join(dir, "a-file", "cache");
    expect(await run(unwritable)).toMatchObject({ result: 202203, hits: 0, misses: 4, written: 0 });
    expect(await run(undefined)).toMatchObject({ result: 202203, hits: 0, misses: 4, written: 0 });
    expect(existsSync(cache)).toBe(false);
  });

  test("the folder: one per version and Node build, BIOIMAGE_SPECS_CODE_CACHE moves it or turns it off", () => {
    const saved = process.env.BIOIMAGE_SPECS_CODE_CACHE;
    try {
      process.env.BIOIMAGE_SPECS_CODE_CACHE = "/somewhere";
      expect(codeCacheDir("1.2.3")).toBe(join("/somewhere", `1.2.3-node${process.version}-${process.arch}`));
      process.env.BIOIMAGE_SPECS_CODE_CACHE = "off";
      expect(codeCacheDir("1.2.3")).toBeUndefined();
      delete process.env.BIOIMAGE_SPECS_CODE_CACHE;
      expect(codeCacheDir("1.2.3")).toMatch(/bioimage-specs[\\/]+(Cache[\\/]+)?code-cache[\\/]+1\.2\.3-node/);
    } finally {
      if (saved === undefined) {
        delete process.env.BIOIMAGE_SPECS_CODE_CACHE;
      } else {
        process.env.BIOIMAGE_SPECS_CODE_CACHE = saved;
      }
    }
  });
});
