// JSON read in the dialects JSON.parse cannot give (engine/load/json-reader.ts): copick's Croissant metadata as
// json.loads reads it (floats told from ints, for byte-identical rewrites), the same text with json.loads's errors
// (ImJoy's JSON configs), and a picks file with exact big integers; each against JSON.parse of the same text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as PyJson from "../src/copick/pyjson.js";
import type * as LosslessJson from "../src/engine/load/lossless-json.js";
import type * as PythonJson from "../src/engine/load/python-json.js";
import { type BenchRow, measurePair, micros } from "./measure.js";
import { shipped } from "./shipped.js";

const { pyJsonLoads } = await shipped<typeof PyJson>("src/copick/pyjson.js");
const { parseLosslessJson } = await shipped<typeof LosslessJson>("src/engine/load/lossless-json.js");
const { parsePythonJson } = await shipped<typeof PythonJson>("src/engine/load/python-json.js");

const REPO = join(import.meta.dirname, "..");
const METADATA = join(REPO, "test/fixtures/corpus/copick/reconstructed_exports/tiny/Croissant/metadata.json");
const POINTS = 2_000;

/** A picks file as copick writes it (json.dumps, indent=4) with `POINTS` points. */
function picksText(): string {
  const points = Array.from({ length: POINTS }, (_, i) => ({
    location: { x: 100.5 + i, y: 2.25 * i, z: 10 + (i % 97) },
    transformation_: [
      [1.0, 0.0, 0.0, 0.0],
      [0.0, 1.0, 0.0, 0.0],
      [0.0, 0.0, 1.0, 0.0],
      [0.0, 0.0, 0.0, 1.0],
    ],
    instance_id: i,
    score: 1.0,
  }));
  return JSON.stringify({ pickable_object_name: "ribosome", user_id: "alice", session_id: "0", points }, null, 4);
}

export function jsonDialects(): BenchRow[] {
  const metadata = readFileSync(METADATA, "utf8");
  const picks = picksText();
  const rows: BenchRow[] = [];
  for (const [figure, text, read, iterations] of [
    ["copick Croissant metadata.json read as json.loads reads it (pyJsonLoads)", metadata, () => pyJsonLoads(metadata), 300],
    ["the same text with json.loads's errors (parsePythonJson, ImJoy's JSON configs)", metadata, () => parsePythonJson(metadata), 300],
    [`a picks file of ${POINTS} points with exact big integers (parseLosslessJson)`, picks, () => parseLosslessJson(picks), 5],
  ] as const) {
    const [baseline, ours] = measurePair(() => JSON.parse(text), read, iterations);
    rows.push({
      figure,
      baseline: "JSON.parse of the same text",
      ratio: ours / baseline,
      target: "as close to JSON.parse as JavaScript gets",
      detail: `${micros(ours)} vs ${micros(baseline)} (${(text.length / 1024).toFixed(0)} KiB)`,
    });
  }
  return rows;
}
