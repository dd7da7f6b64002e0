// The language server as the user types: a 3,000-line model open in the built server (`dist/cli/bin.js lsp
// --stdio`, debounce 0), one line edited per change, the time from `didChange` to the diagnostics of that version
// (parse, validation with the IO checks against the folder, ranges) over stdio. Baseline: the same text parsed
// and validated in this process, as the CLI does (validateFile), so that the ratio is what the server adds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import type * as ValidateFile from "../src/kinds/node/validate-file.js";
import { LspClient } from "../test/helpers/lsp-client.js";
import { validModel } from "../test/helpers/model.js";
import type { BenchRow } from "./measure.js";
import { shipped } from "./shipped.js";

const { validateFile } = await shipped<typeof ValidateFile>("src/kinds/node/validate-file.js");

const REPO = join(import.meta.dirname, "..");
const LINES = 3_000;

/** A valid model grown to about `lines` lines with more input tensors (each a copy of the first, renamed). */
export function largeModel(lines: number): string {
  const model = validModel();
  const first = model.inputs[0] as Record<string, unknown>;
  const write = (inputs: unknown[]): string => stringify({ ...model, inputs }, { lineWidth: 0 });
  const perTensor = write([first, structuredClone(first)]).split("\n").length - write([first]).split("\n").length;
  const count = 1 + Math.max(0, Math.round((lines - write([first]).split("\n").length) / perTensor));
  return write(Array.from({ length: count }, (_, i) => (i === 0 ? first : { ...structuredClone(first), id: `input${i}` })));
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const percentile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)] ?? Number.NaN;

/** Milliseconds from each `didChange` to the first diagnostics of its version, with these server options. */
async function perChange(
  text: string,
  file: string,
  env: Record<string, string>,
  options: object,
  changes: number,
): Promise<{ times: number[]; diagnostics: number }> {
  const lines = text.split("\n");
  // the line edited: a description in the middle of the document, one character more or less each time
  const target = lines.findIndex((line, i) => i > lines.length / 2 && /^\s+description: /.test(line));
  const client = new LspClient([process.execPath, join(REPO, "dist/cli/bin.js"), "lsp", "--stdio"], env);
  try {
    await client.request("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { debounceMs: 0, ...options },
    });
    client.notify("initialized", {});
    const uri = pathToFileURL(file).href;
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    const opened = await client.diagnostics(uri, 1);
    const times: number[] = [];
    for (let version = 2; version < changes + 2; version++) {
      const line = lines[target] as string;
      const at = { line: target, character: line.length };
      const since = client.notifications.length;
      const start = process.hrtime.bigint();
      client.notify("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [
          version % 2 === 0
            ? { range: { start: at, end: at }, text: "x" }
            : { range: { start: at, end: { ...at, character: at.character + 1 } }, text: "" },
        ],
      });
      await client.diagnostics(uri, version, since);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, 50)); // let a validation still reading files end
    }
    await client.request("shutdown", null);
    client.notify("exit", null);
    await client.exited;
    return { times: times.slice(5), diagnostics: opened.length }; // after the server's code is warm
  } finally {
    client.kill();
  }
}

/** The language server's figures: the first diagnostics of an edit (the default), and the complete ones. */
export async function lspPerChange(changes = 40): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-bench-lsp-"));
  const env = { BIOIMAGE_SPECS_OFFLINE: "1", BIOIMAGEIO_CACHE_PATH: join(dir, "cache") };
  Object.assign(process.env, env); // the in-process baseline reads the same settings
  const file = join(dir, "rdf.yaml");
  const text = largeModel(LINES);
  try {
    const prompt = await perChange(text, file, env, {}, changes);
    const complete = await perChange(text, file, env, { ioWaitMs: 60_000 }, changes);
    const baseline: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = process.hrtime.bigint();
      await validateFile(text, file);
      baseline.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const base = median(baseline.slice(5));
    const lines = text.split("\n").length;
    const row = (what: string, times: number[], target: string): BenchRow => ({
      figure: `language server: one edit of a ${lines}-line model, didChange to ${what} over stdio`,
      baseline: "parse + validate the same text in-process, IO checks included (the CLI's work)",
      ratio: median(times) / base,
      target,
      detail: `${median(times).toFixed(1)} ms median (${Math.min(...times).toFixed(1)} min, ${percentile(times, 0.9).toFixed(1)} p90) vs ${base.toFixed(1)} ms (${complete.diagnostics} diagnostics)`,
    });
    return [
      row("its first diagnostics (default: file checks that take over 20 ms follow)", prompt.times, "< 50 ms per change"),
      row("its complete diagnostics (IO checks included)", complete.times, "report"),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
