// Covers generated from test tensors against the reference's own: for each case of test/fixtures/covers (written
// and recorded by scripts/reference/record_covers.py), the same file names, the same pixels (the array the
// reference gave imwrite, hashed) read back from our PNG in the shape imageio reads from the reference's, or the
// same failure message.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { generateCovers, type NdArray } from "../../../../src/bioimageio/model/0.5/covers.js";
import type { Axis } from "../../../../src/bioimageio/model/0.5/model.js";
import { readNpy } from "../../../../src/engine/formats/npy.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/covers");

interface Tensor {
  readonly file: string;
  readonly axes: Axis[];
}
interface Case {
  readonly input: Tensor;
  readonly output?: Tensor;
  readonly covers?: { name: string; shape: number[]; sha256: string; read_shape: number[]; read_sha256: string }[];
  readonly error?: string;
}
const REFERENCE = JSON.parse(readFileSync(join(FIXTURES, "REFERENCE.json"), "utf8")) as Record<string, Case>;

async function* bytesOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A PNG as imageio reads it: [height, width, channels] for one frame, [frames, height, width] for grey frames. */
function decodePng(png: Uint8Array): { shape: number[]; pixels: Buffer } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  let channels = 0;
  const frames: Buffer[][] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = ({ 0: 1, 4: 2, 2: 3, 6: 4 } as Record<number, number>)[data[9] ?? 0] ?? 0;
    } else if (type === "fcTL" || (type === "IDAT" && frames.length === 0)) {
      frames.push([]);
    }
    if (type === "IDAT") {
      frames.at(-1)?.push(data);
    } else if (type === "fdAT") {
      frames.at(-1)?.push(data.subarray(4));
    }
    at += 12 + length;
  }
  const stride = width * channels;
  const pixels = frames.map((parts) => {
    const raw = inflateSync(Buffer.concat(parts));
    const out = Buffer.alloc(height * stride);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (stride + 1)]).toBe(0);
      raw.copy(out, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    }
    return out;
  });
  const shape = frames.length > 1 ? [frames.length, height, width] : [height, width, channels];
  return { shape, pixels: Buffer.concat(pixels) };
}

async function tensor(entry: Tensor | undefined): Promise<(readonly [Axis[], NdArray])[]> {
  if (entry === undefined) {
    return [];
  }
  const array = await readNpy(bytesOf(readFileSync(join(FIXTURES, entry.file))));
  return [[entry.axes, array]];
}

describe("covers generated from test tensors, as the reference generates them", () => {
  test("the recorded cases cover each path: one split image, two images, frames, failures", () => {
    const cases = Object.values(REFERENCE);
    expect(cases.filter((c) => c.covers?.length === 1).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.covers?.length === 2).length).toBeGreaterThan(2);
    expect(cases.filter((c) => c.covers?.some((cover) => cover.shape[2] !== 3)).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.covers?.some((cover) => cover.read_shape[0] !== cover.shape[0])).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(2);
  });

  for (const [name, recorded] of Object.entries(REFERENCE)) {
    test(name, async () => {
      const run = generateCovers(await tensor(recorded.input), await tensor(recorded.output));
      if (recorded.error !== undefined) {
        await expect(run).rejects.toThrow(new RegExp(`^${recorded.error.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
        return;
      }
      const covers = await run;
      expect(covers.map((c) => c.name)).toEqual(recorded.covers?.map((c) => c.name));
      for (const [i, cover] of covers.entries()) {
        const expected = recorded.covers?.[i];
        const { shape, pixels } = decodePng(cover.png);
        expect(shape).toEqual(expected?.read_shape);
        // what imageio reads back (Pillow folds equal consecutive frames of an APNG into one)
        expect(createHash("sha256").update(pixels).digest("hex")).toBe(expected?.read_sha256);
      }
    });
  }
});
