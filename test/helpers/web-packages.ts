// Zip packages for the web page's tests: a valid one (a corpus model with synthesised files, packaged by the
// library) and a copy with one file's bytes changed, so that its declared sha256 no longer matches.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { saveBioimageioPackage } from "../../src/bioimageio/node/package.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { settings } from "../../src/engine/node/settings.js";
import { defaultMethod, ZipWriter } from "../../src/engine/node/zip-writer.js";
import { bytesSource, ZipArchive } from "../../src/engine/zip/reader.js";
import { synthesizeCorpusModel } from "./synthesize.js";

export const PACKAGED_MODEL = "example_descriptions/models/unet2d_multi_tensor/bioimageio.yaml";

/** The packaged corpus model, every hash right (offline: remote files are synthesised into a temp cache). */
export async function validPackage(): Promise<Uint8Array> {
  const offline = { ...settings(), cachePath: mkdtempSync(join(tmpdir(), "bioimage-specs-cache-")), offline: true };
  const { path } = await synthesizeCorpusModel(PACKAGED_MODEL, offline);
  await updateHashesInFile(path, { settings: offline });
  return readFileSync(await saveBioimageioPackage(path, { settings: offline, outputPath: `${path}.zip` }));
}

/** The text of one entry of a zip. */
export async function entryText(zip: Uint8Array, name: string): Promise<string> {
  const archive = await ZipArchive.open(bytesSource("in.zip", zip));
  const entry = archive.entries.get(name);
  if (!entry) {
    throw new Error(`no ${name} in the zip`);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of archive.stream(entry)) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The same archive with the entries in `replace` given new bytes (a well-formed zip: only the sha256 can tell),
 * those in `rename` renamed, and the entries of `add` added before the rest.
 */
export async function rezip(
  zip: Uint8Array,
  replace: Readonly<Record<string, Uint8Array>>,
  rename: Readonly<Record<string, string>> = {},
  add: Readonly<Record<string, Uint8Array>> = {},
): Promise<Uint8Array> {
  const archive = await ZipArchive.open(bytesSource("in.zip", zip));
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const writer = ZipWriter.toStream(out);
  for (const [name, bytes] of Object.entries(add)) {
    await writer.add({
      name,
      method: defaultMethod(name),
      open: async function* () {
        yield bytes;
      },
    });
  }
  for (const [name, entry] of archive.entries) {
    const bytes = replace[name];
    await writer.add({
      name: rename[name] ?? name,
      method: defaultMethod(name),
      open: bytes
        ? async function* () {
            yield bytes;
          }
        : () => archive.stream(entry),
    });
  }
  await writer.finish();
  return Buffer.concat(chunks);
}
