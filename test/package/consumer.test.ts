// The package as a user gets it: `npm pack` of the built dist/ (make build), installed from the tarball into a
// temporary project (offline: its dependencies are packed from this repository's node_modules), then typechecked
// under moduleResolution node16 and bundler (strict), run through every entry of `exports` and the bin, the
// browser entries bundled by esbuild for the browser (no node: import; gzip sizes printed), and checked by attw
// (ESM profile) and publint. The install's size and package count are printed too.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO } from "../helpers/fixture-codegen.js";

const exec = promisify(execFile);
const FIXTURES = join(REPO, "test/package/fixtures/consumer");
const BIN = join(REPO, "node_modules/.bin");

interface Lock {
  readonly packages: Record<string, { version?: string; dev?: boolean; dependencies?: Record<string, string> }>;
}

/** The runtime dependencies of the package, transitively, as installed in this repository (lockfile paths). */
function runtimeDependencies(): string[] {
  const lock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as Lock;
  const found = new Set<string>();
  const visit = (from: string): void => {
    for (const name of Object.keys(lock.packages[from]?.dependencies ?? {})) {
      // Node's lookup: the nearest node_modules upwards from the dependent package.
      let base = from;
      let path = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
      while (lock.packages[path] === undefined && base !== "") {
        base = base.includes("/node_modules/") ? base.slice(0, base.lastIndexOf("/node_modules/")) : "";
        path = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
      }
      if (!found.has(path)) {
        found.add(path);
        visit(path);
      }
    }
  };
  visit("");
  return [...found].sort();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function directorySize(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? directorySize(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return bytes;
}

/** Diagnostics of a TypeScript program over `files` with `options` (the consumer's tsconfig). */
function typecheck(files: readonly string[], options: ts.CompilerOptions, emitTo?: string): string[] {
  const program = ts.createProgram([...files], { ...options, ...(emitTo ? { outDir: emitTo, noEmit: false } : { noEmit: true }) });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...(emitTo ? program.emit().diagnostics : [])];
  return diagnostics.map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${relative(app, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

const STRICT: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, skipLibCheck: false };

let work = "";
let app = "";
let tarball = "";

beforeAll(async () => {
  const built = join(REPO, "dist/.built");
  if (!existsSync(built) || newestMtime(join(REPO, "src")) > statSync(built).mtimeMs) {
    throw new Error("dist/ is missing or older than src/: run make build (make test does)");
  }
  work = join(tmpdir(), `bioimage-specs-consumer-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  app = join(work, "app");
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(app);
  const packed = await exec(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", tarballs, ".", ...runtimeDependencies().map((path) => `./${path}`)],
    { cwd: REPO, maxBuffer: 64 * 2 ** 20 },
  );
  const files = (JSON.parse(packed.stdout) as { filename: string }[]).map((p) =>
    join(tarballs, p.filename.replace(/^@/, "").replace("/", "-")),
  );
  tarball = files[0] ?? "";
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...files], { cwd: app });
  for (const file of readdirSync(FIXTURES)) {
    writeFileSync(join(app, file), readFileSync(join(FIXTURES, file)));
  }
}, 240_000);

afterAll(() => {
  if (work !== "") {
    rmSync(work, { recursive: true, force: true });
  }
});

describe("the packed package, installed", () => {
  test("holds dist/, the specs, the editor schemas, README and LICENSE, and no sources or tests", () => {
    const root = join(app, "node_modules/bioimage-specs");
    for (const path of [
      "dist/src/index.js",
      "dist/src/index.d.ts",
      "dist/cli/bin.js",
      "dist/generated/validators/bioimageio/model/0.5.js",
      "specs",
      "generated/jsonschema",
      "README.md",
      "LICENSE",
    ]) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    for (const path of ["src", "test", "codegen", "dist/src/cli", "dist/src/langs", "dist/.built"]) {
      expect(existsSync(join(root, path)), path).toBe(false);
    }
    const packages = readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."));
    // eslint-disable-next-line no-console
    console.log(
      `installed: ${packages.length} packages (${packages.join(", ")}), ${(directorySize(join(app, "node_modules")) / 2 ** 20).toFixed(1)} MiB; tarball ${(statSync(tarball).size / 2 ** 20).toFixed(2)} MiB`,
    );
    expect(packages).not.toContain("quicktype-core");
    expect(packages).not.toContain("@types");
  });

  test("typechecks and runs every entry (node16), and typechecks under bundler resolution", async () => {
    const node = { ...STRICT, types: ["node"], typeRoots: [join(REPO, "node_modules/@types")] };
    expect(
      typecheck(
        [join(app, "app.ts")],
        { ...node, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
        join(app, "out"),
      ),
    ).toEqual([]);
    expect(
      typecheck([join(app, "app.ts")], { ...node, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }),
    ).toEqual([]);
    const run = await exec("node", [join(app, "out/app.js"), join(REPO, "examples"), work], { cwd: app });
    expect(JSON.parse(run.stdout)).toEqual({
      kind: "bioimageio",
      root: "valid-format",
      node: [true, "model", "0.5.7", "string"],
      bioimageio: [true, "valid-format"],
      migrated: "0.5.7",
      positions: { file: "invalid.yaml", line: 43, col: 9 },
      model: ["bioimageio/model/0.5", "raw"],
      packageWithoutFiles: `${join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml")} is invalid:`, // its files are not in examples/
      fractal: ["passed", "2"],
      fractalNode: true,
      croissant: [true],
      copick: ["passed", "passed"],
      copickNode: ["CopickRootFS", 1],
      validators: [true, true],
      validatorErrors: [
        "size: Extra inputs are not permitted",
        { loc: ["inputs", 0, "axes", 1, "size"], msg: "Extra inputs are not permitted", type: "extra_forbidden" },
      ],
      jsonschema: "https://bioimage-specs.org/jsonschema/bioimageio/model/0.5.json",
      packageJson: "bioimage-specs",
    });
  }, 120_000);

  test("the browser entries typecheck with the DOM library alone, where Node's globals do not (the one error)", () => {
    const browser = {
      ...STRICT,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    };
    expect(typecheck([join(app, "browser.ts"), join(app, "leak.ts")], browser)).toEqual([
      expect.stringMatching(/^leak\.ts:2: Cannot find name 'process'\./),
    ]);
  }, 60_000);

  test("the browser entries bundle for the browser without node: imports", async () => {
    const result = await build({
      absWorkingDir: app,
      entryPoints: [join(app, "browser.ts")],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      minify: true,
      outdir: join(app, "bundle"),
      metafile: true,
      logLevel: "silent",
    });
    const outputs = Object.entries(result.metafile.outputs);
    // What loads at start: the entry's output and the chunks it imports statically, transitively.
    const initial = new Set<string>();
    const load = (path: string): void => {
      if (!initial.has(path)) {
        initial.add(path);
        result.metafile.outputs[path]?.imports.filter((i) => i.kind === "import-statement").forEach((i) => load(i.path));
      }
    };
    load(outputs.find(([, output]) => output.entryPoint === "browser.ts")?.[0] ?? "");
    let initialGzip = 0;
    let totalGzip = 0;
    for (const [path] of outputs) {
      const text = readFileSync(join(app, path), "utf8");
      expect(text, path).not.toMatch(/["'`]node:/);
      const gzip = gzipSync(text).length;
      totalGzip += gzip;
      initialGzip += initial.has(path) ? gzip : 0;
    }
    // eslint-disable-next-line no-console
    console.log(
      `browser bundle: ${(initialGzip / 1024).toFixed(0)} KiB gzip loaded at start, ${(totalGzip / 1024).toFixed(0)} KiB gzip with every lazy chunk (${outputs.length} files)`,
    );
    expect(initialGzip).toBeLessThan(200 * 1024);
  }, 60_000);

  test("the bin validates, and codegen --lang says how to add its optional peer", async () => {
    const bin = join(app, "node_modules/.bin/bioimage-specs");
    const ok = await exec(bin, ["validate", "--no-io-checks", join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml")]);
    expect(ok.stdout).toMatch(/valid-format \(model 0\.5\.7\)/);
    await expect(exec(bin, ["codegen", "--lang", "go", "--out", join(work, "go")])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/needs quicktype-core, an optional peer dependency/),
    });
  }, 60_000);

  test("attw (ESM profile) and publint find no problem", async () => {
    const attw = await exec(join(BIN, "attw"), ["--profile", "esm-only", "--format", "json", tarball], { maxBuffer: 64 * 2 ** 20 }).catch(
      (error: { stdout: string }) => error,
    );
    // The JSON lists every resolution's problems; the ESM profile ignores node10's and CommonJS require's.
    const problems = Object.values((JSON.parse(attw.stdout) as { problems?: Record<string, { resolutionKind?: string }[]> }).problems ?? {})
      .flat()
      .filter((problem) => problem.resolutionKind !== "node10" && problem.resolutionKind !== "node16-cjs");
    expect(problems).toEqual([]);
    const publint = await exec(join(BIN, "publint"), ["run", "--strict", tarball]);
    expect(publint.stdout).toMatch(/All good!/);
  }, 120_000);
});
