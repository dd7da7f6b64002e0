// Packaging: every valid corpus model and dataset round-trips through a zip (same verdict, same hashes, and
// standard tools accept the zip); clashing names, reserved names, the weights priority order, folders, streams.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileRefs } from "../../../src/bioimageio/file-refs.js";
import { loadDescription } from "../../../src/bioimageio/node/load.js";
import { folderResolver } from "../../../src/bioimageio/node/sources.js";
import {
  getResourcePackageContent,
  PackageError,
  saveBioimageioPackage,
  saveBioimageioPackageAsFolder,
  saveBioimageioPackageToStream,
} from "../../../src/bioimageio/node/package.js";
import { updateHashesInFile } from "../../../src/bioimageio/node/update-hashes.js";
import { settings } from "../../../src/engine/node/settings.js";
import { bytesSource, ZipArchive } from "../../../src/engine/zip/reader.js";
import { BIOIMAGEIO_CORPUS } from "../../helpers/corpus.js";
import { startServer, type TestServer } from "../../helpers/http-server.js";
import { synthesizeCorpusModel } from "../../helpers/synthesize.js";

const offline = { ...settings(), cachePath: mkdtempSync(join(tmpdir(), "bioimage-specs-cache-")), offline: true };
const out = mkdtempSync(join(tmpdir(), "bioimage-specs-packages-"));

const CANDIDATES = readFileSync(join(BIOIMAGEIO_CORPUS, "EXPECTED.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"))
  .filter(
    ([path = "", expected, , type]) =>
      path.startsWith("example_descriptions/") && expected === "valid" && (type === "model" || type === "dataset"),
  )
  .map(([path = ""]) => path);

function declaredHashes(content: unknown): string[] {
  const doc = content as Record<string, unknown>;
  return fileRefs(doc, String(doc.type), String(doc.format_version))
    .map((ref) => ref.sha256)
    .filter((sha): sha is string => typeof sha === "string")
    .sort();
}

describe("round trip of the corpus through zip packages", () => {
  for (const path of CANDIDATES) {
    test(path, async () => {
      const { path: copy } = await synthesizeCorpusModel(path, offline);
      await updateHashesInFile(copy, { settings: offline });
      const source = await loadDescription(copy, { settings: offline });
      expect(source.validationSummary.errors).toEqual([]);
      const zip = await saveBioimageioPackage(copy, { settings: offline, outputPath: join(out, `${path.replaceAll("/", "_")}.zip`) });
      execFileSync("unzip", ["-tq", zip]);
      execFileSync("python3", ["-m", "zipfile", "-t", zip]);
      const packaged = await loadDescription(zip, { settings: offline });
      expect(packaged.validationSummary.status).toBe(source.validationSummary.status);
      expect(packaged.validationSummary.errors).toEqual([]);
      expect(declaredHashes(packaged.content)).toEqual(declaredHashes(source.content));
      // every packaged reference is a bare name of an entry at the archive's root, with the declared hash
      const archive = await ZipArchive.open(bytesSource(zip, readFileSync(zip)));
      const doc = packaged.content as Record<string, unknown>;
      for (const ref of fileRefs(doc, String(doc.type), String(doc.format_version))) {
        expect(ref.source).not.toContain("/");
        const entry = archive.entries.get(ref.source);
        expect(entry, ref.source).toBeDefined();
        if (ref.sha256 && entry) {
          const hash = createHash("sha256");
          for await (const chunk of archive.stream(entry)) {
            hash.update(chunk);
          }
          expect(hash.digest("hex")).toBe(ref.sha256);
        }
      }
      expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    });
  }

  test("covers every example the reference expects valid: 12 models (0.4 and 0.5) and a dataset", () => {
    expect(CANDIDATES).toHaveLength(13);
  });
});

