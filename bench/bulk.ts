// Bulk validation for `make bench` (issue 20's goal 2): one CLI call validating every document of the corpus
// (whole process: start-up, reading, parsing, validating, printing) against a Node process that reads the same
// files and parses them with the `yaml` package (start-up and `yaml`'s import included); then `validate --jobs`
// on a collection of thousands of documents (the corpus several times over): docs/s at 1, 2, N threads and auto.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BenchRow, childrenCpu, median } from "./measure.js";
import { corpusDocuments } from "./validation.js";

const REPO = join(import.meta.dirname, "..");
const CLI = join(REPO, "dist/cli/bin.js");
const ROUNDS = 5;
/** The collection for --jobs: the corpus this many times over. */
const COPIES = 4;

interface Run {
  /** nanoseconds */
  readonly wall: number;
  /** seconds */
  readonly cpu: number;
}

/** A Node process's wall and CPU time; exit codes 0 and 1 (some documents invalid) are expected. */
function run(args: readonly string[]): Run {
  const cpu = childrenCpu();
  const start = process.hrtime.bigint();
  const { status, signal, stderr } = spawnSync("node", args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start);
  // exit 2: a document of the corpus does not parse (it is in the corpus for that); anything else is a failure
  if (signal !== null || status === null || status > 2) {
    throw new Error(`node ${args.slice(0, 3).join(" ")} ... failed (${signal ?? status}): ${String(stderr).slice(0, 500)}`);
  }
  return { wall, cpu: childrenCpu() - cpu };
}

/** Medians of alternating runs: [a, b]. */
function alternating(a: readonly string[], b: readonly string[], rounds = ROUNDS): [Run, Run] {
  run(a);
  run(b); // the page cache warm for both
  const ra: Run[] = [];
  const rb: Run[] = [];
  for (let r = 0; r < rounds; r++) {
    ra.push(run(a));
    rb.push(run(b));
  }
  const medians = (runs: Run[]): Run => ({ wall: median(runs.map((x) => x.wall)), cpu: median(runs.map((x) => x.cpu)) });
  return [medians(ra), medians(rb)];
}

export function bulkValidation(): BenchRow[] {
  const files = corpusDocuments();
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-bulk-"));
  try {
    const baseline = join(dir, "parse-with-yaml.mjs");
    writeFileSync(
      baseline,
      [
        `import { readFileSync } from "node:fs";`,
        `import { parse } from ${JSON.stringify(pathToFileURL(join(REPO, "node_modules/yaml/dist/index.js")).href)};`,
        `for (const file of process.argv.slice(2)) {`,
        `  try { parse(readFileSync(file, "utf8")); } catch {}`,
        `}`,
      ].join("\n"),
    );
    const loadBefore = loadavg()[0] ?? 0;
    const [parse, ours] = alternating([baseline, ...files], [CLI, "validate", "--no-io-checks", ...files]);
    const load = `load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`;
    const rows: BenchRow[] = [
      {
        figure: `Issue 20 goal 2: CLI \`bioimage-specs validate --no-io-checks\` of the corpus's ${files.length} documents in one call (whole process)`,
        baseline: "a Node process reading them and parsing them with `yaml`",
        ratio: ours.wall / parse.wall,
        target: "<= 1.0x",
        detail: `${(ours.wall / 1e6).toFixed(0)} ms vs ${(parse.wall / 1e6).toFixed(0)} ms (medians of ${ROUNDS} alternating runs); CPU ${ours.cpu.toFixed(2)} s vs ${parse.cpu.toFixed(2)} s (${(ours.cpu / parse.cpu).toFixed(2)}x); ${((files.length / ours.wall) * 1e9).toFixed(0)} docs/s; ${load}`,
      },
    ];
    const collection = Array.from({ length: COPIES }, () => files).flat();
    const cores = availableParallelism();
    // alternating runs of 1, 2, N threads and auto, so that a change of load touches all of them
    const settings = [...new Set(["1", "2", String(cores)]), "auto"];
    const commands = settings.map((jobs) => [CLI, "validate", "--no-io-checks", "--jobs", jobs, ...collection]);
    commands.forEach((command) => run(command));
    const runs = settings.map((): Run[] => []);
    for (let round = 0; round < 3; round++) {
      commands.forEach((command, i) => runs[i]?.push(run(command)));
    }
    const medians = runs.map((list) => ({ wall: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)) }));
    const single = medians[0] ?? { wall: Number.NaN, cpu: Number.NaN };
    const docsPerSecond = (wall: number): string => ((collection.length / wall) * 1e9).toFixed(0);
    settings.forEach((jobs, i) => {
      const time = medians[i];
      if (jobs !== "1" && time) {
        rows.push({
          figure: `\`validate --jobs ${jobs}\` of ${collection.length} documents (the corpus ${COPIES} times; ${cores} cores)`,
          baseline: "`--jobs 1` (same run)",
          ratio: single.wall / time.wall,
          target: jobs === "auto" ? "throughput ratio, >= 0.95x (auto never costs much)" : "throughput ratio, higher is better",
          detail: `${docsPerSecond(time.wall)} docs/s vs ${docsPerSecond(single.wall)} docs/s at 1 thread (medians of 3 alternating runs); CPU ${time.cpu.toFixed(2)} s vs ${single.cpu.toFixed(2)} s; load average ${(loadavg()[0] ?? 0).toFixed(2)}`,
        });
      }
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
