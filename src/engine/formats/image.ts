// The dimensions an image reader (the reference uses imageio) would give a sample tensor, read from the file
// itself: PNG is decompressed and checked against its header (filters are not reversed), TIFF is decoded
// (tiff.ts), JPEG only has its header read. Anything else is reported as not checked.
import { type ByteStream, ChunkReader, concatBytes, inflateRaw } from "../bytes/streams.js";
import { readTiff } from "./tiff.js";

export interface ImageShape {
  /** The array shape imageio's imread returns (before squeeze). */
  readonly shape: readonly number[];
  /** What was verified: "decoded" (all pixel data decompressed) or "header" (dimensions only). */
  readonly checked: "decoded" | "header";
  readonly format: string;
  /** Why the pixel data was not decoded ("header"): a compression or sample size this reader does not decode. */
  readonly notDecoded?: string;
}

export class ImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ImageError";
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

async function pngShape(reader: ChunkReader): Promise<ImageShape> {
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colorType = -1;
  let interlaced = false;
  let transparency = false;
  const idat: Uint8Array[] = [];
  for (;;) {
    const head = await reader.read(8);
    if (head.length < 8) {
      throw new ImageError("truncated PNG (no IEND chunk)");
    }
    const length = new DataView(head.buffer, head.byteOffset, 8).getUint32(0);
    const type = String.fromCharCode(...head.subarray(4, 8));
    const data = await reader.read(length);
    const crc = await reader.read(4);
    if (data.length < length || crc.length < 4) {
      throw new ImageError(`truncated PNG (in chunk ${type})`);
    }
    if (type === "IHDR") {
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      width = dv.getUint32(0);
      height = dv.getUint32(4);
      bitDepth = data[8] ?? 0;
      colorType = data[9] ?? -1;
      interlaced = data[12] === 1;
    } else if (type === "tRNS") {
      transparency = true;
    } else if (type === "IDAT") {
      idat.push(data);
    } else if (type === "IEND") {
      break;
    }
  }
  const channels = PNG_CHANNELS[colorType];
  if (channels === undefined || width === 0 || height === 0) {
    throw new ImageError("PNG without a valid IHDR chunk");
  }
  const rowBytes = (w: number): number => (w === 0 ? 0 : 1 + Math.ceil((w * channels * bitDepth) / 8));
  let expected = 0;
  if (interlaced) {
    const passes = [
      [0, 0, 8, 8],
      [4, 0, 8, 8],
      [0, 4, 4, 8],
      [2, 0, 4, 4],
      [0, 2, 2, 4],
      [1, 0, 2, 2],
      [0, 1, 1, 2],
    ] as const;
    for (const [x0, y0, dx, dy] of passes) {
      const w = Math.ceil((width - x0) / dx);
      const h = Math.ceil((height - y0) / dy);
      expected += w > 0 && h > 0 ? h * rowBytes(w) : 0;
    }
  } else {
    expected = height * rowBytes(width);
  }
  let actual = 0;
  try {
    for await (const chunk of inflateRaw(
      (async function* () {
        yield concatBytes(idat);
      })(),
      "deflate",
    )) {
      actual += chunk.length;
      if (actual > expected) {
        break;
      }
    }
  } catch (error) {
    throw new ImageError(`corrupt PNG image data (${(error as Error).message})`);
  }
  if (actual !== expected) {
    throw new ImageError(`corrupt PNG image data (${actual} bytes where ${expected} are expected)`);
  }
  // imageio (pillow) expands palettes to RGB, or RGBA when the palette has transparency
  const planes = colorType === 3 ? (transparency ? 4 : 3) : channels;
  return { shape: planes === 1 ? [height, width] : [height, width, planes], checked: "decoded", format: "PNG" };
}

function jpegShape(bytes: Uint8Array): ImageShape {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 2;
  while (p + 4 <= bytes.length) {
    if (bytes[p] !== 0xff) {
      throw new ImageError("corrupt JPEG (marker expected)");
    }
    const marker = bytes[p + 1] ?? 0;
    const length = dv.getUint16(p + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = dv.getUint16(p + 5);
      const width = dv.getUint16(p + 7);
      const components = bytes[p + 9] ?? 1;
      return { shape: components === 1 ? [height, width] : [height, width, components], checked: "header", format: "JPEG" };
    }
    p += 2 + length;
  }
  throw new ImageError("JPEG without a frame header");
}

/** TIFF and JPEG files are read whole: larger ones are reported as not checked. */
const IN_MEMORY_LIMIT = 64 << 20;

async function tiffShape(bytes: Uint8Array): Promise<ImageShape> {
  const tiff = await readTiff(bytes);
  return tiff.notDecoded === undefined
    ? { shape: tiff.shape, checked: "decoded", format: "TIFF" }
    : { shape: tiff.shape, checked: "header", format: "TIFF", notDecoded: tiff.notDecoded };
}

/** The image's shape, or undefined when the format is not one this reader knows (then nothing is checked). */
export async function imageShape(stream: ByteStream): Promise<ImageShape | undefined> {
  const reader = new ChunkReader(stream);
  try {
    const head = await reader.read(8);
    if (PNG_SIGNATURE.every((b, i) => head[i] === b)) {
      return await pngShape(reader);
    }
    const isTiff = (head[0] === 0x49 && head[1] === 0x49) || (head[0] === 0x4d && head[1] === 0x4d);
    const isJpeg = head[0] === 0xff && head[1] === 0xd8;
    if (!isTiff && !isJpeg) {
      return undefined;
    }
    const chunks = [head];
    let total = head.length;
    for await (const chunk of reader.rest()) {
      total += chunk.length;
      if (total > IN_MEMORY_LIMIT) {
        return undefined; // too large to read in memory: reported as not checked
      }
      chunks.push(chunk);
    }
    const bytes = concatBytes(chunks);
    return isTiff ? await tiffShape(bytes) : jpegShape(bytes);
  } catch (error) {
    if (error instanceof ImageError) {
      throw error;
    }
    throw new ImageError((error as Error).message);
  } finally {
    await reader.close();
  }
}
