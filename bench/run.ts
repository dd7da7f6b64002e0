// `make bench`: every figure of issue 9 as a ratio to a baseline measured in the same run on the same machine
// (absolute times are noise on shared machines), printed as a table and written to BENCHMARKS.md with the
// machine's description. Not a test: nothing here asserts on time. BENCH_QUICK=1 skips the 1 GiB and 10k-run
// figures (the S3 export runs with 1k runs then) and the reference side by side (bench/reference.ts: only when
// BIOIMAGEIO_REFERENCE_PYTHON names the reference's python; otherwise the table says it skipped them).
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../src/engine/node/atomic-write.js";
import { cliStartup } from "./cli.js";
import { copickExportScaling } from "./copick-export.js";
import { copickS3Export } from "./copick-s3.js";
import { ioFigures } from "./io.js";
import { lspPerChange } from "./lsp.js";
import type { BenchRow } from "./measure.js";
import { referenceSideBySide } from "./reference.js";
import { errorScaling, parsedModel, peers, wholeCorpus, yamlPositions } from "./validation.js";

const quick = process.env.BENCH_QUICK === "1";
const load = loadavg()[0] ?? 0;

const rows: BenchRow[] = [
  await parsedModel(),
  await errorScaling(),
  await wholeCorpus(),
  cliStartup(),
  ...(await lspPerChange()),
  yamlPositions(),
  ...(await peers()),
  ...(quick ? [] : await ioFigures()),
  ...(quick ? copickExportScaling([100, 1_000]) : copickExportScaling()),
  ...(await copickS3Export(quick ? 1_000 : 10_000)),
];
const reference = quick ? "skipped the reference side by side (BENCH_QUICK)" : await referenceSideBySide();
const notes = typeof reference === "string" ? [reference] : [];
rows.push(...(typeof reference === "string" ? [] : reference));

const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, load average ${load.toFixed(2)} at the start`;
const table = [
  "| figure | baseline (same run) | ratio | target | detail |",
  "| --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.figure} | ${r.baseline} | ${r.ratio.toFixed(2)}x | ${r.target ?? ""} | ${r.detail} |`),
].join("\n");

const noted = notes.map((note) => `\n${note}\n`).join("");
console.log(`bioimage-specs benchmarks on ${machine}\n\n${table}\n${noted}`);
if (!quick) {
  const text = `# Benchmarks\n\nThe latest \`make bench\` (${new Date().toISOString().slice(0, 10)}) on ${machine}.\nEach ratio compares with a baseline measured in the same run; for times lower is better, for throughput (marked) higher is better.\n\n${table}\n${noted}`;
  await writeFileAtomic(join(import.meta.dirname, "..", "BENCHMARKS.md"), text);
  console.log("\nwrote BENCHMARKS.md");
}
