// make diff-reference: bioimage.io descriptions validated by us and by the reference (bioimageio.spec 0.5.7.2),
// compared on status, error and warning locations and messages, in discover and latest mode.
//
//   tsx scripts/diff-reference/bioimageio/main.ts [--cases N] [--seed S] [--seeds DIR]... [--out DIR] [--op update]
//                                                 [--jobs J] [--plain-reference] [--cache FILE | --no-cache] [--cached-only]
//
// Seeds: the real documents of test/fixtures/corpus/bioimageio and test/fixtures/corpus/bioimageio-collected (and
// any --seeds folder); then seeded mutations of them (generate.ts) up to N distinct cases (a document generated
// again is skipped, not checked twice). J reference processes (default 2) answer in parallel; --plain-reference
// builds each mode with its own build_description call instead of reference_batch.py's shortcut (to check it).
// The reference's answers are kept in --cache FILE (default test/.tmp/diff-reference/bioimageio-reference-answers.tsv;
// --no-cache: none), so that a run repeated after a fix asks the reference only about documents it has not seen;
// --cached-only asks it nothing (a case without a cached answer is counted as lost). Writes OUT/report.json and
// OUT/report.md (figures, every class of difference with its count) and OUT/classes/<n>.json (examples of each
// class: the text and both answers). Exit 1 when a difference is not a listed deviation.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { preloadValidators } from "../../../src/engine/validation/validators.js";
import { AnswerCache } from "./answer-cache.js";
import { listedDeviation } from "./deviations.js";
import { generateCases, loadSeeds } from "./generate.js";
import { ourAnswer, ourUpdate } from "./ours.js";
import { Reference, type ReferenceRequest, SETUP_HELP } from "./reference.js";
import { type Answer, type Case, compareAnswers, type Difference, MODES } from "./verdict.js";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
function options(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === `--${name}` ? [process.argv[i + 1] ?? ""] : []));
}

interface ClassEntry {
  key: string;
  measure: Difference["measure"];
  count: number;
  deviation?: string;
  examples: { id: string; origin: string; name: string; text: string; detail: string; reference: Answer; ours: Answer }[];
}

const MEASURES = ["status", "error-locs", "warning-locs", "messages", "format_version", "parse", "crash"] as const;

