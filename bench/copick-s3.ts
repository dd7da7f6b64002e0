// copick export to S3 (issue 19): a project with 10,000 runs exported with its Croissant written to a real S3
// protocol server on loopback (s3rver, as in the tests), against the same export to local disk in the same run:
// time and peak RSS (each export in its own child process). The project is generated first, outside the
// measurement; both targets are warmed once.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateProject } from "../test/helpers/copick-project.js";
import { startS3Server } from "../test/helpers/s3-server.js";
import type { BenchRow } from "./measure.js";

interface Measured {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly rows: number;
}

function measure(dir: string, target: string, env: Readonly<Record<string, string>>): Promise<Measured> {
  const child = join(import.meta.dirname, "copick-export-child.ts");
  // Asynchronous: the server answers from this process's event loop while the child exports.
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", child, dir, target],
      { cwd: join(import.meta.dirname, ".."), env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 20 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Measured)),
    );
  });
}

export async function copickS3Export(runs = 10_000): Promise<BenchRow[]> {
  const tmp = mkdtempSync(join(tmpdir(), "copick-s3-bench-"));
  const server = await startS3Server();
  try {
    const dir = join(tmp, "project");
    generateProject(dir, runs);
    const s3Root = `s3://${server.bucket}/bench`;
    await measure(dir, dir, {}); // warm the file system cache
    await measure(dir, s3Root, server.env); // and the server's folders
    const local = await measure(dir, dir, {});
    const s3 = await measure(dir, s3Root, server.env);
    return [
      {
        figure: `copick export to S3 (s3rver on loopback), ${runs} runs (time)`,
        baseline: "the same export to local disk",
        ratio: s3.ms / local.ms,
        target: "close to 1 (the walk dominates; the Croissant is 9 objects)",
        detail: `${(s3.ms / 1000).toFixed(2)} s vs ${(local.ms / 1000).toFixed(2)} s (${s3.rows} rows)`,
      },
      {
        figure: `copick export to S3, ${runs} runs (peak RSS)`,
        baseline: "the same export to local disk",
        ratio: s3.maxRssMb / local.maxRssMb,
        target: "close to 1 (CSVs streamed through temp files)",
        detail: `${s3.maxRssMb.toFixed(0)} MB vs ${local.maxRssMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// `tsx bench/copick-s3.ts [runs]` runs this figure alone.
if (process.argv[1] === import.meta.filename) {
  for (const row of await copickS3Export(Number(process.argv[2] ?? 10_000))) {
    console.log(`${row.figure}: ${row.ratio.toFixed(2)}x (${row.detail})`);
  }
}
