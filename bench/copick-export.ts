// copick export of generated projects with 1k and 10k runs (issue 9): t(10k)/t(1k), target <= 11, and how peak
// memory grows (each export runs in a child process, whose maxRSS is its own); and t(10k) against
// `find … | xargs sha256sum` of the same picks and meshes (issue 20), alternating, best of two each. Projects are
// generated first, outside the measurement.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateProject } from "../test/helpers/copick-project.js";

import type { BenchRow } from "./measure.js";

interface Measured {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly rows: number;
}

/** Seconds for `find <picks and meshes> | xargs sha256sum`, the files the export hashes. */
function sha256sumSeconds(dir: string): number {
  const start = process.hrtime.bigint();
  execFileSync(
    "sh",
    ["-c", "find ExperimentRuns \\( -path '*/Picks/*.json' -o -path '*/Meshes/*.glb' \\) -type f -print0 | xargs -0 sha256sum > /dev/null"],
    { cwd: dir },
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function measure(dir: string): Measured {
  const child = join(import.meta.dirname, "copick-export-child.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", child, dir], { cwd: join(import.meta.dirname, ".."), encoding: "utf8" });
  return JSON.parse(out) as Measured;
}

export function copickExportScaling(sizes: readonly [number, number] = [1_000, 10_000]): BenchRow[] {
  const tmp = mkdtempSync(join(tmpdir(), "copick-bench-"));
  try {
    const [small, large] = sizes.map((runs) => {
      const dir = join(tmp, String(runs));
      generateProject(dir, runs);
      measure(dir); // warm the file system cache, as the measured run will find it
      return { runs, dir, ...measure(dir) };
    }) as [Measured & { runs: number; dir: string }, Measured & { runs: number; dir: string }];
    const scale = large.runs / small.runs;
    const files = Number(
      execFileSync("sh", ["-c", "find ExperimentRuns -path '*/Picks/*.json' -o -path '*/Meshes/*.glb' | wc -l"], {
        cwd: large.dir,
        encoding: "utf8",
      }),
    );
    const exports = [large.ms / 1000];
    const sums: number[] = [];
    for (let round = 0; round < 2; round++) {
      sums.push(sha256sumSeconds(large.dir));
      exports.push(measure(large.dir).ms / 1000);
    }
    const [exportS, sumS] = [Math.min(...exports), Math.min(...sums)];
    return [
      {
        figure: `copick export, ${large.runs} runs (${files} picks and meshes hashed), whole export vs hashing alone`,
        baseline: "`sha256sum` of the same files (listed by `find`, through `xargs`)",
        ratio: exportS / sumS,
        target: "<= 1.0x",
        detail: `${exportS.toFixed(2)} s vs ${sumS.toFixed(2)} s (best of ${exports.length} and ${sums.length}; the export also lists every run's folders, writes and checks ${large.rows} CSV rows)`,
      },
      {
        figure: `copick export, ${large.runs} runs vs ${small.runs} (time)`,
        baseline: `itself at ${small.runs} runs; target <= ${scale + 1}x`,
        ratio: large.ms / small.ms,
        target: "<= 11",
        detail: `${(large.ms / 1000).toFixed(2)} s vs ${(small.ms / 1000).toFixed(2)} s (${large.rows} vs ${small.rows} rows)`,
      },
      {
        figure: `copick export, ${large.runs} runs vs ${small.runs} (peak RSS)`,
        baseline: `itself at ${small.runs} runs; sublinear: < ${scale}x`,
        ratio: large.maxRssMb / small.maxRssMb,
        target: "sublinear (<< 10)",
        detail: `${large.maxRssMb.toFixed(0)} MB vs ${small.maxRssMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
