// Covers made from the test tensors when a model 0.5 has none (bioimageio.spec model/v0_5.py `generate_covers`,
// run by `_add_default_cover` with IO checks on): the first input's and the first output's test tensor each
// become an 8-bit RGB image, one diagonal split image when both come out the same shape, two images otherwise.
// The arithmetic follows the reference step by step (its slicing, its axis order, float32 normalisation), quirks
// included, so that the pixels and the failures are the reference's.
import { encodePng, type PngFrame } from "../../../engine/formats/png.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { type Axis, axisId } from "./model.js";

/** An n-dimensional array in C order. */
export interface NdArray {
  readonly shape: readonly number[];
  readonly values: Float64Array;
  /** numpy's dtype name: it decides the arithmetic of the two-channel mean. */
  readonly dtype: string;
}

export interface GeneratedCover {
  readonly name: string;
  readonly png: Uint8Array;
}

/** A failed check of the reference (`assert`): its message is empty. */
class AssertionFailed extends Error {
  constructor() {
    super("");
  }
}

function assert(condition: boolean): asserts condition {
  if (!condition) {
    throw new AssertionFailed();
  }
}

const pyTuple = (shape: readonly number[]): string => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`);
const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
const floorHalf = (n: number): number => Math.floor(n / 2);

function strides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length).fill(1);
  for (let d = shape.length - 2; d >= 0; d--) {
    out[d] = (out[d + 1] ?? 1) * (shape[d + 1] ?? 1);
  }
  return out;
}

/** Visits every index of `shape` in C order with the flat offset it has under `steps`. */
function forEachOffset(shape: readonly number[], steps: readonly number[], visit: (offset: number, flat: number) => void): void {
  const count = product(shape);
  const index = new Array<number>(shape.length).fill(0);
  let offset = 0;
  for (let flat = 0; flat < count; flat++) {
    visit(offset, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      index[d] = (index[d] ?? 0) + 1;
      offset += steps[d] ?? 0;
      if ((index[d] ?? 0) < (shape[d] ?? 0)) {
        break;
      }
      offset -= (index[d] ?? 0) * (steps[d] ?? 0);
      index[d] = 0;
    }
  }
}

/** numpy's `data[..., start:stop, ...]` on `axis`, with Python's clamping of slice bounds. */
function sliceAxis(data: NdArray, axis: number, start: number, stop: number): NdArray {
  const length = data.shape[axis] ?? 0;
  const clamp = (i: number): number => (i < 0 ? Math.max(0, i + length) : Math.min(i, length));
  const from = clamp(start);
  const size = Math.max(0, clamp(stop) - from);
  const shape = data.shape.map((s, d) => (d === axis ? size : s));
  const steps = strides(data.shape);
  const values = new Float64Array(product(shape));
  const base = from * (steps[axis] ?? 0);
  forEachOffset(shape, steps, (offset, flat) => {
    values[flat] = data.values[base + offset] ?? 0;
  });
  return { shape, values, dtype: data.dtype };
}

function concatenate(parts: readonly NdArray[], axis: number, dtype: string): NdArray {
  const first = parts[0] as NdArray;
  const shape = first.shape.map((s, d) => (d === axis ? parts.reduce((n, p) => n + (p.shape[axis] ?? 0), 0) : s));
  const outer = product(first.shape.slice(0, axis));
  const values = new Float64Array(product(shape));
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (const part of parts) {
      const block = product(part.shape.slice(axis));
      values.set(part.values.subarray(o * block, (o + 1) * block), at);
      at += block;
    }
  }
  return { shape, values, dtype };
}

function transpose(data: NdArray, order: readonly number[]): NdArray {
  const steps = strides(data.shape);
  const shape = order.map((d) => data.shape[d] ?? 0);
  const values = new Float64Array(data.values.length);
  forEachOffset(
    shape,
    order.map((d) => steps[d] ?? 0),
    (offset, flat) => {
      values[flat] = data.values[offset] ?? 0;
    },
  );
  return { shape, values, dtype: data.dtype };
}

const INT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  int8: [-(2 ** 7), 2 ** 8],
  uint8: [0, 2 ** 8],
  int16: [-(2 ** 15), 2 ** 16],
  uint16: [0, 2 ** 16],
  int32: [-(2 ** 31), 2 ** 32],
  uint32: [0, 2 ** 32],
  int64: [-(2 ** 63), 2 ** 64],
  uint64: [0, 2 ** 64],
};

/** numpy's `(a + b) / 2` in the array's dtype: integers wrap around, then divide to float64; float32 rounds. */
function mean(a: NdArray, b: NdArray): NdArray {
  const values = new Float64Array(a.values.length);
  const range = INT_RANGES[a.dtype];
  for (let i = 0; i < values.length; i++) {
    const x = a.values[i] ?? 0;
    const y = b.values[i] ?? 0;
    if (a.dtype === "bool") {
      values[i] = (x || y ? 1 : 0) / 2;
    } else if (range) {
      const [low, span] = range;
      values[i] = ((((x + y - low) % span) + span) % span) + low;
      values[i] = (values[i] ?? 0) / 2;
    } else if (a.dtype === "float64") {
      values[i] = (x + y) / 2;
    } else {
      values[i] = Math.fround(Math.fround(x + y) / 2);
    }
  }
  return { shape: a.shape, values, dtype: a.dtype };
}

interface WithAxes {
  readonly data: NdArray;
  readonly axes: readonly Axis[];
}

/** numpy's squeeze, keeping the descriptions of the axes that remain. */
function squeeze(data: NdArray, axes: readonly Axis[]): WithAxes {
  if (data.shape.length !== axes.length) {
    throw new Error(`tensor shape ${pyTuple(data.shape)} does not match described axes ${pyRepr(axes.map(axisId))}`);
  }
  return {
    data: { ...data, shape: data.shape.filter((s) => s !== 1) },
    axes: axes.filter((_, i) => data.shape[i] !== 1),
  };
}

const RGB_CHANNEL: Axis = { type: "channel", channel_names: ["R", "G", "B"] };

/** The reference's `normalize` and `(data * 255).astype("uint8")`, in float32, per `along` (or over everything). */
function toUint8(data: NdArray, along: readonly number[] | undefined): Uint8Array {
  const f = Float64Array.from(data.values, Math.fround);
  if (f.length === 0) {
    throw new Error("zero-size array to reduction operation minimum which has no identity");
  }
  // one group per index of the axes not reduced over
  const kept = data.shape.map((_, d) => along === undefined || !along.includes(d));
  const groupOf = new Uint32Array(f.length);
  let groups = 1;
  {
    const steps = data.shape.map(() => 0);
    let stride = 1;
    for (let d = data.shape.length - 1; d >= 0; d--) {
      if (kept[d]) {
        steps[d] = stride;
        stride *= data.shape[d] ?? 1;
      }
    }
    groups = stride;
    forEachOffset(data.shape, steps, (offset, flat) => {
      groupOf[flat] = offset;
    });
  }
  const reduce = (pick: (a: number, b: number) => number, start: number): Float64Array => {
    const out = new Float64Array(groups).fill(start);
    for (let i = 0; i < f.length; i++) {
      const g = groupOf[i] ?? 0;
      const v = f[i] ?? 0;
      out[g] = Number.isNaN(out[g] ?? 0) || Number.isNaN(v) ? Number.NaN : pick(out[g] ?? 0, v);
    }
    return out;
  };
  const low = reduce(Math.min, Number.POSITIVE_INFINITY);
  for (let i = 0; i < f.length; i++) {
    f[i] = Math.fround((f[i] ?? 0) - (low[groupOf[i] ?? 0] ?? 0));
  }
  const high = reduce(Math.max, Number.NEGATIVE_INFINITY);
  const eps = Math.fround(1e-7);
  const out = new Uint8Array(f.length);
  for (let i = 0; i < f.length; i++) {
    const scaled = Math.fround(Math.fround((f[i] ?? 0) / Math.fround((high[groupOf[i] ?? 0] ?? 0) + eps)) * 255);
    // astype("uint8") truncates; NaN becomes 0 here (numpy leaves it undefined)
    out[i] = Number.isFinite(scaled) ? Math.trunc(scaled) & 0xff : 0;
  }
  return out;
}

/** An HxWxC uint8 image (in the reference's quirky axis order) from a test tensor and its axes. */
function to2dImage(array: NdArray, described: readonly Axis[]): { readonly shape: readonly number[]; readonly values: Uint8Array } {
  let { data, axes } = squeeze(array, described);
  let ndim = data.shape.length;
  const ndimNeed = axes.some((a) => a.type === "channel") ? 3 : 2;
  let hasChannel = false;
  for (const [i, a] of axes.entries()) {
    const s = data.shape[i] ?? 0;
    assert(s > 1);
    if ((a.type === "batch" || a.type === "index") && ndim > ndimNeed) {
      data = sliceAxis(data, i, floorHalf(s) - 1, floorHalf(s));
      ndim -= 1;
    } else if (a.type === "channel") {
      if (hasChannel) {
        data = sliceAxis(data, i, 0, 1); // a second channel axis
        ndim -= 1;
      } else {
        hasChannel = true;
        if (s === 2) {
          // two channels as cyan and magenta
          const first = sliceAxis(data, i, 0, 1);
          const second = sliceAxis(data, i, 1, 2);
          const dtype = data.dtype === "float32" || data.dtype === "float16" ? data.dtype : "float64";
          data = concatenate([second, first, mean(first, second)], i, dtype);
        } else if (s !== 3) {
          data = sliceAxis(data, i, 0, 3); // the first three channels as RGB
        }
        assert(data.shape[i] === 3);
      }
    }
  }
  ({ data, axes } = squeeze(data, axes));
  assert(axes.length === ndim);
  if (ndim > ndimNeed) {
    // a slice of the z axis; the reference slices the first axis by z's size
    const z = axes.findIndex((a) => axisId(a) === "z");
    if (z >= 0) {
      const s = data.shape[z] ?? 0;
      data = sliceAxis(data, 0, floorHalf(s) - 1, floorHalf(s));
      ({ data, axes } = squeeze(data, axes));
      ndim -= 1;
    }
  }
  for (const [i, a] of axes.entries()) {
    if (ndim <= ndimNeed) {
      break;
    }
    const s = data.shape[i] ?? 0;
    assert(s > 1);
    if (a.type === "space" || a.type === "time") {
      data = sliceAxis(data, i, floorHalf(s) - 1, floorHalf(s));
      ndim -= 1;
    }
  }
  ({ data, axes } = squeeze(data, axes));
  assert(axes.length === ndim);
  if (hasChannel ? ndim !== 3 : ndim !== 2) {
    throw new Error(`Failed to construct cover image from shape ${pyTuple(array.shape)} with axes ${pyRepr(described.map(axisId))}.`);
  }
  if (!hasChannel) {
    const values = new Float64Array(data.values.length * 3);
    data.values.forEach((v, i) => values.fill(v, i * 3, i * 3 + 3));
    data = { shape: [...data.shape, 3], values, dtype: data.dtype };
    axes = [...axes, RGB_CHANNEL];
  }
  // the longest axis first (numpy's argsort is stable for three elements, then reversed) ...
  const order = [0, 1, 2].sort((a, b) => (data.shape[a] ?? 0) - (data.shape[b] ?? 0)).reverse();
  // ... and the channel axis last: the reference moves the entry at the channel axis' position, not the channel axis
  const c = axes.findIndex((a) => a.type === "channel");
  order.push(...order.splice(c, 1));
  axes = order.map((d) => axes[d] as Axis);
  data = transpose(data, order);
  const along = axes.flatMap((a, i) => (a.type === "space" || a.type === "time" ? [i] : []));
  return { shape: data.shape, values: toUint8(data, along.length > 0 ? along : undefined) };
}

/** The reference's diagonal split: the input below the diagonal (where it is not 0), the output above. */
function diagonalSplit(input: Uint8Array, output: Uint8Array, rows: number, columns: number): Uint8Array {
  const out = new Uint8Array(input.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      for (let c = 0; c < 3; c++) {
        const i = (y * columns + x) * 3 + c;
        const below = x <= y ? (input[i] ?? 0) : 0;
        out[i] = below !== 0 ? below : x >= y ? (output[i] ?? 0) : 0;
      }
    }
  }
  return out;
}

/**
 * imageio's `imwrite` of a 3-d uint8 array to PNG: channels last when 2-4, otherwise frames along the first axis
 * (an APNG, one frame for each run of equal frames, as Pillow writes it).
 */
function frames(shape: readonly number[], values: Uint8Array): PngFrame[] {
  const [first = 0, second = 0, last = 0] = shape;
  if (last === 1) {
    throw new Error("Can't write images with one color channel.");
  }
  if (last === 2 || last === 3 || last === 4) {
    return [{ width: second, height: first, channels: last, data: values }];
  }
  const size = second * last;
  const kept: PngFrame[] = [];
  for (let i = 0; i < first; i++) {
    const data = values.subarray(i * size, (i + 1) * size);
    // Pillow's APNG writer folds a frame equal to the one before it into that one
    const previous = kept.at(-1);
    if (previous === undefined || !sameBytes(previous.data, data)) {
      kept.push({ width: last, height: second, channels: 1, data });
    }
  }
  return kept;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The covers for a model from its first input's and first output's test tensors (the reference's `generate_covers`). */
export async function generateCovers(
  inputs: readonly (readonly [readonly Axis[], NdArray])[],
  outputs: readonly (readonly [readonly Axis[], NdArray])[],
): Promise<GeneratedCover[]> {
  const input = inputs[0];
  if (input === undefined) {
    throw new Error("Missing test input tensor for cover generation.");
  }
  const output = outputs[0];
  if (output === undefined) {
    throw new Error("Missing test output tensor for cover generation.");
  }
  const inputImage = to2dImage(input[1], input[0]);
  const outputImage = to2dImage(output[1], output[0]);
  if (pyTuple(inputImage.shape) === pyTuple(outputImage.shape)) {
    const [rows = 0, columns = 0, channels = 0] = inputImage.shape;
    assert(channels === 3);
    const split = diagonalSplit(inputImage.values, outputImage.values, rows, columns);
    return [{ name: "cover.png", png: await encodePng([{ width: columns, height: rows, channels: 3, data: split }]) }];
  }
  return [
    { name: "input.png", png: await encodePng(frames(inputImage.shape, inputImage.values)) },
    { name: "output.png", png: await encodePng(frames(outputImage.shape, outputImage.values)) },
  ];
}
