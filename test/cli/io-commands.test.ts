// The CLI's IO commands in-process: package, update-hashes, validate with IO checks by default for local sources.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { settings } from "../../src/engine/node/settings.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { synthesizeCorpusModel } from "../helpers/synthesize.js";
import { runMain } from "../helpers/cli-process.js";

const run = runMain;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

let model: string;
const cache = mkdtempSync(join(tmpdir(), "bioimage-specs-cli-cache-"));

beforeAll(async () => {
  const offline = { ...settings(), cachePath: cache, offline: true };
  ({ path: model } = await synthesizeCorpusModel("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml", offline));
  await updateHashesInFile(model, { settings: offline });
});

describe("IO commands", () => {
  test("validate checks files by default for a local source; --no-io-checks skips them", async () => {
    vi.stubEnv("BIOIMAGEIO_CACHE_PATH", cache);
    vi.stubEnv("BIOIMAGE_SPECS_OFFLINE", "1");
    const broken = join(dirname(model), "broken.bioimageio.yaml");
    writeFileSync(broken, readFileSync(model, "utf8").replace("source: test_input.npy", "source: gone.npy"));
    const checked = await run(["validate", broken]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`${broken}:`);
    expect(checked.stdout).toContain("error: inputs.0.test_tensor.source: Value error, ");
    expect(checked.stdout).toContain("gone.npy does not point to an existing file");
    expect((await run(["validate", "--no-io-checks", broken])).code).toBe(0);
    expect((await run(["validate", dirname(model)])).stdout).toContain("valid-format (model 0.5.7)");
  });

  test("package writes a zip that unzip accepts; update-hashes reports and writes what changed", async () => {
    vi.stubEnv("BIOIMAGEIO_CACHE_PATH", cache);
    vi.stubEnv("BIOIMAGE_SPECS_OFFLINE", "1");
    const zip = join(mkdtempSync(join(tmpdir(), "bioimage-specs-cli-")), "model.zip");
    const packaged = await run(["package", model, zip, "--weights-priority-order", "onnx,torchscript"]);
    expect(packaged).toMatchObject({ code: 0, stderr: "" });
    expect(packaged.stdout.trim()).toBe(zip);
    expect(execFileSync("unzip", ["-l", zip], { encoding: "utf8" })).toContain("weights.onnx");
    expect(execFileSync("unzip", ["-l", zip], { encoding: "utf8" })).not.toContain("weights.pt");
    expect((await run(["validate", zip])).stdout).toContain("valid-format");
    // an existing output is refused unless --force; --json reports the result
    const again = await run(["package", model, zip, "--json"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`${zip} exists: pass --force to replace it\n`);
    expect(JSON.parse(again.stdout)).toMatchObject({
      source: model,
      output: zip,
      ok: false,
      error: `${zip} exists: pass --force to replace it`,
    });
    const forced = await run(["package", model, zip, "--force", "--json", "--weights-priority-order", "onnx"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual({ source: model, output: zip, ok: true, kind: "zip", bytes: statSync(zip).size });

    const stale = join(dirname(model), "stale.bioimageio.yaml");
    const text = readFileSync(model, "utf8");
    const onnx = /onnx:\s+source: weights\.onnx\s+sha256: (\w+)/.exec(text)?.[1] ?? "";
    expect(onnx).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(stale, text.replace(onnx, "a".repeat(64)));
    const updated = await run(["update-hashes", stale]);
    expect(updated.stderr).toBe("");
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain(`${stale}: weights.onnx.sha256: ${"a".repeat(64)} -> ${onnx}`);
    expect(readFileSync(stale, "utf8")).toBe(text);

    // a missing hash is inserted after its source; nothing else moves (a long text is not re-folded)
    const long = text.replace(/^description: .*$/m, `description: ${"a description longer than a folded line ".repeat(6).trim()}`);
    expect(long).not.toBe(text);
    const missing = long.replace(new RegExp(`(onnx:\\s+source: weights\\.onnx\\r?\\n)[ ]+sha256: ${onnx}\\r?\\n`), "$1");
    expect(missing).not.toContain(onnx);
    writeFileSync(stale, missing);
    const inserted = await run(["update-hashes", stale]);
    expect(inserted.stdout).toContain(`${stale}: weights.onnx.sha256: (none) -> ${onnx}`);
    expect(readFileSync(stale, "utf8")).toBe(long);
    writeFileSync(stale, missing);
    const asJson = await run(["update-hashes", stale, "--json"]);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      source: stale,
      output: stale,
      ok: true,
      changes: [{ path: ["weights", "onnx", "sha256"], from: null, to: onnx }],
      summary: { status: "valid-format" },
    });
  });

  test("clear one-line errors: missing source, invalid description", async () => {
    const missing = await run(["package", "/does/not/exist.yaml", join(mkdtempSync(join(tmpdir(), "bioimage-specs-cli-")), "x.zip")]);
    expect(missing).toMatchObject({ code: 2, stderr: "/does/not/exist.yaml: no such file\n" });
    const invalid = join(dirname(model), "invalid.bioimageio.yaml");
    writeFileSync(invalid, readFileSync(model, "utf8").replace("type: model", "type: model\nunknown_field: 1"));
    const result = await run(["package", "--no-io-checks", invalid, join(tmpdir(), "never.zip")]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(`${invalid} is invalid:`);
  });
});
