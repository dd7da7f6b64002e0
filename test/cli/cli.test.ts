// The CLI in-process (main()) for output and exit codes, and once as a real process.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { runCli, runMain } from "../helpers/cli-process.js";
import { REPO } from "../helpers/fixture-codegen.js";

const VALID = join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml");
const INVALID = join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml");

const run = runMain;

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "bioimage-specs-cli-")), name);
  writeFileSync(path, text);
  return path;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("bioimage-specs validate", () => {
  test("a valid file: exit 0 and a status line", async () => {
    const { code, stdout } = await run(["validate", "--no-io-checks", VALID]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`${VALID}: valid-format (model 0.5.7): 0 errors, 0 warnings`);
  });

  test("an invalid file: exit 1, one line per error with file:line:col", async () => {
    const { code, stdout } = await run(["validate", "--no-io-checks", INVALID]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(`${INVALID}:43:9: error: inputs.0.axes.1.channel.size: Extra inputs are not permitted [extra_forbidden]`);
    expect(lines[9]).toBe(`${INVALID}: failed (model 0.5.7): 9 errors, 0 warnings`);
  });

  test("--json: an array with one summary per input, in input order", async () => {
    const { code, stdout } = await run(["validate", "--no-io-checks", "--json", INVALID, VALID]);
    expect(code).toBe(1);
    const summaries = JSON.parse(stdout);
    expect(summaries.map((s: { source_name: string; status: string }) => [s.source_name, s.status])).toEqual([
      [INVALID, "failed"],
      [VALID, "valid-format"],
    ]);
    expect(Object.keys(summaries[0])).toEqual([
      "name",
      "source_name",
      "id",
      "type",
      "format_version",
      "status",
      "metadata_completeness",
      "details",
      "env",
      "saved_conda_list",
    ]);
    expect(summaries[0].details[0].errors[0]).toMatchObject({
      loc: ["inputs", 0, "axes", 1, "channel", "size"],
      type: "extra_forbidden",
      position: { file: INVALID, line: 43, col: 9 },
    });
  });

  test("bad YAML: exit 2 and one clear line, no stack trace", async () => {
    const bad = tempFile("bad.yaml", "name: [unclosed\n");
    const { code, stdout, stderr } = await run(["validate", "--no-io-checks", bad]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^${bad.replaceAll(".", "\\.")}:\\d+:\\d+: `));
  });

  test("a missing file: exit 2; the others are still validated", async () => {
    const { code, stdout, stderr } = await run(["validate", "--no-io-checks", "/does/not/exist.yaml", VALID]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("/does/not/exist.yaml: no such file");
    expect(stdout).toContain("valid-format");
  });

  test("usage errors: exit 2", async () => {
    expect((await run(["validate"])).code).toBe(2);
    expect((await run(["validate", "--no-io-checks", "--kind", "nope", VALID])).code).toBe(2);
    expect((await run(["validate", "--no-io-checks", "--format-version", "newest", VALID])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  test("--warning-level alert fails on an alert", async () => {
    const future = tempFile(
      "future.yaml",
      (await import("node:fs")).readFileSync(VALID, "utf8").replace("format_version: 0.5.4", "format_version: 0.6.0"),
    );
    const relaxed = await run(["validate", "--no-io-checks", future]);
    expect(relaxed.code).toBe(0);
    // (a later 0.5 patch of a model is bumped silently, as the reference does; a later minor version alerts)
    expect(relaxed.stdout).toContain("alert: (root): future format_version '0.6.0' treated as '0.5.7'");
    const strict = await run(["validate", "--no-io-checks", "--warning-level", "alert", future]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("Encountered 1 more severe than warning level 'alert'");
  });
});

describe("bioimage-specs update-format --json", () => {
  test("the converted YAML and the summary in one JSON object; an invalid source: ok false, exit 1", async () => {
    const old = join(REPO, "examples/bioimageio/unet2d_nuclei_broad_v0_4_9.bioimageio.yaml");
    const { code, stdout } = await run(["update-format", "--json", old]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ source: old, output: null, ok: true, type: "model", format_version: "0.5.7" });
    expect(result.yaml).toMatch(/^format_version: 0\.5\.7$/m);
    expect(result.summary.status).toBe("valid-format");
    const invalid = await run(["update-format", "--json", INVALID]);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ source: INVALID, ok: false, summary: { status: "failed" } });
  });
});

describe("the bin as a process", () => {
  test("exit codes and output of a real run", async () => {
    const exec = promisify(execFile);
    const tsx = join(REPO, "node_modules/.bin/tsx");
    const ok = await exec(tsx, ["src/cli/bin.ts", "validate", "--no-io-checks", VALID], { cwd: REPO });
    expect(ok.stdout).toContain("valid-format");
    await expect(exec(tsx, ["src/cli/bin.ts", "validate", "--no-io-checks", INVALID], { cwd: REPO })).rejects.toMatchObject({ code: 1 });
  });
});

describe("validate --jobs", () => {
  // valid and invalid documents of several kinds, one that does not parse and one that does not exist
  const corpus = join(REPO, "test/fixtures/corpus");
  const inputs = [VALID, INVALID, join(corpus, "fractal/valid"), join(corpus, "croissant/valid"), join(corpus, "copick/configs")].flatMap(
    (path) =>
      statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((name) => /\.(json|ya?ml)$/.test(name))
            .slice(0, 4)
            .map((name) => join(path, name))
        : [path],
  );
  const files = [...inputs, tempFile("bad.yaml", "name: [unclosed\n"), "/does/not/exist.yaml", ...inputs];

  test("prints what one thread prints, in input order, with the same exit code (text, --json, GitHub annotations)", async () => {
    for (const [json, jobs] of [
      [[], "3"],
      [["--json"], "auto"],
      [["--format", "github"], "2"],
    ] as const) {
      const one = await runCli(["validate", "--no-io-checks", ...json, ...files], {}, 60_000);
      expect(one.code).toBe(2);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(await runCli(["validate", "--no-io-checks", "--jobs", jobs, ...json, ...files], {}, 60_000)).toEqual(one);
    }
  }, 180_000);
});
