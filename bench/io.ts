// IO figures for `make bench`: streaming sha256 of a 1 GiB file against `sha256sum`, and packaging a model with
// 1 GiB of weights against `zip -1` of the same files, both measured in the same run on the same machine.
import { execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify, parse } from "yaml";
import type * as IoChecks from "../src/bioimageio/io-checks.js";
import type * as Package from "../src/bioimageio/node/package.js";
import type * as NodeHash from "../src/engine/node/hash.js";
import type { BenchRow } from "./measure.js";
import { shipped } from "./shipped.js";

const { hashStream } = await shipped<typeof IoChecks>("src/bioimageio/io-checks.js");
const { saveBioimageioPackage } = await shipped<typeof Package>("src/bioimageio/node/package.js");
const { nodeSha256 } = await shipped<typeof NodeHash>("src/engine/node/hash.js");

const GiB = 1 << 30;
const REPO = join(import.meta.dirname, "..");

/** 1 GiB of float32 values shaped like trained weights (small, roughly normal): deflate gains a little, as on real weights. */
async function writeWeights(path: string): Promise<void> {
  const handle = await open(path, "w");
  const chunk = new Float32Array(1 << 22);
  let x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  for (let written = 0; written < GiB; written += chunk.byteLength) {
    for (let i = 0; i < chunk.length; i++) {
      chunk[i] = (next() + next() + next() - 1.5) * 0.05;
    }
    await handle.write(new Uint8Array(chunk.buffer));
  }
  await handle.close();
}

function seconds(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function secondsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** A minimal valid model 0.5 folder whose only weights are `weights` (the bundled example, files trimmed). */
function modelFolder(dir: string, weights: string): string {
  const doc = parse(readFileSync(join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml"), "utf8"), { version: "1.2" });
  for (const tensor of [...doc.inputs, ...doc.outputs]) {
    delete tensor.test_tensor;
    delete tensor.sample_tensor;
  }
  delete doc.covers;
  delete doc.documentation;
  doc.weights = { onnx: { source: weights, opset_version: 15 } };
  const path = join(dir, "rdf.yaml");
  writeFileSync(path, stringify(doc));
  return path;
}

export async function ioFigures(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-bench-"));
  try {
    const weights = join(dir, "weights.onnx");
    await writeWeights(weights);
    execFileSync("sha256sum", [weights]); // warm the page cache for both contenders
    const baselineHash = seconds(() => execFileSync("sha256sum", [weights]));
    let digest = "";
    const oursHash = await secondsAsync(async () => {
      digest = await hashStream(createReadStream(weights, { highWaterMark: 1 << 20 }), nodeSha256);
    });
    const model = modelFolder(dir, "weights.onnx");
    const doc = parse(readFileSync(model, "utf8"));
    doc.weights.onnx.sha256 = digest;
    writeFileSync(model, stringify(doc));
    const zipOut = join(dir, "baseline.zip");
    const baselineZip = seconds(() => execFileSync("zip", ["-1", "-q", "-j", zipOut, model, weights]));
    const ourZip = join(dir, "ours.zip");
    const oursZip = await secondsAsync(() => saveBioimageioPackage(model, { outputPath: ourZip, performIoChecks: true }));
    const mib = GiB / (1 << 20);
    return [
      {
        figure: "sha256 of a 1 GiB file (streaming, as the IO checks hash)",
        baseline: "`sha256sum`",
        ratio: baselineHash / oursHash,
        target: ">= 0.95x throughput",
        detail: `throughput ratio (higher is better): ${(mib / oursHash).toFixed(0)} MiB/s vs ${(mib / baselineHash).toFixed(0)} MiB/s`,
      },
      {
        figure: "package a model with 1 GiB of weights (checked, zipped, re-validated)",
        baseline: "`zip -1` of the same files",
        ratio: baselineZip / oursZip,
        target: ">= 1.0x throughput, same or smaller size",
        detail: `throughput ratio (higher is better): ${oursZip.toFixed(1)} s vs ${baselineZip.toFixed(1)} s; size ${(statSync(ourZip).size / 2 ** 20).toFixed(1)} MiB vs ${(statSync(zipOut).size / 2 ** 20).toFixed(1)} MiB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
