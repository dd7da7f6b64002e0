// The CLI as a real process (what a user sees: exit code, stdout, stderr), and the check that an error is
// reported as one clear line and never as a stack trace.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, vi } from "vitest";
import { REPO } from "./fixture-codegen.js";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI; with a FAULT_* variable in `env`, test/helpers/fault-hooks.ts is preloaded to act on it. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}, timeoutMs = 20_000): Promise<CliRun> {
  const hooks = Object.keys(env).some((name) => name.startsWith("FAULT_")) ? ["--import", join(REPO, "test/helpers/fault-hooks.ts")] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...hooks, join(REPO, "src/cli/bin.ts"), ...args], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`bioimage-specs ${args.join(" ")}: no exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Exit 2 and exactly one line on stderr matching `reason`; nothing that looks like a stack frame. */
export function expectOneLineError(run: CliRun, reason: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.split("\n").filter((line) => line !== "");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** The CLI in-process (main()), stdout and stderr captured: what a user sees, without a process per case. */
export async function runMain(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import("../../src/cli/main.js");
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    return { code: await main([...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
