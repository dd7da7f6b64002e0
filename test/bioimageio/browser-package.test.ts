// What the web page will do with a package, using only browser-safe pieces (Blob, TS SHA-256, DecompressionStream):
// open the zip, validate rdf.yaml with IO checks against the archive. And bytes as a Node source.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildDescription } from "../../src/bioimageio/build.js";
import { findEntryName } from "../../src/bioimageio/file-refs.js";
import { ioChecks } from "../../src/bioimageio/io-checks.js";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { saveBioimageioPackage } from "../../src/bioimageio/node/package.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { createSha256 } from "../../src/engine/bytes/sha256.js";
import { readAll } from "../../src/engine/bytes/streams.js";
import { settings } from "../../src/engine/node/settings.js";
import { parseSource } from "../../src/engine/load/parse.js";
import { ZipArchive } from "../../src/engine/zip/reader.js";
import { archiveResolver, blobSource } from "../../src/engine/zip/resolver.js";
import { synthesizeCorpusModel } from "../helpers/synthesize.js";

const offline = { ...settings(), cachePath: mkdtempSync(join(tmpdir(), "bioimage-specs-cache-")), offline: true };
let zip: Uint8Array;

beforeAll(async () => {
  const { path } = await synthesizeCorpusModel("example_descriptions/models/unet2d_multi_tensor/bioimageio.yaml", offline);
  await updateHashesInFile(path, { settings: offline });
  zip = readFileSync(await saveBioimageioPackage(path, { settings: offline, outputPath: `${path}.zip` }));
});

async function validateInBrowser(bytes: Uint8Array) {
  const archive = await ZipArchive.open(blobSource("upload.zip", new Blob([bytes as Uint8Array<ArrayBuffer>])));
  const entry = findEntryName([...archive.entries.keys()]) ?? "";
  const text = new TextDecoder().decode(await readAll(archive.stream(archive.entries.get(entry) as never)));
  const parsed = parseSource(text, `upload.zip/${entry}`);
  return buildDescription(parsed.value, {
    locate: parsed.locate,
    io: ioChecks({ resolver: archiveResolver(archive), createHasher: createSha256 }),
  });
}

describe("a package validated in the browser", () => {
  test("valid, every hash checked with the TypeScript SHA-256", async () => {
    const description = await validateInBrowser(zip);
    expect(description.validationSummary.errors).toEqual([]);
    expect(description.valid).toBe(true);
  });

  test("a tampered entry is found (stored entries are changed in place; its CRC-32 no longer matches)", async () => {
    const tampered = Uint8Array.from(zip);
    const archive = await ZipArchive.open(blobSource("x.zip", new Blob([zip as Uint8Array<ArrayBuffer>])));
    const weights = archive.entries.get("weights.pt");
    expect(weights?.method).toBe(0);
    const dataStart = (weights?.localHeaderOffset ?? 0) + 30 + "weights.pt".length;
    tampered[dataStart + 100] = (tampered[dataStart + 100] ?? 0) ^ 0xff;
    const errors = (await validateInBrowser(tampered)).validationSummary.errors;
    expect(errors.map((e) => [e.loc.join("."), e.msg])).toEqual([
      [
        "weights.pytorch_state_dict",
        "Value error, failed to read upload.zip/weights.pt: upload.zip: entry 'weights.pt' is corrupt (size or CRC-32 does not match)",
      ],
    ]);
  });
});

describe("buildDescription with IO checks", () => {
  test("fills missing hashes into the description, never into the caller's document", async () => {
    const archive = await ZipArchive.open(blobSource("x.zip", new Blob([zip as Uint8Array<ArrayBuffer>])));
    const doc = parseSource(new TextDecoder().decode(await readAll(archive.stream(archive.entries.get("rdf.yaml") as never))), "rdf.yaml")
      .value as any;
    const declared = doc.weights.torchscript.sha256;
    delete doc.weights.torchscript.sha256;
    const description = await buildDescription(doc, { io: ioChecks({ resolver: archiveResolver(archive), createHasher: createSha256 }) });
    expect((description.content as any).weights.torchscript.sha256).toBe(declared);
    expect(doc.weights.torchscript.sha256).toBeUndefined();
  });
});

describe("bytes as a source", () => {
  test("zip bytes are a package; YAML bytes resolve references against `root`", async () => {
    expect((await loadDescription(zip, { settings: offline })).validationSummary.errors).toEqual([]);
    const archive = await ZipArchive.open(blobSource("x.zip", new Blob([zip as Uint8Array<ArrayBuffer>])));
    const yaml = await readAll(archive.stream(archive.entries.get("rdf.yaml") as never));
    const withoutRoot = await loadDescription(yaml, { settings: offline, root: tmpdir() });
    expect(withoutRoot.validationSummary.errors.some((e) => e.msg.endsWith("does not point to an existing file"))).toBe(true);
    expect((await loadDescription(yaml, { performIoChecks: false })).validationSummary.errors).toEqual([]);
  });
});
