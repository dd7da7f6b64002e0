#!/usr/bin/env node
// The CLI run from the sources; the built CLI is this bundled (its launcher: bundle-bin.ts).
import { main } from "./main.js";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
