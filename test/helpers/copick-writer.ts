// A second process for the concurrency tests: says "ready", waits for the go file, then commits split
// assignments one run at a time ("set"), or forever ("loop", to be killed mid-commit), or exports the project
// again and again ("export", to be killed mid-export).
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { openCopickProject } from "../../src/copick/node/open.js";

const [mode = "", target = "", goFile = "", split = "", ...runs] = process.argv.slice(2);
const index = mode === "export" ? undefined : await CroissantIndex.fromUrl(target);
const project = mode === "export" ? await openCopickProject(target) : undefined;
process.stdout.write("ready\n");
while (!existsSync(goFile)) {
  await new Promise((done) => setTimeout(done, 5));
}
if (index && mode === "set") {
  for (const run of runs) {
    await index.setSplit(run, split);
  }
} else if (index) {
  for (let i = 0; ; i++) {
    await index.setSplit(runs[i % runs.length] ?? "", `${split}${i}`);
  }
} else if (project) {
  for (let i = 0; ; i++) {
    await exportCroissant(project, dirname(target), { baseUrl: "", force: true, datasetName: `export-${i}` });
  }
}
process.stdout.write("done\n");
