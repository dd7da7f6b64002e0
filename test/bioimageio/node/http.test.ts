// URL sources against a local server: relative references resolved against the URL, the download cache,
// retries, timeouts, offline use, knownFiles, zip packages by URL; and upload to a recording hypha stand-in.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDescription } from "../../../src/bioimageio/node/load.js";
import { saveBioimageioPackage } from "../../../src/bioimageio/node/package.js";
import { updateHashesInFile } from "../../../src/bioimageio/node/update-hashes.js";
import { upload } from "../../../src/bioimageio/node/upload.js";
import { download } from "../../../src/engine/node/download.js";
import { bytesSource, ZipArchive } from "../../../src/engine/zip/reader.js";
import { type Settings, settings } from "../../../src/engine/node/settings.js";
import { BIOIMAGEIO_CORPUS } from "../../helpers/corpus.js";
import { startServer, type TestServer } from "../../helpers/http-server.js";
import { synthesizeCorpusModel } from "../../helpers/synthesize.js";

const fresh = (overrides: Partial<Settings> = {}): Settings => ({
  ...settings(),
  cachePath: mkdtempSync(join(tmpdir(), "bioimage-specs-cache-")),
  offline: false,
  httpRetries: 2,
  httpTimeoutSeconds: 2,
  ...overrides,
});

let folder: string;
let zip: string;
let server: TestServer;
let failures = 0;

