// The web page's checking, without a browser: dropped files in, reports out (Node's Blob stands in for File).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readAll } from "../../src/engine/bytes/streams.js";
import { bytesSource, ZipArchive } from "../../src/engine/zip/reader.js";
import { checkFiles, DEFAULT_OPTIONS, documentsOf, type InputFile } from "../../web/src/check.js";
import { corpus } from "../helpers/corpus.js";
import { rezip, validPackage } from "../helpers/web-packages.js";

const file = (path: string, bytes: Uint8Array | string): InputFile => ({ path, blob: new Blob([bytes as BlobPart]) });
const fromDisk = (path: string, name = path.split("/").pop() ?? path): InputFile => file(name, readFileSync(path));

let zip: Uint8Array;
let entries: Map<string, Uint8Array>;

beforeAll(async () => {
  zip = await validPackage();
  const archive = await ZipArchive.open(bytesSource("x.zip", zip));
  entries = new Map();
  for (const [name, entry] of archive.entries) {
    entries.set(name, await readAll(archive.stream(entry)));
  }
});

describe("zip packages", () => {
  test("a valid package: its rdf.yaml shown, every referenced file hashed", async () => {
    const [report] = await checkFiles([file("model.zip", zip)]);
    expect(report?.summary.errors).toEqual([]);
    expect(report?.summary.status).not.toBe("failed");
    expect(report?.kind).toBe("bioimage.io package (zip)");
    expect(report?.source?.name).toBe("model.zip/rdf.yaml");
    expect(report?.source?.text).toContain("format_version:");
    expect(report?.summary.details[0]?.context?.perform_io_checks).toBe(true);
    // what was verified: the files it read, with their sha256
    expect(report?.verified).toContain(
      `weights.pt: read, sha256 ${report?.summary.details[0]?.context?.known_files["weights.pt"]?.slice(0, 12)}…`,
    );
    expect(report?.verified.length).toBeGreaterThanOrEqual(5);
    expect(report?.verified.every((line) => entries.has(line.split(":")[0] ?? ""))).toBe(true);
  });

  test("a file whose bytes changed: the sha256 mismatch, located in rdf.yaml", async () => {
    const weights = entries.get("weights.pt") ?? new Uint8Array();
    const tampered = await rezip(zip, { "weights.pt": weights.map((b) => b ^ 0xff) });
    const [report] = await checkFiles([file("model.zip", tampered)]);
    const mismatch = report?.summary.errors.find((e) => e.msg.includes("Sha256 mismatch for weights.pt"));
    expect(mismatch?.position?.file).toBe("model.zip/rdf.yaml");
    const line = report?.source?.text.split("\n")[(mismatch?.position?.line ?? 0) - 1];
    expect(line).toMatch(/pytorch_state_dict|torchscript|weights/);
    expect(report?.summary.status).toBe("failed");
  });

  test("a zip without a description, and bytes that are no zip", async () => {
    const noDescription = await checkFiles([file("x.zip", await rezip(zip, {}, { "rdf.yaml": "notes.txt" }))]);
    expect(noDescription[0]?.summary.errors[0]?.msg).toMatch(/no rdf\.yaml/);
    const broken = await checkFiles([file("broken.zip", zip.slice(0, 200))]);
    expect(broken[0]?.summary.status).toBe("failed");
    expect(broken[0]?.summary.errors[0]?.type).toBe("read_error");
  });
});

describe("a description and the files dropped with it", () => {
  const folder = (skip?: string): InputFile[] =>
    [...entries].filter(([name]) => name !== skip).map(([name, bytes]) => file(`model/${name}`, bytes));

  test("alone: validated without its files, and the page says so", async () => {
    const [report] = await checkFiles([fromDisk("examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml")]);
    expect(report?.summary.errors).toEqual([]);
    expect(report?.summary.details[0]?.context?.perform_io_checks).toBe(false);
    expect(report?.notes).toEqual([
      "not checked: referenced files and their sha256 (drop the zip package, or the description together with its files)",
    ]);
  });

  test("its folder: the references are read from the dropped files; only documents are validated", async () => {
    const reports = await checkFiles(folder());
    expect(reports.map((r) => r.path)).toEqual(["model/rdf.yaml"]);
    expect(reports[0]?.summary.errors).toEqual([]);
    expect(reports[0]?.notes).toEqual([]);
    expect(reports[0]?.verified.map((line) => line.split(":")[0])).toContain("weights.pt");
  });

  test("a referenced file missing from the drop is an error naming it", async () => {
    const [report] = await checkFiles(folder("weights.pt"));
    expect(report?.summary.errors.map((e) => e.msg)).toContain("Value error, model/weights.pt does not point to an existing file");
  });

  test("remote files are not fetched: listed as not checked, not failed", async () => {
    const text = new TextDecoder().decode(entries.get("rdf.yaml")).replace(/source: weights\.pt/, "source: https://example.org/weights.pt");
    const [report] = await checkFiles([...folder().filter((f) => f.path !== "model/rdf.yaml"), file("model/rdf.yaml", text)]);
    expect(report?.summary.errors).toEqual([]);
    expect(report?.notes).toEqual(["not checked: https://example.org/weights.pt (this page makes no network requests)"]);
  });

  test("references never leave the drop", async () => {
    const text = new TextDecoder().decode(entries.get("rdf.yaml")).replace(/source: weights\.pt/, "source: ../weights.pt");
    const files = [
      ...folder().filter((f) => f.path !== "model/rdf.yaml"),
      file("model/rdf.yaml", text),
      file("weights.pt", entries.get("weights.pt") ?? ""),
    ];
    const [report] = await checkFiles(files);
    expect(report?.summary.errors.some((e) => e.msg.includes("../weights.pt"))).toBe(true);
  });
});

