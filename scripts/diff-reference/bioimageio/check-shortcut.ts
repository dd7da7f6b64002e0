import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { generateCases, loadSeeds } from "./generate.js";
import { Reference } from "./reference.js";
import { MODES } from "./verdict.js";
const REPO = process.cwd();
const n = Number(process.argv[2] ?? "500");
const seeds = loadSeeds([join(REPO, "test/fixtures/corpus/bioimageio"), join(REPO, "test/fixtures/corpus/bioimageio-collected")]);
const cases = [...generateCases(seeds, n, Number(process.argv[3] ?? "5"))];
const ref = Reference.start(2);
let t = Date.now();
const fast = await ref.ask(cases.map((c) => ({ id: c.id, name: c.name, text: c.text, modes: MODES })));
const tf = Date.now() - t;
t = Date.now();
const plain = await ref.ask(cases.map((c) => ({ id: c.id, name: c.name, text: c.text, modes: MODES, plain: true })));
const tp = Date.now() - t;
ref.close();
let diff = 0;
cases.forEach((c, i) => {
  if (!isDeepStrictEqual(fast[i], plain[i])) {
    diff++;
    if (diff < 4) {
      console.log(c.id, JSON.stringify(fast[i]).slice(0, 400), "\n", JSON.stringify(plain[i]));
    }
  }
});
console.log(`${cases.length} cases, ${diff} differ; fast ${tf} ms, plain ${tp} ms`);
