// TIFF as imageio reads it for the reference (its tifffile plugin, `imread` = the file's first series): the
// structure (IFD chain, classic and BigTIFF, strip and tile extents) and the series' shape are read here; the
// pixel data is decoded by tiff-pixels.ts, imported only when a TIFF is met, so that validations without one never
// load it (and the web page gets it as a chunk of its own).
import { isRecord } from "../records.js";
import { Extremes } from "./extremes.js";
import type { PixelLayout } from "./tiff-pixels.js";

export class TiffError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "TiffError";
  }
}

/** A TIFF's first series, as `imageio.v3.imread` (tifffile) returns it. */
export interface TiffSummary {
  /** The series' shape (tifffile's: ImageJ hyperstack, OME, tifffile's own "shaped" metadata, or pages × page). */
  readonly shape: readonly number[];
  /** numpy's dtype name (`uint8`, `uint16`, `float32`, `bool`, ...). */
  readonly dtype: string;
  /** Undefined when the pixel data was not decoded (then `notDecoded` says why). */
  readonly min?: number;
  readonly max?: number;
  readonly notDecoded?: string;
}

/** A page (IFD): what decoding needs, and what tifffile finds series by. */
interface Page extends PixelLayout {
  readonly offset: number;
  readonly photometric: number;
  readonly description: string | undefined;
}

/** Bytes of one value of each TIFF field type. */
const TYPE_SIZE: Readonly<Record<number, number>> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
  16: 8,
  17: 8,
  18: 8,
};

/** Compressions tiff-pixels.ts decodes: none, LZW, deflate, PackBits, the old deflate tag. */
const DECODED_COMPRESSIONS: ReadonlySet<number> = new Set([1, 5, 8, 32773, 32946]);

class Reader {
  readonly view: DataView;
  readonly little: boolean;
  readonly big: boolean;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.little = bytes[0] === 0x49;
    const version = this.u16(2);
    if (version !== 42 && version !== 43) {
      throw new TiffError(`not a TIFF (version ${version})`);
    }
    this.big = version === 43;
  }
  check(offset: number, length: number): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.bytes.length) {
      throw new TiffError(`truncated TIFF (needs bytes ${offset}-${offset + length} of ${this.bytes.length})`);
    }
  }
  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, this.little);
  }
  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, this.little);
  }
  u64(offset: number): number {
    this.check(offset, 8);
    return Number(this.view.getBigUint64(offset, this.little));
  }
  offsetAt(offset: number): number {
    return this.big ? this.u64(offset) : this.u32(offset);
  }
  value(type: number, offset: number): number {
    switch (type) {
      case 3:
        return this.u16(offset);
      case 4:
      case 13:
        return this.u32(offset);
      case 16:
      case 18:
        return this.u64(offset);
      default:
        this.check(offset, 1);
        return this.bytes[offset] ?? 0;
    }
  }
}

interface Entry {
  readonly type: number;
  readonly count: number;
  /** Where the values are (inline in the entry, or at the offset it holds). */
  readonly at: number;
}

function entriesAt(reader: Reader, offset: number): { entries: Map<number, Entry>; next: number } {
  const count = reader.big ? reader.u64(offset) : reader.u16(offset);
  const head = reader.big ? 8 : 2;
  const size = reader.big ? 20 : 12;
  const inline = reader.big ? 8 : 4;
  reader.check(offset, head + count * size + inline);
  const entries = new Map<number, Entry>();
  for (let i = 0; i < count; i++) {
    const e = offset + head + i * size;
    const type = reader.u16(e + 2);
    const n = reader.big ? reader.u64(e + 4) : reader.u32(e + 4);
    const valueField = e + (reader.big ? 12 : 8);
    const bytes = (TYPE_SIZE[type] ?? 1) * n;
    entries.set(reader.u16(e), { type, count: n, at: bytes <= inline ? valueField : reader.offsetAt(valueField) });
  }
  return { entries, next: reader.offsetAt(offset + head + count * size) };
}

function pageAt(reader: Reader, offset: number): { page: Page; next: number } {
  const { entries, next } = entriesAt(reader, offset);
  const values = (tag: number): number[] => {
    const entry = entries.get(tag);
    if (!entry) {
      return [];
    }
    const size = TYPE_SIZE[entry.type] ?? 1;
    reader.check(entry.at, entry.count * size);
    return Array.from({ length: entry.count }, (_, i) => reader.value(entry.type, entry.at + i * size));
  };
  const one = (tag: number, fallback: number): number => values(tag)[0] ?? fallback;
  const text = (tag: number): string | undefined => {
    const entry = entries.get(tag);
    if (!entry || entry.type !== 2) {
      return undefined;
    }
    reader.check(entry.at, entry.count);
    return new TextDecoder("latin1").decode(reader.bytes.subarray(entry.at, entry.at + entry.count)).replace(/\0+$/, "");
  };
  const height = one(257, 0);
  const tiled = entries.has(324);
  const starts = values(tiled ? 324 : 273);
  const counts = values(tiled ? 325 : 279);
  return {
    page: {
      offset,
      width: one(256, 0),
      height,
      samples: one(277, 1),
      planar: one(284, 1),
      bits: one(258, 1),
      sampleFormat: one(339, 1),
      compression: one(259, 1),
      photometric: one(262, -1),
      predictor: one(317, 1),
      rowsPerStrip: one(278, height),
      tileWidth: one(322, 0),
      tileLength: one(323, 0),
      description: text(270),
      blocks: starts.map((start, i) => [start, counts[i] ?? -1] as const),
    },
    next,
  };
}

