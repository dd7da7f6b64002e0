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
const NO_RUN: Run = { wall: Number.NaN, cpu: Number.NaN };
/** The collection for --jobs: the corpus this many times over. */
const COPIES = 4;

interface Run {
  /** nanoseconds */
  readonly wall: number;
  /** seconds */
  readonly cpu: number;
}

/** The environment of the CLI's runs: its code cache in the run's own folder, or none. */
let codeCache = "off";

/** A Node process's wall and CPU time; exit codes 0 and 1 (some documents invalid) are expected. */
function run(args: readonly string[], cache = codeCache): Run {
  const cpu = childrenCpu();
  const start = process.hrtime.bigint();
  const env = { ...process.env, BIOIMAGE_SPECS_CODE_CACHE: cache };
  const { status, signal, stderr } = spawnSync("node", args, { cwd: REPO, env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start);
  // exit 2: a document of the corpus does not parse (it is in the corpus for that); anything else is a failure
  if (signal !== null || status === null || status > 2) {
    throw new Error(`node ${args.slice(0, 3).join(" ")} ... failed (${signal ?? status}): ${String(stderr).slice(0, 500)}`);
  }
  return { wall, cpu: childrenCpu() - cpu };
}

/** Medians of alternating runs of each command (with its code cache setting), after one warm-up run of each. */
function alternating(commands: readonly (readonly [readonly string[], string])[], rounds = ROUNDS): Run[] {
  commands.forEach(([args, cache]) => run(args, cache)); // the page cache and the code cache warm
  const runs = commands.map((): Run[] => []);
  for (let r = 0; r < rounds; r++) {
    commands.forEach(([args, cache], i) => runs[i]?.push(run(args, cache)));
  }
  return runs.map((list) => ({ wall: median(list.map((x) => x.wall)), cpu: median(list.map((x) => x.cpu)) }));
}

export function bulkValidation(): BenchRow[] {
  const files = corpusDocuments();
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-bulk-"));
  codeCache = join(dir, "code-cache");
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
    const validate = [CLI, "validate", "--no-io-checks", ...files];
    const [parse = NO_RUN, ours = NO_RUN, uncached = NO_RUN] = alternating([
      [[baseline, ...files], "off"],
      [validate, codeCache],
      [validate, "off"],
    ]);
    const load = `load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`;
    const rows: BenchRow[] = [
      {
        figure: `Issue 20 goal 2: CLI \`bioimage-specs validate --no-io-checks\` of the corpus's ${files.length} documents in one call (whole process)`,
        baseline: "a Node process reading them and parsing them with `yaml`",
        ratio: ours.wall / parse.wall,
        target: "<= 1.0x",
        detail: `${(ours.wall / 1e6).toFixed(0)} ms vs ${(parse.wall / 1e6).toFixed(0)} ms (medians of ${ROUNDS} alternating runs, the CLI's code cache written by an earlier run); CPU ${ours.cpu.toFixed(2)} s vs ${parse.cpu.toFixed(2)} s (${(ours.cpu / parse.cpu).toFixed(2)}x); ${((files.length / ours.wall) * 1e9).toFixed(0)} docs/s; ${load}`,
      },
      {
        figure: "The same CLI call without its code cache (`BIOIMAGE_SPECS_CODE_CACHE=off`)",
        baseline: "a Node process reading them and parsing them with `yaml`",
        ratio: uncached.wall / parse.wall,
        target: "",
        detail: `${(uncached.wall / 1e6).toFixed(0)} ms vs ${(parse.wall / 1e6).toFixed(0)} ms (same runs); CPU ${uncached.cpu.toFixed(2)} s (${(uncached.cpu / parse.cpu).toFixed(2)}x)`,
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
    codeCache = "off";
    rmSync(dir, { recursive: true, force: true });
  }
}
