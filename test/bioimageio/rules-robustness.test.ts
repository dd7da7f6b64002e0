// A rule reads a part of the document only when it is valid: no part of a broken document, replaced by a value of
// another type (null, a string, a number, a bool, an object, a list, a list of such values), makes a rule fail with an
// internal error (which would be a bug of ours). Model 0.5 in discover mode, model 0.4 in both modes (latest mode
// runs the 0.4->0.5 conversion on the broken document).
import { expect, test } from "vitest";
import { validateDoc } from "../helpers/validate.js";
import { loadCorpusDocument, validMultiTensorModel } from "../helpers/model.js";
import type { BuildOptions } from "../../src/bioimageio/build.js";

type Doc = Record<string, any>;

function* paths(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  if (at.length > 0) {
    yield at;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      yield* paths(item, [...at, i]);
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield* paths(item, [...at, key]);
    }
  }
}

const REPLACEMENTS: readonly unknown[] = [null, "x", 1.5, true, {}, [], ["x"], [null], [{}]];

async function internalErrors(valid: Doc, options: BuildOptions): Promise<string[]> {
  const internal: string[] = [];
  for (const path of paths(valid)) {
    for (const replacement of REPLACEMENTS) {
      const doc: Doc = structuredClone(valid);
      const parent = path.slice(0, -1).reduce((node: Doc, key) => node[key], doc);
      parent[path.at(-1) as string | number] = structuredClone(replacement);
      for (const error of (await validateDoc(doc, options)).errors.filter((e) => e.type === "internal_error")) {
        internal.push(`${path.join(".")}=${JSON.stringify(replacement)}: ${error.msg}`);
      }
    }
  }
  return internal;
}

/**
 * unet2d_multi_tensor with more for the rules to read: per-channel data descriptions (a list, nominal) and a halo on
 * the first output, processing steps with per-channel kwargs and a reference tensor, and a second weights format.
 */
function richModel(): Doc {
  const doc = validMultiTensorModel();
  const output = doc.outputs[0];
  output.axes[1].channel_names = ["a", "b"];
  output.axes[2].halo = 2;
  output.data = [
    { type: "uint8", values: [0, 1] },
    { type: "uint8", values: [0, 1] },
  ];
  output.postprocessing = [
    { id: "scale_linear", kwargs: { axis: "channel", gain: [1, 2], offset: [0, 0] } },
    { id: "scale_range", kwargs: { axes: ["y"], reference_tensor: "input0" } },
    { id: "binarize", kwargs: { threshold: 0.5 } },
  ];
  doc.weights.torchscript = { source: "weights.pt", parent: "pytorch_state_dict", pytorch_version: "1.6" };
  return doc;
}

test("model 0.5: every part replaced by a value of another type gives no internal error", async () => {
  expect(await internalErrors(richModel(), {})).toEqual([]);
}, 300_000);

test("model 0.4, in both modes: every part replaced by a value of another type gives no internal error", async () => {
  const valid = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml");
  expect(await internalErrors(valid, {})).toEqual([]);
  expect(await internalErrors(valid, { formatVersion: "latest" })).toEqual([]);
}, 300_000);
