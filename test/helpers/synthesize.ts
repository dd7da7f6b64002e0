// Corpus models with their files: the corpus holds no weights, code or large test tensors (MANIFEST.tsv lists
// them), so tests copy a model folder to a temp dir and synthesise what is missing: model 0.5 test tensors as
// .npy arrays shaped by the description's axes (and by test tensors that are present), everything else as
// deterministic bytes. Then the copy's hashes are updated, so that it is valid with IO checks.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { parse } from "yaml";
import { isUrl } from "../../src/engine/files.js";
import { fileRefs } from "../../src/bioimageio/file-refs.js";
import { encodeNpy, summarizeNpy } from "../../src/engine/formats/npy.js";
import { addToCache } from "../../src/engine/node/download.js";
import type { Settings } from "../../src/engine/node/settings.js";
import { BIOIMAGEIO_CORPUS } from "./corpus.js";

export const MANIFEST: ReadonlyMap<string, { size: number; sha256: string }> = new Map(
  readFileSync(join(BIOIMAGEIO_CORPUS, "MANIFEST.tsv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"))
    .filter(([, size]) => size !== "BAD")
    .map(([path = "", size = "0", sha256 = ""]) => [path, { size: Number(size), sha256 }]),
);

/** knownFiles for a corpus description: every file MANIFEST.tsv knows, keyed by the description's references. */
export function manifestKnownFiles(corpusPath: string): Record<string, string> {
  const folder = dirname(corpusPath);
  const known: Record<string, string> = {};
  for (const [path, { sha256 }] of MANIFEST) {
    if (dirname(path) === folder) {
      known[basename(path)] = sha256;
    }
  }
  return known;
}

function bytesFor(name: string, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let block = createHash("sha256").update(name).digest();
  for (let i = 0; i < size; i += 32) {
    out.set(block.subarray(0, Math.min(32, size - i)), i);
    block = createHash("sha256").update(block).digest();
  }
  return out;
}

type Doc = Record<string, any>;

const DESCR: Record<string, [string, number]> = {
  float32: ["<f4", 4],
  float64: ["<f8", 8],
  uint8: ["|u1", 1],
  int8: ["|i1", 1],
  uint16: ["<u2", 2],
  int16: ["<i2", 2],
  uint32: ["<u4", 4],
  int32: ["<i4", 4],
  uint64: ["<u8", 8],
  int64: ["<i8", 8],
};

function ramp(dtype: string, count: number): Uint8Array {
  const [, size] = DESCR[dtype] ?? (DESCR.float32 as [string, number]);
  const buffer = new ArrayBuffer(count * size);
  const view = new DataView(buffer);
  for (let i = 0; i < count; i++) {
    const v = (i % 251) + 1;
    const o = i * size;
    if (dtype === "float32") {
      view.setFloat32(o, v / 251, true);
    } else if (dtype === "float64") {
      view.setFloat64(o, v / 251, true);
    } else if (size === 1) {
      view.setUint8(o, v);
    } else if (size === 2) {
      view.setUint16(o, v, true);
    } else if (size === 4) {
      view.setUint32(o, v, true);
    } else {
      view.setBigUint64(o, BigInt(v), true);
    }
  }
  return new Uint8Array(buffer);
}

const axisIdOf = (axis: Doc): string =>
  axis.id ?? { batch: "batch", channel: "channel", index: "index", time: "time", space: "x" }[axis.type as string];
const tensorIdOf = (tensor: Doc, field: string): string => tensor.id ?? (field === "inputs" ? "input" : "output");

