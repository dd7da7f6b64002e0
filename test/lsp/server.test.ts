// The language server as editors run it (`bioimage-specs lsp --stdio`), driven over stdio by a JSON-RPC client:
// initialize, open, change, hover, completion, code actions, shutdown and exit; its diagnostics are the CLI's.
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/cli-process.js";
import { startServer } from "../helpers/http-server.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { LspClient, type PublishedDiagnostic } from "../helpers/lsp-client.js";

/** No network, an empty download cache: the IO checks answer the same in every run and on every machine. */
const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-lsp-"));
const ENV = { BIOIMAGEIO_OFFLINE: "1", BIOIMAGEIO_CACHE_PATH: join(dir, "cache") };
const INVALID_MODEL = join(dir, "model", "invalid.bioimageio.yaml");
const MANIFEST = join(dir, "fractal", "__FRACTAL_MANIFEST__.json");

interface Range {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
}
interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: { readonly changes: Record<string, TextEdit[]> };
  readonly disabled?: { readonly reason: string };
}

/** `text` with the edits applied (the client's job). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, line) => n + line.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((out, edit) => out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end)), text);
}

/** The CLI's entries of `file` (validate --json) as "line:col severity code message", in the summary's order. */
async function cliEntries(file: string): Promise<string[]> {
  const run = await runCli(["validate", "--json", file], ENV);
  const [summary] = JSON.parse(run.stdout) as {
    details: {
      errors: { loc: (string | number)[]; msg: string; rule: string; position: { line: number; col: number } }[];
      warnings: { loc: (string | number)[]; msg: string; rule: string; severity: number; position: { line: number; col: number } }[];
    }[];
  }[];
  return (summary?.details ?? []).flatMap((d) => [
    ...d.errors.map((e) => `${e.position.line}:${e.position.col} 1 ${e.rule} ${e.loc.join(".") || "(root)"}: ${e.msg}`),
    ...d.warnings.map(
      (w) => `${w.position.line}:${w.position.col} ${w.severity === 20 ? 3 : 2} ${w.rule} ${w.loc.join(".") || "(root)"}: ${w.msg}`,
    ),
  ]);
}

const asEntries = (diagnostics: readonly PublishedDiagnostic[]): string[] =>
  diagnostics
    .filter((d) => d.code !== undefined)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);

let client: LspClient;
let version = 1;

function open(file: string, languageId: string, text = readFileSync(file, "utf8")): string {
  const uri = pathToFileURL(file).href;
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

function change(uri: string, range: Range, text: string): number {
  version++;
  client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  return version;
}

beforeAll(async () => {
  mkdirSync(join(dir, "model"));
  mkdirSync(join(dir, "fractal"));
  copyFileSync(join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml"), INVALID_MODEL);
  copyFileSync(join(REPO, "examples/fractal/invalid-docs-link__FRACTAL_MANIFEST__.json"), MANIFEST);
  client = new LspClient(undefined, ENV);
  const result = await client.request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    initializationOptions: { debounceMs: 20, ioWaitMs: 60_000, rulesUrl: "https://example.org/rules.md" },
  });
  expect(result.serverInfo.name).toBe("bioimage-specs");
  expect(result.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: { change: 2 } });
  client.notify("initialized", {});
}, 60_000);

