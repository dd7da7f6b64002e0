// Model 0.4 -> 0.5: the conversion through the generated chain, checked on the corpus.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { migrateBioimageioModel } from "../../../../generated/migrations.js";
import type { ModelDescr as ModelDescr04 } from "../../../../generated/types/bioimageio/model/0.4.js";
import { buildDescription, type ResourceDescr } from "../../../../src/bioimageio/build.js";
import { dumpDescription } from "../../../../src/bioimageio/dump.js";
import { collectingContext } from "../../../../src/engine/runtime/migration-chain.js";
import { MigrationError } from "../../../../src/engine/runtime/migration-types.js";
import { BIOIMAGEIO_CORPUS } from "../../../helpers/corpus.js";
import { loadCorpusDocument } from "../../../helpers/model.js";

interface Reference {
  readonly path: string;
  readonly discover: { readonly status: string; readonly type: string };
  readonly latest: { readonly status: string };
}
const REFERENCE = JSON.parse(readFileSync(join(BIOIMAGEIO_CORPUS, "REFERENCE.json"), "utf8")) as Reference[];

async function latest(doc: unknown): Promise<ResourceDescr> {
  const description = await buildDescription(doc, { formatVersion: "latest" });
  if (!description.valid) {
    throw new Error(description.validationSummary.format("text"));
  }
  return description;
}

/** Paths where two JSON values differ (`a.b.0.c`). */
function differences(a: unknown, b: unknown, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) {
    return [];
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`),
    );
  }
  return [path];
}

describe("update to the latest format: every corpus document valid at its version and as latest", () => {
  const convertible = REFERENCE.filter((row) => row.discover.status !== "failed" && row.latest.status !== "failed");

  test("the corpus has documents of every generation the reference converts", () => {
    expect(convertible.length).toBeGreaterThanOrEqual(30);
    expect(convertible.filter((row) => row.discover.type === "model").length).toBeGreaterThanOrEqual(20);
  });

  for (const row of convertible) {
    test(`converts to a valid 0.5 document, once and for all: ${row.path}`, async () => {
      const converted = await latest(loadCorpusDocument(row.path));
      expect(converted.formatVersion).toBe(converted.type === "model" ? "0.5.7" : "0.3.0");
      const dumped = dumpDescription(converted);
      const again = await buildDescription(dumped);
      expect(again.valid, again.validationSummary.format("text")).toBe(true);
      // converting a latest document is the identity; converting twice equals converting once
      expect(dumpDescription(await latest(dumped))).toEqual(dumped);
    });
  }
});

describe("model 0.4 -> 0.5", () => {
  test("golden: unet2d_nuclei_broad 0.4.9 converted matches its 0.5 description on the converted fields", async () => {
    const from04 = dumpDescription(
      await latest(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")),
      {
        excludeDefaults: true,
      },
    );
    const native05 = dumpDescription(await latest(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml")), {
      excludeDefaults: true,
    });
    expect(differences(from04, native05).sort()).toEqual(
      [
        // The two files differ in content here (not the conversion): the 0.4 file lists one maintainer, a version
        // and an unversioned training dataset, and writes its timestamp in another zone.
        "maintainers.1",
        "version",
        "training_data.id",
        "timestamp",
        // ... and the 0.4 file normalises "yx" where the 0.5 one lists x, y.
        "inputs.0.preprocessing.1.kwargs.axes.0",
        "inputs.0.preprocessing.1.kwargs.axes.1",
        // The reference's converter does not carry tensor descriptions, nor data ranges (0.4 `data_range`).
        "inputs.0.description",
        "outputs.0.description",
        "outputs.0.data",
        // A 0.4 batch axis has no size, channels have no names in 0.4 (they become channel0, ...).
        "inputs.0.axes.0.size",
        "inputs.0.axes.1.channel_names.0",
        "outputs.0.axes.1.channel_names.0",
        // 0.4 test and sample tensors have no hashes.
        "inputs.0.test_tensor.sha256",
        "inputs.0.sample_tensor.sha256",
        "outputs.0.test_tensor.sha256",
        "outputs.0.sample_tensor.sha256",
        // The 0.5 file gives versions and files the 0.4 one leaves to the converter's defaults.
        "weights.pytorch_state_dict.pytorch_version",
        "weights.pytorch_state_dict.dependencies.sha256",
        "weights.torchscript.pytorch_version",
        "weights.torchscript.comment",
      ].sort(),
    );
  });

  test("a halo on a fixed-size output cannot be converted: the reference's NotImplementedError", async () => {
    const summary = (
      await buildDescription(loadCorpusDocument("example_descriptions/models/unet2d_fixed_shape/v0_4.bioimageio.yaml"), {
        formatVersion: "latest",
      })
    ).validationSummary;
    expect(summary.status).toBe("failed");
    expect(summary.errors.map((e) => [e.loc, e.msg, e.type])).toEqual([
      [[], "output axis with halo and fixed size (here 256) not allowed", "NotImplementedError"],
    ]);
  });

  test("more than one complement axis is a clear error naming the axes", () => {
    const doc = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml") as any;
    doc.inputs[0].preprocessing = [{ name: "scale_linear", kwargs: { axes: "y", gain: 2 } }];
    expect(() => migrateBioimageioModel(doc as ModelDescr04, "0.4", "latest")).toThrow(MigrationError);
    expect(() => migrateBioimageioModel(doc as ModelDescr04, "0.4", "latest")).toThrow(
      "Value error, Expected none or a single complement axis, but axes 'y' for tensor dims 'bcyx' leave '['c', 'x']'.",
    );
  });

  test("axis letters become ids; implicit output shapes become size references with offsets and scales", () => {
    const doc = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml") as any;
    doc.outputs[0].shape = { reference_tensor: "raw", scale: [1, 1, 0.5, 0.5], offset: [0, 0, 0, 2] };
    doc.outputs[0].halo = [0, 0, 0, 0];
    const context = collectingContext();
    const converted = migrateBioimageioModel(doc as ModelDescr04, "0.4", "latest", context) as any;
    expect(converted.outputs[0].axes).toEqual([
      { type: "batch" },
      { type: "channel", channel_names: ["channel0"] },
      { type: "space", id: "y", size: { tensor_id: "raw", axis_id: "y", offset: 0 }, scale: 2 },
      { type: "space", id: "x", size: { tensor_id: "raw", axis_id: "x", offset: 4 }, scale: 2 },
    ]);
    expect(context.notes.map((n) => n.loc)).toEqual([["outputs", 0, "axes", 1]]);
  });
});
