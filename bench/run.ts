// `make bench`: every figure as a ratio to a baseline measured in the same run on the same machine (absolute times
// are noise on shared machines), printed as a table and written to BENCHMARKS.md with the machine's description.
// Not a test: nothing here asserts on time. BENCH_QUICK=1 skips the big figures (512 MiB of weights, 10k-run
// exports; the S3 export with 1k runs) and the reference side by side; BENCH_ONLY=io,bulk,... runs some groups only.
// Neither writes BENCHMARKS.md. The reference side by side (bench/reference.ts) runs only when
// BIOIMAGEIO_REFERENCE_PYTHON names the reference's python; otherwise the table says it skipped them.
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../src/engine/node/atomic-write.js";
import { bulkValidation } from "./bulk.js";
import { cliStartup } from "./cli.js";
import { copickExportScaling } from "./copick-export.js";
import { copickS3Export } from "./copick-s3.js";
import { ioFigures } from "./io.js";
import { jsonDialects } from "./json.js";
import { lspPerChange } from "./lsp.js";
import type { BenchRow } from "./measure.js";
import { referenceSideBySide } from "./reference.js";
import { errorScaling, parsedModel, peers, wholeCorpus, yamlPositions } from "./validation.js";

const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY?.split(",").filter((name) => name !== "");

/** Notes under the table (what was skipped and why). */
const notes: string[] = [];

/** The groups of figures, in the order of the table. */
const GROUPS: Readonly<Record<string, () => Promise<BenchRow[]>>> = {
  validation: async () => [await parsedModel(), await errorScaling(), await wholeCorpus()],
  cli: async () => [cliStartup()],
  bulk: async () => bulkValidation(),
  lsp: async () => lspPerChange(),
  parsing: async () => [yamlPositions(), ...jsonDialects(), ...(await peers())],
  io: async () => (quick ? [] : await ioFigures()),
  copick: async () => [
    ...(quick ? copickExportScaling([100, 1_000]) : copickExportScaling()),
    ...(await copickS3Export(quick ? 1_000 : 10_000)),
  ],
  reference: async () => {
    const reference = quick ? "skipped the reference side by side (BENCH_QUICK)" : await referenceSideBySide();
    if (typeof reference === "string") {
      notes.push(reference);
      return [];
    }
    return reference;
  },
};

const unknown = only?.filter((name) => !(name in GROUPS)) ?? [];
if (unknown.length > 0) {
  throw new Error(`BENCH_ONLY: unknown group(s) ${unknown.join(", ")} (known: ${Object.keys(GROUPS).join(", ")})`);
}
const loads: number[] = [loadavg()[0] ?? 0];
const rows: BenchRow[] = [];
for (const [name, group] of Object.entries(GROUPS)) {
  if (!only || only.includes(name)) {
    rows.push(...(await group()));
    loads.push(loadavg()[0] ?? 0);
  }
}

const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, load average ${loads[0]?.toFixed(2)} at the start (${Math.max(...loads).toFixed(2)} at most between groups)`;
const table = [
  "| figure | baseline (same run) | ratio | target | detail |",
  "| --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.figure} | ${r.baseline} | ${r.ratio.toFixed(2)}x | ${r.target ?? ""} | ${r.detail} |`),
].join("\n");

const noted = notes.map((note) => `\n${note}\n`).join("");
console.log(`bioimage-specs benchmarks on ${machine}\n\n${table}\n${noted}`);
if (!quick && !only) {
  const text = `# Benchmarks\n\nThe latest \`make bench\` (${new Date().toISOString().slice(0, 10)}) on ${machine}.\nEach ratio compares with a baseline measured in the same run; for times lower is better, for throughput (marked) higher is better.\n\n${table}\n${noted}`;
  await writeFileAtomic(join(import.meta.dirname, "..", "BENCHMARKS.md"), text);
  console.log("\nwrote BENCHMARKS.md");
}
