// Part of the build (scripts/build.ts; run alone, its optional argument is the output directory): the CLI as one
// ES module bundle (dist/cli/bin.js) with lazily loaded chunks per command and per spec. Loading one file instead
// of a hundred modules is most of the CLI's start-up time.
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export async function bundleCli(outdir = "dist/cli"): Promise<void> {
  await build({
    entryPoints: ["src/cli/bin.ts"],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    chunkNames: "chunks/[name]-[hash]",
    // yaml's ES module build (its "browser" entry, the same code): bundled without CommonJS wrappers, whose
    // initialisation was the largest part of the start-up.
    alias: { yaml: "./node_modules/yaml/browser/index.js" },
    // Less text for V8 to scan at start-up. (Nothing relies on function or class names: errors name themselves.)
    minify: true,
    // quicktype-core is an optional peer (only `codegen --lang` uses it): imported from node_modules when present.
    external: ["quicktype-core"],
    // Bundled CommonJS dependencies (ajv) call require(): give ESM one.
    banner: {
      js: 'import { createRequire as __bioimageSpecsRequire } from "node:module"; const require = __bioimageSpecsRequire(import.meta.url);',
    },
    logLevel: "warning",
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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await bundleCli(process.argv[2]);
  process.stdout.write(`bundled the CLI into ${process.argv[2] ?? "dist/cli"}\n`);
}
