// A second process for the concurrency tests: opens a Croissant, says "ready", waits for the go file, then
// commits split assignments one run at a time ("set"), or forever ("loop", to be killed mid-commit).
import { existsSync } from "node:fs";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";

const [mode = "", metadata = "", goFile = "", split = "", ...runs] = process.argv.slice(2);
const index = await CroissantIndex.fromUrl(metadata);
process.stdout.write("ready\n");
while (!existsSync(goFile)) {
  await new Promise((done) => setTimeout(done, 5));
}
if (mode === "set") {
  for (const run of runs) {
    await index.setSplit(run, split);
  }
} else {
  for (let i = 0; ; i++) {
    await index.setSplit(runs[i % runs.length] ?? "", `${split}${i}`);
  }
}
process.stdout.write("done\n");
