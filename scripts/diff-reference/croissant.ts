// `make diff-reference-croissant`: mlcroissant 1.1's static analysis (scripts/diff-reference/croissant_oracle.py)
// and checkCroissant on the same metadata.json documents, compared. Not part of `make test` or CI: it needs the
// reference (/work/shared/tools/reference/copick/setup.sh builds mlcroissant; CROISSANT_REFERENCE_ENV names its
// env.sh).
//
//   tsx scripts/diff-reference/croissant.ts [--cases N] [--seed S] [--report FILE] [--mlcroissant DIR]
//
// The documents: mlcroissant's own test graphs and datasets (from a checkout of mlcommons/croissant, --mlcroissant),
// the corpus and the copick examples, and mutations of them (1 to 4 random edits: values set, keys dropped or
// renamed, @type and @id changed, references broken, nodes duplicated, context entries dropped). Compared: whether
// mlcroissant raises, and its error and warning messages (the texts `Issues.report()` prints, context included),
// as sets; each document must also be detected as a Croissant.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { checkCroissant } from "../../src/croissant/check.js";
import { LdContext, LdGraph } from "../../src/croissant/jsonld.js";
import { detectKind } from "../../src/kinds/registry.js";
import { comparableMessages } from "../../test/helpers/mlcroissant-messages.js";
import { runPythonBatch } from "./python-batch.js";

const REPO = join(import.meta.dirname, "..", "..");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Case {
  readonly origin: string;
  readonly doc: Json;
  readonly edits?: string[];
}
interface Verdict {
  readonly raised: boolean;
  readonly errors: string[];
  readonly warnings: string[];
  readonly version?: string | null;
  readonly crash?: string;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8")) as Json;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

const isDataset = (doc: Json) => doc !== null && typeof doc === "object" && !Array.isArray(doc) && "@context" in doc;

/** mlcroissant's test graphs and datasets, the corpus, the copick examples. */
function seeds(mlcroissant: string | undefined): Case[] {
  const out: Case[] = [];
  const add = (root: string, label: string) => {
    for (const path of jsonFiles(root)) {
      const doc = readJson(path);
      if (isDataset(doc)) {
        out.push({ origin: `${label}/${relative(root, path)}`, doc });
      }
    }
  };
  if (mlcroissant) {
    add(join(mlcroissant, "python", "mlcroissant", "mlcroissant", "_src", "tests", "graphs"), "mlcroissant-graphs");
    add(join(mlcroissant, "datasets"), "mlcroissant-datasets");
  }
  add(join(REPO, "test", "fixtures", "corpus", "croissant"), "corpus");
  add(join(REPO, "test", "fixtures", "corpus", "copick"), "corpus-copick");
  add(join(REPO, "examples", "copick"), "examples");
  return out;
}

// ---- mutations ----

type Path = (string | number)[];

function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths(item, [...prefix, i], out));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      paths(item, [...prefix, key], out);
    }
  }
  return out;
}

function at(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const segment of path) {
    node = node !== null && typeof node === "object" ? (node as Record<string | number, Json>)[segment] : undefined;
  }
  return node;
}

