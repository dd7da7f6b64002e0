// TIFF decoding against the reference: every fixture of test/fixtures/tiff (written by tifffile and Pillow,
// scripts/reference/record_tiff.py) read as the reference reads a sample tensor (imageio's imread), REFERENCE.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { imageShape } from "../../../src/engine/formats/image.js";
import { readTiff } from "../../../src/engine/formats/tiff.js";
import { BIOIMAGEIO_CORPUS } from "../../helpers/corpus.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/tiff");

interface Read {
  readonly shape: number[];
  readonly dtype: string;
  readonly min: number;
  readonly max: number;
}
interface Recorded extends Partial<Read> {
  readonly error?: string;
  /** Pillow's reading, where the reference fails only because imagecodecs is not installed (LZW). */
  readonly pillow?: Read;
}

const REFERENCE = JSON.parse(readFileSync(join(FIXTURES, "REFERENCE.json"), "utf8")) as Record<string, Recorded>;
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe("TIFF as the reference reads it", () => {
  test("every fixture is recorded", () => {
    expect(Object.keys(REFERENCE).sort()).toEqual(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith(".tif"))
        .sort(),
    );
  });

  const decoded = Object.entries(REFERENCE).filter(([, r]) => r.error === undefined && r.dtype !== "bool");
  test.each(decoded)("%s: shape, dtype, minimum and maximum as imageio's", async (name, recorded) => {
    expect(await readTiff(bytesOf(name))).toEqual({ shape: recorded.shape, dtype: recorded.dtype, min: recorded.min, max: recorded.max });
  });

  const lzw = Object.entries(REFERENCE).filter(([, r]) => r.pillow !== undefined);
  test.each(lzw)("%s: LZW is decoded (the reference needs imagecodecs for it; Pillow's reading)", async (name, recorded) => {
    const { shape, dtype, min, max } = recorded.pillow as Read;
    expect(await readTiff(bytesOf(name))).toEqual({ shape, dtype, min, max });
  });

  test("more than a few variants are compared", () => {
    expect(decoded.length + lzw.length).toBeGreaterThanOrEqual(25);
  });

  test("1-bit data: shape and dtype from the structure, the pixels are said not decoded", async () => {
    const recorded = REFERENCE["bool.tif"] as Recorded;
    expect(await readTiff(bytesOf("bool.tif"))).toEqual({
      shape: recorded.shape,
      dtype: "bool",
      notDecoded: "1-bit pixel data is not decoded here",
    });
  });

  test("a truncated file is an error, as for the reference", async () => {
    expect(REFERENCE["truncated.tif"]?.error).toMatch(/failed to read/);
    await expect(readTiff(bytesOf("truncated.tif"))).rejects.toThrow(
      /truncated TIFF: page 0 has image data at bytes \d+-\d+, the file has 916/,
    );
  });

  test("an IFD chain that loops is an error, not a hang", async () => {
    const bytes = bytesOf("uint8.tif").slice();
    const view = new DataView(bytes.buffer);
    const ifd = view.getUint32(4, true);
    const entries = view.getUint16(ifd, true);
    view.setUint32(ifd + 2 + entries * 12, ifd, true);
    await expect(readTiff(bytes)).rejects.toThrow("corrupt TIFF (its IFD chain loops)");
  });

  test("an unknown compression: the shape from the structure, the pixels said not decoded", async () => {
    const bytes = bytesOf("uint8.tif").slice();
    const view = new DataView(bytes.buffer);
    const ifd = view.getUint32(4, true);
    for (let i = 0; i < view.getUint16(ifd, true); i++) {
      if (view.getUint16(ifd + 2 + i * 12, true) === 259) {
        view.setUint16(ifd + 2 + i * 12 + 8, 34712, true); // JPEG 2000
      }
    }
    expect(await readTiff(bytes)).toEqual({ shape: [24, 40], dtype: "uint8", notDecoded: "compression 34712 is not decoded here" });
  });

  test("a sample tensor of the corpus (an ImageJ TIFF): decoded, shaped as imageio's (256, 256)", async () => {
    const path = join(BIOIMAGEIO_CORPUS, "example_descriptions/models/unet2d_keras_tf2/sample_input_0.tif");
    const stream = (async function* () {
      yield new Uint8Array(readFileSync(path));
    })();
    expect(await imageShape(stream)).toEqual({ shape: [256, 256], checked: "decoded", format: "TIFF" });
  });
});
