// `make diff-reference-fractal`: fractal-server's models (scripts/diff-reference/fractal_oracle.py) and
// validateManifest on the same manifests, compared. Not part of `make test` or CI: it needs the reference.
//
//   tsx scripts/diff-reference/fractal.ts [--cases N] [--seed S] [--report FILE]
//
// The manifests: the corpus, the examples, server-verdicts.json's documents, generated ones (fast-check, from
// pools of values around every rule's edges) and mutated ones (1 to 4 random edits of a real manifest). Each
// runs with the collection level, and two in five with an installed package holding some of its executables.
// Compared: the version each side reads the manifest as; the server's errors (loc, msg, type, in order);
// whether collection fails, and the errors of the first task the server could not create (we report every
// task: none may fail here before it); the first missing executable; the stored form of what passes.
// Message differences the README lists are normalised first (see `normalise`).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { fileExists } from "../../src/engine/node/file-exists.js";
import { normalizeManifest, validateManifest } from "../../src/fractal/validate.js";
import type { ErrorEntry } from "../../src/engine/summary/types.js";
import { runPythonBatch } from "./python-batch.js";

const REPO = join(import.meta.dirname, "..", "..");
const REFERENCE = process.env.FRACTAL_REFERENCE ?? join(tmpdir(), "refs", "fractal");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface ServerError {
  readonly loc: (string | number)[];
  readonly msg: string;
  readonly type: string;
}
interface Case {
  readonly origin: string;
  readonly doc: Json;
  readonly version: "1" | "2" | null;
  readonly collection: boolean;
  readonly files: string[] | null;
}
interface Verdict {
  readonly version: "1" | "2";
  readonly errors: ServerError[];
  readonly crash?: string;
  readonly root?: string;
  readonly collection?: { task: number; errors: ServerError[] } | { tasks: Record<string, unknown>[] };
  readonly missing?: { task: number; msg: string };
}

// ---- the manifests ----

const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8")) as Json;

function seeds(): { origin: string; doc: Json }[] {
  const out: { origin: string; doc: Json }[] = [];
  for (const kind of ["valid", "invalid"]) {
    const dir = join(REPO, "test", "fixtures", "corpus", "fractal", kind);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      out.push({ origin: `corpus/${kind}/${file}`, doc: readJson(join(dir, file)) });
    }
  }
  for (const file of readdirSync(join(REPO, "examples", "fractal"))) {
    out.push({ origin: `examples/fractal/${file}`, doc: readJson(join(REPO, "examples", "fractal", file)) });
  }
  const verdicts = readJson(join(REPO, "test", "fixtures", "fractal", "server-verdicts.json")) as { cases: { name: string; doc: Json }[] };
  for (const c of verdicts.cases) {
    out.push({ origin: `server-verdicts/${c.name}`, doc: c.doc });
  }
  return out;
}

