// Runs a reference's Python oracle over many cases in one process: JSON lines in, one JSON line out per case.
import { spawn } from "node:child_process";

export interface PythonBatch {
  readonly python?: string;
  readonly script: string;
  readonly args?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** Sends every case to the oracle and returns its answers, in order. Progress on stderr when it is a terminal. */
export async function runPythonBatch<In, Out>(batch: PythonBatch, cases: readonly In[], label: string): Promise<Out[]> {
  const child = spawn(batch.python ?? "python3", ["-W", "ignore", batch.script, ...(batch.args ?? [])], {
    env: { ...process.env, ...batch.env },
    ...(batch.cwd ? { cwd: batch.cwd } : {}),
    stdio: ["pipe", "pipe", "pipe"],
  });
  const out: Out[] = [];
  let pending = "";
  let stderr = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf("\n")) >= 0) {
      out.push(JSON.parse(pending.slice(0, newline)) as Out);
      pending = pending.slice(newline + 1);
      if (process.stderr.isTTY && out.length % 200 === 0) {
        process.stderr.write(`\r${label}: ${out.length}/${cases.length}`);
      }
    }
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  let broken = false;
  child.stdin.on("error", () => {
    broken = true; // the oracle died: its stderr says why
  });
  for (const c of cases) {
    if (broken) {
      break;
    }
    let line: string;
    try {
      line = `${JSON.stringify(c)}\n`;
    } catch (error) {
      child.kill();
      throw error;
    }
    if (!child.stdin.write(line)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          child.stdin.off("drain", done);
          child.stdin.off("error", done);
          resolve();
        };
        child.stdin.on("drain", done);
        child.stdin.on("error", done);
      });
    }
  }
  child.stdin.end();
  const code = await done;
  if (process.stderr.isTTY) {
    process.stderr.write("\r\x1b[K");
  }
  if (code !== 0 || out.length !== cases.length) {
    throw new Error(`${label}: the oracle exited with ${code} after ${out.length}/${cases.length} cases\n${stderr.slice(-4000)}`);
  }
  return out;
}