/** Values that break Croissant documents in the ways mlcroissant checks. */
const VALUES: Json[] = [
  null,
  "",
  " ",
  "x",
  "a b",
  1,
  1.5,
  true,
  [],
  {},
  ["x"],
  { "@id": "missing" },
  { "@id": "a b" },
  "sc:Thing",
  "sc:Dataset",
  "cr:FileObject",
  "cr:FileSet",
  "cr:RecordSet",
  "cr:Field",
  "sc:Text",
  "sc:Integer",
  "sc:Float",
  "sc:Boolean",
  "sc:ImageObject",
  "cr:BoundingBox",
  "cr:Int64",
  "sc:Date",
  "https://schema.org/Text",
  "text/csv",
  "application/json",
  "application/x-tar",
  "image/png",
  "data/file.csv",
  "https://example.org/data.csv",
  "http://mlcommons.org/croissant/1.0",
  "http://mlcommons.org/croissant/1.1",
  "http://mlcommons.org/croissant/9.9",
  "2023-12-20",
  "2023-12-20T10:00:00",
  "not a date",
  "https://creativecommons.org/licenses/by/4.0/",
  { "@type": "sc:CreativeWork", name: "CC" },
  { "@type": "sc:Person", name: "Jane" },
  { fileObject: { "@id": "missing" } },
  { fileSet: { "@id": "missing" } },
  { field: { "@id": "missing/field" } },
  { fileObject: { "@id": "missing" }, extract: { column: "c" } },
  { extract: { jsonPath: "$.x" } },
  { transform: { regex: "(.*)" } },
  "0123456789abcdef0123456789abcdef",
  "*.csv",
];

