// The reference side by side (issue 20): bioimageio.spec 0.5.7.2 and ours on the same inputs in the same run, each
// figure ours / the reference's (lower is better). Only when BIOIMAGEIO_REFERENCE_PYTHON names the reference's
// python (the `refpy` of its setup); otherwise skipped, and the table says so. Never part of `make test` or CI.
// The reference's side is bench/reference/figures.py, one process per measurement; every figure is the best of
// ROUNDS, the two sides alternating so that a change of machine load hits both alike.
import { execFileSync } from "node:child_process";
import { copyFileSync, createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import type * as Build from "../src/bioimageio/build.js";
import type * as IoChecks from "../src/bioimageio/io-checks.js";
import type * as Load from "../src/bioimageio/node/load.js";
import type * as Package from "../src/bioimageio/node/package.js";
import type * as Update from "../src/bioimageio/node/update.js";
import type * as Parse from "../src/engine/load/parse.js";
import type * as NodeHash from "../src/engine/node/hash.js";
import type * as Validators from "../src/engine/validation/validators.js";
import { type BenchRow, measure } from "./measure.js";
import { shipped } from "./shipped.js";
import { writeFloatWeights } from "./weights.js";

export const REFERENCE_VARIABLE = "BIOIMAGEIO_REFERENCE_PYTHON";
const ROUNDS = 3;
const WEIGHTS_MIB = 256;
const REPO = join(import.meta.dirname, "..");
const CLI = join(REPO, "dist/cli/bin.js");
const CORPUS = join(REPO, "test/fixtures/corpus/bioimageio");
const MODEL_DIR = join(CORPUS, "example_descriptions/models/unet2d_nuclei_broad");
const MODEL = join(MODEL_DIR, "bioimageio.yaml");
const FIGURES = join(import.meta.dirname, "reference", "figures.py");

function wallSeconds(command: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(command, args, { stdio: "ignore" });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** One figure of the reference: its JSON line. */
function reference(python: string, ...args: string[]): Record<string, unknown> {
  const out = execFileSync(python, [FIGURES, ...args], { encoding: "utf8", maxBuffer: 1 << 24 })
    .trim()
    .split("\n");
  return JSON.parse(out[out.length - 1] ?? "{}") as Record<string, unknown>;
}

const refSeconds = (python: string, ...args: string[]): number => Number(reference(python, ...args).seconds);

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The best of ROUNDS for each side, alternating. */
async function bestOf(ours: () => Promise<number> | number, theirs: () => number): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    a.push(await ours());
    b.push(theirs());
  }
  return [Math.min(...a), Math.min(...b)];
}

/** The corpus model with only onnx weights: WEIGHTS_MIB of float32 values shaped like trained ones (bench/weights.ts). */
async function bigModel(dir: string): Promise<string> {
  const weights = join(dir, "weights.onnx");
  await writeFloatWeights(weights, WEIGHTS_MIB);
  const { hashStream } = await shipped<typeof IoChecks>("src/bioimageio/io-checks.js");
  const { nodeSha256 } = await shipped<typeof NodeHash>("src/engine/node/hash.js");
  const doc = parse(readFileSync(MODEL, "utf8"));
  for (const tensor of [...doc.inputs, ...doc.outputs]) {
    delete tensor.test_tensor; // the corpus has no test tensors
    delete tensor.sample_tensor;
  }
  const { parent: _, ...onnx } = doc.weights.onnx;
  doc.weights = { onnx: { ...onnx, source: "weights.onnx", sha256: await hashStream(createReadStream(weights), nodeSha256) } };
  for (const file of ["README.md", "cover0.png"]) {
    copyFileSync(join(MODEL_DIR, file), join(dir, file));
  }
  const rdf = join(dir, "rdf.yaml");
  writeFileSync(rdf, stringify(doc));
  return rdf;
}

const ms = (s: number): string => `${(s * 1000).toFixed(s < 0.01 ? 2 : 0)} ms`;
const us = (s: number): string => `${(s * 1e6).toFixed(0)} µs`;

