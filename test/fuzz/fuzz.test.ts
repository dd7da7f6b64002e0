// Property-based fuzzing (fast-check) of what reads a stranger's bytes: the YAML/JSON/NDJSON/CSV loaders, the
// validators of every document kind, the migration chain and the zip reader. The property is always the same:
// no uncaught exception; every result is a summary (or a value) or one of the typed errors.
//
// `make test` runs a few cases per property with a fixed seed (deterministic, seconds) and replays the corpus
// (test/fuzz/corpus/: inputs that reached distinct outcomes, see test/helpers/fuzz-corpus.ts); `make fuzz` runs
// many more with a fresh seed, printed first, mutating the corpus too, and adds the inputs with new outcomes to it.
// A failure prints its seed and path: replay exactly that case with
//   make fuzz FUZZ_SEED=<seed> FUZZ_PATH=<path>
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import {
  migrateBioimageioApplication,
  migrateBioimageioDataset,
  migrateBioimageioGeneric,
  migrateBioimageioModel,
  migrateBioimageioNotebook,
} from "../../generated/migrations.js";
import { buildDescription } from "../../src/bioimageio/build.js";
import { fileNameOf } from "../../src/engine/files.js";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { readAll } from "../../src/engine/bytes/streams.js";
import { COPICK_CSVS } from "../../src/copick/csv-schema.js";
import { parseCsvRows } from "../../src/copick/csv-rows.js";
import { CopickError } from "../../src/copick/errors.js";
import { readPicks } from "../../src/copick/picks.js";
import { pyJsonLoads } from "../../src/copick/pyjson.js";
import { DownloadError } from "../../src/engine/node/download.js";
import { ReadError } from "../../src/engine/node/read-source.js";
import { DOCUMENT_KINDS } from "../../src/kinds/registry.js";
import { parseLosslessJson } from "../../src/engine/load/lossless-json.js";
import { ParseError, parseSource } from "../../src/engine/load/parse.js";
import { MigrationError } from "../../src/engine/runtime/migration-types.js";
import { ValidationSummary } from "../../src/engine/summary/summary.js";
import { bytesSource, ZipArchive, ZipError } from "../../src/engine/zip/reader.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { pathsOf } from "../helpers/doc-paths.js";
import { corpusInputs, remember } from "../helpers/fuzz-corpus.js";
import { FUZZ_TIMEOUT, FUZZING, fuzzParams } from "../helpers/fuzz-settings.js";

const TIMEOUT = FUZZ_TIMEOUT;
const params = fuzzParams();

/** The errors a hostile input may cause: each says what and where in one line. */
function typed(error: unknown): boolean {
  return [ParseError, ReadError, ZipError, CopickError, DownloadError, MigrationError].some((kind) => error instanceof kind);
}

/** The typed error's reason (what the corpus groups inputs by); anything else fails the property. */
let lastError = "";

async function outcome<T>(run: () => T | Promise<T>): Promise<T | "typed error"> {
  try {
    return await run();
  } catch (error) {
    if (typed(error)) {
      lastError = `${(error as Error).name}: ${error instanceof ParseError ? error.reason : (error as Error).message}`;
      return "typed error";
    }
    throw error;
  }
}

/** What a summary says, for the corpus: its status and each kind of error in it. */
function summaryOutcomes(summary: ValidationSummary): string[] {
  return [`status ${summary.status}`, ...summary.details.flatMap((d) => d.errors.map((e) => `error ${e.type}`))];
}

const corpus = (path: string): string => readFileSync(join(REPO, "test/fixtures/corpus", path), "utf8");

/** Valid documents of every kind, as text: the seeds that mutations start from. */
const SEEDS: readonly [string, string][] = [
  ["rdf.yaml", corpus("bioimageio/example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml")],
  ["rdf.yaml", corpus("bioimageio/example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")],
  ["rdf.yaml", corpus("bioimageio/history/example_specs/models/unet2d_nuclei_broad/rdf_v0_3_3.yaml")],
  ["rdf.yaml", corpus("bioimageio/example_descriptions/datasets/covid_if_training_data/bioimageio.yaml")],
  ["rdf.yaml", corpus("bioimageio/history/example_specs/datasets/covid_if_training_data/rdf.yaml")],
  ["rdf.yaml", corpus("bioimageio/history/example_specs/workflows/hello.yaml")],
  ["__FRACTAL_MANIFEST__.json", corpus("fractal/valid/fractal-helper-tasks__FRACTAL_MANIFEST__.json")],
  ["copick_config.json", corpus("copick/configs/overlay_local.json")],
  ["Picks/alice_42_ribosome.json", corpus("copick/reconstructed_exports/tiny/ExperimentRuns/run_001/Picks/alice_42_ribosome.json")],
  ["metadata.json", corpus("copick/reconstructed_exports/tiny/Croissant/metadata.json")],
  ["metadata.json", corpus("croissant/valid/v1.0_recipes_enum.json")],
  ["picks.ndjson", corpus("copick/test_fixtures/cdp_style_100-ribosome-0.ndjson").split("\n").slice(0, 3).join("\n")],
  ["runs.csv", corpus("copick/reconstructed_exports/multi_run_splits/Croissant/runs.csv")],
  ["picks.csv", corpus("copick/reconstructed_exports/multi_run_splits/Croissant/picks.csv")],
];

