// PNG written by hand (8-bit grey, grey+alpha, RGB, RGBA; several frames as an animated PNG), compressed with the
// platform's deflate (CompressionStream, in browsers and Node alike): what the reference's cover images are.
import { concatBytes } from "../bytes/streams.js";
import { crc32 } from "../bytes/crc32.js";

export interface PngFrame {
  readonly width: number;
  readonly height: number;
  /** 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
  readonly channels: 1 | 2 | 3 | 4;
  /** height * width * channels bytes, row by row, samples interleaved. */
  readonly data: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOR_TYPE: Readonly<Record<number, number>> = { 1: 0, 2: 4, 3: 2, 4: 6 };

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) {
    out[4 + i] = type.charCodeAt(i);
  }
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function uint32s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v));
  return out;
}

async function zlib(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Each row behind filter byte 0 (none), compressed. */
async function imageData(frame: PngFrame): Promise<Uint8Array> {
  const stride = frame.width * frame.channels;
  const raw = new Uint8Array(frame.height * (stride + 1));
  for (let y = 0; y < frame.height; y++) {
    raw.set(frame.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return zlib(raw);
}

/** A PNG of one frame, or an animated PNG of several (all of the first frame's size and kind). */
export async function encodePng(frames: readonly PngFrame[]): Promise<Uint8Array> {
  const first = frames[0];
  if (first === undefined) {
    throw new Error("a PNG needs at least one frame");
  }
  for (const frame of frames) {
    if (frame.width !== first.width || frame.height !== first.height || frame.channels !== first.channels) {
      throw new Error("the frames of an animated PNG must have one size and kind");
    }
    if (frame.data.length !== frame.width * frame.height * frame.channels || frame.width < 1 || frame.height < 1) {
      throw new Error(`a PNG frame of ${frame.width}x${frame.height}x${frame.channels} needs that many bytes, not ${frame.data.length}`);
    }
  }
  const header = new Uint8Array(13);
  header.set(uint32s(first.width, first.height));
  header.set([8, COLOR_TYPE[first.channels] ?? 0, 0, 0, 0], 8);
  const chunks = [SIGNATURE, chunk("IHDR", header)];
  const animated = frames.length > 1;
  if (animated) {
    chunks.push(chunk("acTL", uint32s(frames.length, 0)));
  }
  let sequence = 0;
  for (const [i, frame] of frames.entries()) {
    const data = await imageData(frame);
    if (animated) {
      // fcTL: sequence, size, offset 0,0, delay 0/1000 s, dispose none, blend source
      const control = new Uint8Array(26);
      control.set(uint32s(sequence++, frame.width, frame.height, 0, 0));
      control.set([0, 0, 0x03, 0xe8, 0, 0], 20);
      chunks.push(chunk("fcTL", control));
    }
    if (i === 0) {
      chunks.push(chunk("IDAT", data));
    } else {
      const body = new Uint8Array(4 + data.length);
      body.set(uint32s(sequence++));
      body.set(data, 4);
      chunks.push(chunk("fdAT", body));
    }
  }
  chunks.push(chunk("IEND", new Uint8Array(0)));
  return concatBytes(chunks);
}