/** The side-by-side rows, or why they were skipped. */
export async function referenceSideBySide(): Promise<BenchRow[] | string> {
  const python = process.env[REFERENCE_VARIABLE];
  if (!python) {
    return `skipped the reference side by side: set ${REFERENCE_VARIABLE} to the python of the reference bioimageio.spec 0.5.7.2 (its setup's refpy) to add them`;
  }
  const { buildDescriptionSync } = await shipped<typeof Build>("src/bioimageio/build.js");
  const { loadDescriptionAndValidateFormatOnly } = await shipped<typeof Load>("src/bioimageio/node/load.js");
  const { updateFormat } = await shipped<typeof Update>("src/bioimageio/node/update.js");
  const { saveBioimageioPackage } = await shipped<typeof Package>("src/bioimageio/node/package.js");
  const { sha256OfFile } = await shipped<typeof NodeHash>("src/engine/node/hash.js");
  const { parseSource } = await shipped<typeof Parse>("src/engine/load/parse.js");
  const { preloadValidators } = await shipped<typeof Validators>("src/engine/validation/validators.js");
  const parsed = (path: string) => parseSource(readFileSync(path, "utf8"), path).value as Record<string, unknown>;
  await preloadValidators();

  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-reference-"));
  try {
    const rows: BenchRow[] = [];
    const row = (figure: string, ours: number, theirs: number, detail: string): void => {
      rows.push({
        figure: `reference side by side: ${figure}`,
        baseline: "bioimageio.spec 0.5.7.2",
        ratio: ours / theirs,
        target: "<= 1.0x",
        detail,
      });
    };

    const [start, startRef] = await bestOf(
      () => wallSeconds("node", [CLI, "--version"]),
      () => wallSeconds(python, ["-c", "import bioimageio.spec"]),
    );
    row("start (`--version` vs `import bioimageio.spec`, whole process)", start, startRef, `${ms(start)} vs ${ms(startRef)}`);

    const [one, oneRef] = await bestOf(
      () => wallSeconds("node", [CLI, "validate", "--no-io-checks", MODEL]),
      () => wallSeconds(python, [FIGURES, "validate-one", MODEL]),
    );
    row("validate one model 0.5, whole process", one, oneRef, `${ms(one)} vs ${ms(oneRef)}`);

    // the documents the reference's verdicts were recorded for, each validated in discover mode, warm, one process
    const documents = (JSON.parse(readFileSync(join(CORPUS, "REFERENCE.json"), "utf8")) as { path: string }[]).map((e) =>
      join(CORPUS, e.path),
    );
    const list = join(dir, "documents.txt");
    writeFileSync(list, `${documents.join("\n")}\n`);
    const bulkOnce = async (): Promise<void> => {
      for (const path of documents) {
        await loadDescriptionAndValidateFormatOnly(path, { formatVersion: "discover", performIoChecks: false });
      }
    };
    await bulkOnce();
    const [bulk, bulkRef] = await bestOf(
      () => seconds(bulkOnce),
      () => refSeconds(python, "bulk", list),
    );
    row(
      `validate ${documents.length} documents from disk in one process (IO checks off)`,
      bulk,
      bulkRef,
      `${((documents.length / bulk) | 0).toString()} docs/s vs ${((documents.length / bulkRef) | 0).toString()} docs/s`,
    );

    const content = parsed(MODEL);
    const [memory, memoryRef] = await bestOf(
      () => measure(() => buildDescriptionSync(content), 200, 3) / 1e9,
      () => refSeconds(python, "in-memory", MODEL),
    );
    row("validate a parsed model 0.5 in memory (build_description), per document", memory, memoryRef, `${us(memory)} vs ${us(memoryRef)}`);

    const v04 = documents.filter((path) => /\/models\/[^/]+\/v0_4[^/]*\.yaml$/.test(path));
    const v04List = join(dir, "v04.txt");
    writeFileSync(v04List, `${v04.join("\n")}\n`);
    const v04Contents = v04.map(parsed);
    const updateAll = async (): Promise<void> => {
      for (const doc of v04Contents) {
        await updateFormat(doc);
      }
    };
    await updateAll();
    const [update, updateRef] = await bestOf(
      async () => (await seconds(updateAll)) / v04.length,
      () => refSeconds(python, "update-format", v04List),
    );
    row(`update_format of ${v04.length} model 0.4 documents to 0.5, per document`, update, updateRef, `${us(update)} vs ${us(updateRef)}`);

    const rdf = await bigModel(dir);
    const weights = join(dir, "weights.onnx");
    const [hash, hashRef] = await bestOf(
      () => seconds(() => sha256OfFile(weights)),
      () => refSeconds(python, "sha256", weights),
    );
    row(`sha256 of ${WEIGHTS_MIB} MiB of weights (in process)`, hash, hashRef, `${ms(hash)} vs ${ms(hashRef)}`);

    const ours = join(dir, "ours.zip");
    const theirs = join(dir, "reference.zip");
    const [pack, packRef] = await bestOf(
      () => seconds(() => saveBioimageioPackage(rdf, { outputPath: ours, performIoChecks: true })),
      () => refSeconds(python, "package", rdf, theirs),
    );
    row(
      `package a model with ${WEIGHTS_MIB} MiB of weights (checked, zipped, re-validated; in process)`,
      pack,
      packRef,
      `${ms(pack)} vs ${ms(packRef)}; ${(statSync(ours).size / 2 ** 20).toFixed(1)} MiB vs ${(statSync(theirs).size / 2 ** 20).toFixed(1)} MiB`,
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