/** Every page (IFD) of the file, in order; a chain that loops or leaves the file is an error. */
function pagesOf(reader: Reader): Page[] {
  let offset = reader.big ? reader.u64(8) : reader.u32(4);
  const pages: Page[] = [];
  const seen = new Set<number>();
  while (offset !== 0) {
    if (seen.has(offset)) {
      throw new TiffError("corrupt TIFF (its IFD chain loops)");
    }
    seen.add(offset);
    const { page, next } = pageAt(reader, offset);
    pages.push(page);
    offset = next;
  }
  if (pages.length === 0) {
    throw new TiffError("TIFF without pages");
  }
  return pages;
}

/** tifffile's page shape: (height, width), with samples last (contiguous) or first (planar). */
function pageShape(page: Page): number[] {
  if (page.samples <= 1) {
    return [page.height, page.width];
  }
  return page.planar === 2 ? [page.samples, page.height, page.width] : [page.height, page.width, page.samples];
}

function dtypeOf(page: Page): string {
  if (page.bits === 1) {
    return "bool";
  }
  const kind = page.sampleFormat === 3 ? "float" : page.sampleFormat === 2 ? "int" : "uint";
  return `${kind}${page.bits}`;
}

/** What tifffile groups pages of one series by (its `TiffPage.hash`, without the layout details). */
function pageKey(page: Page): string {
  return [...pageShape(page), page.bits, page.sampleFormat, page.compression, page.photometric, page.predictor].join(",");
}

const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** tifffile's own metadata: `{"shape": [1, 2, 64, 64]}` in the first page of each series. */
function shapedShape(description: string | undefined): number[] | undefined {
  if (description === undefined || !description.startsWith("{")) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(description);
    const shape = isRecord(parsed) ? parsed.shape : undefined;
    return Array.isArray(shape) && shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0) ? (shape as number[]) : undefined;
  } catch {
    return undefined;
  }
}

/** ImageJ hyperstacks (`ImageJ=...\nchannels=2\nslices=10\n...`): TZC before the page, in the order it names. */
function imagejShape(description: string, pages: readonly Page[], first: Page): number[] | undefined {
  const meta = new Map(
    description
      .split("\n")
      .map((line) => line.split("="))
      .filter((kv) => kv.length === 2)
      .map(([k, v]) => [k ?? "", v ?? ""]),
  );
  const int = (key: string): number => (meta.has(key) ? Number.parseInt(meta.get(key) ?? "", 10) : 1);
  const frames = int("frames");
  const slices = int("slices");
  let channels = int("channels");
  let images = int("images");
  if (![frames, slices, channels, images].every((n) => Number.isSafeInteger(n) && n >= 1)) {
    return undefined; // tifffile: "ImageJ series metadata invalid": the generic series
  }
  const page = pageShape(first);
  const planarSamples = first.samples > 1 && first.planar === 2 ? first.samples : 1;
  const contigSamples = first.samples > 1 && first.planar !== 2 ? first.samples : 1;
  if (channels === 1 || (planarSamples > 1 && planarSamples === channels)) {
    images = frames * slices;
  } else if (images === frames * slices && contigSamples === channels) {
    channels = 1;
  } else {
    images = frames * slices * channels;
  }
  if (images === 1 && pages.length > 1) {
    images = pages.length;
  }
  const order = (meta.get("order") ?? "czt").toLowerCase();
  const sizes: Record<string, number> = { c: channels, z: slices, t: frames };
  const outer = (["czt", "ctz", "zct", "ztc", "tcz", "tzc"].includes(order) ? order : "czt")
    .split("")
    .reverse()
    .map((axis) => sizes[axis] ?? 1);
  const remain = Math.floor(images / product(outer));
  const shape = remain > 1 ? [remain, ...outer] : outer;
  return planarSamples > 1 ? [...shape.slice(0, -1), ...page] : [...shape, ...page];
}

/** OME-TIFF: the first Image's Pixels sizes (tifffile's OME series, without its many special cases). */
function omeShape(description: string, first: Page): number[] | undefined {
  const pixels = /<(?:\w+:)?Pixels\b([^>]*)>/.exec(description)?.[1];
  if (pixels === undefined) {
    return undefined;
  }
  const attribute = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(pixels)?.[1];
  const size = (axis: string): number => Number.parseInt(attribute(`Size${axis}`) ?? "1", 10);
  const order = (attribute("DimensionOrder") ?? "XYZCT").toUpperCase();
  const samples = first.samples;
  const sizes: Record<string, number> = { Z: size("Z"), C: Math.max(1, Math.floor(size("C") / samples)), T: size("T") };
  if (!Object.values(sizes).every((n) => Number.isSafeInteger(n) && n >= 1)) {
    return undefined;
  }
  const outer = order
    .slice(2)
    .split("")
    .reverse()
    .map((axis) => sizes[axis] ?? 1);
  return [...outer, ...pageShape(first)];
}

