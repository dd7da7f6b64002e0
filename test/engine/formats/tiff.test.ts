// TIFF decoding against the reference: every fixture of test/fixtures/tiff (written by tifffile and Pillow,
// scripts/reference/record_tiff.py) read as the reference reads a sample tensor (imageio's imread), REFERENCE.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { imageShape } from "../../../src/engine/formats/image.js";
import { readTiff, TiffError } from "../../../src/engine/formats/tiff.js";
import { BIOIMAGEIO_CORPUS } from "../../helpers/corpus.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/tiff");

interface Read {
  readonly shape: number[];
  readonly dtype: string;
  readonly min: number;
  readonly max: number;
  /** Of every sample, in float64: what a wrong decoding changes even when min and max survive it. */
  readonly sum: number;
}
interface Recorded extends Partial<Read> {
  readonly error?: string;
  /** Pillow's reading, where the reference fails only because imagecodecs is not installed (LZW). */
  readonly pillow?: Read;
  /** The reference's reading of the same pixels uncompressed, where it needs imagecodecs for the file (tiffcp's). */
  readonly source?: Read;
}

/** Our reading, with the sum of the samples. */
async function read(name: string): Promise<{ summary: Awaited<ReturnType<typeof readTiff>>; sum: number }> {
  let sum = 0;
  const summary = await readTiff(bytesOf(name), (value) => {
    sum += value;
  });
  return { summary, sum };
}

function expectReading(ours: { summary: Awaited<ReturnType<typeof readTiff>>; sum: number }, recorded: Read): void {
  expect(ours.summary).toEqual({ shape: recorded.shape, dtype: recorded.dtype, min: recorded.min, max: recorded.max });
  expect(Math.abs(ours.sum - recorded.sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(recorded.sum)));
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
  test.each(decoded)("%s: shape, dtype, minimum, maximum and sum as imageio's", async (name, recorded) => {
    expectReading(await read(name), recorded as Read);
  });

  const lzw = Object.entries(REFERENCE).filter(([, r]) => r.pillow !== undefined);
  test.each(lzw)("%s: LZW is decoded (the reference needs imagecodecs for it; Pillow's reading)", async (name, recorded) => {
    expectReading(await read(name), recorded.pillow as Read);
  });

  const libtiff = Object.entries(REFERENCE).filter(([, r]) => r.source !== undefined);
  test.each(libtiff)(
    "%s: libtiff's coding is decoded (the reference's reading of the same pixels uncompressed)",
    async (name, recorded) => {
      expectReading(await read(name), recorded.source as Read);
    },
  );

  test("more than a few variants are compared: LZW, both predictors, big-endian, tiles, strips", () => {
    expect(decoded.length + lzw.length + libtiff.length).toBeGreaterThanOrEqual(35);
    expect(libtiff.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/float-predictor/),
        expect.stringMatching(/big-endian/),
        expect.stringMatching(/tiled/),
      ]),
    );
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

  test("damaged compressed data (LZW, deflate, PackBits): a TiffError naming the page, or a reading; never a crash or a hang", async () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const outcomes = new Set<string>();
    for (const name of [
      "lzw-long-uint8.tif",
      "deflate-float-predictor-float32.tif",
      "packbits-short-strips-big-endian.tif",
      "tiled-planar-lzw-rgb.tif",
    ]) {
      const original = bytesOf(name);
      for (let round = 0; round < 40; round++) {
        const bytes = original.slice();
        // the image data follows the 8-byte header in these files; flip bytes there
        for (let k = 0; k < 8; k++) {
          const at = 8 + random(Math.floor(bytes.length / 2));
          bytes[at] = (bytes[at] ?? 0) ^ (1 + random(255));
        }
        try {
          const summary = await readTiff(bytes);
          outcomes.add("read");
          expect(summary.shape.length).toBeGreaterThan(1);
        } catch (error) {
          outcomes.add("error");
          expect(error).toBeInstanceOf(TiffError);
        }
      }
    }
    expect(outcomes).toEqual(new Set(["read", "error"]));
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