describe("the other kinds", () => {
  const croissant = corpus("copick", "reconstructed_exports", "tiny", "Croissant");
  const croissantFolder = (change?: string): InputFile[] =>
    readdirSync(croissant).map((name) => {
      const bytes = readFileSync(join(croissant, name));
      return file(`Croissant/${name}`, name === change ? Buffer.concat([bytes, Buffer.from("\n")]) : bytes);
    });

  test("a copick Croissant with its CSVs: all valid; a changed CSV fails its checksum", async () => {
    const reports = await checkFiles(croissantFolder());
    expect(reports.length).toBe(readdirSync(croissant).length);
    expect(reports.filter((r) => r.summary.status === "failed").map((r) => [r.path, r.summary.errors])).toEqual([]);
    const changed = await checkFiles(croissantFolder("runs.csv"));
    const metadata = changed.find((r) => r.path === "Croissant/metadata.json");
    expect(metadata?.summary.errors.some((e) => e.msg.includes("Croissant/runs.csv"))).toBe(true);
  });

  test("metadata.json with some of its files: says which checksums it could not check, lists those it did", async () => {
    const some = croissantFolder().filter((f) => f.path === "Croissant/metadata.json" || f.path === "Croissant/runs.csv");
    const [report] = await checkFiles(some);
    expect(report?.summary.status).not.toBe("failed");
    expect(report?.verified).toEqual(["Croissant/runs.csv: read, sha256 matches the Croissant's"]);
    expect(report?.notes).toHaveLength(1);
    expect(report?.notes[0]).toMatch(/^not checked: the checksums of .*picks\.csv \(not dropped with metadata\.json\)/);
    expect(report?.notes[0]).not.toContain("runs.csv");
  });

  test("metadata.json alone: no checksums, and the page says so", async () => {
    const [report] = await checkFiles([fromDisk(join(croissant, "metadata.json"))]);
    expect(report?.kind).toMatch(/^Croissant/);
    expect(report?.notes).toEqual(["not checked: file checksums (drop metadata.json together with its files)"]);
  });

  test("a Fractal manifest, with the page's options", async () => {
    const path = corpus("fractal", "valid", "fractal-tasks-core__FRACTAL_MANIFEST__.json");
    const [report] = await checkFiles([fromDisk(path, "__FRACTAL_MANIFEST__.json")]);
    expect(report?.kind).toMatch(/^Fractal/);
    expect(report?.summary.status).not.toBe("failed");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.task_list[0].has_args_schema = true; // a typo the server drops silently: strict fails it
    const strict = await checkFiles([file("__FRACTAL_MANIFEST__.json", JSON.stringify(manifest, null, 2))], {
      ...DEFAULT_OPTIONS,
      strict: true,
    });
    expect(strict[0]?.summary.errors.map((e) => e.loc.join("."))).toContain("task_list.0.has_args_schema");
  });

  test("a copick config", async () => {
    const [report] = await checkFiles([fromDisk(corpus("copick", "configs", "overlay_local.json"))]);
    expect(report?.kind).toMatch(/^copick project config/);
    expect(report?.summary.status).not.toBe("failed");
  });

  test("a parse error is a failed report pointing at its position, with the source shown", async () => {
    const [report] = await checkFiles([file("rdf.yaml", "type: model\nname: [unclosed\n")]);
    expect(report?.summary.status).toBe("failed");
    expect(report?.summary.errors[0]?.type).toBe("parse_error");
    expect(report?.summary.errors[0]?.position?.line).toBeGreaterThanOrEqual(2);
    expect(report?.source?.text).toContain("unclosed");
  });
});

describe("what is not a document", () => {
  test("a PNG dropped alone is refused as not text, not parsed as YAML", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const [report] = await checkFiles([file("cover.png", png)]);
    expect(report?.kind).toBe("not a document");
    expect(report?.summary.status).toBe("failed");
    expect(report?.summary.errors[0]?.msg).toMatch(/^cover\.png is not a text document \(a PNG image\): drop a bioimage\.io description/);
    const [binary] = await checkFiles([file("x.yaml", new Uint8Array([0x61, 0, 0x62]))]);
    expect(binary?.summary.errors[0]?.msg).toContain("not a text document (binary data)");
  });

  test("an unrelated JSON is said to be unknown, not a description missing format_version", async () => {
    const [report] = await checkFiles([file("package.json", JSON.stringify({ name: "x", version: "1.0.0", scripts: {} }))]);
    expect(report?.kind).toBe("not a document");
    expect(report?.summary.errors.map((e) => [e.type, e.msg])).toEqual([
      [
        "unknown_document",
        expect.stringMatching(/^package\.json is not a document this page knows \(a mapping with keys name, version, scripts;/),
      ],
    ]);
    // a description, even a broken one, is still read as one
    const [broken] = await checkFiles([file("rdf.yaml", "name: x\n")]);
    expect(broken?.kind).not.toBe("not a document");
    expect(broken?.summary.errors.map((e) => e.msg)).toContain("Missing field 'format_version'");
  });
});

test("documentsOf: one file is always checked; among several, data files are only at hand", () => {
  expect(documentsOf([file("weights.pt", "x")]).map((f) => f.path)).toEqual(["weights.pt"]);
  const several = ["m/rdf.yaml", "m/weights.pt", "m/test.npy", "m/p.zip", "m/a.csv", "m/x.ndjson", "m/c.json"].map((p) => file(p, ""));
  expect(documentsOf(several).map((f) => f.path)).toEqual(["m/rdf.yaml", "m/p.zip", "m/a.csv", "m/x.ndjson", "m/c.json"]);
});