/** Sizes for every axis of every tensor of a model 0.5 document, consistent with the test tensors present. */
async function solveSizes(doc: Doc, folder: string): Promise<Map<string, number[]>> {
  const present = new Map<string, readonly number[]>();
  const tensors: [string, Doc][] = [
    ...(doc.inputs ?? []).map((t: Doc) => ["inputs", t]),
    ...(doc.outputs ?? []).map((t: Doc) => ["outputs", t]),
  ];
  for (const [field, tensor] of tensors) {
    const source = tensor.test_tensor?.source;
    if (typeof source === "string" && existsSync(join(folder, source))) {
      const stream = (async function* () {
        yield readFileSync(join(folder, source));
      })();
      present.set(tensorIdOf(tensor, field), (await summarizeNpy(stream)).shape);
    }
  }
  const sizes = new Map<string, number[]>();
  const sizeOf = (tid: string, aid: string): number | undefined => {
    const entry = tensors.find(([f, t]) => tensorIdOf(t, f) === tid);
    if (!entry) {
      return undefined;
    }
    const i = entry[1].axes.findIndex((a: Doc) => axisIdOf(a) === aid);
    return sizes.get(tid)?.[i] ?? present.get(tid)?.[i];
  };
  for (let pass = 0; pass < 3; pass++) {
    for (const [field, tensor] of tensors) {
      const tid = tensorIdOf(tensor, field);
      const shape = present.get(tid);
      const out: number[] = tensor.axes.map((axis: Doc, i: number) => {
        if (shape) {
          return shape[i];
        }
        const size = axis.size;
        if (axis.type === "batch") {
          return 1;
        }
        if (axis.type === "channel") {
          return axis.channel_names.length;
        }
        if (typeof size === "number") {
          return size;
        }
        if (size && "tensor_id" in size) {
          const ref = tensors.find(([f, t]) => tensorIdOf(t, f) === size.tensor_id)?.[1];
          const refAxis = ref?.axes.find((a: Doc) => axisIdOf(a) === size.axis_id);
          const refSize = sizeOf(size.tensor_id, size.axis_id);
          return refSize === undefined ? 1 : Math.trunc((refSize * (refAxis?.scale ?? 1)) / (axis.scale ?? 1) + (size.offset ?? 0));
        }
        if (size && "step" in size) {
          // an output present in the corpus that references this axis fixes it
          for (const [of, other] of tensors) {
            const otherShape = present.get(tensorIdOf(other, of));
            other.axes.forEach((oa: Doc, j: number) => {
              if (otherShape && oa.size?.tensor_id === tid && oa.size?.axis_id === axisIdOf(axis)) {
                size.solved = (((otherShape[j] ?? 0) - (oa.size.offset ?? 0)) * (oa.scale ?? 1)) / (axis.scale ?? 1);
              }
            });
          }
          const solved = size.solved ?? size.min;
          delete size.solved;
          return solved;
        }
        return size?.min ?? 1;
      });
      sizes.set(tid, out);
    }
  }
  return sizes;
}

/**
 * A temp copy of a corpus description's folder with every missing referenced file synthesised; remote files are
 * synthesised into the download cache of `settings` (use it offline). Returns the yaml path.
 */
export async function synthesizeCorpusModel(corpusPath: string, settings: Settings): Promise<{ path: string; synthesized: string[] }> {
  const source = join(BIOIMAGEIO_CORPUS, corpusPath);
  const folder = mkdtempSync(join(tmpdir(), "bioimage-specs-synth-"));
  cpSync(dirname(source), folder, { recursive: true });
  const path = join(folder, basename(source));
  const doc = parse(readFileSync(path, "utf8"), { version: "1.2" }) as Doc;
  const formatVersion = String(doc.format_version);
  const synthesized: string[] = [];
  const sizes = doc.type === "model" && formatVersion.startsWith("0.5") ? await solveSizes(doc, folder) : new Map<string, number[]>();
  const npyFor = new Map<string, { dtype: string; shape: number[] }>();
  if (doc.type === "model" && formatVersion.startsWith("0.5")) {
    for (const field of ["inputs", "outputs"]) {
      for (const tensor of doc[field] ?? []) {
        const data = Array.isArray(tensor.data) ? tensor.data[0] : tensor.data;
        const dtype = data?.type ?? "float32";
        if (tensor.test_tensor?.source) {
          npyFor.set(tensor.test_tensor.source, { dtype, shape: sizes.get(tensorIdOf(tensor, field)) ?? [] });
        }
      }
    }
  }
  for (const ref of fileRefs(doc, String(doc.type), formatVersion)) {
    if (isUrl(ref.source)) {
      await addToCache(ref.source, bytesFor(ref.source, 4096), settings);
      synthesized.push(ref.source);
      continue;
    }
    const target = join(folder, ref.source);
    if (existsSync(target)) {
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const npy = npyFor.get(ref.source);
    if (npy) {
      const count = npy.shape.reduce((n, d) => n * d, 1);
      writeFileSync(target, encodeNpy((DESCR[npy.dtype] ?? ["<f4"])[0], npy.shape, ramp(npy.dtype, count)));
    } else {
      const known = MANIFEST.get(join(dirname(corpusPath), ref.source));
      writeFileSync(target, bytesFor(ref.source, Math.min(known?.size ?? 1024, 64 << 10)));
    }
    synthesized.push(ref.source);
  }
  return { path, synthesized };
}