// Values at the edges of the rules: whitespace (Python's and JavaScript's ideas of it differ), lax booleans,
// URLs pydantic v1 and v2 read differently, characters forbidden in commands, duplicates after stripping.
const TEXT = [
  "",
  " ",
  "\t\n",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u001c",
  "x",
  " x ",
  "x\u3000",
  "Task",
  "task",
  "a",
  " a",
  "a ",
  "2D",
  " 2D",
  "it's",
  'say "hi"',
  "ä",
  "🦈",
  "\u001f",
  "\u0085",
  "\u0085x",
  "x\u001c",
];
const BOOLISH = ["true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0", "TRUE", "Yes", "maybe", " true", "none"];
const URLS = [
  "https://example.org",
  " https://example.org/docs ",
  "http://www.example.org",
  "https://fractal-analytics-platform.github.io/fractal-tasks-core/",
  "http://localhost/x",
  "http://localhost:8000",
  "https://127.0.0.1/x",
  "http://1.2.3.999",
  "http://[::1]/x",
  "http://[::1",
  "ftp://x.org",
  "htp://x.org",
  "mailto:a@b.c",
  "not-an-url",
  "//x.org",
  "http:example.com",
  "http://",
  "https://x.org:99999",
  "https://x.org:0",
  "http://exa mple.com",
  "http://exa_mple.com",
  "https://ä.com",
  "https://xn--4ca.com",
  "https://x.org/a b",
  "https://x.org/?q=1#f",
  "https://user:pw@x.org",
  "HTTPS://X.ORG",
  "https://x.org/" + "a".repeat(2080),
  "https://x",
  "https://-x.org",
  "https://x.org.",
  "\u001chttps://x.org",
  "https://x.org\u001f",
  "\u0000https://x.org",
  "\u00a0https://x.org",
  "https://x.org/\u0085",
  "https://x.org/%zz",
  "https://x.org/\\path",
  "https:/x.org",
  "https:///x.org",
  "https://[v1.x]/",
  "https://x.org:/",
  "https://@x.org",
];
const PATHS = [
  "task.py",
  "tasks/task.py",
  "./task.py",
  "tasks//task.py",
  "tasks/./task.py",
  "task.py/",
  "/abs/task.py",
  "//abs/task.py",
  "../task.py",
  "",
  ".",
  " ",
  "my task.py",
  "task.py ",
  "tasks/run(1).py",
  "task;rm.py",
  "task$.py",
  "task!.py",
  "task#.py",
  "task`.py",
  "task\\.py",
  "t\u00a0ask.py",
  "init.py",
  "compute.py",
  "task.py\u001c",
  "\u0085task.py",
];
const TYPES = [
  "compound",
  "converter_compound",
  "non_parallel",
  "converter_non_parallel",
  "parallel",
  "Parallel",
  "",
  " parallel",
  "serial",
];
const VERSIONS = ["pydantic_v1", "pydantic_v2", "fractal_schema_v1", "", " ", " pydantic_v2 "];

const text = fc.constantFrom(...TEXT);
const number = fc.constantFrom(0, 1, 2, -1, 1.5, 1e21, 3);
const oddJson: fc.Arbitrary<Json> = fc.oneof(
  text,
  number,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom<Json>([], ["a"], [1], {}, { a: 1 }),
  fc.constantFrom(...BOOLISH),
);
const keyish = fc.constantFrom("a", " a", "a ", "", " ", "mem", " mem", "cpus_per_task", "needs_gpu", "\u00a0k", "is_3D", " is_3D");
const dict: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Json>({}, { cpus_per_task: 1, mem: 4000 }, { needs_gpu: true }) },
  { weight: 2, arbitrary: fc.dictionary(keyish, fc.oneof(fc.constant<Json>(1), text, fc.constant<Json>(null)), { maxKeys: 3 }) },
);
const argsSchema: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>({ title: "T", type: "object", properties: {} }, {}, { a: "b" }, { " type ": "object" }, { "": 1 }),
  fc.dictionary(keyish, fc.constantFrom<Json>("object", 1, null, { x: [1, null] }), { maxKeys: 3 }),
);
const typeFilters: fc.Arbitrary<Json> = fc.dictionary(
  keyish,
  fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...BOOLISH), number) }),
  { maxKeys: 3 },
);
const tags: fc.Arbitrary<Json> = fc.oneof(fc.array(fc.oneof(text, fc.constantFrom("2D", "3D", "Yokogawa")), { maxLength: 3 }), oddJson);

/** A value mostly of the right kind, sometimes anything. */
function mostly(arbitrary: fc.Arbitrary<Json>, odd = 1): fc.Arbitrary<Json> {
  return fc.oneof({ weight: 8, arbitrary }, { weight: odd, arbitrary: oddJson });
}

const name = mostly(fc.oneof(fc.constantFrom("Task", "Other", "Segment (3D)"), text), 1);
const executable = mostly(fc.oneof(fc.constantFrom(...PATHS), fc.constant(null)));
const nullable = (arbitrary: fc.Arbitrary<Json>) => fc.oneof(arbitrary, fc.constant(null));

