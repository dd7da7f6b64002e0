// make diff-reference: bioimage.io descriptions validated by us and by the reference (bioimageio.spec 0.5.7.2),
// compared on status, error and warning locations and messages, in discover and latest mode.
//
//   tsx scripts/diff-reference/bioimageio/main.ts [--cases N] [--seed S] [--seeds DIR]... [--out DIR] [--op update]
//
// Seeds: the real documents of test/fixtures/corpus/bioimageio and test/fixtures/corpus/bioimageio-collected (and
// any --seeds folder); then seeded mutations of them (generate.ts) up to N cases. Writes OUT/report.json and
// OUT/report.md (figures, every class of difference with its count) and OUT/classes/<n>.json (examples of each
// class: the text and both answers). Exit 1 when a difference is not a listed deviation.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { preloadValidators } from "../../../src/engine/validation/validators.js";
import { listedDeviation } from "./deviations.js";
import { generateCases, loadSeeds } from "./generate.js";
import { ourAnswer, ourUpdate } from "./ours.js";
import { Reference, SETUP_HELP } from "./reference.js";
import { type Answer, type Case, compareAnswers, type Difference, MODES } from "./verdict.js";
import { existsSync } from "node:fs";

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
  const folders = [
    join(REPO, "test/fixtures/corpus/bioimageio"),
    join(REPO, "test/fixtures/corpus/bioimageio-collected"),
    ...options("seeds"),
  ].filter((f) => existsSync(f));
  let reference: Reference;
  try {
    reference = Reference.start();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  await preloadValidators();
  const seeds = loadSeeds(folders);
  console.error(`diff-reference: ${seeds.length} seed documents from ${folders.length} folders, ${cases} cases, seed ${seed}, op ${op}`);
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
  let unlistedCases = 0;
  let done = 0;
  const started = Date.now();
  const batch: Case[] = [];
  const flush = async () => {
    const answers = reference.ask(batch.map((c) => ({ id: c.id, name: c.name, text: c.text, modes: MODES, op })));
    const ours: Answer[] = [];
    for (const c of batch) {
      const t0 = performance.now();
      ours.push(op === "update" ? await ourUpdate(c.text, c.name) : await ourAnswer(c.text, c.name, MODES));
      const ms = performance.now() - t0;
      if (ms > 2000) {
        console.error(`\nslow on our side: ${c.id} (${c.origin}) ${Math.round(ms)} ms`);
      }
    }
    const theirs = await answers;
    batch.forEach((c, i) => {
      const differences = compareAnswers(ours[i] as Answer, theirs[i] as Answer, op === "update" ? ["latest"] : MODES);
      if (op === "update") {
        differences.push(...compareDumps(ours[i] as Answer, theirs[i] as Answer));
      }
      const measures = new Set(differences.map((d) => d.measure));
      for (const m of measures) {
        disagreeing[m]++;
      }
      let unlisted = false;
      for (const d of differences) {
        const deviation = listedDeviation(d);
        unlisted ||= deviation === undefined;
        const entry = classes.get(d.key) ?? { key: d.key, measure: d.measure, count: 0, examples: [], ...(deviation ? { deviation } : {}) };
        entry.count++;
        if (entry.examples.length < 3 && !entry.examples.some((e) => e.id === c.id)) {
          entry.examples.push({
            id: c.id,
            origin: c.origin,
            name: c.name,
            text: c.text,
            detail: d.detail,
            reference: theirs[i] as Answer,
            ours: ours[i] as Answer,
          });
        }
        classes.set(d.key, entry);
      }
      if (unlisted) {
        unlistedCases++;
      }
    });
    done += batch.length;
    batch.length = 0;
    const progress = `${done}/${cases} cases, ${unlistedCases} with unlisted differences, ${Math.round((Date.now() - started) / 1000)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${progress} `);
    } else if (done % 2000 < 200 || done === cases) {
      console.error(progress);
    }
  };
  for (const c of generateCases(seeds, cases, seed)) {
    batch.push(c);
    if (batch.length >= 200) {
      await flush();
    }
  }
  if (batch.length > 0) {
    await flush();
  }
  reference.close();
  if (process.stderr.isTTY) {
    process.stderr.write("\n");
  }

  const sorted = [...classes.values()].sort((a, b) => b.count - a.count);
  sorted.forEach((entry, n) => writeFileSync(join(out, "classes", `${n}.json`), JSON.stringify(entry, null, 1)));
  const figures = {
    cases: done,
    seed,
    op,
    seedDocuments: seeds.length,
    seconds: Math.round((Date.now() - started) / 1000),
    agreement: Object.fromEntries(
      MEASURES.map((m) => [m, { disagreeing: disagreeing[m], percent: (100 * (done - disagreeing[m])) / done }]),
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
    "| measure | cases that disagree | agreement |",
    "| --- | --- | --- |",
    ...MEASURES.map((m) => `| ${m} | ${disagreeing[m]} | ${((100 * (done - disagreeing[m])) / done).toFixed(3)}% |`),
    "",
    `cases with a difference that is not a listed deviation: ${unlistedCases}`,
    "",
    ...sorted.map((e, n) => `- [${n}] ${e.count}× ${e.deviation ? `(listed: ${e.deviation}) ` : ""}${e.key}`),
  ];
  writeFileSync(join(out, "report.md"), lines.join("\n") + "\n");
  console.log(lines.slice(0, 14 + Math.min(sorted.length, 60)).join("\n"));
  console.log(`\nfull report: ${join(out, "report.md")}; examples per class: ${join(out, "classes")}/<n>.json`);
  return unlistedCases === 0 ? 0 : 1;
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
