// Valid documents to mutate in rule tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../../src/engine/load/parse.js";
import { BIOIMAGEIO_CORPUS } from "./corpus.js";
import { withJsonTimestamps } from "../../src/engine/records.js";

/** A corpus document as JSON (a plain timestamp as its ISO text), so that tests may structuredClone it. */
export function loadCorpusDocument(path: string): Record<string, unknown> {
  return withJsonTimestamps(parseSource(readFileSync(join(BIOIMAGEIO_CORPUS, path), "utf8"), path).value) as Record<string, unknown>;
}

/** A fresh copy of a valid model 0.5 document (unet2d_nuclei_broad), to be mutated by a test. */
export function validModel(): Record<string, any> {
  return structuredClone(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml"));
}

/** A fresh copy of a valid model 0.5 document with two inputs and two outputs (unet2d_multi_tensor). */
export function validMultiTensorModel(): Record<string, any> {
  return structuredClone(loadCorpusDocument("example_descriptions/models/unet2d_multi_tensor/bioimageio.yaml"));
}

/**
 * A valid model 0.5 whose only file is its onnx weights `weights` (with `sha256` when given): unet2d_nuclei_broad
 * without test tensors, covers and documentation (for packaging big weights).
 */
export function weightsOnlyModel(weights: string, sha256?: string): Record<string, any> {
  const doc = validModel();
  for (const tensor of [...doc.inputs, ...doc.outputs]) {
    delete tensor.test_tensor;
    delete tensor.sample_tensor;
  }
  delete doc.covers;
  delete doc.documentation;
  doc.weights = { onnx: { source: weights, ...(sha256 === undefined ? {} : { sha256 }), opset_version: 15 } };
  return doc;
}

export function validGeneric(): Record<string, any> {
  return {
    format_version: "0.3.0",
    type: "tool",
    name: "Segmentation helper",
    description: "Helps with segmentations.",
    authors: [{ name: "Ada Lovelace", github_user: "ada" }],
    cite: [{ text: "A paper", doi: "10.1234/abcd" }],
    license: "MIT",
    tags: ["segmentation"],
    documentation: "README.md",
  };
}
