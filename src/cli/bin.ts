#!/usr/bin/env node
import nodeModule from "node:module";
import { main } from "./main.js";

// Node >= 22.1 can keep V8's compilation of the lazily imported chunks (validators, rules, yaml) on disk:
// compiling them is most of what the CLI adds to bare Node's start-up. Node 20 has no such cache.
if ("enableCompileCache" in nodeModule && typeof nodeModule.enableCompileCache === "function") {
  nodeModule.enableCompileCache();
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
