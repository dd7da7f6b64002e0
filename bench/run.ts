// `make bench`: each figure as a ratio to a baseline measured in the same run on the same machine
// (absolute times are noise on shared machines). Not a test: nothing here asserts on time.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { buildDescriptionSync } from "../src/bioimageio/build.js";
import { parseSource } from "../src/load/parse.js";
import { preloadValidators } from "../src/validation/validators.js";
import { copickExportScaling } from "./copick-export.js";
import { ioFigures } from "./io.js";

const REPO = join(import.meta.dirname, "..");

/** Median time per call in nanoseconds, over `rounds` rounds of `iterations` calls. */
function measure(fn: () => unknown, iterations: number, rounds = 7): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      fn();
    }
    times.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

interface Row {
  readonly figure: string;
  readonly baseline: string;
  readonly ratio: number;
  readonly detail: string;
}

async function validateParsedModel(): Promise<Row> {
  await preloadValidators(["bioimageio/model/0.5"]);
  const text = readFileSync(join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml"), "utf8");
  const doc = parseSource(text, "model.yaml").value;
  const json = JSON.stringify(doc);
  const summary = buildDescriptionSync(doc).validationSummary;
  if (summary.status !== "valid-format") {
    throw new Error("the benchmark document must be valid");
  }
  const iterations = 2000;
  const baseline = measure(() => JSON.parse(json), iterations);
  const ours = measure(() => buildDescriptionSync(doc), iterations);
  return {
    figure: "validate a parsed model 0.5 document (schema + rules)",
    baseline: "JSON.parse of its JSON text",
    ratio: ours / baseline,
    detail: `${(ours / 1000).toFixed(1)} µs vs ${(baseline / 1000).toFixed(1)} µs (${json.length} bytes)`,
  };
}

const rows = [await validateParsedModel(), ...copickExportScaling(), ...(await ioFigures())];
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`bioimage-specs benchmarks on ${cpus().length} x ${cpu}, Node ${process.version}\n`);
console.log("| figure | baseline (same run) | ratio | detail |\n| --- | --- | --- | --- |");
for (const row of rows) {
  console.log(`| ${row.figure} | ${row.baseline} | ${row.ratio.toFixed(2)}x | ${row.detail} |`);
}