describe("package content", () => {
  let folder: string;
  let original: string;
  let server: TestServer;
  beforeAll(async () => {
    const { path } = await synthesizeCorpusModel("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml", offline);
    await updateHashesInFile(path, { settings: offline });
    folder = dirname(path);
    original = readFileSync(path, "utf8");
    const weights = readFileSync(join(folder, "weights.pt"));
    server = await startServer((request, response) => {
      response.end(request.url === "/weights.torch" ? weights : "nope");
    });
  });
  afterAll(() => server.close());

  const variant = (change: (doc: any) => void): string => {
    const doc = parse(original, { version: "1.2" });
    change(doc);
    const file = join(folder, `variant-${Math.random().toString(36).slice(2)}.bioimageio.yaml`);
    writeFileSync(file, stringify(doc));
    return file;
  };

  test("files with the same name from different places are renamed name_2.ext; references follow", async () => {
    mkdirSync(join(folder, "other"), { recursive: true });
    writeFileSync(join(folder, "other", "cover0.png"), readFileSync(join(folder, "test_input.png")));
    const file = variant((doc) => (doc.covers = ["cover0.png", "other/cover0.png", "cover0.png"]));
    const content = await getResourcePackageContent(file, { settings: offline });
    await content.close();
    expect(content.rdf.covers).toEqual(["cover0.png", "cover0_2.png", "cover0.png"]);
    expect(content.files.get("cover0_2.png")?.source).toBe("other/cover0.png");
  });

  test("a reserved file name cannot be packaged", async () => {
    writeFileSync(join(folder, "notes.rdf.yaml"), "x");
    const file = variant((doc) => (doc.attachments = [{ source: "notes.rdf.yaml" }]));
    // the format rule (common.file.reserved-name) finds it first; packaging refuses it too, for formats without the rule
    await expect(getResourcePackageContent(file, { settings: offline })).rejects.toThrow(
      // (an attachment is a file description, shown as its str())
      /is invalid:\n.*attachments\.0: .*'source=RelativePath\('notes\.rdf\.yaml'\) sha256=None' not allowed here/,
    );
    const { isReservedName } = await import("../../../src/bioimageio/file-refs.js");
    expect([isReservedName("notes.rdf.yaml"), isReservedName("bioimageio.yaml"), isReservedName("rdf.yml")]).toEqual([true, true, false]);
  });

  test("weightsPriorityOrder keeps the first present format, drops its parent, and fetches nothing else", async () => {
    const file = variant((doc) => (doc.weights.pytorch_state_dict.source = `${server.url}/weights.torch`));
    const before = server.requests.length;
    const zip = await saveBioimageioPackage(file, {
      settings: { ...offline, offline: false },
      weightsPriorityOrder: ["tensorflow_js", "torchscript", "pytorch_state_dict"],
      outputPath: join(out, "torchscript-only.zip"),
    });
    expect(server.requests.length).toBe(before);
    const archive = await ZipArchive.open(bytesSource(zip, readFileSync(zip)));
    const names = [...archive.entries.keys()].sort();
    expect(names).toContain("weights.pt");
    expect(names).not.toContain("weights.onnx");
    expect(names).not.toContain("weights.torch");
    const packaged = await loadDescription(zip, { settings: offline });
    expect(Object.keys((packaged.content as any).weights)).toEqual(["torchscript"]);
    expect((packaged.content as any).weights.torchscript.parent).toBeUndefined();
    await expect(getResourcePackageContent(file, { settings: offline, weightsPriorityOrder: ["keras_hdf5"] })).rejects.toThrow(
      "None of the weight formats in `weights_priority_order` (keras_hdf5) is present in the given model.",
    );
  });

  test("remote files are downloaded and embedded", async () => {
    const file = variant((doc) => {
      doc.weights.pytorch_state_dict.source = `${server.url}/weights.torch`;
      delete doc.weights.pytorch_state_dict.sha256;
    });
    const zip = await saveBioimageioPackage(file, { settings: { ...offline, offline: false }, outputPath: join(out, "remote.zip") });
    const archive = await ZipArchive.open(bytesSource(zip, readFileSync(zip)));
    expect(archive.entries.get("weights.torch")?.size).toBe(readFileSync(join(folder, "weights.pt")).length);
    expect((await loadDescription(zip, { settings: offline })).content).toMatchObject({
      weights: { pytorch_state_dict: { source: "weights.torch" } },
    });
  });

  test("as a folder and to a stream", async () => {
    const target = join(out, "as-folder");
    await saveBioimageioPackageAsFolder(join(folder, readdirSync(folder).find((n) => n === "bioimageio.yaml") ?? ""), {
      settings: offline,
      outputPath: target,
    });
    expect(readdirSync(target).sort()).toEqual(
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
    expect(readFileSync(join(target, "rdf.yaml"), "utf8").startsWith("%YAML 1.2\n---\n")).toBe(true);
    expect((await loadDescription(target, { settings: offline })).validationSummary.errors).toEqual([]);
    const streamed = join(out, "streamed.zip");
    const stream = createWriteStream(streamed);
    await saveBioimageioPackageToStream(join(folder, "bioimageio.yaml"), { settings: offline, outputStream: stream });
    await new Promise((resolve) => stream.end(resolve));
    execFileSync("unzip", ["-tq", streamed]);
    expect((await loadDescription(streamed, { settings: offline })).validationSummary.errors).toEqual([]);
  });

  test("a file that changed after its hash was checked fails packaging; no partial package is left", async () => {
    writeFileSync(join(folder, "changed.pt"), "new content");
    const declared = createHash("sha256").update("old content").digest("hex");
    const file = variant((doc) => {
      doc.weights.torchscript.source = "changed.pt";
      doc.weights.torchscript.sha256 = declared;
    });
    const target = join(out, "changed", "package.zip");
    await expect(
      saveBioimageioPackage(file, { settings: offline, outputPath: target, knownFiles: { "changed.pt": declared } }),
    ).rejects.toThrow(PackageError);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dirname(target))).toEqual([]);
  });

  test("onProgress counts every byte packaged", async () => {
    const reports: [number, number | undefined][] = [];
    const zip = await saveBioimageioPackage(join(folder, "bioimageio.yaml"), {
      settings: offline,
      outputPath: join(out, "progress.zip"),
      onProgress: (done, total) => reports.push([done, total]),
    });
    const archive = await ZipArchive.open(bytesSource(zip, readFileSync(zip)));
    const sizes = [...archive.entries.values()].reduce((n, e) => n + e.size, 0);
    expect(reports.at(-1)?.[0]).toBe(sizes);
    expect(reports.at(-1)?.[1]).toBeUndefined(); // a remote file's size is not known before it is fetched
  });

  test("each file is read once: a declared hash is checked while the file is copied into the zip", async () => {
    const file = variant((doc) => (doc.weights.onnx.sha256 = "0".repeat(64)));
    const target = join(out, "stale", "package.zip");
    await expect(saveBioimageioPackage(file, { settings: offline, outputPath: target })).rejects.toThrow(
      /^Sha256 mismatch for weights\.onnx\. Expected 0{64}, got [0-9a-f]{64}\./,
    );
    expect(readdirSync(dirname(target))).toEqual([]);
  });

  test("local files are read by path (straight into the writer's buffers); URLs and files outside the folder are not", async () => {
    const resolver = folderResolver(folder);
    expect(await resolver.localPath?.("weights.onnx")).toBe(join(folder, "weights.onnx"));
    expect(await resolver.localPath?.("missing.onnx")).toBeUndefined();
    expect(await resolver.localPath?.("https://example.com/weights.onnx")).toBeUndefined();
    const elsewhere = mkdtempSync(join(tmpdir(), "bioimage-specs-elsewhere-"));
    writeFileSync(join(elsewhere, "x.onnx"), "x");
    symlinkSync(elsewhere, join(folder, "outside"));
    await expect(resolver.localPath?.("outside/x.onnx")).rejects.toThrow(/points outside/);
  });

  test("an invalid description is not packaged", async () => {
    const file = variant((doc) => (doc.inputs[0].test_tensor.source = "missing.npy"));
    await expect(saveBioimageioPackage(file, { settings: offline })).rejects.toThrow(
      /is invalid:\n.*missing\.npy does not point to an existing file/,
    );
  });
});