const mutation = fc.record({
  kind: fc.constantFrom("set", "set", "set", "delete", "delete", "rename", "duplicate", "swap-ids", "context"),
  at: fc.nat(),
  other: fc.nat(),
  value: fc.constantFrom(...VALUES),
  key: fc.constantFrom("@type", "@id", "name", "source", "dataType", "references", "containedIn", "encodingFormat", "x"),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** The edited document, and what was done (for the report). */
function mutate(original: Json, edits: readonly Mutation[]): { doc: Json; done: string[] } {
  const doc = structuredClone(original);
  const done: string[] = [];
  for (const edit of edits) {
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[edit.at % Math.max(all.length, 1)];
    if (!path) {
      continue;
    }
    const parent = at(doc, path.slice(0, -1));
    const last = path.at(-1);
    if (parent === null || typeof parent !== "object" || last === undefined) {
      continue;
    }
    const holder = parent as Record<string | number, Json>;
    done.push(
      `${edit.kind} ${JSON.stringify(path)}${edit.kind === "set" ? ` = ${JSON.stringify(edit.value)}` : edit.kind === "rename" ? ` -> ${edit.key}` : ""}`,
    );
    switch (edit.kind) {
      case "set":
        holder[last] = structuredClone(edit.value);
        break;
      case "delete":
        if (Array.isArray(parent) && typeof last === "number") {
          parent.splice(last, 1);
        } else {
          delete holder[last];
        }
        break;
      case "rename":
        if (!Array.isArray(parent)) {
          const value = holder[last] as Json;
          delete holder[last];
          holder[edit.key] = value;
        }
        break;
      case "duplicate":
        if (Array.isArray(parent) && typeof last === "number") {
          parent.push(structuredClone(parent[last] as Json));
        }
        break;
      case "swap-ids": {
        // Point a reference or an id at another node's id.
        const ids = all.filter((p) => p.at(-1) === "@id").map((p) => at(doc, p));
        const id = ids[edit.other % Math.max(ids.length, 1)];
        if (typeof id === "string") {
          holder[last] = typeof holder[last] === "object" ? { "@id": id } : id;
        }
        break;
      }
      case "context": {
        const context = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc["@context"] : undefined;
        if (context !== null && typeof context === "object" && !Array.isArray(context)) {
          const keys = Object.keys(context);
          const key = keys[edit.other % Math.max(keys.length, 1)];
          if (key !== undefined) {
            delete context[key];
          }
        }
        break;
      }
    }
  }
  return { doc, done };
}

// ---- comparison ----

interface Difference {
  readonly class: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

const sorted = comparableMessages;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How many nodes of the document are schema.org Datasets: with more than one, mlcroissant takes the first in
 * Python's set order of rdflib's subjects, which changes from one process to the next (the README lists it).
 */
function datasetNodes(doc: Json): number {
  const context = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc["@context"] ?? {}) : undefined;
  if (context === undefined || context === null || typeof context !== "object" || Array.isArray(context)) {
    return 0;
  }
  const graph = new LdGraph(doc as Record<string, unknown>, new LdContext(context));
  return [...graph.nodes.values()].filter((node) => node.types.includes("https://schema.org/Dataset")).length;
}

async function compare(c: Case, reference: Verdict): Promise<Difference | undefined> {
  let verdict = reference;
  if (datasetNodes(c.doc) > 1) {
    return { class: "not compared: several Dataset nodes", ours: null, theirs: null };
  }
  let findings;
  try {
    findings = (await checkCroissant(c.doc)).findings;
  } catch (error) {
    return { class: "our crash", ours: String(error), theirs: verdict };
  }
  const errors = sorted(findings.filter((f) => f.severity === "error").map((f) => f.msg));
  const warnings = sorted(findings.filter((f) => f.severity === "warning").map((f) => f.msg));
  verdict = { ...verdict, errors: sorted(verdict.errors), warnings: sorted(verdict.warnings) };
  if (verdict.crash) {
    // mlcroissant raised a Python exception (no verdict): the document must fail here.
    return errors.length > 0 ? undefined : { class: "reference crash, passes here", ours: { errors, warnings }, theirs: verdict.crash };
  }
  const raised = errors.length > 0;
  if (raised !== verdict.raised) {
    return { class: "status", ours: { errors, warnings }, theirs: verdict };
  }
  if (!same(errors, verdict.errors)) {
    return { class: "error messages", ours: errors, theirs: verdict.errors };
  }
  if (!same(warnings, verdict.warnings)) {
    return { class: "warning messages", ours: warnings, theirs: verdict.warnings };
  }
  return undefined;
}

/** The class of a difference, with a key that groups the same message shapes. */
function shape(d: Difference): string {
  const first = (list: unknown) =>
    Array.isArray(list)
      ? String(list[0] ?? "")
          .replace(/\[.*?\] /, "")
          .replace(/["'`].*?["'`]/g, "…")
          .slice(0, 80)
      : "";
  if (d.class === "error messages" || d.class === "warning messages") {
    const ours = new Set(d.ours as string[]);
    const theirs = new Set(d.theirs as string[]);
    const missing = [...theirs].filter((m) => !ours.has(m));
    const extra = [...ours].filter((m) => !theirs.has(m));
    return `${d.class}: ${missing.length ? `missing ${first(missing)}` : ""}${extra.length ? ` extra ${first(extra)}` : ""}`;
  }
  if (d.class === "status") {
    const theirs = d.theirs as Verdict;
    const ours = d.ours as { errors: string[] };
    return `status: ${theirs.raised ? `theirs ${first(theirs.errors)}` : `ours ${first(ours.errors)}`}`;
  }
  return d.class;
}

// ---- main ----

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "5000" },
      seed: { type: "string", default: "1" },
      report: { type: "string" },
      mlcroissant: { type: "string", default: process.env.MLCROISSANT_CHECKOUT },
      cache: { type: "string" },
    },
  });
  const env = process.env.CROISSANT_REFERENCE_ENV;
  if (!env) {
    throw new Error("set CROISSANT_REFERENCE_ENV to the env.sh of the copick reference (copick/setup.sh writes it)");
  }
  const reference = Object.fromEntries(
    [...readFileSync(env, "utf8").matchAll(/^export (\w+)="([^"]*?)(?:\$\{\w+:\+:\$\w+\})?"$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
  const total = Number(values.cases);
  const seed = Number(values.seed);
  const real = seeds(values.mlcroissant);
  const cases: Case[] = [...real];
  const pick = fc.tuple(fc.nat(real.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }));
  fc.sample(pick, { seed, numRuns: Math.max(total - real.length, 0) }).forEach(([index, edits], i) => {
    const base = real[index];
    if (base) {
      const { doc, done } = mutate(base.doc, edits);
      cases.push({ origin: `mutated #${i} of ${base.origin}`, doc, edits: done });
    }
  });

  const started = Date.now();
  // --cache FILE keeps the reference's verdicts by document (JSON lines), to rerun ours alone.
  const key = (doc: Json) => createHash("sha256").update(JSON.stringify(doc)).digest("hex");
  const cached = new Map<string, Verdict>(
    values.cache && existsSync(values.cache)
      ? readFileSync(values.cache, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as [string, Verdict])
      : [],
  );
  const missing = cases.filter((c) => !cached.has(key(c.doc)));
  const fresh = await runPythonBatch<{ doc: Json }, Verdict>(
    { script: join(import.meta.dirname, "croissant_oracle.py"), env: reference },
    missing.map((c) => ({ doc: c.doc })),
    "mlcroissant",
  );
  missing.forEach((c, i) => cached.set(key(c.doc), fresh[i] as Verdict));
  if (values.cache) {
    writeFileSync(values.cache, [...cached].map((entry) => JSON.stringify(entry)).join("\n") + "\n");
  }
  const verdicts = cases.map((c) => cached.get(key(c.doc)) as Verdict);
  const referenceSeconds = (Date.now() - started) / 1000;
  const oursStarted = Date.now();
  let uncompared = 0;
  const differences: (Difference & { origin: string; edits?: string[]; doc: Json })[] = [];
  for (const [i, c] of cases.entries()) {
    const verdict = verdicts[i];
    const difference = verdict ? await compare(c, verdict) : { class: "no verdict", ours: null, theirs: null };
    if (difference?.class.startsWith("not compared")) {
      uncompared += 1;
    } else if (difference) {
      differences.push({ origin: c.origin, ...(c.edits ? { edits: c.edits } : {}), doc: c.doc, ...difference });
    }
  }
  const oursSeconds = (Date.now() - oursStarted) / 1000;
  // Every real document must be recognised as a Croissant; mutated ones are counted (an edit may remove what
  // makes a document recognisably Croissant).
  const undetected = cases.filter((c) => detectKind(c.doc, "metadata.json").name !== "croissant");
  for (const c of undetected.filter((u) => !u.origin.startsWith("mutated"))) {
    differences.push({
      origin: c.origin,
      doc: c.doc,
      class: "not detected as Croissant",
      ours: detectKind(c.doc, "metadata.json").name,
      theirs: "croissant",
    });
  }
  const seedsAgreeing = real.length - differences.filter((d) => !d.origin.startsWith("mutated")).length;
  console.log(
    `croissant: ${cases.length} documents (seed ${seed}; ${real.length} real, ${seedsAgreeing} of them agree): ` +
      `${cases.length - uncompared - differences.length} agree, ${differences.length} differ | mlcroissant raised on ` +
      `${verdicts.filter((v) => v.raised).length}, warned on ${verdicts.filter((v) => v.warnings.length > 0).length},` +
      ` crashed on ${verdicts.filter((v) => v.crash).length}` +
      ` | ${undetected.length} mutated documents not recognised as Croissant, ${uncompared} with several Dataset nodes not compared` +
      ` | reference ${referenceSeconds.toFixed(1)} s, ours ${oursSeconds.toFixed(1)} s`,
  );
  const byShape = new Map<string, (typeof differences)[number][]>();
  for (const d of differences) {
    byShape.set(shape(d), [...(byShape.get(shape(d)) ?? []), d]);
  }
  for (const [name, list] of [...byShape].sort((a, b) => b[1].length - a[1].length)) {
    const example = list[0];
    console.log(`  ${list.length} × ${name}\n    e.g. ${example?.origin}: ${example?.edits?.join("; ") ?? ""}`);
    console.log(`    ours:   ${JSON.stringify(example?.ours).slice(0, 700)}\n    theirs: ${JSON.stringify(example?.theirs).slice(0, 700)}`);
  }
  if (values.report) {
    writeFileSync(values.report, `${JSON.stringify({ cases: cases.length, seed, differences }, null, 1)}\n`);
  }
  process.exitCode = differences.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith("croissant.ts")) {
  await main();
}
