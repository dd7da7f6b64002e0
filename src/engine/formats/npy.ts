// numpy's .npy format (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html), read as a
// stream: the header gives shape and dtype, the data gives min and max (what the test tensor checks need)
// without holding the array in memory.
import { type ByteStream, ChunkReader } from "../bytes/streams.js";
import { Extremes } from "./extremes.js";

export interface NpySummary {
  /** numpy's dtype name: float32, uint8, bool, ... */
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly fortranOrder: boolean;
  /** NaN when any element is NaN (as numpy's min/max); undefined for an empty array. */
  readonly min: number | undefined;
  readonly max: number | undefined;
}

export class NpyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NpyError";
  }
}

const DTYPES: Readonly<Record<string, { readonly name: string; readonly size: number }>> = {
  f2: { name: "float16", size: 2 },
  f4: { name: "float32", size: 4 },
  f8: { name: "float64", size: 8 },
  i1: { name: "int8", size: 1 },
  i2: { name: "int16", size: 2 },
  i4: { name: "int32", size: 4 },
  i8: { name: "int64", size: 8 },
  u1: { name: "uint8", size: 1 },
  u2: { name: "uint16", size: 2 },
  u4: { name: "uint32", size: 4 },
  u8: { name: "uint64", size: 8 },
  b1: { name: "bool", size: 1 },
};

interface Header {
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
}

/** The header is a Python dict literal: {'descr': '<f4', 'fortran_order': False, 'shape': (1, 512), } */
function parseHeader(text: string): Header {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new NpyError(`unreadable .npy header: ${text.trim()}`);
  }
  const shape = shapeText
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const n = Number(s.replace(/L$/, ""));
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new NpyError(`invalid shape in .npy header: (${shapeText})`);
      }
      return n;
    });
  return { descr, fortranOrder: fortran === "True", shape };
}

function float16(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) {
    return sign * 2 ** -14 * (fraction / 1024);
  }
  if (exponent === 31) {
    return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  }
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function elementReader(kind: string, size: number, little: boolean): (dv: DataView, offset: number) => number {
  switch (kind + size) {
    case "f2":
      return (dv, o) => float16(dv.getUint16(o, little));
    case "f4":
      return (dv, o) => dv.getFloat32(o, little);
    case "f8":
      return (dv, o) => dv.getFloat64(o, little);
    case "i1":
      return (dv, o) => dv.getInt8(o);
    case "i2":
      return (dv, o) => dv.getInt16(o, little);
    case "i4":
      return (dv, o) => dv.getInt32(o, little);
    case "i8":
      return (dv, o) => Number(dv.getBigInt64(o, little));
    case "u1":
    case "b1":
      return (dv, o) => dv.getUint8(o);
    case "u2":
      return (dv, o) => dv.getUint16(o, little);
    case "u4":
      return (dv, o) => dv.getUint32(o, little);
    case "u8":
      return (dv, o) => Number(dv.getBigUint64(o, little));
    default:
      throw new NpyError(`unsupported dtype ${kind}${size}`);
  }
}

/** A whole .npy array: its values as numbers, in C order whatever the file's order. */
export interface NpyArray extends NpySummary {
  readonly values: Float64Array;
}

/** Parses a .npy stream: header, then every element for min/max. Object arrays (pickles) are refused. */
export async function summarizeNpy(stream: ByteStream): Promise<NpySummary> {
  return parseNpy(stream, false);
}

/** Reads a whole .npy array (the reference's `load_array`, for what needs the values themselves: covers). */
export async function readNpy(stream: ByteStream): Promise<NpyArray> {
  const array = await parseNpy(stream, true);
  return { ...array, values: array.fortranOrder ? fortranToC(array.values, array.shape) : array.values };
}

/** Reorders the values of an array stored in Fortran order (first index fastest) into C order. */
function fortranToC(values: Float64Array, shape: readonly number[]): Float64Array {
  const out = new Float64Array(values.length);
  const index = new Array<number>(shape.length).fill(0);
  for (let c = 0; c < values.length; c++) {
    let f = 0;
    let stride = 1;
    for (let d = 0; d < shape.length; d++) {
      f += (index[d] ?? 0) * stride;
      stride *= shape[d] ?? 1;
    }
    out[c] = values[f] ?? 0;
    for (let d = shape.length - 1; d >= 0; d--) {
      index[d] = (index[d] ?? 0) + 1;
      if ((index[d] ?? 0) < (shape[d] ?? 1)) {
        break;
      }
      index[d] = 0;
    }
  }
  return out;
}

