// The published bin is the esbuild bundle (scripts/bundle-cli.ts): it must run where the package is installed,
// with its chunks and the generated editor schemas it reads.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { expect, onTestFinished, test } from "vitest";
import { REPO } from "../helpers/fixture-codegen.js";
import { LspClient } from "../helpers/lsp-client.js";
import { weightsOnlyModel } from "../helpers/model.js";
import { floatWeights } from "../helpers/synthetic-bytes.js";

const exec = promisify(execFile);

test("the bundled CLI validates, and fails as the sources do", async () => {
  // Inside the repository, as in an installed package: the bundle finds generated/jsonschema upwards.
  const dir = mkdtempSync(join(REPO, "test", ".tmp-bundle-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, "cli");
  await exec(join(REPO, "node_modules/.bin/tsx"), ["scripts/bundle-cli.ts", out], { cwd: REPO });
  // the code cache in a folder of the test's: written by the first run, used by the next, the same output
  const cache = join(dir, "code-cache");
  const cached = { cwd: REPO, env: { ...process.env, BIOIMAGE_SPECS_CODE_CACHE: cache } };
  const validateModel = ["validate", "--no-io-checks", "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml"];
  const ok = await exec("node", [join(out, "bin.js"), ...validateModel], cached);
  expect(ok.stdout).toMatch(/valid-format \(model 0\.5\.7\)/);
  const [versionDir = ""] = readdirSync(cache);
  expect(versionDir).toBe(`${JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version}-node${process.version}-${process.arch}`);
  const stored = readdirSync(join(cache, versionDir));
  expect(stored).toContain("main.cjs.v8");
  expect(stored.some((name) => /^0\.5-.*\.cjs\.v8$/.test(name))).toBe(true);
  expect((await exec("node", [join(out, "bin.js"), ...validateModel], cached)).stdout).toBe(ok.stdout);
  expect(
    (await exec("node", [join(out, "bin.js"), ...validateModel], { cwd: REPO, env: { ...process.env, BIOIMAGE_SPECS_CODE_CACHE: "off" } }))
      .stdout,
  ).toBe(ok.stdout);
  // a manifest with args schemas loads Ajv lazily: CommonJS through a split bundle
  const manifest = await exec("node", [join(out, "bin.js"), "validate", "examples/fractal/__FRACTAL_MANIFEST__.json"], { cwd: REPO });
  expect(manifest.stdout).toMatch(/passed \(fractal-manifest 2\)/);
  await expect(
    exec("node", [join(out, "bin.js"), "validate", "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml"], { cwd: REPO }),
  ).rejects.toMatchObject({ code: 1 });
  const codegen = await exec(
    "node",
    [join(out, "bin.js"), "codegen", "--lang", "go", "--out", mkdtempSync(join(tmpdir(), "go-")), "--spec", "fractal/manifest/2"],
    {
      cwd: REPO,
    },
  );
  expect(codegen.stderr).toMatch(/wrote .*fractal_manifest_2\.go/);
  // worker threads: validate --jobs (the workers import the command's chunk) and package (deflate in chunks)
  const examples = ["examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml", "examples/fractal/__FRACTAL_MANIFEST__.json"];
  const jobs = await exec("node", [join(out, "bin.js"), "validate", "--no-io-checks", "--jobs", "2", ...examples, ...examples], {
    cwd: REPO,
  });
  expect(jobs.stdout).toBe(
    (await exec("node", [join(out, "bin.js"), "validate", "--no-io-checks", ...examples, ...examples], { cwd: REPO })).stdout,
  );
  const model = join(dir, "model");
  mkdirSync(model);
  writeFileSync(join(model, "weights.onnx"), Buffer.concat(Array.from({ length: 3 }, (_, i) => floatWeights(1 << 18, i + 1))));
  writeFileSync(join(model, "rdf.yaml"), JSON.stringify(weightsOnlyModel("weights.onnx")));
  await exec("node", [join(out, "bin.js"), "package", join(model, "rdf.yaml"), join(dir, "model.zip")], { cwd: REPO });
  await exec("unzip", ["-tq", join(dir, "model.zip")]);
  // the language server: vscode-languageserver (CommonJS) in its own chunk, the editor schemas found for hover
  const server = new LspClient([process.execPath, join(out, "bin.js"), "lsp", "--stdio"]);
  try {
    await server.request("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { ioChecks: false },
    });
    const uri = pathToFileURL(join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml")).href;
    const text = readFileSync(fileURLToPath(uri), "utf8");
    server.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    expect((await server.diagnostics(uri)).length).toBeGreaterThan(0);
    const hover = await server.request<{ contents: { value: string } }>("textDocument/hover", {
      textDocument: { uri },
      position: { line: text.split("\n").findIndex((line) => line.startsWith("name:")), character: 1 },
    });
    expect(hover.contents.value).toContain("A human-readable name of this model.");
  } finally {
    server.kill();
  }
}, 150_000);
