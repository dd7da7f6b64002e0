// A real editor: headless Neovim (Debian's `neovim`) with its built-in LSP client opens an invalid model and
// reports the CLI's diagnostics, at the CLI's positions. Without Neovim the test says so and is skipped; under CI
// (CI=true, where .ci/run installs it) a missing Neovim fails.
import { execFile } from "node:child_process";
import { accessSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { expect, onTestFinished, test } from "vitest";
import { runCli } from "../helpers/cli-process.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { LspClient } from "../helpers/lsp-client.js";

const exec = promisify(execFile);
const nvim = (process.env.PATH ?? "")
  .split(delimiter)
  .map((dir) => join(dir, "nvim"))
  .find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const onCi = process.env.CI === "true";

if (nvim === undefined && !onCi) {
  process.stderr.write("test/lsp/neovim.test.ts: skipped, nvim is missing (apt-get install -y neovim)\n");
}

test.runIf(nvim === undefined && onCi)("Neovim is installed on CI", () => {
  expect.fail("nvim is missing: .ci/run installs it (apt-get install -y neovim)");
});

test.runIf(nvim !== undefined)(
  "headless Neovim reports the CLI's diagnostics for an invalid model",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-nvim-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "invalid.bioimageio.yaml");
    copyFileSync(join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml"), file);
    const env = { ...process.env, BIOIMAGEIO_OFFLINE: "1", BIOIMAGEIO_CACHE_PATH: join(dir, "cache") };
    const out = join(dir, "diagnostics.txt");
    await exec(nvim as string, ["--headless", "--clean", "-n", "-u", join(REPO, "test/lsp/neovim.lua")], {
      cwd: REPO,
      env: { ...env, LSP_FILE: file, LSP_OUT: out, LSP_CMD: JSON.stringify(LspClient.FROM_SOURCES) },
      timeout: 90_000,
    });
    const reported = readFileSync(out, "utf8").trim().split("\n");

    const run = await runCli(["validate", "--json", file], { BIOIMAGEIO_OFFLINE: "1", BIOIMAGEIO_CACHE_PATH: join(dir, "cache") });
    const [summary] = JSON.parse(run.stdout) as {
      details: { errors: { loc: (string | number)[]; msg: string; rule: string; position: { line: number; col: number } }[] }[];
    }[];
    const expected = (summary?.details ?? []).flatMap((d) =>
      d.errors.map((e) => `${e.position.line}:${e.position.col} 1 ${e.rule} ${e.loc.join(".")}: ${e.msg}`),
    );
    expect(expected.length).toBeGreaterThan(10);
    // Neovim's "start" and the CLI's "line:col" are the same place; the end is where the key or value ends
    const starts = reported.map((line) => line.replace(/^(\d+:\d+)-\d+:\d+ /, "$1 "));
    expect([...starts].sort()).toEqual([...expected].sort());
    for (const line of reported) {
      const [, startLine, startCol, endLine, endCol] = /^(\d+):(\d+)-(\d+):(\d+) /.exec(line) ?? [];
      expect(Number(endLine) * 10_000 + Number(endCol), line).toBeGreaterThan(Number(startLine) * 10_000 + Number(startCol));
    }
  },
  120_000,
);