const freeTaskV2 = fc.record(
  {
    name,
    executable_non_parallel: executable,
    executable_parallel: executable,
    input_types: mostly(typeFilters),
    output_types: mostly(typeFilters),
    meta_non_parallel: mostly(dict),
    meta_parallel: mostly(dict),
    args_schema_non_parallel: mostly(nullable(argsSchema)),
    args_schema_parallel: mostly(nullable(argsSchema)),
    docs_info: mostly(nullable(text)),
    docs_link: mostly(nullable(fc.constantFrom(...URLS))),
    category: mostly(nullable(fc.oneof(text, fc.constantFrom("Segmentation", " Conversion")))),
    modality: mostly(nullable(fc.oneof(text, fc.constantFrom("HCS")))),
    tags,
    type: mostly(nullable(fc.constantFrom(...TYPES))),
    unknown_key: fc.constant<Json>(1),
  },
  { requiredKeys: ["name"] },
);

/** A task whose executables, meta and schemas agree (as fractal-task-tools writes them), with plausible values. */
const consistentTaskV2 = fc
  .record(
    {
      name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom("Task", "Other", "Segment (3D)", "Convert") }, { weight: 1, arbitrary: text }),
      sides: fc.constantFrom<readonly string[]>(["non_parallel"], ["parallel"], ["non_parallel", "parallel"]),
      executable: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom("task.py", "tasks/task.py", "init.py", "compute.py") },
        { weight: 1, arbitrary: fc.constantFrom(...PATHS) },
      ),
      meta: fc.oneof({ weight: 3, arbitrary: fc.constant<Json>({}) }, { weight: 1, arbitrary: dict }),
      schema: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Json>({ title: "T", type: "object", properties: {} }) },
        { weight: 1, arbitrary: nullable(argsSchema) },
      ),
      input_types: fc.oneof({ weight: 3, arbitrary: fc.constant<Json>({}) }, { weight: 1, arbitrary: typeFilters }),
      output_types: fc.oneof({ weight: 3, arbitrary: fc.constant<Json>({ is_3D: false }) }, { weight: 1, arbitrary: typeFilters }),
      docs_link: nullable(fc.constantFrom(...URLS)),
      category: nullable(fc.oneof(text, fc.constantFrom("Segmentation", " Conversion"))),
      modality: nullable(fc.oneof(text, fc.constantFrom("HCS"))),
      tags: fc.oneof(
        { weight: 2, arbitrary: fc.constant<Json>([]) },
        { weight: 1, arbitrary: fc.array(fc.oneof(text, fc.constantFrom("2D", "3D")), { maxLength: 3 }) },
      ),
      type: nullable(fc.constantFrom(...TYPES)),
    },
    { requiredKeys: ["name", "sides", "executable", "schema"] },
  )
  .map(({ sides, executable, meta, schema, ...rest }) => {
    const task: Record<string, Json> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined) {
        task[key] = value;
      }
    }
    for (const side of sides) {
      task[`executable_${side}`] = side === "parallel" && sides.length === 2 ? `p_${executable}` : executable;
      if (meta !== undefined) {
        task[`meta_${side}`] = meta;
      }
      task[`args_schema_${side}`] = schema;
    }
    return task as Json;
  });

const taskV2 = fc.oneof({ weight: 3, arbitrary: consistentTaskV2 }, { weight: 1, arbitrary: freeTaskV2 });

const taskV1 = fc.record(
  {
    name,
    executable: mostly(fc.constantFrom(...PATHS)),
    input_type: mostly(fc.oneof(fc.constantFrom("zarr", "image", "Any"), text)),
    output_type: mostly(fc.oneof(fc.constantFrom("zarr", "None"), text)),
    meta: mostly(nullable(dict)),
    args_schema: mostly(nullable(argsSchema)),
    docs_info: mostly(nullable(text)),
    docs_link: mostly(nullable(fc.constantFrom(...URLS))),
    default_args: fc.constant<Json>({ a: 1 }),
  },
  { requiredKeys: ["name", "executable", "input_type", "output_type"] },
);

const manifestVersion = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Json>("2") },
  { weight: 2, arbitrary: fc.constantFrom<Json>("1", 1) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(2, "3", " 2", "2.0", null, true, 1.5) },
);

