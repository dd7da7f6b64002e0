// `make web` (optional argument: the output directory, default web/dist): the validator page as static files,
// index.html, style.css, favicon.svg and an ES module bundle with a lazily loaded chunk per spec, as the CLI loads them.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const WEB_DIST = "web/dist";

export async function buildWeb(outDir: string = WEB_DIST): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: ["web/src/main.ts"],
    bundle: true,
    splitting: true,
    format: "esm",
    // A node: import anywhere below src/index.ts fails the build here, not in a user's browser.
    platform: "browser",
    target: ["chrome111", "firefox113", "safari16.4"],
    outdir: join(outDir, "assets"),
    chunkNames: "chunks/[name]-[hash]",
    minify: true,
    legalComments: "linked",
    logLevel: "warning",
  });
  for (const file of ["index.html", "style.css", "favicon.svg"]) {
    copyFileSync(join("web", file), join(outDir, file));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const outDir = process.argv[2] ?? WEB_DIST;
  await buildWeb(outDir);
  process.stdout.write(`built the validator page into ${outDir}\n`);
}