/** 1 GiB of float64 values: a header may claim any shape, and the values are allocated before the data is read. */
const MAX_KEPT_ELEMENTS = 2 ** 27;

async function parseNpy(stream: ByteStream, keep: false): Promise<NpySummary>;
async function parseNpy(stream: ByteStream, keep: true): Promise<NpySummary & { readonly values: Float64Array }>;
async function parseNpy(stream: ByteStream, keep: boolean): Promise<NpySummary & { readonly values?: Float64Array }> {
  const reader = new ChunkReader(stream);
  try {
    const magic = await reader.read(8);
    if (magic.length < 8 || magic[0] !== 0x93 || String.fromCharCode(...magic.subarray(1, 6)) !== "NUMPY") {
      throw new NpyError("not a .npy file (missing \\x93NUMPY magic)");
    }
    const major = magic[6] ?? 0;
    const lengthBytes = await reader.read(major === 1 ? 2 : 4);
    const lv = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, lengthBytes.byteLength);
    if (![1, 2, 3].includes(major) || lengthBytes.length < (major === 1 ? 2 : 4)) {
      throw new NpyError(`unsupported .npy format version ${major}`);
    }
    const headerLength = major === 1 ? lv.getUint16(0, true) : lv.getUint32(0, true);
    if (headerLength > 1 << 20) {
      throw new NpyError(`.npy header too large (${headerLength} bytes)`);
    }
    const headerBytes = await reader.read(headerLength);
    const header = parseHeader(new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(headerBytes));
    const match = /^([<>|=])([fiub])(\d+)$/.exec(header.descr);
    const type = match ? DTYPES[`${match[2]}${match[3]}`] : undefined;
    if (!match || !type) {
      throw new NpyError(`unsupported .npy dtype '${header.descr}' (only plain numeric and bool arrays)`);
    }
    const little = match[1] !== ">";
    const read = elementReader(match[2] ?? "", type.size, little);
    const count = header.shape.reduce((n, d) => n * d, 1);
    const expected = count * type.size;
    if (keep && count > MAX_KEPT_ELEMENTS) {
      throw new NpyError(`array of ${count} elements too large to read whole here (at most ${MAX_KEPT_ELEMENTS})`);
    }
    const values = keep ? new Float64Array(count) : undefined;
    const extremes = new Extremes();
    let consumed = 0;
    let carry = new Uint8Array(0);
    for await (const chunk of reader.rest()) {
      let bytes = chunk;
      if (carry.length > 0) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
      }
      const usable = Math.min(bytes.length - (bytes.length % type.size), expected - consumed);
      const dv = new DataView(bytes.buffer, bytes.byteOffset, usable);
      for (let o = 0; o < usable; o += type.size) {
        const v = read(dv, o);
        if (values) {
          values[(consumed + o) / type.size] = v;
        }
        extremes.add(v);
      }
      consumed += usable;
      carry = bytes.slice(usable);
      if (consumed >= expected && carry.length > 0) {
        break;
      }
    }
    if (consumed < expected) {
      throw new NpyError(`truncated .npy data: ${consumed} of ${expected} bytes for shape (${header.shape.join(", ")})`);
    }
    return {
      dtype: type.name,
      shape: header.shape,
      fortranOrder: header.fortranOrder,
      min: extremes.min,
      max: extremes.max,
      ...(values ? { values } : {}),
    };
  } finally {
    await reader.close();
  }
}

/** Encodes an array as .npy version 1.0 (C order), for tests and synthesised fixtures. */
export function encodeNpy(descr: string, shape: readonly number[], data: Uint8Array): Uint8Array {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(", ")}${shape.length === 1 ? "," : ""}), }`;
  const unpadded = 10 + dict.length + 1;
  const header = dict + " ".repeat((64 - (unpadded % 64)) % 64) + "\n";
  const out = new Uint8Array(10 + header.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  for (let i = 0; i < header.length; i++) {
    out[10 + i] = header.charCodeAt(i);
  }
  out.set(data, 10 + header.length);
  return out;
}