function manifest(task: fc.Arbitrary<Json>, version: fc.Arbitrary<Json>) {
  return fc.record(
    {
      manifest_version: version,
      task_list: fc.oneof({ weight: 12, arbitrary: fc.array(task, { maxLength: 4 }) }, { weight: 1, arbitrary: oddJson }),
      has_args_schemas: fc.oneof({ weight: 6, arbitrary: fc.boolean() }, { weight: 1, arbitrary: oddJson }),
      args_schema_version: fc.oneof(
        { weight: 4, arbitrary: fc.constant<Json>("pydantic_v2") },
        { weight: 1, arbitrary: mostly(nullable(fc.constantFrom(...VERSIONS))) },
      ),
      authors: mostly(nullable(fc.oneof(text, fc.constantFrom("Jane Doe", " Jane ")))),
      has_args_schema: fc.constant<Json>(true),
    },
    { requiredKeys: ["manifest_version", "task_list", "args_schema_version"] },
  );
}

/** Mostly what a package would ship: version "2", consistent tasks, plausible labels. */
const plausibleV2 = fc.record(
  {
    manifest_version: fc.constant<Json>("2"),
    task_list: fc.array(consistentTaskV2, { maxLength: 4 }),
    has_args_schemas: fc.boolean(),
    args_schema_version: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom<Json>("pydantic_v2", "fractal_schema_v1") },
      { weight: 1, arbitrary: nullable(fc.constantFrom(...VERSIONS)) },
    ),
    authors: fc.oneof({ weight: 5, arbitrary: fc.constantFrom<Json>(null, "Jane Doe") }, { weight: 1, arbitrary: text }),
  },
  { requiredKeys: ["manifest_version", "task_list", "has_args_schemas", "args_schema_version"] },
);

export const generatedV2 = fc.oneof(manifest(taskV2, manifestVersion), plausibleV2);
const generatedV1 = manifest(
  taskV1,
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom<Json>("1", 1) }, { weight: 1, arbitrary: manifestVersion }),
);

// ---- mutations of real manifests ----

type Path = (string | number)[];

function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths(item, [...prefix, i], out));
  } else if (value !== null && typeof value === "object" && prefix.length < 4) {
    for (const [key, item] of Object.entries(value)) {
      paths(item, [...prefix, key], out);
    }
  }
  return out;
}

function parentOf(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const segment of path.slice(0, -1)) {
    node = node !== null && typeof node === "object" ? (node as Record<string | number, Json>)[segment] : undefined;
  }
  return node;
}

const TASK_FIELDS = [
  "name",
  "executable_non_parallel",
  "executable_parallel",
  "executable",
  "input_type",
  "output_type",
  "meta_parallel",
  "meta_non_parallel",
  "args_schema_parallel",
  "args_schema_non_parallel",
  "args_schema",
  "docs_link",
  "category",
  "modality",
  "tags",
  "type",
  "input_types",
];

