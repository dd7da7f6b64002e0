import { largeModel } from "./bench/lsp.js";
import { parseYamlFast } from "./src/engine/load/yaml-fast.js";
const text = largeModel(3000);
console.log(parseYamlFast(text) !== undefined, text.length);
const lines = text.split("\n");
// find what fails: bisect by prefix lines
let lo = 0, hi = lines.length;
while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (parseYamlFast(lines.slice(0, mid).join("\n") + "\n") === undefined) hi = mid; else lo = mid; }
console.log(hi, JSON.stringify(lines.slice(hi - 3, hi + 1)));