beforeAll(async () => {
  const seeded = fresh({ offline: true });
  const { path } = await synthesizeCorpusModel("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml", seeded);
  await updateHashesInFile(path, { settings: seeded });
  folder = dirname(path);
  // the remote weights are served by the test server instead of their real host
  zip = await saveBioimageioPackage(path, { settings: seeded, outputPath: join(folder, "package.zip") });
  server = await startServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (url.pathname === "/flaky") {
      failures += 1;
      response.statusCode = failures <= 2 ? 503 : 200;
      response.end(failures <= 2 ? "busy" : "finally");
    } else if (url.pathname === "/missing") {
      response.statusCode = 404;
      response.end("not here");
    } else if (url.pathname === "/loop") {
      response.writeHead(302, { Location: "/loop" }).end();
    } else if (url.pathname === "/stall") {
      response.writeHead(200, { "Content-Length": "100" });
      response.write("partial");
      // never finishes: the client must give up after its timeout
    } else if (url.pathname === "/short") {
      response.writeHead(200, { "Content-Length": "100" });
      response.end("only this");
    } else if (url.pathname === "/package.zip") {
      response.end(readFileSync(zip));
    } else if (url.pathname.startsWith("/model/")) {
      const name = url.pathname.slice("/model/".length);
      try {
        response.end(readFileSync(join(folder, name === "rdf.yaml" ? "bioimageio.yaml" : name)));
      } catch {
        response.statusCode = 404;
        response.end();
      }
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
});

afterAll(() => server.close());

const served = (prefix: string) => server.requests.filter((r) => r.url.startsWith(prefix)).length;

describe("loading from a URL", () => {
  test("relative references resolve against the URL; files are cached by hash", async () => {
    const s = fresh();
    const remoteWeights = (parse(readFileSync(join(folder, "bioimageio.yaml"), "utf8")) as any).weights.pytorch_state_dict.source as string;
    const knownFiles = { [remoteWeights]: null }; // its real host is not reachable here
    const before = served("/model/");
    const first = await loadDescription(`${server.url}/model/rdf.yaml`, { settings: s, knownFiles: { ...knownFiles } });
    expect(first.validationSummary.errors).toEqual([]);
    expect(first.validationSummary.details[0]?.context?.root).toBe(`${server.url}/model`);
    const fetched = served("/model/") - before;
    expect(fetched).toBeGreaterThanOrEqual(8); // rdf.yaml, test tensors, samples, weights, architecture, env, README
    const again = served("/model/");
    await loadDescription(`${server.url}/model/rdf.yaml`, { settings: s, knownFiles: { ...knownFiles } });
    // only the entry file (no hash to check a cached copy against) and the documentation (no hash) are fetched again
    expect(served("/model/") - again).toBe(2);
  });

  test("offline: everything needed in the cache or in knownFiles is enough; anything else is a clear error", async () => {
    const s = fresh();
    const remoteWeights = (parse(readFileSync(join(folder, "bioimageio.yaml"), "utf8")) as any).weights.pytorch_state_dict.source as string;
    await loadDescription(`${server.url}/model/rdf.yaml`, { settings: s, knownFiles: { [remoteWeights]: null } });
    const before = server.requests.length;
    const offline = await loadDescription(`${server.url}/model/rdf.yaml`, {
      settings: { ...s, offline: true },
      knownFiles: { [remoteWeights]: null },
    });
    expect(offline.validationSummary.errors).toEqual([]);
    expect(server.requests.length).toBe(before);
    await expect(download(`${server.url}/model/never-fetched.npy`, { settings: { ...s, offline: true } })).rejects.toThrow(
      /offline \(BIOIMAGE_SPECS_OFFLINE\), and not in the cache/,
    );
  });

  test("a zip package by URL (detected by content), and packaged again from there", async () => {
    const s = fresh();
    const loaded = await loadDescription(`${server.url}/package.zip`, { settings: s });
    expect(loaded.validationSummary.errors).toEqual([]);
    expect(loaded.validationSummary.details[0]?.context?.file_name).toBe("rdf.yaml");
    const again = await saveBioimageioPackage(`${server.url}/package.zip`, { settings: s, outputPath: join(folder, "again.zip") });
    const entries = async (path: string) => {
      const archive = await ZipArchive.open(bytesSource(path, readFileSync(path)));
      return [...archive.entries.values()].map((e) => [e.name, e.size, e.crc32]).filter(([name]) => name !== "rdf.yaml");
    };
    expect(await entries(again)).toEqual(await entries(zip));
  });
});

describe("downloads", () => {
  test("retries a 503 with backoff and succeeds", async () => {
    failures = 0;
    const got = await download(`${server.url}/flaky`, { settings: fresh() });
    expect(readFileSync(got.path, "utf8")).toBe("finally");
    expect(failures).toBe(3);
  });

  test("a 404 is not retried", async () => {
    const before = served("/missing");
    await expect(download(`${server.url}/missing`, { settings: fresh() })).rejects.toThrow(
      `failed to download ${server.url}/missing: HTTP 404 Not Found`,
    );
    expect(served("/missing") - before).toBe(1);
  });

  test("a stalled body times out (and is retried); no partial file is left in the cache", async () => {
    const s = fresh({ httpTimeoutSeconds: 0.3, httpRetries: 1 });
    const before = served("/stall");
    await expect(download(`${server.url}/stall`, { settings: s })).rejects.toThrow(/stalled for 0\.3 s \(after 2 attempts\)/);
    expect(served("/stall") - before).toBe(2);
    expect(readdirSync(join(s.cachePath, "downloads"))).toEqual([]);
  });

  test("a body shorter than its Content-Length, a redirect loop and a sha256 mismatch are errors", async () => {
    const s = fresh({ httpRetries: 0, httpTimeoutSeconds: 0.3 }); // the server keeps the short body's connection open
    await expect(download(`${server.url}/short`, { settings: s })).rejects.toThrow(/failed to download .*\/short/);
    await expect(download(`${server.url}/loop`, { settings: s })).rejects.toThrow(/failed to download .*\/loop/);
    await expect(download(`${server.url}/model/README.md`, { settings: s, sha256: "0".repeat(64) })).rejects.toThrow(
      /sha256 mismatch: expected 0{64}, got [0-9a-f]{64}/,
    );
  });

  test("a cached copy answers without a request when its hash is expected", async () => {
    const s = fresh();
    const first = await download(`${server.url}/model/README.md`, { settings: s });
    const before = server.requests.length;
    const second = await download(`${server.url}/model/README.md`, { settings: s, sha256: first.sha256 });
    expect(second.fromCache).toBe(true);
    expect(server.requests.length).toBe(before);
  });
});

describe("upload", () => {
  let hypha: TestServer;
  beforeAll(async () => {
    hypha = await startServer((request, response) => {
      const path = new URL(request.url, "http://localhost").pathname;
      response.setHeader("Content-Type", "application/json");
      if (path.endsWith("/create")) {
        response.end(JSON.stringify({ id: "bioimage-io/affable-shark" }));
      } else if (path.endsWith("/put_file")) {
        const { file_path } = JSON.parse(request.body.toString()) as { file_path: string };
        response.end(JSON.stringify(`${hyphaUrl()}/s3/${file_path}`));
      } else if (path.startsWith("/s3/")) {
        response.end();
      } else if (path.endsWith("/edit")) {
        response.end(JSON.stringify({ ok: true }));
      } else {
        response.statusCode = 404;
        response.end("{}");
      }
    });
  });
  afterAll(() => hypha.close());
  const hyphaUrl = () => hypha.url;

  test("without a token: a clear error, nothing sent", async () => {
    await expect(
      upload(join(folder, "bioimageio.yaml"), { settings: { ...fresh({ offline: true }), hyphaUploadToken: undefined } }),
    ).rejects.toThrow(/Upload token is not set\. Please set BIOIMAGEIO_HYPHA_UPLOAD_TOKEN/);
  });

  test("only new models: a dataset or a model with an id is refused before anything is sent", async () => {
    const s = { ...fresh({ offline: true }), hyphaUpload: `${hypha.url}/public/services/artifact-manager/create`, hyphaUploadToken: "t" };
    const dataset = join(BIOIMAGEIO_CORPUS, "example_descriptions/datasets/covid_if_training_data/bioimageio.yaml");
    await expect(upload(dataset, { settings: s })).rejects.toThrow("For now, only model resources can be uploaded (got type=dataset).");
    const withId = join(folder, "with-id.bioimageio.yaml");
    writeFileSync(withId, readFileSync(join(folder, "bioimageio.yaml"), "utf8").replace("type: model", "type: model\nid: affable-shark"));
    const remoteWeights = (parse(readFileSync(withId, "utf8")) as any).weights.pytorch_state_dict.source as string;
    await expect(upload(withId, { settings: s, knownFiles: { [remoteWeights]: null } })).rejects.toThrow(
      /^You cannot upload a resource with an id/,
    );
    expect(hypha.requests).toEqual([]);
  });

  test("create -> put_file and PUT per file -> request-review", async () => {
    const s = { ...fresh(), hyphaUpload: `${hypha.url}/public/services/artifact-manager/create`, hyphaUploadToken: "secret-token" };
    const url = await upload(zip, { settings: s });
    expect(url).toBe("https://hypha.aicell.io/bioimage-io/artifacts/bioimage-io/affable-shark/files/rdf.yaml?version=stage");
    const calls = hypha.requests.map(
      (r) => `${r.method} ${new URL(r.url, "http://x").pathname.replace("/public/services/artifact-manager", "")}`,
    );
    expect(calls[0]).toBe("POST /create");
    expect(calls.at(-1)).toBe("POST /edit");
    const puts = hypha.requests.filter((r) => r.method === "PUT").map((r) => r.url.replace("/s3/", ""));
    expect(puts.sort()).toEqual(
      [
        "README.md",
        "cover0.png",
        "environment.yaml",
        "rdf.yaml",
        "test_input.npy",
        "test_input.png",
        "test_output.npy",
        "test_output.png",
        "unet2d.py",
        "unet2d_nuclei_broad_weights.torch",
        "weights.onnx",
        "weights.pt",
      ].sort(),
    );
    expect(calls.filter((c) => c === "POST /put_file")).toHaveLength(puts.length);
    const create = JSON.parse(hypha.requests[0]?.body.toString() ?? "{}");
    expect(create).toMatchObject({
      parent_id: "bioimage-io/bioimage.io",
      type: "model",
      version: "stage",
      manifest: { name: "UNet 2D Nuclei Broad" },
    });
    expect(hypha.requests[0]?.headers.authorization).toBe("Bearer secret-token");
    const weights = hypha.requests.find((r) => r.url === "/s3/weights.onnx");
    expect(weights?.body.equals(readFileSync(join(folder, "weights.onnx")))).toBe(true);
    const edit = JSON.parse(hypha.requests.at(-1)?.body.toString() ?? "{}");
    expect(edit).toMatchObject({ artifact_id: "bioimage-io/affable-shark", version: "stage", manifest: { status: "request-review" } });
  });
});
