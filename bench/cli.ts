// CLI start-up: `bioimage-specs validate small.yaml` as a whole process against `node -e 0`.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { type BenchRow, median } from "./measure.js";

const REPO = join(import.meta.dirname, "..");

function wallTime(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync("node", [...args], { cwd: REPO, stdio: "ignore" });
  return Number(process.hrtime.bigint() - start);
}

export function cliStartup(rounds = 15): BenchRow {
  const cli = [join(REPO, "dist/cli/bin.js"), "validate", "--no-io-checks", "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml"];
  const bare: number[] = [];
  const ours: number[] = [];
  wallTime(cli); // warm the file cache
  for (let r = 0; r < rounds; r++) {
    bare.push(wallTime(["-e", "0"]));
    ours.push(wallTime(cli));
  }
  const [b, o] = [median(bare), median(ours)];
  return {
    figure: "CLI `bioimage-specs validate small.yaml`, whole process wall time",
    baseline: "`node -e 0`",
    ratio: o / b,
    target: "<= 2.0x",
    detail: `${(o / 1e6).toFixed(0)} ms vs ${(b / 1e6).toFixed(0)} ms`,
  };
}