async function main(): Promise<number> {
  const cases = Number(option("cases", process.env.DIFF_CASES ?? "100000"));
  const seed = Number(option("seed", process.env.DIFF_SEED ?? "1"));
  const out = option("out", join(REPO, "test/.tmp/diff-reference/bioimageio"));
  const op = option("op", "validate") === "update" ? "update" : "validate";
  // reference processes in parallel (each is one core)
  const jobs = Number(option("jobs", process.env.DIFF_JOBS ?? "2"));
  // each mode built by its own build_description call, to check the shortcut of reference_batch.py
  const plain = process.argv.includes("--plain-reference");
  const cachedOnly = process.argv.includes("--cached-only");
  const cache = new AnswerCache(
    process.argv.includes("--no-cache")
      ? undefined
      : option("cache", join(REPO, "test/.tmp/diff-reference/bioimageio-reference-answers.tsv")),
  );
  const folders = [
    join(REPO, "test/fixtures/corpus/bioimageio"),
    join(REPO, "test/fixtures/corpus/bioimageio-collected"),
    ...options("seeds"),
  ].filter((f) => existsSync(f));
  let reference: Reference;
  try {
    reference = Reference.start(jobs);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  await preloadValidators();
  const seeds = loadSeeds(folders);
  console.error(
    `diff-reference: ${seeds.length} seed documents from ${folders.length} folders, ${cases} cases, seed ${seed}, op ${op}, ${jobs} reference processes`,
  );
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "classes"), { recursive: true });

  const classes = new Map<string, ClassEntry>();
  const disagreeing: Record<(typeof MEASURES)[number], number> = {
    status: 0,
    "error-locs": 0,
    "warning-locs": 0,
    messages: 0,
    format_version: 0,
    parse: 0,
    crash: 0,
  };
  // the same per mode (discover, latest; "read" for parse and crash differences, which are the document's)
  const byMode = new Map<string, Record<string, number>>();
  let unlistedCases = 0;
  let done = 0;
  let duplicates = 0;
  const seen = new Set<string>();
  const started = Date.now();
  const modes = op === "update" ? (["latest"] as const) : MODES;
  const record = (c: Case, ours: Answer, theirs: Answer) => {
    const differences = compareAnswers(ours, theirs, modes);
    if (op === "update") {
      differences.push(...compareDumps(ours, theirs));
    }
    for (const m of new Set(differences.map((d) => d.measure))) {
      disagreeing[m]++;
    }
    for (const key of new Set(differences.map((d) => `${d.mode}\0${d.measure}`))) {
      const [mode = "", measure = ""] = key.split("\0");
      const counts = byMode.get(mode) ?? {};
      counts[measure] = (counts[measure] ?? 0) + 1;
      byMode.set(mode, counts);
    }
    let unlisted = false;
    for (const d of differences) {
      const deviation = listedDeviation(d);
      unlisted ||= deviation === undefined;
      const entry = classes.get(d.key) ?? { key: d.key, measure: d.measure, count: 0, examples: [], ...(deviation ? { deviation } : {}) };
      entry.count++;
      if (entry.examples.length < 3 && !entry.examples.some((e) => e.id === c.id)) {
        entry.examples.push({ id: c.id, origin: c.origin, name: c.name, text: c.text, detail: d.detail, reference: theirs, ours });
      }
      classes.set(d.key, entry);
    }
    if (unlisted) {
      unlistedCases++;
    }
    done++;
    const seconds = (Date.now() - started) / 1000;
    const progress = `${done}/${cases} cases (${(done / seconds).toFixed(1)}/s, ${duplicates} duplicates skipped), ${unlistedCases} with unlisted differences, ${Math.round(seconds)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${progress} `);
    } else if (done % 2000 === 0 || done === cases) {
      console.error(progress);
    }
    if (done % 1000 === 0) {
      writeReport();
    }
  };
  let asked = 0;
  const check = async (c: Case) => {
    const request: ReferenceRequest = { id: c.id, name: c.name, text: c.text, modes: MODES, op, ...(plain ? { plain } : {}) };
    const key = AnswerCache.key(request);
    const cached = cache.get(key);
    const theirs =
      cached !== undefined
        ? Promise.resolve(cached)
        : cachedOnly
          ? Promise.resolve({ parse: null, lost: "no cached answer (--cached-only)" })
          : reference.askOne(request).then((answer) => {
              asked++;
              cache.set(key, answer);
              return answer;
            });
    const t0 = performance.now();
    const ours = op === "update" ? await ourUpdate(c.text, c.name) : await ourAnswer(c.text, c.name, MODES);
    const ms = performance.now() - t0;
    if (ms > 2000) {
      console.error(`\nslow on our side: ${c.id} (${c.origin}) ${Math.round(ms)} ms`);
    }
    record(c, ours, await theirs);
  };
  // the reference is the slow side: keep every process of it busy, ours answers meanwhile
  const inFlight = new Set<Promise<void>>();
  for (const c of generateCases(seeds, Number.POSITIVE_INFINITY, seed)) {
    if (done + inFlight.size >= cases) {
      break;
    }
    // a document made twice is checked once (a case is a distinct document)
    const hash = createHash("sha1").update(c.name).update("\0").update(c.text).digest("base64");
    if (seen.has(hash)) {
      duplicates++;
      continue;
    }
    seen.add(hash);
    const running = check(c).finally(() => inFlight.delete(running));
    inFlight.add(running);
    if (inFlight.size >= 16 * jobs) {
      await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  reference.close();
  if (process.stderr.isTTY) {
    process.stderr.write("\n");
  }
  const lines = writeReport();
  console.log(lines.slice(0, 16 + Math.min(classes.size, 60)).join("\n"));
  console.log(`\nfull report: ${join(out, "report.md")}; examples per class: ${join(out, "classes")}/<n>.json`);
  return unlistedCases === 0 ? 0 : 1;

  /** report.json, report.md and classes/<n>.json: the figures so far. */
  function writeReport(): string[] {
    const sorted = [...classes.values()].sort((a, b) => b.count - a.count);
    sorted.forEach((entry, n) => writeFileSync(join(out, "classes", `${n}.json`), JSON.stringify(entry, null, 1)));
    const figures = {
      cases: done,
      seed,
      op,
      seedDocuments: seeds.length,
      seconds: Math.round((Date.now() - started) / 1000),
      casesPerSecond: Number((done / ((Date.now() - started) / 1000)).toFixed(2)),
      duplicatesSkipped: duplicates,
      referenceProcesses: jobs,
      askedTheReference: asked,
      answeredFromCache: done - asked,
      agreement: Object.fromEntries(
        MEASURES.map((m) => [m, { disagreeing: disagreeing[m], percent: (100 * (done - disagreeing[m])) / done }]),
      ),
      agreementByMode: Object.fromEntries(
        [...modes, "read"].map((mode) => [
          mode,
          Object.fromEntries(
            Object.entries(byMode.get(mode) ?? {}).map(([m, n]) => [m, { disagreeing: n, percent: (100 * (done - n)) / done }]),
          ),
        ]),
      ),
      casesWithUnlistedDifferences: unlistedCases,
      classes: sorted.map((e, n) => ({
        n,
        measure: e.measure,
        count: e.count,
        key: e.key,
        ...(e.deviation ? { deviation: e.deviation } : {}),
      })),
    };
    writeFileSync(join(out, "report.json"), JSON.stringify(figures, null, 1));
    const lines = [
      `# diff-reference (bioimage.io): ${done} cases (${seeds.length} real documents, then mutations; seed ${seed}; op ${op})`,
      "",
      `${figures.seconds} s, ${figures.casesPerSecond} cases/s with ${jobs} reference processes (${asked} asked, ${done - asked} answered from the cache); ${duplicates} generated documents were duplicates of earlier ones (skipped)`,
      "",
      "| measure | cases that disagree | agreement |",
      "| --- | --- | --- |",
      ...MEASURES.map((m) => `| ${m} | ${disagreeing[m]} | ${((100 * (done - disagreeing[m])) / done).toFixed(3)}% |`),
      "",
      "| mode | " + MEASURES.join(" | ") + " |",
      "| --- |" + MEASURES.map(() => " --- |").join(""),
      ...modes.map(
        (mode) =>
          `| ${mode} | ` + MEASURES.map((m) => `${((100 * (done - (byMode.get(mode)?.[m] ?? 0))) / done).toFixed(3)}%`).join(" | ") + " |",
      ),
      "",
      `cases with a difference that is not a listed deviation: ${unlistedCases}`,
      "",
      ...sorted.map((e, n) => `- [${n}] ${e.count}× ${e.deviation ? `(listed: ${e.deviation}) ` : ""}${e.key}`),
    ];
    writeFileSync(join(out, "report.md"), lines.join("\n") + "\n");
    return lines;
  }
}

/** update_format: the dumped descriptions must be the same data. */
function compareDumps(ours: Answer, reference: Answer): Difference[] {
  if (reference.dump === undefined || ours.dump === undefined) {
    return [];
  }
  const a = JSON.stringify(ours.dump);
  const b = JSON.stringify(reference.dump);
  if (a === b) {
    return [];
  }
  const differing = dumpDifferences(ours.dump, reference.dump);
  return differing.map((path) => ({
    measure: "messages" as const,
    mode: "latest" as const,
    key: `dump differs at ${path.replace(/\.\d+/g, ".#")}`,
    detail: path,
  }));
}

function dumpDifferences(a: unknown, b: unknown, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) {
    return [];
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      dumpDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  return [path || "(root)"];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    if (error instanceof Error && /not found/.test(error.message)) {
      console.error(SETUP_HELP);
    }
    process.exit(2);
  },
);
