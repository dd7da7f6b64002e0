// `make build`, and npm's `prepack` (npm pack, npm publish) and `prepare` (installs from git or a folder, whose
// clones have no dist/): tsc into dist/, the generated validators beside it, the CLI bundled by esbuild.
// `--if-missing` (prepare) builds only when dist/ is not there: `npm ci` in a clone that has built once does not
// build again, and `npm pack` builds in prepack, before prepare runs.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bundleCli } from "./bundle-cli.js";
import { copyGeneratedJs } from "./copy-generated-js.js";

export const BUILT_STAMP = "dist/.built";

if (process.argv.includes("--if-missing") && existsSync(BUILT_STAMP)) {
  process.exit(0);
}
rmSync("dist", { recursive: true, force: true });
execFileSync(process.execPath, [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
const copied = copyGeneratedJs();
await bundleCli();
writeFileSync(BUILT_STAMP, "");
process.stdout.write(`built dist/ (tsc, ${copied} generated JavaScript files, the CLI bundle)\n`);
