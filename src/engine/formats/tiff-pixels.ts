// The pixel data of a TIFF page, decoded for its minimum and maximum: strips or tiles, chunky or planar, compressed
// with none, LZW, deflate (both tags) or PackBits, with no, horizontal or floating-point prediction (libtiff's
// definitions), samples of 8 to 64 bits (float16 too) in either byte order. Browser-safe: deflate is the
// platform's DecompressionStream.
import { inflateRaw } from "../bytes/streams.js";

/** What receives every decoded sample (an Extremes, for min and max). */
export interface SampleSink {
  add(value: number): void;
}

/** What decoding needs of a page (tiff.ts reads it from the page's tags). */
export interface PixelLayout {
  readonly width: number;
  readonly height: number;
  readonly samples: number;
  readonly planar: number;
  readonly bits: number;
  readonly sampleFormat: number;
  readonly compression: number;
  readonly predictor: number;
  readonly rowsPerStrip: number;
  readonly tileWidth: number;
  readonly tileLength: number;
  /** Strip or tile extents: [offset, byteCount]. */
  readonly blocks: readonly (readonly [number, number])[];
}

/** Feeds every sample of the page's image (not the padding of tiles or of a last strip) to `sink`, in file order. */
export async function decodePage(bytes: Uint8Array, little: boolean, page: PixelLayout, sink: SampleSink): Promise<void> {
  const tiled = page.tileWidth > 0 && page.tileLength > 0;
  const blockWidth = tiled ? page.tileWidth : page.width;
  const blockLength = tiled ? page.tileLength : Math.max(1, Math.min(page.rowsPerStrip, page.height));
  const across = Math.ceil(page.width / blockWidth);
  const down = Math.ceil(page.height / blockLength);
  const planes = page.planar === 2 ? page.samples : 1;
  const perPixel = page.planar === 2 ? 1 : page.samples;
  const bytesPerSample = page.bits / 8;
  const rowBytes = blockWidth * perPixel * bytesPerSample;
  const expected = across * down * planes;
  if (page.blocks.length < expected) {
    throw new Error(`${page.blocks.length} ${tiled ? "tiles" : "strips"} for an image that needs ${expected}`);
  }
  const read = sampleReader(page.sampleFormat, page.bits);
  for (let b = 0; b < expected; b++) {
    const [offset, count] = page.blocks[b] as readonly [number, number];
    const inPlane = b % (across * down);
    const x0 = (inPlane % across) * blockWidth;
    const y0 = Math.floor(inPlane / across) * blockLength;
    const rows = Math.min(blockLength, page.height - y0);
    const columns = Math.min(blockWidth, page.width - x0);
    const data = await decompress(page.compression, bytes.subarray(offset, offset + count), rowBytes * rows);
    if (data.length < rowBytes * (rows - 1) + columns * perPixel * bytesPerSample) {
      throw new Error(`block ${b} decoded to ${data.length} bytes, fewer than its ${rows} rows of ${rowBytes}`);
    }
    let view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let littleEndian = little;
    if (page.predictor === 2) {
      undoHorizontal(view, littleEndian, rows, blockWidth * perPixel, perPixel, page.bits);
    } else if (page.predictor === 3) {
      view = undoFloatingPoint(data, rows, blockWidth * perPixel, perPixel, bytesPerSample);
      littleEndian = false; // the byte planes put the most significant byte first, whatever the file's byte order
    }
    for (let y = 0; y < rows; y++) {
      const start = y * rowBytes;
      const end = start + columns * perPixel * bytesPerSample;
      for (let at = start; at < end; at += bytesPerSample) {
        sink.add(read(view, at, littleEndian));
      }
    }
  }
}

type SampleReader = (view: DataView, at: number, little: boolean) => number;

function sampleReader(format: number, bits: number): SampleReader {
  const float = format === 3;
  const signed = format === 2;
  switch (bits) {
    case 8:
      return signed ? (v, at) => v.getInt8(at) : (v, at) => v.getUint8(at);
    case 16:
      return float
        ? (v, at, le) => halfToFloat(v.getUint16(at, le))
        : signed
          ? (v, at, le) => v.getInt16(at, le)
          : (v, at, le) => v.getUint16(at, le);
    case 32:
      return float ? (v, at, le) => v.getFloat32(at, le) : signed ? (v, at, le) => v.getInt32(at, le) : (v, at, le) => v.getUint32(at, le);
    case 64:
      return float
        ? (v, at, le) => v.getFloat64(at, le)
        : signed
          ? (v, at, le) => Number(v.getBigInt64(at, le))
          : (v, at, le) => Number(v.getBigUint64(at, le));
    default:
      throw new Error(`${bits}-bit samples are not decoded here`);
  }
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) {
    return sign * 2 ** -14 * (fraction / 1024);
  }
  if (exponent === 0x1f) {
    return fraction === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  }
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

async function decompress(compression: number, block: Uint8Array, size: number): Promise<Uint8Array> {
  switch (compression) {
    case 1:
      return block;
    case 5:
      return lzwDecode(block, size);
    case 8:
    case 32946:
      return inflate(block);
    case 32773:
      return packBitsDecode(block, size);
    default:
      throw new Error(`compression ${compression} is not decoded here`);
  }
}