afterAll(() => {
  client.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("the language server over stdio", () => {
  test("an invalid model: the CLI's entries, with ranges over the offending key or value and links to the rules", async () => {
    const uri = open(INVALID_MODEL, "yaml");
    const diagnostics = await client.diagnostics(uri);
    expect(asEntries(diagnostics)).toEqual(await cliEntries(INVALID_MODEL));
    expect(diagnostics.length).toBeGreaterThan(10);
    const text = readFileSync(INVALID_MODEL, "utf8").split("\n");
    const spanned = (d: PublishedDiagnostic): string =>
      (text[d.range.start.line] ?? "").slice(d.range.start.character, d.range.end.character);
    // an extra key: from the key to the end of its scalar value
    const extra = diagnostics.find((d) => d.message.startsWith("inputs.0.axes.1.channel.size:"));
    expect(extra && spanned(extra)).toMatch(/^size: \d+$/);
    expect(extra?.codeDescription?.href).toBe("https://example.org/rules.md#schema");
    // a mapping: its key
    const weights = diagnostics.find((d) => d.message.startsWith("weights.pytorch_state_dict:"));
    expect(weights && spanned(weights)).toBe("pytorch_state_dict");
    expect(diagnostics.every((d) => d.source === "bioimage-specs")).toBe(true);
  });

  test("a Fractal manifest (JSON): the CLI's entries", async () => {
    const uri = open(MANIFEST, "json");
    const diagnostics = await client.diagnostics(uri);
    expect(asEntries(diagnostics)).toEqual(await cliEntries(MANIFEST));
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  test("copick config, picks, CSV sidecar and Croissant (checksums of the files next to it): the CLI's entries", async () => {
    const project = join(dir, "copick");
    cpSync(join(REPO, "examples/copick/tiny-project"), project, { recursive: true });
    const config = join(project, "filesystem.json");
    const picks = join(project, "ExperimentRuns/run_001/Picks/alice_42_ribosome.json");
    const runs = join(project, "Croissant/runs.csv");
    const metadata = join(project, "Croissant/metadata.json");
    writeFileSync(config, readFileSync(config, "utf8").replace(/"label": 1\b/, '"label": "one"'));
    writeFileSync(picks, readFileSync(picks, "utf8").replace(/"x": 1(\.0)?\b/, '"x": "a"'));
    writeFileSync(runs, `${readFileSync(runs, "utf8")}run_999,\n`); // a short row, and no longer the declared sha256
    for (const [file, languageId] of [
      [config, "json"],
      [picks, "json"],
      [runs, "csv"],
      [metadata, "json"],
    ] as const) {
      const diagnostics = await client.diagnostics(open(file, languageId));
      expect(asEntries(diagnostics), file).toEqual(await cliEntries(file));
      // One error per file, the one made here (the example's Croissant also gets a warning: its base URL is a
      // placeholder, not where it lies).
      expect(
        diagnostics.filter((d) => d.severity === 1),
        file,
      ).toHaveLength(1);
    }
    const text = readFileSync(picks, "utf8").split("\n");
    const [x] = await client.diagnostics(pathToFileURL(picks).href, undefined, 0);
    expect(x && (text[x.range.start.line] ?? "").slice(x.range.start.character, x.range.end.character)).toBe('"x": "a"');
  });

  test("JSON: hover on a key, completion of the keys an object may still take", async () => {
    const uri = pathToFileURL(MANIFEST).href;
    const text = readFileSync(MANIFEST, "utf8");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"manifest_version"'));
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", {
      textDocument: { uri },
      position: { line, character: (lines[line] ?? "").indexOf("manifest_version") + 2 },
    });
    expect(hover.contents.value).toContain("`manifest_version`");
    // a new key in the first task
    const taskLine = lines.findIndex(
      (l) => l.includes('"name"') && lines.slice(0, lines.indexOf(l)).some((p) => p.includes('"task_list"')),
    );
    const indent = (lines[taskLine] ?? "").indexOf('"');
    change(uri, { start: { line: taskLine, character: 0 }, end: { line: taskLine, character: 0 } }, `${" ".repeat(indent)}"",\n`);
    const items = await client.request<{ label: string; textEdit: TextEdit }[]>("textDocument/completion", {
      textDocument: { uri },
      position: { line: taskLine, character: indent + 1 },
    });
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(["executable_non_parallel", "meta_parallel", "docs_info"]));
    expect(items.map((i) => i.label)).not.toContain("name"); // written already
    const docsInfo = items.find((i) => i.label === "docs_info")?.textEdit;
    expect(docsInfo).toEqual({
      range: { start: { line: taskLine, character: indent }, end: { line: taskLine, character: indent + 2 } },
      newText: '"docs_info": ',
    });
  });

  test("other YAML and JSON files (a CI workflow, a package.json) get no diagnostics, even when they do not parse", async () => {
    const workflow = open(join(dir, "ci.yml"), "yaml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
    expect(await client.diagnostics(workflow)).toEqual([]);
    const broken = open(join(dir, "broken.yaml"), "yaml", "a: [1\n");
    const packageJson = open(join(dir, "package.json"), "json", '{"name": "x", "type": "module"}');
    expect(await client.diagnostics(packageJson)).toEqual([]);
    expect(client.notifications.some((n) => (n.params as { uri?: string }).uri === broken)).toBe(false);
  });

  test("changes: re-validated as typed; a document that stops parsing keeps its last good diagnostics plus the parse error", async () => {
    const file = join(dir, "model", "typed.bioimageio.yaml");
    const original = readFileSync(INVALID_MODEL, "utf8");
    writeFileSync(file, original);
    const uri = open(file, "yaml");
    const first = await client.diagnostics(uri);
    // a line inserted at the top moves every diagnostic down, and adds an unknown key
    const since = client.notifications.length;
    const added = change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, "unknown_key: 1\n");
    const second = await client.diagnostics(uri, added, since);
    expect(second.find((d) => d.message.startsWith("unknown_key:"))?.range).toEqual({
      start: { line: 0, character: 0 },
      end: { line: 0, character: 14 },
    });
    expect(second.filter((d) => !d.message.startsWith("unknown_key:")).map((d) => d.range.start.line)).toEqual(
      first.map((d) => d.range.start.line + 1),
    );
    // an unclosed flow sequence: the document no longer parses
    const broken = change(uri, { start: { line: 0, character: 13 }, end: { line: 0, character: 14 } }, "[1");
    const third = await client.diagnostics(uri, broken, client.notifications.length);
    expect(third.slice(0, -1)).toEqual(second);
    expect(third.at(-1)).toMatchObject({ severity: 1, code: "load" });
    // a line removed above the last good diagnostics while broken: they move up with it
    const removedLine = change(uri, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, "");
    const fourth = await client.diagnostics(uri, removedLine, client.notifications.length);
    const moved = second.filter((d) => d.range.start.line > 1).map((d) => d.range.start.line - 1);
    expect(
      fourth
        .slice(0, -1)
        .filter((d) => d.range.start.line > 0)
        .map((d) => d.range.start.line),
    ).toEqual(moved);
  });

  test("hover: the spec's title and description, the type and the allowed values", async () => {
    const uri = pathToFileURL(INVALID_MODEL).href;
    const text = readFileSync(INVALID_MODEL, "utf8").split("\n");
    const nameLine = text.findIndex((line) => line.startsWith("name:"));
    const hover = await client.request<{ contents: { kind: string; value: string }; range: Range }>("textDocument/hover", {
      textDocument: { uri },
      position: { line: nameLine, character: 2 },
    });
    expect(hover.contents.kind).toBe("markdown");
    expect(hover.contents.value).toContain("**Name** `name`");
    expect(hover.contents.value).toContain("A human-readable name of this model.");
    expect(hover.contents.value).toContain("Type: `string`");
    expect(hover.range).toEqual({ start: { line: nameLine, character: 0 }, end: { line: nameLine, character: 4 } });
    const axisType = text.findIndex((line) => /^\s+- type: channel/.test(line));
    const onAxis = await client.request<{ contents: { value: string } }>("textDocument/hover", {
      textDocument: { uri },
      position: { line: axisType, character: text[axisType]?.indexOf("channel") ?? 0 },
    });
    expect(onAxis.contents.value).toContain('Type: `"channel"`');
  });

  test("completion: the keys not written yet, enum values, and the document's tensor and axis ids", async () => {
    const file = join(dir, "model", "complete.bioimageio.yaml");
    const text = readFileSync(INVALID_MODEL, "utf8");
    const uri = open(file, "yaml", text);
    await client.diagnostics(uri);
    const labels = async (line: number, character: number): Promise<string[]> =>
      (await client.request<{ label: string }[]>("textDocument/completion", { textDocument: { uri }, position: { line, character } })).map(
        (item) => item.label,
      );
    const lines = text.split("\n");
    // a new root key at the end of the document
    change(uri, { start: { line: lines.length, character: 0 }, end: { line: lines.length, character: 0 } }, "\n");
    const rootKeys = await labels(lines.length, 0);
    expect(rootKeys).toEqual(expect.arrayContaining(["icon", "links", "packaged_by"]));
    expect(rootKeys).not.toContain("name"); // written already
    // an axis's type
    const axisLine = lines.findIndex((line) => /^\s+- type: channel/.test(line));
    const typeAt = (lines[axisLine] ?? "").indexOf("channel");
    change(uri, { start: { line: axisLine, character: typeAt }, end: { line: axisLine, character: typeAt + "channel".length } }, "");
    expect(await labels(axisLine, typeAt)).toEqual(expect.arrayContaining(["batch", "channel", "index", "time", "space"]));
    // a size reference's tensor and axis
    const sizeLine = lines.findIndex((line, i) => i > axisLine + 2 && /^\s+size: \d+$/.test(line));
    const indent = " ".repeat((lines[sizeLine] ?? "").indexOf("size"));
    const reference = `${indent}size:\n${indent}  tensor_id: \n${indent}  axis_id: `;
    change(uri, { start: { line: sizeLine, character: 0 }, end: { line: sizeLine, character: (lines[sizeLine] ?? "").length } }, reference);
    expect(await labels(sizeLine + 1, indent.length + 13)).toEqual(["raw", "probability"]);
    // no tensor named yet: the axes of the tensor the reference is in (the channel axis lost its type above)
    expect(await labels(sizeLine + 2, indent.length + 11)).toEqual(["batch", "y", "x"]);
  });

  test("code actions: a missing field added, a sha256 fixed from the file, the conversion to the latest format", async () => {
    const folder = join(dir, "with-files");
    mkdirSync(folder);
    // a model 0.4 without its name, next to a weights.pt whose sha256 is not the declared one
    writeFileSync(join(folder, "weights.pt"), "not really weights\n");
    const sha = createHash("sha256").update("not really weights\n").digest("hex");
    const text = readFileSync(join(REPO, "examples/bioimageio/unet2d_nuclei_broad_v0_4_9.bioimageio.yaml"), "utf8").replace(
      /^name: .*\n/m,
      "",
    );
    const file = join(folder, "rdf.yaml");
    writeFileSync(file, text);
    const uri = open(file, "yaml", text);
    const diagnostics = await client.diagnostics(uri);
    const actionsFor = (diagnostic: PublishedDiagnostic | undefined): Promise<CodeAction[]> =>
      client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostic?.range,
        context: { diagnostics: diagnostic ? [diagnostic] : [] },
      });

    const missing = diagnostics.find((d) => d.message === "name: Field required");
    const actions = await actionsFor(missing);
    const add = actions.find((a) => a.title === "Add the missing field 'name'");
    const added = applyEdits(text, add?.edit?.changes[uri] ?? []);
    expect(parse(added)).toEqual({ ...(parse(text) as object), name: "" });
    expect(added.startsWith(text.trimEnd())).toBe(true); // a line after the last root entry

    const convert = actions.find((a) => a.kind === "refactor.rewrite");
    expect(convert?.title).toMatch(/^Convert to the latest format \(model 0\.5\.\d+\)$/);
    // without its name the converted description is invalid: the action says so instead of writing it
    expect(convert?.disabled?.reason).toMatch(/^the converted description is invalid/);

    const mismatch = diagnostics.find((d) => d.code === "common.file.sha256-match" && d.message.startsWith("weights.torchscript"));
    expect(mismatch?.message).toContain(`got ${sha}`);
    const update = (await actionsFor(mismatch)).find((a) => a.title === "Update the sha256 of weights.pt from the file");
    expect(applyEdits(text, update?.edit?.changes[uri] ?? [])).toBe(
      text.replace("a4b0659a1b48454588b12179855ad0a0c9b69ccaa89b8bb06e6271e8f60b02fe", sha),
    );
    const all = (
      await client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source"] },
      })
    ).find((a) => a.kind === "source.updateHashes");
    expect(all?.title).toBe("Update every sha256 from the files (1)");

    // a sha256 not written yet: filled in at the file entry's indentation
    const withoutSha = text.replace(/\n {4}sha256: a4b0659a1b48454588b12179855ad0a0c9b69ccaa89b8bb06e6271e8f60b02fe/, "");
    const since = client.notifications.length;
    change(uri, { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } }, withoutSha);
    await client.diagnostics(uri, version, since);
    const torchscript = withoutSha.split("\n").findIndex((line) => line === "  torchscript:");
    const fill = (
      await client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: torchscript + 1, character: 4 }, end: { line: torchscript + 1, character: 4 } },
        context: { diagnostics: [] },
      })
    ).find((a) => a.title === "Fill in the sha256 of weights.pt from the file");
    expect(applyEdits(withoutSha, fill?.edit?.changes[uri] ?? [])).toBe(
      withoutSha.replace(
        "    parent: pytorch_state_dict\n\ntype: model",
        `    parent: pytorch_state_dict\n    sha256: ${sha}\n\ntype: model`,
      ),
    );
  });

  test("the conversion of a valid model 0.4 to the latest format", async () => {
    const file = join(dir, "model", "v0_4.bioimageio.yaml");
    const text = readFileSync(join(REPO, "examples/bioimageio/unet2d_nuclei_broad_v0_4_9.bioimageio.yaml"), "utf8");
    const uri = open(file, "yaml", text);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["refactor"] },
    });
    expect(actions.map((a) => a.kind)).toEqual(["refactor.rewrite"]);
    const converted = parse(applyEdits(text, actions[0]?.edit?.changes[uri] ?? [])) as Record<string, unknown>;
    expect(converted.format_version).toMatch(/^0\.5\.\d+$/);
    expect(converted.name).toBe((parse(text) as Record<string, unknown>).name);
  });

  test("slow file checks: the document's own diagnostics first, with the file checks' last findings; the complete set when they end", async () => {
    // every download waits for the gate that was closed when it was asked for
    const closedGate = (): { promise: Promise<void>; resolve: () => void } => {
      let resolve: () => void = () => undefined;
      const promise = new Promise<void>((r) => (resolve = r));
      return { promise, resolve };
    };
    let gate = closedGate();
    const release = (): void => gate.resolve();
    const server = await startServer(async (_request, response) => {
      await gate.promise;
      response.statusCode = 404;
      response.end();
    });
    const prompt = new LspClient(undefined, { BIOIMAGEIO_CACHE_PATH: join(dir, "cache-slow") });
    try {
      await prompt.request("initialize", {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        initializationOptions: { debounceMs: 0, ioWaitMs: 0 },
      });
      prompt.notify("initialized", {});
      const file = join(dir, "model", "slow.bioimageio.yaml");
      const text = readFileSync(INVALID_MODEL, "utf8").replace(/https:\/\/zenodo\.org\/\S+/, `${server.url}/weights.torch`);
      writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      prompt.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
      // the download hangs: the model's own diagnostics, no file findings yet
      const first = await prompt.diagnostics(uri, 1);
      expect(first.length).toBeGreaterThan(0);
      expect(first.filter((d) => d.code?.startsWith("common.file."))).toEqual([]);
      release();
      const complete = await prompt.diagnostics(uri, 1, prompt.notifications.length);
      const fileFindings = complete.filter((d) => d.code?.startsWith("common.file."));
      expect(fileFindings.map((d) => d.message)).toEqual(expect.arrayContaining([expect.stringMatching(/weights\.torch: .*404/)]));
      expect(complete).toEqual([...first, ...fileFindings]);
      // an edit while the download hangs again: the last file findings come along, moved with the edit
      gate = closedGate();
      const since = prompt.notifications.length;
      prompt.notify("textDocument/didChange", {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# edited\n" }],
      });
      const interim = await prompt.diagnostics(uri, 2, since);
      const down = (d: PublishedDiagnostic): PublishedDiagnostic => ({
        ...d,
        range: { start: { ...d.range.start, line: d.range.start.line + 1 }, end: { ...d.range.end, line: d.range.end.line + 1 } },
      });
      expect(interim).toEqual(complete.map(down));
      release();
      expect(await prompt.diagnostics(uri, 2, prompt.notifications.length)).toEqual(complete.map(down));
    } finally {
      release();
      prompt.kill();
      await server.close();
    }
  });

  test("shutdown, then exit: the process ends with code 0", async () => {
    await client.request("shutdown", null);
    client.notify("exit", null);
    expect(await client.exited).toBe(0);
  });
});
