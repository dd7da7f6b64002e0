// The reference's side of the harness: one long-lived bioimageio.spec process (reference_batch.py) fed NDJSON
// requests, answering one line each, in order.
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
}

export class Reference {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((line: string) => void)[] = [];
  private readonly lines: string[] = [];
  private stderr = "";
  private exited: string | undefined;

  private constructor(python: string) {
    this.child = spawn(python, [BATCH_SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child.on("exit", (code) => {
      this.exited = `the reference exited (${code}): ${this.stderr}`;
      for (const wake of this.waiting.splice(0)) {
        wake("");
      }
    });
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on("line", (line) => {
      const wake = this.waiting.shift();
      if (wake) {
        wake(line);
      } else {
        this.lines.push(line);
      }
    });
  }

  /** Starts the reference; a clear error (how to set it up) when it is not there. */
  static start(python = process.env.BIOIMAGEIO_REFERENCE_PYTHON || DEFAULT_REFERENCE_PYTHON): Reference {
    if (!existsSync(python)) {
      throw new Error(`${python} not found.\n${SETUP_HELP}`);
    }
    return new Reference(python);
  }

  private nextLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) {
      return Promise.resolve(line);
    }
    if (this.exited) {
      return Promise.reject(new Error(this.exited));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Answers in the order of the requests. */
  async ask(requests: readonly ReferenceRequest[]): Promise<Answer[]> {
    const text = requests.map((r) => JSON.stringify(r)).join("\n") + "\n";
    if (!this.child.stdin.write(text)) {
      await new Promise((resolve) => this.child.stdin.once("drain", resolve));
    }
    const answers: Answer[] = [];
    for (const request of requests) {
      const line = await this.nextLine();
      if (this.exited && line === "") {
        throw new Error(this.exited);
      }
      const answer = JSON.parse(line) as Answer & { id: string };
      if (answer.id !== request.id) {
        throw new Error(`the reference answered ${answer.id} for ${request.id}`);
      }
      answers.push(answer);
    }
    return answers;
  }

  close(): void {
    this.child.stdin.end();
  }
}