async function inflate(block: Uint8Array): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of inflateRaw(
    (async function* () {
      yield block;
    })(),
    "deflate",
  )) {
    parts.push(part);
    length += part.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** PackBits (Apple's run-length coding), up to `size` bytes. */
function packBitsDecode(block: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  let i = 0;
  while (i < block.length && o < size) {
    const n = ((block[i++] ?? 0) << 24) >> 24; // as a signed byte
    if (n >= 0) {
      const count = Math.min(n + 1, size - o, block.length - i);
      out.set(block.subarray(i, i + count), o);
      o += count;
      i += n + 1;
    } else if (n !== -128) {
      const value = block[i++] ?? 0;
      const count = Math.min(1 - n, size - o);
      out.fill(value, o, o + count);
      o += count;
    }
  }
  return out.subarray(0, o);
}

const CLEAR = 256;
const END = 257;

/** TIFF's LZW (codes of 9 to 12 bits, most significant bit first, widened one code early), up to `size` bytes. */
function lzwDecode(block: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  // the table: each entry is its prefix entry plus one byte; its first byte and length make copying cheap
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let c = 0; c < 256; c++) {
    suffix[c] = c;
    first[c] = c;
    length[c] = 1;
  }
  let next = 258;
  let width = 9;
  let bitPos = 0;
  const totalBits = block.length * 8;
  let previous = -1;
  let o = 0;
  const readCode = (): number => {
    if (bitPos + width > totalBits) {
      return END;
    }
    let code = 0;
    for (let k = 0; k < width; k++) {
      const bit = ((block[(bitPos + k) >> 3] ?? 0) >> (7 - ((bitPos + k) & 7))) & 1;
      code = (code << 1) | bit;
    }
    bitPos += width;
    return code;
  };
  const write = (code: number): void => {
    const n = length[code] ?? 0;
    let at = o + n - 1;
    let c = code;
    while (c >= 0 && at >= o) {
      if (at < size) {
        out[at] = suffix[c] ?? 0;
      }
      at--;
      c = c < 256 ? -1 : (prefix[c] ?? -1);
    }
    o = Math.min(size, o + n);
  };
  while (o < size) {
    const code = readCode();
    if (code === END) {
      break;
    }
    if (code === CLEAR) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (previous < 0) {
      if (code >= 256) {
        throw new Error("corrupt LZW data (a string code before any string)");
      }
      write(code);
      previous = code;
      continue;
    }
    // the entry this code adds: the previous string plus the first byte of this one (of itself, when it is the
    // entry being added: the KwKwK case)
    let firstByte: number;
    if (code < next) {
      firstByte = first[code] ?? 0;
    } else if (code === next) {
      firstByte = first[previous] ?? 0;
    } else {
      throw new Error(`corrupt LZW data (code ${code} beyond the table's ${next})`);
    }
    if (next < 4096) {
      prefix[next] = previous;
      suffix[next] = firstByte;
      first[next] = first[previous] ?? 0;
      length[next] = (length[previous] ?? 0) + 1;
      next++;
    }
    write(code);
    previous = code;
    if (next >= (1 << width) - 1 && width < 12) {
      width++;
    }
  }
  return out.subarray(0, o);
}

/** Horizontal differencing undone in place: each sample adds the one `stride` samples before it in its row. */
function undoHorizontal(view: DataView, little: boolean, rows: number, perRow: number, stride: number, bits: number): void {
  const size = bits / 8;
  for (let y = 0; y < rows; y++) {
    const row = y * perRow * size;
    for (let i = stride; i < perRow; i++) {
      const at = row + i * size;
      const before = at - stride * size;
      if (at + size > view.byteLength) {
        return;
      }
      switch (bits) {
        case 8:
          view.setUint8(at, (view.getUint8(at) + view.getUint8(before)) & 0xff);
          break;
        case 16:
          view.setUint16(at, (view.getUint16(at, little) + view.getUint16(before, little)) & 0xffff, little);
          break;
        case 32:
          view.setUint32(at, (view.getUint32(at, little) + view.getUint32(before, little)) >>> 0, little);
          break;
        default:
          view.setBigUint64(at, BigInt.asUintN(64, view.getBigUint64(at, little) + view.getBigUint64(before, little)), little);
      }
    }
  }
}

/**
 * The floating-point predictor undone (libtiff's fpAcc): each row's bytes were differenced with a stride of the
 * samples per pixel, after splitting its values into byte planes, most significant byte first. Returns the rows as
 * big-endian values.
 */
function undoFloatingPoint(data: Uint8Array, rows: number, perRow: number, stride: number, size: number): DataView {
  const rowBytes = perRow * size;
  const out = new Uint8Array(rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const row = data.subarray(y * rowBytes, (y + 1) * rowBytes);
    if (row.length < rowBytes) {
      break;
    }
    const planes = Uint8Array.from(row);
    for (let i = stride; i < rowBytes; i++) {
      planes[i] = ((planes[i] ?? 0) + (planes[i - stride] ?? 0)) & 0xff;
    }
    for (let v = 0; v < perRow; v++) {
      for (let b = 0; b < size; b++) {
        out[y * rowBytes + v * size + b] = planes[b * perRow + v] ?? 0;
      }
    }
  }
  return new DataView(out.buffer);
}
