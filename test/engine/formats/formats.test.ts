// The browser-safe byte readers: SHA-256 and CRC-32 against node's, .npy headers and data, image headers.
import { createHash } from "node:crypto";
import { crc32 as zlibCrc32, deflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { crc32 } from "../../../src/engine/bytes/crc32.js";
import { createSha256 } from "../../../src/engine/bytes/sha256.js";
import { imageShape } from "../../../src/engine/formats/image.js";
import { encodeNpy, summarizeNpy } from "../../../src/engine/formats/npy.js";

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}

function random(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("SHA-256 (TypeScript) and CRC-32", () => {
  test.each([0, 1, 55, 56, 63, 64, 65, 1000, 100_003])("%i bytes, fed in uneven chunks, match node:crypto and zlib", (n) => {
    const data = random(n, n + 1);
    const hasher = createSha256();
    for (let i = 0; i < n; i += 7 + (i % 61)) {
      hasher.update(data.subarray(i, i + 7 + (i % 61)));
    }
    expect(hasher.digestHex()).toBe(createHash("sha256").update(data).digest("hex"));
    expect(crc32(data.subarray(n >> 1), crc32(data.subarray(0, n >> 1)))).toBe(zlibCrc32(data));
  });
});

describe(".npy", () => {
  test("shape, dtype, min and max of float32 data, across chunk boundaries", async () => {
    const values = new Float32Array([0.5, -2, 3.25, 1, 0, 7]);
    const npy = encodeNpy("<f4", [1, 2, 3], new Uint8Array(values.buffer));
    const summary = await summarizeNpy(chunks(npy, 5));
    expect(summary).toEqual({ dtype: "float32", shape: [1, 2, 3], fortranOrder: false, min: -2, max: 7 });
  });

  test("integer, big-endian and bool dtypes", async () => {
    const be = new Uint8Array([0x01, 0x00, 0xff, 0xff]); // >i2: 256, -1
    expect(await summarizeNpy(chunks(encodeNpy(">i2", [2], be), 3))).toMatchObject({ dtype: "int16", min: -1, max: 256 });
    expect(await summarizeNpy(chunks(encodeNpy("|b1", [3], new Uint8Array([0, 1, 0])), 64))).toMatchObject({
      dtype: "bool",
      min: 0,
      max: 1,
    });
    expect(await summarizeNpy(chunks(encodeNpy("<u8", [1], new Uint8Array([9, 0, 0, 0, 0, 0, 0, 0])), 64))).toMatchObject({
      dtype: "uint64",
      max: 9,
    });
  });

  test("NaN propagates to min and max like numpy", async () => {
    const values = new Float64Array([1, Number.NaN, 2]);
    const summary = await summarizeNpy(chunks(encodeNpy("<f8", [3], new Uint8Array(values.buffer)), 64));
    expect(summary.min).toBeNaN();
    expect(summary.max).toBeNaN();
  });

  test("truncated data, bad magic and object arrays are errors with a reason", async () => {
    const npy = encodeNpy("<f4", [4], new Uint8Array(12));
    await expect(summarizeNpy(chunks(npy, 64))).rejects.toThrow(/truncated .npy data: 12 of 16 bytes/);
    await expect(summarizeNpy(chunks(new TextEncoder().encode("not numpy at all"), 64))).rejects.toThrow(/not a .npy file/);
    await expect(summarizeNpy(chunks(encodeNpy("|O", [1], new Uint8Array(8)), 64))).rejects.toThrow(/unsupported .npy dtype '\|O'/);
  });
});

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  dv.setUint32(8 + data.length, zlibCrc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png(width: number, height: number, colorType: number, extra: Uint8Array[] = [], rows?: Uint8Array): Uint8Array {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType] ?? 1;
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  const raw = rows ?? new Uint8Array(height * (1 + width * channels));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    ...extra,
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

describe("images (sample tensors)", () => {
  test("PNG: decoded, shaped as imageio returns it", async () => {
    expect(await imageShape(chunks(png(5, 3, 0), 7))).toEqual({ shape: [3, 5], checked: "decoded", format: "PNG" });
    expect((await imageShape(chunks(png(5, 3, 2), 64)))?.shape).toEqual([3, 5, 3]);
    expect((await imageShape(chunks(png(5, 3, 3), 64)))?.shape).toEqual([3, 5, 3]);
    expect((await imageShape(chunks(png(5, 3, 3, [pngChunk("tRNS", new Uint8Array([0]))]), 64)))?.shape).toEqual([3, 5, 4]);
  });

  test("PNG with too little image data is an error", async () => {
    await expect(imageShape(chunks(png(5, 3, 0, [], new Uint8Array(10)), 64))).rejects.toThrow(
      /corrupt PNG image data \(10 bytes where 18 are expected\)/,
    );
  });

  test("a TIFF without image data is an error; JPEG: dimensions from the header", async () => {
    const tiff = new Uint8Array(8 + 2 + 3 * 12 + 4);
    const dv = new DataView(tiff.buffer);
    tiff.set([0x49, 0x49]);
    dv.setUint16(2, 42, true);
    dv.setUint32(4, 8, true);
    dv.setUint16(8, 3, true);
    [
      [256, 7],
      [257, 4],
      [277, 3],
    ].forEach(([tag, value], i) => {
      dv.setUint16(10 + i * 12, tag ?? 0, true);
      dv.setUint16(12 + i * 12, 3, true);
      dv.setUint32(14 + i * 12, 1, true);
      dv.setUint16(18 + i * 12, value ?? 0, true);
    });
    await expect(imageShape(chunks(tiff, 64))).rejects.toThrow("TIFF page 0 has no image data (no strip or tile offsets)");
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x06, 0x00, 0x09, 0x01, 0x01, 0x11, 0x00]);
    expect(await imageShape(chunks(jpeg, 64))).toEqual({ shape: [6, 9], checked: "header", format: "JPEG" });
  });

  test("an unknown format is not checked (undefined), not an error", async () => {
    expect(await imageShape(chunks(new TextEncoder().encode("GIF89a......"), 64))).toBeUndefined();
  });
});