const mutation = fc.record({
  kind: fc.constantFrom("set", "set", "set", "delete", "add-field", "duplicate-task", "rename-key", "version"),
  at: fc.nat(),
  field: fc.constantFrom(...TASK_FIELDS),
  value: fc.oneof(
    oddJson,
    fc.constantFrom(...URLS),
    fc.constantFrom(...PATHS),
    fc.constantFrom(...TYPES),
    dict,
    typeFilters,
    argsSchema,
    manifestVersion,
    fc.constantFrom<Json>([["name", "x"]], [[1, "x"]], [[null, 1]], ["ab"], "", [["mem", 1]]),
  ),
  key: keyish,
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(original: Json, edits: readonly Mutation[]): Json {
  const doc = structuredClone(original);
  for (const edit of edits) {
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[edit.at % Math.max(all.length, 1)];
    const tasks = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc.task_list : undefined;
    const taskList = Array.isArray(tasks) ? tasks : [];
    const task = taskList[edit.at % Math.max(taskList.length, 1)];
    switch (edit.kind) {
      case "set":
      case "delete":
      case "rename-key": {
        const parent = path ? parentOf(doc, path) : undefined;
        const last = path?.at(-1);
        if (parent === null || typeof parent !== "object" || last === undefined) {
          break;
        }
        const holder = parent as Record<string | number, Json>;
        if (edit.kind === "set") {
          holder[last] = structuredClone(edit.value);
        } else if (Array.isArray(parent) && typeof last === "number") {
          parent.splice(last, 1);
        } else if (edit.kind === "delete") {
          delete holder[last];
        } else {
          const value = holder[last] as Json;
          delete holder[last];
          holder[`${edit.key}${String(last)}`] = value;
        }
        break;
      }
      case "add-field":
        if (task !== null && typeof task === "object" && !Array.isArray(task)) {
          task[edit.field] = structuredClone(edit.value);
        }
        break;
      case "duplicate-task":
        if (task !== undefined) {
          taskList.push(structuredClone(task));
        }
        break;
      case "version":
        if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) {
          doc.manifest_version = structuredClone(edit.value);
        }
        break;
    }
  }
  return doc;
}

// ---- cases ----

/** Executables named in a manifest (strings wherever a task names one). */
function executablesOf(doc: Json): string[] {
  const tasks = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc.task_list : undefined;
  return (Array.isArray(tasks) ? tasks : []).flatMap((task) =>
    task !== null && typeof task === "object" && !Array.isArray(task)
      ? ["executable", "executable_parallel", "executable_non_parallel"].flatMap((key) => {
          const value = task[key];
          return typeof value === "string" ? [value] : [];
        })
      : [],
  );
}

function buildCases(total: number, seed: number): Case[] {
  const real = seeds();
  const settings = fc.record({
    forced: fc.oneof(
      { weight: 9, arbitrary: fc.constant<"1" | "2" | null>(null) },
      { weight: 1, arbitrary: fc.constantFrom<"1" | "2">("1", "2") },
    ),
    collection: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    installed: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 2, arbitrary: fc.constant(true) }),
    keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  });
  const finish = (origin: string, doc: Json, s: typeof settings extends fc.Arbitrary<infer T> ? T : never): Case => {
    const executables = executablesOf(doc);
    // The files are checked when the tasks are collected.
    const files = s.installed && s.collection ? executables.filter((_, i) => s.keep[i % s.keep.length]) : null;
    // Forcing version 1 on what is not a mapping is not a server path (it read manifest_version first).
    const forced = s.forced === "1" && (doc === null || typeof doc !== "object" || Array.isArray(doc)) ? null : s.forced;
    return { origin, doc, version: forced, collection: s.collection, files };
  };
  const cases: Case[] = fc
    .sample(settings, { seed, numRuns: real.length })
    .map((s, i) => finish(real[i]?.origin ?? "", real[i]?.doc ?? null, s));
  const remaining = Math.max(total - cases.length, 0);
  const mutated = Math.floor(remaining / 2);
  const v1 = Math.floor((remaining - mutated) / 5);
  const pick = fc.tuple(fc.nat(real.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), settings);
  fc.sample(pick, { seed, numRuns: mutated }).forEach(([index, edits, s], i) => {
    const base = real[index];
    if (base) {
      cases.push(finish(`mutated #${i} of ${base.origin}`, mutate(base.doc, edits), s));
    }
  });
  fc.sample(fc.tuple(generatedV1, settings), { seed: seed + 1, numRuns: v1 }).forEach(([doc, s], i) => {
    cases.push(finish(`generated v1 #${i}`, doc as Json, s));
  });
  fc.sample(fc.tuple(generatedV2, settings), { seed: seed + 2, numRuns: remaining - mutated - v1 }).forEach(([doc, s], i) => {
    cases.push(finish(`generated v2 #${i}`, doc as Json, s));
  });
  return cases;
}

// ---- comparison ----

const plain = (errors: readonly ErrorEntry[]): ServerError[] => errors.map(({ loc, msg, type }) => ({ loc: [...loc], msg, type }));

/**
 * Message differences the README lists: the set of forbidden characters (Python prints a set in hash order,
 * which changes from one process to the next), the line break before "Provided command" (one line per issue
 * here) and the interpreter, unknown here (`<python>`), and without an installed package the root.
 */
