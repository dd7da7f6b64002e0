// `validate --jobs N`: the files validated on N worker threads and their outcomes handed back in input order, so
// that the output is what one thread prints. A worker imports the validate command's module (its URL comes with
// the worker) with a mark set, and that module then serves the files it is sent (the end of validate-command.ts):
// the same code from the TypeScript sources, dist/ and the bundled CLI.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type SummaryInit, ValidationSummary } from "../engine/summary/summary.js";
import { isRecord } from "../engine/records.js";
import { type DocumentKind, kindByName } from "../kinds/registry.js";

/** What validating one input gave: its summary, and for an input that could not be read or parsed, why. */
export interface FileOutcome {
  readonly summary: ValidationSummary;
  /** The error to print for an unreadable input (its summary says it too). */
  readonly unreadable?: string | undefined;
}

/** The options the workers need to know about (the rest are plain values, passed as they are). */
interface JobOptions {
  readonly forcedKind?: DocumentKind | undefined;
  readonly jobs?: number | undefined;
}

interface FileJob {
  readonly index: number;
  readonly file: string;
}

type FileReply =
  | { readonly index: number; readonly summary: SummaryInit; readonly unreadable?: string | undefined }
  | { readonly index: number; readonly error: string };

/** Files each worker is given ahead, so that it never waits for the next one. */
const AHEAD = 2;

/** The number of workers `--jobs` asks for: 0 is one per core; never more than there are files. */
export function workerCount(jobs: number, files: number): number {
  return Math.max(1, Math.min(jobs === 0 ? availableParallelism() : jobs, files));
}

/** The outcomes of validating `files` on worker threads, in input order; `module` is validate-command's URL. */
export async function* validateInWorkers(files: readonly string[], options: JobOptions, module: string): AsyncGenerator<FileOutcome> {
  const outcomes = new Map<number, FileOutcome | Error>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = (index: number, outcome: FileOutcome | Error): void => {
    outcomes.set(index, outcome);
    wake?.();
  };
  let next = 0;
  const give = (worker: Worker): void => {
    if (next < files.length) {
      const job: FileJob = { index: next, file: files[next] as string };
      next++;
      worker.postMessage(job);
    }
  };
  // From the TypeScript sources (development, tests) a worker registers tsx first: Node 20 does not give workers the
  // loader hooks of the thread that starts them.
  const tsLoader = module.endsWith(".ts") ? import.meta.resolve("tsx/esm/api") : undefined;
  const workers = Array.from({ length: workerCount(options.jobs ?? 0, files.length) }, () => {
    // the mark validate-command.ts looks for (spelled out there: importing this module would cost its start-up)
    const worker = new Worker(
      [
        'globalThis[Symbol.for("bioimage-specs.validate-worker")] = true;',
        'const { workerData } = require("node:worker_threads");',
        "(workerData.tsLoader ? import(workerData.tsLoader).then((tsx) => tsx.register()) : Promise.resolve()).then(() => import(workerData.module));",
      ].join("\n"),
      { eval: true, workerData: { module, tsLoader, options: { ...options, forcedKind: options.forcedKind?.name } } },
    );
    worker.on("message", (reply: FileReply) => {
      settle(
        reply.index,
        "error" in reply ? new Error(reply.error) : { summary: new ValidationSummary(reply.summary), unreadable: reply.unreadable },
      );
      give(worker);
    });
    // a worker that dies fails the first file not validated yet
    worker.on("error", (error) => {
      failure ??= error;
      wake?.();
    });
    for (let k = 0; k < AHEAD; k++) {
      give(worker);
    }
    return worker;
  });
  try {
    for (let index = 0; index < files.length; index++) {
      while (!outcomes.has(index)) {
        if (failure) {
          throw failure;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const outcome = outcomes.get(index) as FileOutcome | Error;
      outcomes.delete(index);
      if (outcome instanceof Error) {
        throw outcome;
      }
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** In a worker: validate each file sent, with `outcomeOf` (validate-command's), and send its outcome back. */
export async function serveValidateJobs<Options extends JobOptions>(
  outcomeOf: (file: string, options: Options) => Promise<FileOutcome>,
): Promise<void> {
  const { parentPort, workerData } = await import("node:worker_threads");
  const data: unknown = workerData;
  const { forcedKind, ...rest } = isRecord(data) && isRecord(data.options) ? data.options : {};
  const options = { ...rest, forcedKind: typeof forcedKind === "string" ? kindByName(forcedKind) : undefined } as unknown as Options;
  parentPort?.on("message", (job: FileJob) => {
    outcomeOf(job.file, options).then(
      ({ summary, unreadable }) => parentPort.postMessage({ index: job.index, summary: summary.toJSON(), unreadable } satisfies FileReply),
      (error: unknown) =>
        parentPort.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) } satisfies FileReply),
    );
  });
}