/** tifffile squeezes the series it finds from other metadata than its own: length-1 axes go, but not Y and X. */
function squeezed(shape: readonly number[], first: Page): number[] {
  const yx = first.samples > 1 && first.planar !== 2 ? [shape.length - 3, shape.length - 2] : [shape.length - 2, shape.length - 1];
  return shape.filter((size, i) => size !== 1 || yx.includes(i));
}

/** The first series' pages and shape, as tifffile finds them (shaped, OME, ImageJ, then generic). */
function firstSeries(pages: readonly Page[]): { pages: readonly Page[]; shape: number[] } {
  const first = pages[0] as Page;
  const page = pageShape(first);
  const shaped = shapedShape(first.description);
  if (shaped !== undefined) {
    let end = 1;
    while (end < pages.length && shapedShape(pages[end]?.description) === undefined) {
      end += 1;
    }
    const ofSeries = pages.slice(0, end);
    const count = product(shaped) / product(page);
    // a shape the pages do not fill: tifffile keeps the pages' own shape
    const members = Number.isSafeInteger(count) && count >= 1 && count <= ofSeries.length ? ofSeries.slice(0, count) : ofSeries;
    const shape = members.length * product(page) === product(shaped) ? shaped : members.length > 1 ? [members.length, ...page] : page;
    return { pages: members, shape };
  }
  const description = first.description ?? "";
  if (/<OME\b|<(?:\w+:)OME\b/.test(description)) {
    const shape = omeShape(description, first);
    if (shape !== undefined && product(shape) === pages.length * product(page)) {
      return { pages, shape: squeezed(shape, first) };
    }
  }
  if (description.startsWith("ImageJ=")) {
    const shape = imagejShape(description, pages, first);
    if (shape !== undefined) {
      const count = Math.min(pages.length, Math.max(1, product(shape) / product(page)));
      return { pages: pages.slice(0, count), shape: squeezed(shape, first) };
    }
  }
  const key = pageKey(first);
  const members = pages.filter((p) => product(pageShape(p)) > 0 && pageKey(p) === key);
  return { pages: members, shape: squeezed(members.length > 1 ? [members.length, ...page] : page, first) };
}

function checkBlocks(page: Page, index: number, length: number): void {
  if (page.blocks.length === 0) {
    throw new TiffError(`TIFF page ${index} has no image data (no strip or tile offsets)`);
  }
  for (const [start, count] of page.blocks) {
    if (count < 0 || start + count > length) {
      throw new TiffError(`truncated TIFF: page ${index} has image data at bytes ${start}-${start + count}, the file has ${length}`);
    }
  }
}

/** Why a page is not decoded (then only its shape is known), or undefined. */
function undecodable(page: Page): string | undefined {
  if (!DECODED_COMPRESSIONS.has(page.compression)) {
    return `compression ${page.compression} is not decoded here`;
  }
  if (page.bits === 1) {
    return "1-bit pixel data is not decoded here";
  }
  if (![8, 16, 32, 64].includes(page.bits)) {
    return `${page.bits}-bit samples are not decoded here`;
  }
  if (![1, 2, 3].includes(page.predictor)) {
    return `predictor ${page.predictor} is not decoded here`;
  }
  return undefined;
}

/**
 * Reads a TIFF's first series: its shape and dtype, and (decoding every page of it) its minimum and maximum.
 * `onSample` sees every decoded sample, in file order.
 */
export async function readTiff(bytes: Uint8Array, onSample?: (value: number) => void): Promise<TiffSummary> {
  const reader = new Reader(bytes);
  const pages = pagesOf(reader);
  const series = firstSeries(pages);
  const first = series.pages[0] as Page;
  const dtype = dtypeOf(first);
  series.pages.forEach((page, i) => checkBlocks(page, i, bytes.length));
  const reason = series.pages.map(undecodable).find((r) => r !== undefined);
  if (reason !== undefined) {
    return { shape: series.shape, dtype, notDecoded: reason };
  }
  const { decodePage } = await import("./tiff-pixels.js");
  const extremes = new Extremes();
  const sink =
    onSample === undefined
      ? extremes
      : {
          add: (value: number) => {
            extremes.add(value);
            onSample(value);
          },
        };
  for (const page of series.pages) {
    try {
      await decodePage(bytes, reader.little, page, sink);
    } catch (error) {
      throw new TiffError(`corrupt TIFF image data in page ${pages.indexOf(page)} (${(error as Error).message})`);
    }
  }
  const { min, max } = extremes;
  return { shape: series.shape, dtype, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}
