// The reference's answers kept across runs (JSON lines, appended as they come): bioimageio.spec 0.5.7.2 answers a
// document the same way every time, so a run repeated after a fix on our side asks the reference only about
// documents it has not seen. Keyed by the request (op, name, text, modes) and PROTOCOL, which changes whenever
// reference_batch.py would answer differently.
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ReferenceRequest } from "./reference.js";
import type { Answer } from "./verdict.js";

const PROTOCOL = "bioimageio.spec 0.5.7.2; reference_batch.py 2";

export class AnswerCache {
  private readonly answers = new Map<string, string>();

  constructor(private readonly file: string | undefined) {
    if (!file || !existsSync(file)) {
      return;
    }
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) {
        this.answers.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
  }

  get size(): number {
    return this.answers.size;
  }

  static key(request: ReferenceRequest): string {
    const { id: _id, ...rest } = request;
    return createHash("sha256").update(PROTOCOL).update("\0").update(JSON.stringify(rest)).digest("base64url");
  }

  get(key: string): Answer | undefined {
    const line = this.answers.get(key);
    return line === undefined ? undefined : (JSON.parse(line) as Answer);
  }

  /** Keeps an answer (not a lost one: the reference may answer it another time). */
  set(key: string, answer: Answer): void {
    if (answer.lost !== undefined || this.answers.has(key)) {
      return;
    }
    const line = JSON.stringify(answer);
    this.answers.set(key, line);
    if (this.file) {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${key}\t${line}\n`);
    }
  }
}
