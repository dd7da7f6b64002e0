// Part of the build (scripts/build.ts; run alone, its optional argument is the output directory): the CLI as one
// bundle with lazily loaded chunks per command and per spec, loaded through a launcher that keeps V8's compiled
// code between runs. Loading one file instead of a hundred modules, and not compiling the chunks again on every
// run, is most of the CLI's start-up time.
//
// esbuild splits the program into ES module chunks (in memory); each is then turned into a CommonJS-style
// function body (`.cjs`, run by src/cli/bundle-loader.ts with the code cache: Node 20 has no code cache for ES
// modules), and the launcher (src/cli/bundle-bin.ts) is bundled on its own as dist/cli/launch.cjs, which the bin
// (dist/cli/bin.js) requires.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build, transform } from "esbuild";

/** esbuild's options shared by the program and the launcher. */
const COMMON = { bundle: true, platform: "node", target: "node20", logLevel: "warning", minify: true } as const;

export async function bundleCli(outdir = "dist/cli"): Promise<void> {
  const program = await build({
    ...COMMON,
    entryPoints: { main: "src/cli/bin.ts" },
    splitting: true,
    format: "esm",
    outdir,
    write: false,
    chunkNames: "chunks/[name]-[hash]",
    // yaml's ES module build (its "browser" entry, the same code): bundled without CommonJS wrappers, whose
    // initialisation was the largest part of the start-up.
    alias: { yaml: "./node_modules/yaml/browser/index.js" },
    // Less text for V8 to scan at start-up. (Nothing relies on function or class names: errors name themselves.)
    // quicktype-core is an optional peer (only `codegen --lang` uses it): imported from node_modules when present.
    external: ["quicktype-core"],
    plugins: [
      {
        // commander requires node:child_process when it loads (for executable subcommands, which we do not use);
        // with it come net, dgram and streams, a few milliseconds of every start-up. Load it on first use instead.
        name: "lazy-child-process",
        setup(bundle) {
          bundle.onResolve({ filter: /^node:child_process$/ }, (args) =>
            /[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "lazy" } : undefined,
          );
          bundle.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
            contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
            loader: "js",
          }));
        },
      },
    ],
  });
  rmSync(outdir, { recursive: true, force: true });
  for (const file of program.outputFiles) {
    const path = file.path.replace(/\.js$/, ".cjs");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await chunkBody(file.text, relative(outdir, file.path)));
  }
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  await build({
    ...COMMON,
    entryPoints: ["src/cli/bundle-bin.ts"],
    format: "cjs",
    outfile: join(outdir, "launch.cjs"),
    define: { BUNDLE_VERSION: JSON.stringify(version), LAUNCHER_FILE: "__filename" },
  });
  // the bin: an ES module (the package's type) that requires the launcher
  writeFileSync(
    join(outdir, "bin.js"),
    '#!/usr/bin/env node\nimport { createRequire } from "node:module";\ncreateRequire(import.meta.url)("./launch.cjs");\n',
    { mode: 0o755 },
  );
}

/** esbuild's form of a dynamic import with `dynamic-import` unsupported. */
const DYNAMIC_IMPORT = /Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(("[^"]*")\)\)\)/g;

/**
 * An ES module chunk as the body of the loader's function (bundle-loader.ts: its parameters): imports become
 * require(), a dynamic import __importChunk() (a chunk's exports as they are: esbuild's form copies every export
 * into a new object on every call, and the validators of a type are imported once per document; anything else
 * imported as Node imports it, so that a missing optional package fails as it did), import.meta the chunk's own
 * URL and folder.
 */
async function chunkBody(module: string, name: string): Promise<string> {
  // (the entry's #! line is the launcher's now)
  const { code } = await transform(module.replace(/^#!.*\n/, ""), {
    format: "cjs",
    platform: "node",
    target: "node20",
    minify: true,
    define: { "import.meta.url": "__meta.url", "import.meta.dirname": "__meta.dirname" },
    supported: { "dynamic-import": false },
    sourcefile: name,
    logLevel: "error",
  });
  const body = code.replace(DYNAMIC_IMPORT, "__importChunk($1)");
  if (/Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(/.test(body)) {
    throw new Error(`${name}: a dynamic import not in the form expected of esbuild`);
  }
  return body;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await bundleCli(process.argv[2]);
  process.stdout.write(`bundled the CLI into ${process.argv[2] ?? "dist/cli"}\n`);
}
