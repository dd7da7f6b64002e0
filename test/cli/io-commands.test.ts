// The CLI's IO commands in-process: package, update-hashes, validate with IO checks by default for local sources.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { settings } from "../../src/engine/node/settings.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { synthesizeCorpusModel } from "../helpers/synthesize.js";

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  const code = await main(args);
  vi.restoreAllMocks();
  process.exitCode = undefined;
  return { code, stdout, stderr };
}

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
  });

  test("clear one-line errors: missing source, invalid description", async () => {
    const missing = await run(["package", "/does/not/exist.yaml", "/tmp/x.zip"]);
    expect(missing).toMatchObject({ code: 2, stderr: "/does/not/exist.yaml: no such file\n" });
    const invalid = join(dirname(model), "invalid.bioimageio.yaml");
    writeFileSync(invalid, readFileSync(model, "utf8").replace("type: model", "type: model\nunknown_field: 1"));
    const result = await run(["package", "--no-io-checks", invalid, join(tmpdir(), "never.zip")]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(`${invalid} is invalid:`);
  });
});