/** Text edits: insert, delete, duplicate or replace a slice, at positions a fraction of the text's length. */
const textEdit = fc.tuple(
  fc.constantFrom("insert", "delete", "duplicate", "replace"),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(40),
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.constantFrom("[", "{", "]", "}", '"', "'", ":", "- ", "\n", "\t", "&a ", "*a", "!!", "\\u0000", "#", ",", "\uFEFF", "1e999"),
  ),
);

function applyEdits(text: string, edits: readonly (readonly [string, number, number, string])[]): string {
  let out = text;
  for (const [op, at, length, insert] of edits) {
    const i = Math.floor(at * out.length);
    out =
      op === "insert"
        ? out.slice(0, i) + insert + out.slice(i)
        : op === "delete"
          ? out.slice(0, i) + out.slice(i + length)
          : op === "duplicate"
            ? out.slice(0, i + length) + out.slice(i, i + length) + out.slice(i + length)
            : out.slice(0, i) + insert + out.slice(i + insert.length);
  }
  return out;
}

/** `make fuzz` mutates what the corpus kept too (text inputs, named as their property names them). */
const CORPUS_SEEDS: readonly [string, string][] = FUZZING
  ? ["loaders", "whole-loader", "copick-readers"].flatMap((property) =>
      corpusInputs(property).map((input) => [`a.${input.ext === "txt" ? "yaml" : input.ext}`, input.text()] as [string, string]),
    )
  : [];
const mutatedText = fc.tuple(fc.constantFrom(...SEEDS, ...CORPUS_SEEDS), fc.array(textEdit, { minLength: 1, maxLength: 6 }));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme-ascii", maxLength: 300 }));

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, "", 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 64, "0.5.99", "../x", "/etc/passwd", [], {}),
);

/** Structural edits of a parsed document: a value replaced, a key removed, a key added, a list item repeated. */
const structuralEdit = fc.tuple(fc.constantFrom("set", "delete", "add", "repeat"), fc.nat(), jsonValue, fc.string({ maxLength: 12 }));

function applyStructural(doc: unknown, edits: readonly (readonly [string, number, unknown, string])[]): unknown {
  let out = structuredClone(doc);
  for (const [op, pick, value, key] of edits) {
    const all = pathsOf(out);
    const path = all[pick % all.length] ?? [];
    if (path.length === 0) {
      out = op === "set" ? value : out;
      continue;
    }
    let parent: unknown = out;
    for (const segment of path.slice(0, -1)) {
      parent = (parent as Record<string | number, unknown>)[segment];
    }
    const last = path.at(-1) as string | number;
    const holder = parent as Record<string | number, unknown> & unknown[];
    if (op === "set") {
      holder[last] = value;
    } else if (op === "delete") {
      if (Array.isArray(holder)) {
        holder.splice(Number(last), 1);
      } else {
        delete holder[last];
      }
    } else if (op === "add" && typeof holder[last] === "object" && holder[last] !== null && !Array.isArray(holder[last])) {
      (holder[last] as Record<string, unknown>)[key] = value;
    } else if (op === "repeat" && Array.isArray(holder)) {
      holder.push(structuredClone(holder[Number(last)]));
    }
  }
  return out;
}

const parsedSeeds = SEEDS.filter(([name]) => !name.endsWith(".csv") && !name.endsWith(".ndjson")).map(
  ([name, text]) => [name, parseSource(text, name).value] as const,
);
const mutatedDoc = fc.tuple(fc.constantFrom(...parsedSeeds), fc.array(structuralEdit, { minLength: 1, maxLength: 5 }));