function normalise(msg: string, root: string | undefined): string {
  return msg
    .replace(/characters: '\{.*\}'(\n| )Provided command: '\S+ /s, "characters: '{…}' Provided command: '<python> ")
    .replaceAll(root ?? "/root", "<package root>");
}

/** The task a collection error of ours is about (the label, every task's, fails the first). */
const taskIndex = (error: ErrorEntry) => (error.loc[0] === "task_list" && typeof error.loc[1] === "number" ? error.loc[1] : 0);

/** A collection error of ours at the loc the server's TaskCreate reports for task `task`. */
function atTask(error: ErrorEntry, task: number): ServerError | undefined {
  const [first, index, field, ...rest] = error.loc;
  if (first === "task_list" && index === task && typeof field === "string") {
    return field.startsWith("executable")
      ? { loc: [], msg: error.msg, type: error.type }
      : { loc: [field, ...rest], msg: error.msg, type: error.type };
  }
  return first === "args_schema_version" ? { loc: [...error.loc], msg: error.msg, type: error.type } : undefined;
}

const sortByLoc = (errors: ServerError[]) => [...errors].sort((a, b) => JSON.stringify(a.loc).localeCompare(JSON.stringify(b.loc)));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Difference {
  readonly class: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

async function compare(c: Case, verdict: Verdict): Promise<Difference | undefined> {
  const root = verdict.root;
  const summary = await validateManifest(c.doc, {
    ...(c.version ? { formatVersion: c.version } : {}),
    collection: c.collection,
    ...(root !== undefined ? { packageRoot: root, fileExists } : {}),
  });
  if (summary.format_version !== verdict.version) {
    return { class: "version read", ours: summary.format_version, theirs: verdict.version };
  }
  const [server] = summary.details;
  const ours = plain(server?.errors ?? []);
  if (!same(ours, verdict.errors)) {
    const oursLocs = ours.map((e) => e.loc);
    const theirLocs = verdict.errors.map((e) => e.loc);
    const kind = ours.length === 0 || verdict.errors.length === 0 ? "status" : same(oursLocs, theirLocs) ? "message" : "locations";
    return { class: `v${verdict.version} server ${kind}`, ours, theirs: verdict.errors };
  }
  if (verdict.errors.length > 0 || !c.collection) {
    return undefined;
  }
  const collection = summary.details.find((d) => d.name.endsWith("task collection"))?.errors ?? [];
  const rules = collection.filter((e) => e.type !== "file_not_found");
  const missing = collection.filter((e) => e.type === "file_not_found");
  const theirs = verdict.collection;
  const v = `v${verdict.version}`;
  // The server stops at the first task it cannot create (version 1: or whose executable is missing), and
  // version 2 checks files only once every task is created; we report everything.
  const firstRule = Math.min(...rules.map(taskIndex));
  const firstMissing = Math.min(...missing.map(taskIndex));
  const normal = (errors: ServerError[]) => sortByLoc(errors.map((e) => ({ ...e, msg: normalise(e.msg, root) })));
  if (theirs && "errors" in theirs) {
    const mine = rules.filter((e) => taskIndex(e) === theirs.task).flatMap((e) => atTask(e, theirs.task) ?? []);
    if (firstRule !== theirs.task) {
      return { class: `${v} collection status`, ours: plain(rules), theirs };
    }
    if (!same(normal(mine), normal(theirs.errors))) {
      return { class: `${v} collection errors`, ours: mine, theirs: theirs.errors };
    }
    if (verdict.version === "1" && firstMissing <= theirs.task) {
      return { class: `${v} missing executable`, ours: plain(missing), theirs };
    }
    return undefined;
  }
  if (verdict.missing) {
    const k = verdict.missing.task;
    if (verdict.version === "2" ? rules.length > 0 : firstRule < k) {
      return { class: `${v} collection status`, ours: plain(rules), theirs: verdict.missing };
    }
    const found = missing[0] && { task: missing[0].loc[1], msg: missing[0].msg };
    return same(found, { task: k, msg: verdict.missing.msg })
      ? undefined
      : { class: `${v} missing executable`, ours: found ?? null, theirs: verdict.missing };
  }
  if (rules.length > 0 || missing.length > 0) {
    return { class: `${v} collection status`, ours: plain(collection), theirs: "collected" };
  }
  if (c.collection && theirs && "tasks" in theirs) {
    const stored = (await normalizeManifest(c.doc, c.version ? { formatVersion: c.version } : {})) as unknown as Record<string, unknown>;
    const tasks = (stored.task_list as Record<string, unknown>[]).map((task) => {
      const { executable_non_parallel: _n, executable_parallel: _p, executable: _e, ...fields } = task;
      return {
        ...fields,
        args_schema_version: stored.args_schema_version,
        ...(verdict.version === "2" ? { authors: stored.authors } : {}),
      };
    });
    const expected = theirs.tasks.map((task) => {
      const { command_non_parallel: _n, command_parallel: _p, version: _v, ...fields } = task;
      return fields;
    });
    if (!same(tasks.map(sortKeys), expected.map(sortKeys))) {
      return { class: `v${verdict.version} stored form`, ours: tasks, theirs: expected };
    }
  }
  return undefined;
}

const sortKeys = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

// ---- main ----

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: "string", default: "5000" }, seed: { type: "string", default: "1" }, report: { type: "string" } },
  });
  const total = Number(values.cases);
  const seed = Number(values.seed);
  const cases = buildCases(total, seed);
  const work = mkdtempSync(join(tmpdir(), "diff-fractal-"));
  try {
    const started = Date.now();
    const verdicts = await runPythonBatch<Omit<Case, "origin">, Verdict>(
      { script: join(import.meta.dirname, "fractal_oracle.py"), args: [work], env: { PYTHONPATH: REFERENCE }, cwd: work },
      cases.map(({ origin: _origin, ...c }) => c),
      "fractal-server",
    );
    const referenceSeconds = (Date.now() - started) / 1000;
    process.chdir(work); // relative paths (a command's last word) resolve where the oracle ran
    const oursStarted = Date.now();
    const differences: (Difference & { origin: string; case: Omit<Case, "origin"> })[] = [];
    for (const [i, c] of cases.entries()) {
      const verdict = verdicts[i];
      const difference = verdict ? await compare(c, verdict) : { class: "no verdict", ours: null, theirs: null };
      if (difference) {
        const { origin, ...rest } = c;
        differences.push({ origin, case: rest, ...difference });
      }
    }
    const oursSeconds = (Date.now() - oursStarted) / 1000;
    const byClass = new Map<string, number>();
    for (const d of differences) {
      byClass.set(d.class, (byClass.get(d.class) ?? 0) + 1);
    }
    const count = (predicate: (v: Verdict) => boolean) => verdicts.filter(predicate).length;
    console.log(
      `fractal: ${cases.length} manifests (seed ${seed}): ${cases.length - differences.length} agree, ${differences.length} differ` +
        ` | read as v1 ${count((v) => v.version === "1")}, rejected by the server ${count((v) => v.errors.length > 0)},` +
        ` collection failed ${count((v) => v.collection !== undefined && "errors" in v.collection)}, missing file ${count((v) => v.missing !== undefined)}` +
        ` | reference ${referenceSeconds.toFixed(1)} s, ours ${oursSeconds.toFixed(1)} s`,
    );
    const kinds = new Map<string, [number, number]>();
    for (const [i, c] of cases.entries()) {
      const kind = c.origin.replace(/ #.*| of .*|\/.*/, "");
      const [n, accepted] = kinds.get(kind) ?? [0, 0];
      kinds.set(kind, [n + 1, accepted + (verdicts[i]?.errors.length === 0 ? 1 : 0)]);
    }
    console.log(`  by origin (accepted by the server): ${[...kinds].map(([k, [n, a]]) => `${k} ${n} (${a})`).join(", ")}`);
    for (const [name, n] of [...byClass].sort((a, b) => b[1] - a[1])) {
      const example = differences.find((d) => d.class === name);
      console.log(`  ${n} × ${name}  e.g. ${example?.origin}\n    doc: ${JSON.stringify(example?.case.doc).slice(0, 400)}`);
      console.log(
        `    ours:   ${JSON.stringify(example?.ours).slice(0, 600)}\n    theirs: ${JSON.stringify(example?.theirs).slice(0, 600)}`,
      );
    }
    if (values.report) {
      writeFileSync(values.report, `${JSON.stringify({ cases: cases.length, seed, differences }, null, 1)}\n`);
    }
    process.exitCode = differences.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error);
    process.exitCode = 2;
  } finally {
    process.chdir(REPO);
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

if (process.argv[1]?.endsWith("fractal.ts")) {
  await main();
}
