import { largeModel } from "./bench/lsp.js";
import { shipped } from "./bench/shipped.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
process.env.BIOIMAGEIO_OFFLINE = "1";
const { validateFile } = await shipped<any>("src/kinds/node/validate-file.js");
const { parseSource } = await shipped<any>("src/engine/load/parse.js");
const dir = mkdtempSync(join(tmpdir(), "p-"));
const file = join(dir, "rdf.yaml");
const text = largeModel(3000);
writeFileSync(file, text);
const t = async (label: string, f: () => Promise<unknown> | unknown, n = 20) => {
  for (let i = 0; i < 5; i++) await f();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await f(); xs.push(performance.now() - s); }
  xs.sort((a, b) => a - b);
  console.log(label, "min", xs[0].toFixed(2), "median", xs[n >> 1].toFixed(2), "ms");
};
await t("parse", () => parseSource(text, file));
const parsed = parseSource(text, file);
await t("validate no io", () => validateFile(parsed, file, { ioChecks: false }));
await t("validate io", () => validateFile(parsed, file, {}));
await t("parse+locate", () => { const p = parseSource(text, file); p.locate(["inputs", 50, "id"]); });
