// IO figures for `make bench`, on a model with 512 MiB of float32 weights shaped like trained ones: the IO checks'
// sha256 of a local file against `sha256sum`; packaging (checked, zipped, re-validated) with the CLI against
// `sha256sum` of the weights (issue 20's goal: no slower) and against `zip -1` of the same files (time and size).
// Contenders alternate, the page cache is warm for all, and each figure is the median of several runs. Last, the
// same weights as `.pt`, which the writer stores.
import { execFileSync } from "node:child_process";
import { linkSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import type * as NodeHash from "../src/engine/node/hash.js";
import { weightsOnlyModel } from "../test/helpers/model.js";
import { type BenchRow, childrenCpu, median } from "./measure.js";
import { shipped } from "./shipped.js";
import { writeFloatWeights } from "./weights.js";

const { sha256OfFile } = await shipped<typeof NodeHash>("src/engine/node/hash.js");

const MiB = 1 << 20;
const WEIGHTS_MIB = 512;
const ROUNDS = 3;
/**
 * The goal's figure: more rounds, and the median of each pair's ratio (a package, then `sha256sum`), which holds
 * when the machine's speed drifts between pairs (a ratio of two medians does not: one slow stretch moves one side).
 */
const PACKAGE_ROUNDS = 7;
const REPO = join(import.meta.dirname, "..");
const CLI = join(REPO, "dist/cli/bin.js");

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

/** A minimal valid model 0.5 in `dir` whose only weights are `weights`. */
function modelFolder(dir: string, weights: string, sha256: string, name = "rdf.yaml"): string {
  const path = join(dir, name);
  writeFileSync(path, stringify(weightsOnlyModel(weights, sha256)));
  return path;
}

export async function ioFigures(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-bench-"));
  try {
    const weights = join(dir, "weights.onnx");
    await writeFloatWeights(weights, WEIGHTS_MIB);
    const sha256sum = (): void => void execFileSync("sha256sum", [weights]);
    sha256sum(); // the page cache warm for every contender
    const hashTimes: number[] = [];
    const oursHash: number[] = [];
    let digest = "";
    for (let r = 0; r < ROUNDS; r++) {
      hashTimes.push(seconds(sha256sum));
      oursHash.push(
        await secondsAsync(async () => {
          digest = await sha256OfFile(weights);
        }),
      );
    }
    const model = modelFolder(dir, "weights.onnx", digest);
    const ourZip = join(dir, "ours.zip");
    const packageTimes: number[] = [];
    const sumTimes: number[] = [];
    const packageCpu: number[] = [];
    const sumCpu: number[] = [];
    const loads = [loadavg()[0] ?? 0];
    for (let r = 0; r < PACKAGE_ROUNDS; r++) {
      rmSync(ourZip, { force: true });
      let cpu = childrenCpu();
      packageTimes.push(seconds(() => execFileSync("node", [CLI, "package", model, ourZip], { stdio: "ignore" })));
      packageCpu.push(childrenCpu() - cpu);
      cpu = childrenCpu();
      sumTimes.push(seconds(sha256sum));
      sumCpu.push(childrenCpu() - cpu);
      loads.push(loadavg()[0] ?? 0);
    }
    // the same weights as PyTorch's `.pt`, a format the writer stores without trying deflate (one thread reads,
    // hashes and writes)
    linkSync(weights, join(dir, "weights.pt"));
    const storedModel = modelFolder(dir, "weights.pt", digest, "stored.rdf.yaml");
    const storedZip = join(dir, "stored.zip");
    const storedTimes: number[] = [];
    const storedSums: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      rmSync(storedZip, { force: true });
      storedTimes.push(seconds(() => execFileSync("node", [CLI, "package", storedModel, storedZip], { stdio: "ignore" })));
      storedSums.push(seconds(sha256sum));
    }
    const zipOut = join(dir, "baseline.zip");
    const zipTime = seconds(() => execFileSync("zip", ["-1", "-q", "-j", zipOut, model, weights]));
    const [sum, ourPackage, hash, ourHash] = [median(sumTimes), median(packageTimes), median(hashTimes), median(oursHash)];
    const pairRatios = packageTimes.map((time, r) => time / (sumTimes[r] as number));
    const size = (path: string): string => `${(statSync(path).size / MiB).toFixed(1)} MiB`;
    return [
      {
        figure: `sha256 of a ${WEIGHTS_MIB} MiB file (as the IO checks hash a local file: sha256OfFile)`,
        baseline: "`sha256sum`",
        ratio: hash / ourHash,
        target: ">= 0.95x throughput",
        detail: `throughput ratio (higher is better): ${(WEIGHTS_MIB / ourHash).toFixed(0)} MiB/s vs ${(WEIGHTS_MIB / hash).toFixed(0)} MiB/s`,
      },
      {
        figure: `\`bioimage-specs package\` of a model with ${WEIGHTS_MIB} MiB of float32 weights (checked, zipped, re-validated; whole process)`,
        baseline: "`sha256sum` of the weights",
        ratio: median(pairRatios),
        target: "<= 1.0x (issue 20, goal 1)",
        detail: `median of ${PACKAGE_ROUNDS} pairs' ratios, alternating (${Math.min(...pairRatios).toFixed(2)}-${Math.max(...pairRatios).toFixed(2)}); medians ${ourPackage.toFixed(2)} s vs ${sum.toFixed(2)} s; ${availableParallelism()} cores; CPU ${median(packageCpu).toFixed(2)} s vs ${median(sumCpu).toFixed(2)} s; load average ${Math.min(...loads).toFixed(2)}-${Math.max(...loads).toFixed(2)} during these runs); ${size(ourZip)} from ${WEIGHTS_MIB} MiB`,
      },
      {
        figure: `\`bioimage-specs package\` of the same model`,
        baseline: "`zip -1` of the same files",
        ratio: zipTime / ourPackage,
        target: ">= 1.0x throughput, same or smaller size",
        detail: `throughput ratio (higher is better): ${ourPackage.toFixed(2)} s vs ${zipTime.toFixed(2)} s; size ${size(ourZip)} vs ${size(zipOut)}`,
      },
      {
        figure: `\`bioimage-specs package\` of the same model with its weights as \`.pt\` (stored, not deflated)`,
        baseline: "`sha256sum` of the weights",
        ratio: median(storedTimes) / median(storedSums),
        target: "<= 1.0x",
        detail: `${median(storedTimes).toFixed(2)} s vs ${median(storedSums).toFixed(2)} s (median of ${ROUNDS}, alternating); ${size(storedZip)}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