/** The properties' checks, shared by the generated cases and the corpus replay; each returns the outcome. */
async function checkParse(text: string, fileName: string, pick = 0): Promise<string[]> {
  const parsed = await outcome(() => parseSource(text, fileName));
  if (parsed === "typed error") {
    return [lastError];
  }
  const all = pathsOf(parsed.value);
  const position = parsed.locate(all[pick % all.length] ?? []);
  expect(position.line).toBeGreaterThanOrEqual(1);
  return [`parsed ${Array.isArray(parsed.value) ? "array" : parsed.value === null ? "null" : typeof parsed.value}`];
}

async function checkCopickReaders(text: string, name: string): Promise<string[]> {
  const outcomes: string[] = [];
  const readers: (() => unknown)[] = [
    () => parseLosslessJson(text, name),
    () => readPicks(text, name),
    () => pyJsonLoads(text, name),
    ...COPICK_CSVS.map((csv) => () => parseCsvRows(csv, text, name)),
  ];
  for (const read of readers) {
    outcomes.push((await outcome(read)) === "typed error" ? lastError : "read");
  }
  return outcomes;
}

async function checkWholeLoader(bytes: Uint8Array, performIoChecks = false): Promise<string[]> {
  const loaded = await outcome(() => loadDescription(bytes, { performIoChecks }));
  if (loaded === "typed error") {
    return [lastError];
  }
  expect(loaded.validationSummary).toBeInstanceOf(ValidationSummary);
  return summaryOutcomes(loaded.validationSummary);
}

async function checkValidators(value: unknown, fileName: string, strict: boolean): Promise<string[]> {
  const outcomes: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const options = { strict, collection: strict, formatVersion: strict ? "latest" : "discover" };
    const summary = await kind.validate(value, { ...options, sourceName: fileName });
    expect(summary).toBeInstanceOf(ValidationSummary);
    expect(() => JSON.stringify(summary) && summary.format("text") && summary.format("markdown")).not.toThrow();
    outcomes.push(...summaryOutcomes(summary));
  }
  return outcomes;
}

async function checkZip(bytes: Uint8Array): Promise<string[]> {
  const read = await outcome(async () => {
    const archive = await ZipArchive.open(bytesSource("f.zip", bytes));
    for (const entry of archive.entries.values()) {
      await readAll(archive.stream(entry));
    }
    return "read";
  });
  return [read === "typed error" ? lastError : "read", ...(await checkWholeLoader(bytes, true))];
}

describe("fuzz: loaders", () => {
  test(
    "parseSource (YAML, JSON, NDJSON, CSV): a value with positions, or a ParseError",
    async () => {
      const formats = ["a.yaml", "a.json", "a.ndjson", "a.csv"];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(mutatedText, fc.tuple(fc.constant(["a.yaml", ""] as [string, string]), fc.constant([]))),
          anyText,
          fc.nat(3),
          fc.nat(),
          async ([[name, seed], edits], raw, format, pick) => {
            for (const [text, fileName] of [
              [applyEdits(seed, edits), name],
              [raw, formats[format] ?? "a.yaml"],
            ] as const) {
              remember("loaders", await checkParse(text, fileName, pick), text, fileName.split(".").pop() ?? "yaml");
            }
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    "the copick readers (lossless JSON, picks, Python-style JSON, CSV sidecars): a value or a typed error",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedText, async ([[name, seed], edits]) => {
          const text = applyEdits(seed, edits);
          remember("copick-readers", await checkCopickReaders(text, name), text, name.split(".").pop() ?? "json");
        }),
        params,
      );
    },
    TIMEOUT,
  );

  test("file names of URLs: a string, never an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string({ unit: "binary" }).map((s) => `https://${s}`),
        ),
        (url) => {
          expect(typeof fileNameOf(url)).toBe("string");
        },
      ),
      params,
    );
  });
});

