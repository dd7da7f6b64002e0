// What validate prints for CI: colour as NO_COLOR/FORCE_COLOR say, GitHub annotations, the total line, and
// summary files in Markdown, JSON and HTML.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { githubAnnotations, progressLine, summaryFileFormat, totalLine, useColour } from "../../src/cli/output.js";
import { validate } from "../../src/validate.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { runMain } from "../helpers/cli-process.js";

const VALID = join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml");
const INVALID = join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml");

describe("colour", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  test.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: "1" }, false],
    [tty, { NO_COLOR: "" }, true],
    [pipe, { FORCE_COLOR: "1" }, true],
    [pipe, { FORCE_COLOR: "" }, true],
    [tty, { FORCE_COLOR: "0" }, false],
    [tty, { FORCE_COLOR: "false" }, false],
    [pipe, { FORCE_COLOR: "1", NO_COLOR: "1" }, true],
    [tty, { TERM: "dumb" }, false],
  ])("%j with %j: %s", (stream, env, expected) => {
    expect(useColour(stream, env)).toBe(expected);
  });

  test("FORCE_COLOR colours the status and severities; NO_COLOR and pipes print plain text", async () => {
    const previous = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
    try {
      process.env.FORCE_COLOR = "1";
      const coloured = await runMain(["validate", "--no-io-checks", INVALID]);
      expect(coloured.stdout).toContain(`: \x1b[31m\x1b[1merror\x1b[22m\x1b[39m: `);
      expect(coloured.stdout).toContain(`: \x1b[31m\x1b[1mfailed\x1b[22m\x1b[39m (model 0.5.7)`);
      delete process.env.FORCE_COLOR;
      process.env.NO_COLOR = "1";
      expect((await runMain(["validate", "--no-io-checks", INVALID])).stdout).not.toContain("\x1b[");
    } finally {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) {
          delete process.env[key];
        } else {
          process.env[key] = value;
        }
      }
    }
  });
});

test("--format github: one annotation per error with file, line and col, then the status line", async () => {
  const { code, stdout } = await runMain(["validate", "--no-io-checks", "--format", "github", INVALID]);
  expect(code).toBe(1);
  const lines = stdout.trim().split("\n");
  expect(lines).toHaveLength(10);
  expect(lines[0]).toBe(
    `::error file=${INVALID},line=43,col=9,title=extra_forbidden (schema)::inputs.0.axes.1.channel.size: Extra inputs are not permitted`,
  );
  expect(lines[9]).toBe(`${INVALID}: failed (model 0.5.7): 9 errors, 0 warnings`);
});

test("annotations escape what GitHub's workflow commands would read as syntax", async () => {
  const parsed = parseSource('type: model\nformat_version: "0.5.7"\n', "a,b:c%.yaml");
  const text = githubAnnotations(await validate(parsed));
  expect(text).toMatch(/^::error file=a%2Cb%3Ac%25\.yaml,line=\d+,col=\d+,title=/m);
  expect(text.split("\n").every((line) => !line.startsWith("::") || !line.slice(2).includes("\n"))).toBe(true);
});

test("several inputs end with a total line; one input does not", async () => {
  const { stdout } = await runMain(["validate", "--no-io-checks", VALID, INVALID, "/does/not/exist.yaml"]);
  expect(stdout.trim().split("\n").at(-1)).toBe("total: 3 files: 1 passed, 1 failed, 1 unreadable (10 errors, 0 warnings)");
  expect((await runMain(["validate", "--no-io-checks", VALID])).stdout).not.toContain("total:");
  const summaries = [await validate(parseSource(readFileSync(VALID, "utf8"), "a.yaml"))];
  expect(totalLine(summaries, 0)).toBe("total: 1 file: 1 passed, 0 failed (0 errors, 0 warnings)");
});

test("--summary writes Markdown, JSON and HTML, chosen by extension (Markdown otherwise)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-summary-"));
  const [md, json, html, step] = ["s.md", "s.json", "s.html", "step_summary_1"].map((name) => join(dir, name)) as [
    string,
    string,
    string,
    string,
  ];
  const { code } = await runMain([
    "validate",
    "--no-io-checks",
    VALID,
    INVALID,
    "--summary",
    md,
    "--summary",
    json,
    "--summary",
    html,
    "--summary",
    step,
  ]);
  expect(code).toBe(1);
  const markdown = readFileSync(md, "utf8");
  expect(markdown).toMatch(/^# bioimage-specs validate\n\n\*\*Total: 2 files: 1 passed, 1 failed \(9 errors, 0 warnings\)\*\*/);
  expect(markdown).toContain("| ❌ | inputs.0.axes.1.channel.size | Extra inputs are not permitted (line 43, column 9) |");
  expect(readFileSync(step, "utf8")).toBe(markdown);
  const parsed = JSON.parse(readFileSync(json, "utf8")) as { source_name: string; status: string }[];
  expect(parsed.map((s) => [s.source_name, s.status])).toEqual([
    [VALID, "valid-format"],
    [INVALID, "failed"],
  ]);
  const page = readFileSync(html, "utf8");
  expect(page).toMatch(/^<!doctype html>/);
  expect(page).toContain('<span class="status failed">failed</span>');
  expect(page).toContain(
    "<td>43:9</td><td><code>inputs.0.axes.1.channel.size</code></td><td>Extra inputs are not permitted [extra_forbidden]</td>",
  );
  expect(page).not.toMatch(/<script|https?:\/\/(?!bioimage)/);
  expect([".MD", ".json", ".htm", ""].map((ext) => summaryFileFormat(`x${ext}`))).toEqual(["markdown", "json", "html", "markdown"]);
});

test("progress: phase, percent, MiB and rate on a terminal; nothing in a pipe or on CI", async () => {
  const written: string[] = [];
  const terminal = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  const progress = progressLine(false, terminal);
  progress.update("checking rdf.yaml and its files");
  progress.update("writing model.zip", 0, 4 * 2 ** 20);
  await new Promise((resolve) => setTimeout(resolve, 450));
  progress.update("writing model.zip", 2 * 2 ** 20, 4 * 2 ** 20);
  progress.done();
  expect(written[0]).toBe("\r\x1b[Kchecking rdf.yaml and its files");
  expect(written[1]).toBe("\r\x1b[Kwriting model.zip: 0% (0.0 / 4.0 MiB)");
  expect(written[2]?.startsWith("\r\x1b[K")).toBe(true);
  expect(written[2]?.slice(4)).toMatch(/^writing model\.zip: 50% \(2\.0 \/ 4\.0 MiB, \d+\.\d MiB\/s\)$/);
  expect(written.at(-1)).toBe("\r\x1b[K");
  for (const [stream, ci] of [
    [{ ...terminal, isTTY: false }, false],
    [terminal, true],
  ] as const) {
    const before = written.length;
    const quiet = progressLine(ci, stream as NodeJS.WriteStream);
    quiet.update("writing", 1, 2);
    quiet.done();
    expect(written.length).toBe(before);
  }
});
