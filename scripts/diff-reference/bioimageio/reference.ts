// The reference's side of the harness: long-lived bioimageio.spec processes (reference_batch.py) fed NDJSON
// requests, each answering one line per request, in order. A pool of them keeps every process busy: a request goes
// to the process with the fewest requests in flight. A process that dies (it should not: the script answers its own
// timeouts and memory errors) answers its requests in flight as lost and is started again. A document the reference
// does not settle within its default limit of CPU time (20 s) is asked once more with a larger one (SLOW_CPU_SECONDS),
// so that the few slow documents (a 0.4 model converted with billions of channel names to write, until the memory
// limit stops it) are answered and cached like every other.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Answer, Mode } from "./verdict.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const BATCH_SCRIPT = join(HERE, "..", "reference_batch.py");

/** Where the reference's python is, by default: what setup.sh makes at its default target. */
export const DEFAULT_REFERENCE_PYTHON = "/tmp/refs/bioimageio/refpy";

export const SETUP_HELP = `The reference (bioimageio.spec 0.5.7.2) is not set up. Set it up once with
  MIRROR_ROOT=<folder with owner+name/repo git mirrors> bash <shared tools>/reference/bioimageio/setup.sh /tmp/refs/bioimageio
(the header of setup.sh lists the six repositories it needs), or point BIOIMAGEIO_REFERENCE_PYTHON at the refpy
wrapper of an existing setup: make diff-reference BIOIMAGEIO_REFERENCE_PYTHON=/path/to/refpy`;

export interface ReferenceRequest {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly modes?: readonly Mode[];
  readonly op?: "validate" | "update";
  /** Build each mode with its own build_description call (reference_batch.py's both_modes is checked against it). */
  readonly plain?: boolean;
}

/** The CPU time a document that was lost at the default limit gets on its second asking. */
export const SLOW_CPU_SECONDS = 300;

interface InFlight {
  readonly id: string;
  readonly resolve: (answer: Answer) => void;
}

/** One reference process. */
class Worker {
  private child: ChildProcessWithoutNullStreams;
  readonly inFlight: InFlight[] = [];
  private stderr = "";
  private closing = false;

  constructor(private readonly python: string) {
    this.child = this.spawn();
  }

  private spawn(): ChildProcessWithoutNullStreams {
    const child = spawn(this.python, [BATCH_SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (line) => {
      const waiting = this.inFlight.shift();
      if (!waiting) {
        return;
      }
      const answer = JSON.parse(line) as Answer & { id: string };
      if (answer.id !== waiting.id) {
        throw new Error(`the reference answered ${answer.id} for ${waiting.id}`);
      }
      const { id: _id, ...rest } = answer;
      waiting.resolve(rest);
    });
    child.on("exit", (code, signal) => {
      if (this.closing) {
        return;
      }
      const why = `the reference process exited (${code ?? signal}): ${this.stderr.trim().split("\n").slice(-1)[0] ?? ""}`;
      for (const waiting of this.inFlight.splice(0)) {
        waiting.resolve({ parse: null, lost: why });
      }
      this.stderr = "";
      this.child = this.spawn();
    });
    return child;
  }

  ask(request: ReferenceRequest, cpuSeconds?: number): Promise<Answer> {
    return new Promise((resolve) => {
      this.inFlight.push({ id: request.id, resolve });
      this.child.stdin.write(JSON.stringify(cpuSeconds === undefined ? request : { ...request, cpu_seconds: cpuSeconds }) + "\n");
    });
  }

  close(): void {
    this.closing = true;
    this.child.stdin.end();
  }
}

export class Reference {
  private readonly workers: Worker[];

  private constructor(python: string, processes: number) {
    this.workers = Array.from({ length: Math.max(1, processes) }, () => new Worker(python));
  }

  /** Starts the reference (`processes` of it); a clear error (how to set it up) when it is not there. */
  static start(processes = 1, python = process.env.BIOIMAGEIO_REFERENCE_PYTHON || DEFAULT_REFERENCE_PYTHON): Reference {
    if (!existsSync(python)) {
      throw new Error(`${python} not found.\n${SETUP_HELP}`);
    }
    return new Reference(python, processes);
  }

  /** One request's answer, from the least busy process; a lost one asked again with SLOW_CPU_SECONDS. */
  async askOne(request: ReferenceRequest): Promise<Answer> {
    const answer = await this.leastBusy().ask(request);
    return answer.lost === undefined ? answer : this.leastBusy().ask(request, SLOW_CPU_SECONDS);
  }

  private leastBusy(): Worker {
    return this.workers.reduce((a, b) => (b.inFlight.length < a.inFlight.length ? b : a));
  }

  /** Answers in the order of the requests. */
  ask(requests: readonly ReferenceRequest[]): Promise<Answer[]> {
    return Promise.all(requests.map((r) => this.askOne(r)));
  }

  close(): void {
    for (const worker of this.workers) {
      worker.close();
    }
  }
}