describe("fuzz: validators", () => {
  test(
    "every document kind, on mutated documents of every kind: a summary from each kind",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedDoc, fc.boolean(), async ([[name, doc], edits], strict) => {
          const value = applyStructural(doc, edits);
          const seen = await checkValidators(value, name, strict);
          // JSON keeps what a document can hold (a NaN is kept as null: another input, still a valid one)
          remember("validators", seen, JSON.stringify({ fileName: name, strict, value }), "json");
        }),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    "every document kind, on arbitrary values: a summary",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constantFrom(null, undefined, 0, -1, "", "x", true, [], [null], {}, Number.NaN),
            fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true }),
          ),
          async (value) => {
            for (const kind of DOCUMENT_KINDS) {
              expect(await kind.validate(value, { sourceName: "x.json" })).toBeInstanceOf(ValidationSummary);
            }
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    "mutated text through the whole loader (parse, validate, IO checks off): a description or a typed error",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedText, async ([[name, seed], edits]) => {
          const text = applyEdits(seed, edits);
          remember("whole-loader", await checkWholeLoader(new TextEncoder().encode(text)), text, name.split(".").pop() ?? "yaml");
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe("fuzz: the migration chain", () => {
  type Migrate = (doc: unknown, from: string, to: string) => unknown;
  const migrate: Record<string, Migrate> = {
    model: migrateBioimageioModel as Migrate,
    dataset: migrateBioimageioDataset as Migrate,
    application: migrateBioimageioApplication as Migrate,
    notebook: migrateBioimageioNotebook as Migrate,
  };

  test(
    "mutated old documents converted to the latest format: a description (valid or not); valid ones migrate",
    async () => {
      const old = parsedSeeds.filter(([, doc]) => /^0\.[234]\./.test(String((doc as Record<string, unknown>).format_version)));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...old), fc.array(structuralEdit, { maxLength: 4 }), async ([, doc], edits) => {
          const value = applyStructural(doc, edits);
          const latest = await buildDescription(value, { formatVersion: "latest" });
          expect(latest.validationSummary).toBeInstanceOf(ValidationSummary);
          const source = await buildDescription(value, { formatVersion: "discover" });
          if (source.valid) {
            const run = migrate[source.type] ?? (migrateBioimageioGeneric as Migrate);
            const minor = source.formatVersion.split(".").slice(0, 2).join(".");
            const migrated = await outcome(() => run(structuredClone(source.content), minor, "latest"));
            expect(migrated === "typed error" || typeof migrated === "object").toBe(true);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe("fuzz: the zip reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "fuzz-zip-"));
  const path = join(dir, "seed.zip");
  execFileSync("python3", [
    "-c",
    "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n  z.writestr('rdf.yaml', sys.argv[2])\n  z.writestr('README.md', '# hi\\n' * 20)\n  with z.open('big.bin', 'w', force_zip64=True) as f: f.write(bytes(range(256)) * 8)",
    path,
    SEEDS[3]?.[1] ?? "",
  ]);
  const seed = Uint8Array.from(readFileSync(path));
  const byteEdits = fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 10 });

  test(
    "mutated and truncated packages: entries stream whole or a ZipError; loading gives a description or a typed error",
    async () => {
      await fc.assert(
        fc.asyncProperty(byteEdits, fc.nat(seed.length), fc.boolean(), async (edits, cut, truncate) => {
          const bytes = Uint8Array.from(truncate ? seed.subarray(0, cut) : seed);
          for (const [at, value] of edits) {
            if (at < bytes.length) {
              bytes[at] = value;
            }
          }
          remember("zip", await checkZip(bytes), bytes, "zip");
        }),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    "arbitrary bytes that start like a zip: a ZipError",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (tail) => {
          const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
          expect(await outcome(() => ZipArchive.open(bytesSource("r.zip", bytes)).then(() => "opened"))).toMatch(/opened|typed error/);
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

test("the seed documents are what the mutations start from: each parses", () => {
  expect(parsedSeeds.map(([, doc]) => typeof doc)).toEqual(parsedSeeds.map(() => "object"));
  expect(parseYaml(SEEDS[0]?.[1] ?? "")).toBeTypeOf("object");
});

describe("the fuzz corpus (test/fuzz/corpus/), replayed", () => {
  const replay: Record<string, (input: { text(): string; bytes: Uint8Array; ext: string }) => Promise<string[]>> = {
    loaders: (input) => checkParse(input.text(), `a.${input.ext}`),
    "copick-readers": (input) => checkCopickReaders(input.text(), `a.${input.ext}`),
    "whole-loader": (input) => checkWholeLoader(input.bytes),
    validators: (input) => {
      const { fileName, strict, value } = JSON.parse(input.text()) as { fileName: string; strict: boolean; value: unknown };
      return checkValidators(value, fileName, strict);
    },
    zip: (input) => checkZip(input.bytes),
  };
  for (const [property, check] of Object.entries(replay)) {
    const inputs = corpusInputs(property);
    test.runIf(inputs.length > 0)(
      `${property}: ${inputs.length} kept inputs, each a value, a summary or a typed error`,
      async () => {
        for (const input of inputs) {
          await check(input).catch((error: unknown) => {
            throw new Error(`test/fuzz/corpus/${property}/${input.name}: ${(error as Error).stack ?? String(error)}`);
          });
        }
      },
      TIMEOUT,
    );
  }

  test("the corpus has inputs for every property", () => {
    expect(Object.keys(replay).filter((property) => corpusInputs(property).length === 0)).toEqual([]);
  });
});
