// `validate --jobs N`: the files validated by N threads, this one and N - 1 workers, and their outcomes handed back
// in input order, so that the output is what one thread prints. This thread starts validating at once, while the
// workers start; each worker is sent files a few at a time and sends back what the run keeps of each (what to
// print and the counts; the summary itself only for --json and --summary), formatted where it was validated:
// strings, cheap to pass between threads, where whole summaries were a large part of the cost. A worker imports
// the validate command's module (its URL comes with the worker) with a mark set, and that module then serves the
// files it is sent (the end of validate-command.ts): the same code from the TypeScript sources, dist/ and the
// bundled CLI.
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type SummaryInit, ValidationSummary } from "../engine/summary/summary.js";
import { isRecord } from "../engine/records.js";
import { type DocumentKind, kindByName } from "../kinds/registry.js";

/** What a run keeps of one input (see OutcomeForm in validate-command.ts). */
export interface FileOutcome {
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** The summary, when the run keeps summaries. */
  readonly summary?: ValidationSummary | undefined;
  /** What the run prints for the input on stdout, if anything. */
  readonly printed?: string | undefined;
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
  | ({ readonly index: number; readonly summary?: SummaryInit | undefined } & Omit<FileOutcome, "summary">)
  | { readonly index: number; readonly error: string };

/** Files sent to a worker at a time, and how many it may have in hand: it never waits for the next ones. */
const BATCH = 4;
const AHEAD = 12;

/**
 * Documents a thread of `--jobs auto` gets at least. A worker's start-up (a Node thread that loads and warms up its
 * own validators) costs about as much CPU as validating a few hundred documents: on fewer, it cannot pay.
 */
export const FILES_PER_AUTO_THREAD = 400;

/**
 * The number of threads `--jobs` asks for, never more than there are files. 0 (auto): one per idle core (the cores
 * less the load average: a busy core gives a thread no time, and switching costs), and no more than one per
 * FILES_PER_AUTO_THREAD files.
 */
export function workerCount(jobs: number, files: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (jobs !== 0) {
    return Math.max(1, Math.min(jobs, files));
  }
  const idle = Math.round(cores - load);
  return Math.max(1, Math.min(idle, Math.floor(files / FILES_PER_AUTO_THREAD)));
}

/** Until the event loop has run once more (worker messages in). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The outcomes of validating `files` in this thread (`outcomeOf`) and on worker threads, in input order; `module` is
 * validate-command's URL, `form` what the run keeps of each input.
 */
export async function* validateInWorkers<Options extends JobOptions, Form>(
  files: readonly string[],
  options: Options,
  form: Form,
  module: string,
  outcomeOf: (file: string, options: Options) => Promise<FileOutcome>,
): AsyncGenerator<FileOutcome> {
  const outcomes = new Map<number, FileOutcome | Error>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = (index: number, outcome: FileOutcome | Error): void => {
    outcomes.set(index, outcome);
    wake?.();
  };
  let next = 0;
  const inHand = new Map<Worker, number>();
  const give = (worker: Worker): void => {
    const jobs: FileJob[] = [];
    while ((inHand.get(worker) ?? 0) + jobs.length < AHEAD && jobs.length < BATCH && next < files.length) {
      jobs.push({ index: next, file: files[next] as string });
      next++;
    }
    if (jobs.length > 0) {
      inHand.set(worker, (inHand.get(worker) ?? 0) + jobs.length);
      worker.postMessage(jobs);
    }
  };
  // From the TypeScript sources (development, tests) a worker registers tsx first: Node 20 does not give workers the
  // loader hooks of the thread that starts them.
  const tsLoader = module.endsWith(".ts") ? import.meta.resolve("tsx/esm/api") : undefined;
  // In the built CLI a worker starts from its launcher (cli/bundle-bin.ts), which loads the command's chunk with
  // the code cache.
  const launcher = (globalThis as Record<symbol, unknown>)[Symbol.for("bioimage-specs.bundle-launcher")];
  const bundled = typeof launcher === "string" ? { launcher, bundleChunk: fileURLToPath(module) } : {};
  const workers = Array.from({ length: workerCount(options.jobs ?? 0, files.length) - 1 }, () => {
    // the mark validate-command.ts looks for (spelled out there: importing this module would cost its start-up)
    const worker = new Worker(
      [
        'globalThis[Symbol.for("bioimage-specs.validate-worker")] = true;',
        'const { workerData } = require("node:worker_threads");',
        "if (workerData.launcher) require(workerData.launcher);",
        "else (workerData.tsLoader ? import(workerData.tsLoader).then((tsx) => tsx.register()) : Promise.resolve()).then(() => import(workerData.module));",
      ].join("\n"),
      { eval: true, workerData: { module, tsLoader, ...bundled, form, options: { ...options, forcedKind: options.forcedKind?.name } } },
    );
    worker.on("message", (reply: FileReply) => {
      if ("error" in reply) {
        settle(reply.index, new Error(reply.error));
      } else {
        const { summary, ...rest } = reply;
        settle(reply.index, { ...rest, summary: summary && new ValidationSummary(summary) });
      }
      inHand.set(worker, (inHand.get(worker) ?? 1) - 1);
      give(worker);
    });
    // a worker that dies fails the first file not validated yet
    worker.on("error", (error) => {
      failure ??= error;
      wake?.();
    });
    give(worker);
    give(worker);
    return worker;
  });
  try {
    for (let index = 0; index < files.length; index++) {
      while (!outcomes.has(index)) {
        if (failure) {
          throw failure;
        }
        if (next < files.length) {
          // this thread validates the next file not given out yet, then lets the workers' messages in
          const mine = next++;
          outcomes.set(mine, await outcomeOf(files[mine] as string, options));
          await nextTurn();
        } else {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
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

/**
 * In a worker: validate each file sent, with `outcomeOf` (validate-command's) in the run's form, and send back
 * what the run keeps of it.
 */
export async function serveValidateJobs<Options extends JobOptions, Form, Output>(
  outcomeOf: (file: string, options: Options, form: Form, output: Output) => Promise<FileOutcome>,
  outputFor: (form: Form) => Promise<Output>,
): Promise<void> {
  const { parentPort, workerData } = await import("node:worker_threads");
  const data: unknown = workerData;
  const { forcedKind, ...rest } = isRecord(data) && isRecord(data.options) ? data.options : {};
  const options = { ...rest, forcedKind: typeof forcedKind === "string" ? kindByName(forcedKind) : undefined } as unknown as Options;
  const form = (isRecord(data) ? data.form : undefined) as Form;
  const output = await outputFor(form);
  // one file after the other, in the order sent: replies come back in input order as far as this worker goes
  let queue = Promise.resolve();
  parentPort?.on("message", (jobs: readonly FileJob[]) => {
    for (const job of jobs) {
      queue = queue.then(() =>
        outcomeOf(job.file, options, form, output).then(
          ({ summary, ...rest }) => parentPort.postMessage({ index: job.index, ...rest, summary: summary?.toJSON() } satisfies FileReply),
          (error: unknown) =>
            parentPort.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) } satisfies FileReply),
        ),
      );
    }
  });
}
