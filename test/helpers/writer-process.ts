// A second process running test/helpers/copick-writer.ts (the concurrency tests): ready once it says so, its
// exit code, and what it printed.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./fixture-codegen.js";

export interface Writer {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
  output(): string;
}

export function writer(args: readonly string[], env: Readonly<Record<string, string>> = {}): Writer {
  const child = spawn(process.execPath, ["--import", "tsx", join(REPO, "test/helpers/copick-writer.ts"), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("ready")) {
        resolve();
      }
    });
    child.on("exit", () => reject(new Error(`writer exited before it was ready: ${out}`)));
  });
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, ready, exited, output: () => out };
}
