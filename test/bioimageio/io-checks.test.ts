// IO checks (the reference's perform_io_checks): stale hashes of the corpus, file existence, hash filling,
// knownFiles, and the model 0.5 IO rules on a synthesised copy of a corpus model.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { deflateSync, crc32 } from "node:zlib";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import type { LoadedDescription } from "../../src/bioimageio/build.js";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { saveBioimageioPackage } from "../../src/bioimageio/node/package.js";
import { bytesSource, ZipArchive } from "../../src/engine/zip/reader.js";
import { entryText } from "../helpers/web-packages.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { encodeNpy } from "../../src/engine/formats/npy.js";
import { settings } from "../../src/engine/node/settings.js";
import { BIOIMAGEIO_CORPUS } from "../helpers/corpus.js";
import { manifestKnownFiles, synthesizeCorpusModel } from "../helpers/synthesize.js";

const offline = { ...settings(), cachePath: mkdtempSync(join(tmpdir(), "bioimage-specs-cache-")), offline: true };

const EXPECTED = readFileSync(join(BIOIMAGEIO_CORPUS, "EXPECTED.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"))
  .filter(([path = "", , , type = ""]) => path.startsWith("example_descriptions/") && type !== "");

const mismatches = (summary: { errors: readonly { msg: string; loc: readonly (string | number)[] }[] }) =>
  summary.errors.filter((e) => e.msg.includes("Sha256 mismatch")).map((e) => ({ loc: e.loc.join("."), msg: e.msg }));

describe("the corpus's stale hashes (research section 6), with knownFiles from MANIFEST.tsv", () => {
  test("expand_output_shape_v0_4: architecture_sha256 does not match the architecture file", async () => {
    const path = "example_descriptions/models/unet2d_nuclei_broad/expand_output_shape_v0_4.bioimageio.yaml";
    const summary = (await loadDescription(join(BIOIMAGEIO_CORPUS, path), { knownFiles: manifestKnownFiles(path), settings: offline }))
      .validationSummary;
    expect(mismatches(summary)).toEqual([
      {
        loc: "weights.pytorch_state_dict.architecture_sha256",
        msg: "Value error, Sha256 mismatch for unet2d_expand_output_shape.py. Expected 1441e8cfaf387a98a1c0bb937d59a2e9d6c311a8912cd88b39c11ecff503ccfe, got 62b976622d0f1ff898fb28577688a14a52f8389fb08943f8e003cfa4fabb56ff. Update expected `sha256` or point to the matching file.",
      },
    ]);
  });

  test("the invalid duplicate-names example: its onnx and torchscript hashes are stale", async () => {
    const path = "example_descriptions/models/unet2d_nuclei_broad/invalid_v0_4_0_duplicate_tensor_names.bioimageio.yaml";
    const summary = (await loadDescription(join(BIOIMAGEIO_CORPUS, path), { knownFiles: manifestKnownFiles(path), settings: offline }))
      .validationSummary;
    expect(summary.status).toBe("failed");
    const hashes = mismatches(summary).map((m) => [m.loc, ...(/for (\S+)\. Expected (\w+), got (\w+)\./.exec(m.msg)?.slice(1) ?? [])]);
    expect(hashes).toEqual([
      [
        "weights.onnx",
        "weights.onnx",
        "f1f086d5e340f9d4d7001a1b62a2b835f9b87a2fb5452c4fe7d8cc821bdf539c",
        "85f5ac80fa977fea3562ef97c8c5950288be2c4f4cdb5d994807df97008ce088",
      ],
      [
        "weights.torchscript",
        "weights.pt",
        "62fa1c39923bee7d58a192277e0dd58f2da9ee810662addadd0f44a3784d9210",
        "a4b0659a1b48454588b12179855ad0a0c9b69ccaa89b8bb06e6271e8f60b02fe",
      ],
    ]);
  });

  test("every other example's declared hashes match its files", async () => {
    let checked = 0;
    for (const [path = ""] of EXPECTED) {
      if (path.includes("expand_output_shape_v0_4") || path.includes("invalid_v0_4_0_duplicate")) {
        continue;
      }
      const knownFiles = manifestKnownFiles(path);
      const summary = (await loadDescription(join(BIOIMAGEIO_CORPUS, path), { knownFiles, settings: offline })).validationSummary;
      expect(mismatches(summary), path).toEqual([]);
      checked += Object.keys(knownFiles).filter((name) => readFileSync(join(BIOIMAGEIO_CORPUS, path), "utf8").includes(name)).length;
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe("files and hashes", () => {
  let path: string;
  let original: string;
  beforeAll(async () => {
    ({ path } = await synthesizeCorpusModel("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml", offline));
    await updateHashesInFile(path, { settings: offline });
    original = readFileSync(path, "utf8");
  });

  const variant = (change: (doc: any) => void): string => {
    const doc = parse(original, { version: "1.2" });
    change(doc);
    const file = join(dirname(path), `variant-${Math.random().toString(36).slice(2)}.bioimageio.yaml`);
    writeFileSync(file, stringify(doc));
    return file;
  };

  test("the synthesised copy is valid with IO checks; without them nothing is read", async () => {
    const withIo = await loadDescription(path, { settings: offline });
    expect(withIo.validationSummary.errors).toEqual([]);
    expect(withIo.validationSummary.details[0]?.context?.perform_io_checks).toBe(true);
    const missing = variant((doc) => (doc.covers = ["nowhere.png"]));
    expect((await loadDescription(missing, { performIoChecks: false })).validationSummary.errors).toEqual([]);
  });

  test("a missing local file is an error naming its absolute path", async () => {
    const file = variant((doc) => (doc.inputs[0].test_tensor.source = "missing.npy"));
    const errors = (await loadDescription(file, { settings: offline })).validationSummary.errors;
    expect(errors.map((e) => [e.loc.join("."), e.msg])).toEqual([
      ["inputs.0.test_tensor.source", `Value error, ${join(dirname(path), "missing.npy")} does not point to an existing file`],
    ]);
  });

  test("references may not leave the description's folder", async () => {
    const file = variant((doc) => {
      doc.covers = ["../outside.png"];
      doc.weights.onnx.source = "sub/../../weights.onnx";
    });
    const errors = (await loadDescription(file, { settings: offline })).validationSummary.errors;
    expect(errors.map((e) => [e.loc.join("."), e.msg])).toEqual([
      ["covers.0", `Value error, ../outside.png: reference points outside ${dirname(path)}`],
      [
        "weights.onnx",
        `Value error, failed to read ${join(dirname(dirname(path)), "weights.onnx")}: sub/../../weights.onnx: reference points outside ${dirname(path)}`,
      ],
    ]);
  });

  test("a changed file: mismatch names file, expected and actual hash", async () => {
    const file = variant((doc) => (doc.weights.onnx.sha256 = "0".repeat(64)));
    const errors = (await loadDescription(file, { settings: offline })).validationSummary.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.loc).toEqual(["weights", "onnx"]);
    expect(errors[0]?.msg).toMatch(/^Value error, Sha256 mismatch for weights\.onnx\. Expected 0{64}, got [0-9a-f]{64}\. /);
  });

  test("a missing hash is computed and filled in; knownFiles skips reading (null: not checked at all)", async () => {
    const file = variant((doc) => delete doc.weights.onnx.sha256);
    const loaded = await loadDescription(file, { settings: offline });
    expect((loaded.content as any).weights.onnx.sha256).toMatch(/^[0-9a-f]{64}$/);
    const wrong = variant((doc) => (doc.weights.onnx.source = "absent.onnx"));
    const known = { "absent.onnx": (parse(original) as any).weights.onnx.sha256 };
    expect((await loadDescription(wrong, { settings: offline, knownFiles: known })).validationSummary.errors).toEqual([]);
    const skipped = await loadDescription(wrong, { settings: offline, knownFiles: { "absent.onnx": null } });
    expect(skipped.validationSummary.errors).toEqual([]);
  });

  test("updateHashesInFile rewrites only the changed values, keeping the rest of the file", async () => {
    const file = variant((doc) => (doc.weights.torchscript.sha256 = "f".repeat(64)));
    const before = readFileSync(file, "utf8");
    const { changes } = await updateHashesInFile(file, { settings: offline });
    expect(changes.map((c) => [c.path.join("."), c.from])).toEqual([["weights.torchscript.sha256", "f".repeat(64)]]);
    const after = readFileSync(file, "utf8");
    expect(after.replace(changes[0]?.to ?? "", "f".repeat(64))).toBe(before);
  });
});

describe("model 0.5 IO rules", () => {
  let folder: string;
  let original: string;
  beforeAll(async () => {
    const { path } = await synthesizeCorpusModel("example_descriptions/models/unet2d_nuclei_broad/bioimageio.yaml", offline);
    folder = dirname(path);
    await updateHashesInFile(path, { settings: offline });
    original = readFileSync(path, "utf8");
  });

  /** The description with hashes dropped (recomputed) and one change, plus extra files; `use` gets its folder. */
  const check = async (
    change: (doc: any) => void,
    files: Record<string, Uint8Array | string> = {},
    use?: (sub: string, description: LoadedDescription) => Promise<void>,
  ) => {
    const sub = mkdtempSync(join(folder, "case-"));
    const doc = parse(original, { version: "1.2" });
    for (const tensor of [...doc.inputs, ...doc.outputs]) {
      delete tensor.test_tensor.sha256;
    }
    change(doc);
    for (const name of [
      "test_input.npy",
      "test_output.npy",
      "test_input.png",
      "test_output.png",
      "README.md",
      "weights.onnx",
      "unet2d.py",
      "weights.pt",
      "environment.yaml",
      "cover0.png",
    ]) {
      writeFileSync(join(sub, name), readFileSync(join(folder, name)));
    }
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(sub, name), content);
    }
    writeFileSync(join(sub, "rdf.yaml"), stringify(doc));
    const description = await loadDescription(sub, { settings: offline });
    await use?.(sub, description);
    rmSync(sub, { recursive: true });
    return description.validationSummary;
  };
  const f32 = (shape: number[], value: (i: number) => number) => {
    const n = shape.reduce((a, b) => a * b, 1);
    return encodeNpy("<f4", shape, new Uint8Array(Float32Array.from({ length: n }, (_, i) => value(i)).buffer));
  };
  const errorsOf = (summary: { errors: readonly { loc: readonly (string | number)[]; msg: string }[] }) =>
    summary.errors.map((e) => [e.loc.join("."), e.msg]);

  test("test tensors with the wrong number of dimensions", async () => {
    expect(errorsOf(await check(() => {}, { "test_input.npy": f32([1, 512, 512], (i) => i % 7) }))).toEqual([
      ["", "Value error, inputs[raw] Dimension mismatch: array shape (1, 512, 512) (#3) incompatible with 4 axes."],
    ]);
  });

  test("a fixed axis size that the test tensor does not have", async () => {
    expect(errorsOf(await check(() => {}, { "test_input.npy": f32([1, 1, 256, 512], (i) => i % 7) }))).toEqual([
      ["", "Value error, inputs[raw].test_tensor: axis 'y' has incompatible size 256, expected 512"],
    ]);
  });

  test("an output size that does not follow its size reference", async () => {
    expect(errorsOf(await check(() => {}, { "test_output.npy": f32([1, 1, 512, 500], (i) => i % 7) }))).toEqual([
      ["", "Value error, outputs[probability].test_tensor: axis 'x' of size 500 invalid for referenced size 512; expected 512.0"],
    ]);
  });

  test("a dtype that does not match the description", async () => {
    const summary = await check((doc) => (doc.inputs[0].data = { type: "uint8" }));
    expect(errorsOf(summary)).toContainEqual([
      "",
      "Value error, inputs[raw].test_tensor.dtype 'float32' does not match described dtype 'uint8'",
    ]);
  });

  test("values too small for testing", async () => {
    expect(errorsOf(await check(() => {}, { "test_output.npy": f32([1, 1, 512, 512], () => 1e-5) }))).toEqual([
      ["", "Value error, Output values are too small for reliable testing. Values <-1e5 or >=1e5 must be present in test_tensor"],
    ]);
  });

  test("a reproducibility tolerance above 1% of the test output's maximum", async () => {
    const summary = await check((doc) => (doc.config = { bioimageio: { reproducibility_tolerance: [{ absolute_tolerance: 0.5 }] } }), {
      "test_output.npy": f32([1, 1, 512, 512], (i) => (i % 10) / 4),
    });
    expect(errorsOf(summary)).toEqual([
      [
        "",
        "Value error, config.bioimageio.reproducibility_tolerance.absolute_tolerance=0.5 > 0.01*2.25 (1% of the maximum value of the test tensor 'probability')",
      ],
    ]);
  });

  test("documentation without a validation section is a warning; with one, none", async () => {
    const without = await check(() => {});
    expect(without.warnings.map((w) => [w.loc.join("."), w.msg, w.severity])).toContainEqual([
      "documentation",
      "No '# Validation' (sub)section found in README.md.",
      30,
    ]);
    const withSection = await check(() => {}, { "README.md": "# Model\n\n## Validation\n\nDice 0.9 on held-out data.\n" });
    expect(withSection.warnings.filter((w) => w.loc[0] === "documentation")).toEqual([]);
  });

  /** A grey 8-bit PNG of `width` x 1 pixels. */
  const greyRow = (width: number) => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(1, 4);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type), data]);
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(crc32(body), 8 + data.length);
      return out;
    };
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.alloc(width + 1))),
      chunk("IEND", Buffer.alloc(0)),
    ]);
  };

  test("a sample tensor with too few dimensions", async () => {
    const summary = await check((doc) => delete doc.inputs[0].sample_tensor.sha256, { "test_input.png": greyRow(5) });
    expect(errorsOf(summary)).toEqual([
      ["inputs.0", "Value error, Expected sample tensor to have 2 to 4 dimensions, but found 1 (shape: (1, 5))."],
    ]);
  });

  const tiffFixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/tiff", name));

  test("TIFF sample tensors are decoded: dimensions as imageio reads them, nothing left unchecked", async () => {
    // an ImageJ hyperstack of 4 slices, 2 channels: 4 dimensions, as many as the input's axes
    const fits = await check((doc) => (doc.inputs[0].sample_tensor = { source: "sample.tif" }), {
      "sample.tif": tiffFixture("imagej-zcyx.tif"),
    });
    expect(fits.errors).toEqual([]);
    expect(fits.details.filter((d) => d.name.startsWith("not checked"))).toEqual([]);
    // frames, slices and channels of a hyperstack: 5 dimensions, one too many for the output's 4 axes
    const tooMany = await check((doc) => (doc.outputs[0].sample_tensor = { source: "sample.tif" }), {
      "sample.tif": tiffFixture("imagej-tzcyx.tif"),
    });
    expect(errorsOf(tooMany)).toEqual([
      ["outputs.0", "Value error, Expected sample tensor to have 0 to 4 dimensions, but found 5 (shape: (2, 3, 2, 24, 40))."],
    ]);
  });

  test("a truncated TIFF sample tensor is an error", async () => {
    const summary = await check((doc) => (doc.inputs[0].sample_tensor = { source: "sample.tif" }), {
      "sample.tif": tiffFixture("truncated.tif"),
    });
    expect(errorsOf(summary)).toEqual([
      ["inputs.0", expect.stringMatching(/^Value error, failed to read sample tensor sample.tif: truncated TIFF: page 0 has image data/)],
    ]);
  });

  test("what is not checked is said in the summary: a TIFF of 1-bit pixels is measured, not decoded", async () => {
    const summary = await check((doc) => (doc.inputs[0].sample_tensor = { source: "sample.tif" }), {
      "sample.tif": tiffFixture("bool.tif"),
    });
    expect(summary.errors).toEqual([]);
    expect(summary.details.map((d) => d.name)).toContain(
      "not checked: inputs[0].sample_tensor sample.tif: TIFF pixel data not decoded (1-bit pixel data is not decoded here); dimensions read from its header",
    );
    expect(summary.format("text")).toContain("note: not checked: inputs[0].sample_tensor sample.tif");
  });
  const VALIDATION_README = "# Model\n\n## Validation\n\nDice 0.9 on held-out data.\n";

  test("a model without covers gets one from its test tensors, which packaging writes (as the reference does)", async () => {
    // the reference on this model: covers ['cover.png'] (input and output images of one shape: one diagonal split)
    const summary = await check(
      (doc) => (doc.covers = []),
      { "README.md": VALIDATION_README },
      async (sub, description) => {
        expect(description.valid).toBe(true);
        expect((description.content as { covers?: unknown }).covers).toEqual(["cover.png"]);
        const png = description.valid ? description.generatedFiles?.get("cover.png") : undefined;
        expect(png && Buffer.from(png.subarray(12, 24)).toString("hex")).toBe(
          Buffer.concat([Buffer.from("IHDR"), Buffer.from([0, 0, 2, 0, 0, 0, 2, 0])]).toString("hex"),
        ); // 512x512, as the reference's
        const zip = await saveBioimageioPackage(sub, { settings: offline, outputPath: join(sub, "out.zip") });
        const archive = await ZipArchive.open(bytesSource("out.zip", readFileSync(zip)));
        expect([...archive.entries.keys()]).toContain("cover.png");
        expect(parse(await entryText(readFileSync(zip), "rdf.yaml")).covers).toEqual(["cover.png"]);
      },
    );
    expect(summary.warnings).toEqual([]);
    // covers given: nothing generated
    await check(
      () => {},
      {},
      async (_sub, description) => {
        expect(description.valid && description.generatedFiles).toBeFalsy();
      },
    );
  });

  test("covers that cannot be made: a warning on an otherwise spotless model, as the reference's warning pass gives it", async () => {
    const classifier = (doc: any) => {
      doc.covers = [];
      doc.outputs[0].axes = [{ type: "batch" }, { type: "channel", channel_names: ["a", "b", "c", "d", "e"] }];
      doc.outputs[0].test_tensor = { source: "scores.npy" };
      doc.outputs[0].sample_tensor = { source: "scores.png" };
    };
    const scores = { "scores.npy": f32([1, 5], (i) => i), "scores.png": greyRow(5) };
    const spotless = await check(classifier, { "README.md": VALIDATION_README, ...scores });
    // the reference: valid-format, one warning, loc (), severity 30
    expect(spotless.status).toBe("valid-format");
    expect(spotless.warnings.map((w) => [w.loc, w.msg, w.severity])).toEqual([
      [[], "Failed to generate cover image(s): Failed to construct cover image from shape (1, 5) with axes ['batch', 'channel'].", 30],
    ]);
    // another warning first (no validation section): the reference's warning pass stops there, no cover warning
    const warned = await check(classifier, scores);
    expect(warned.warnings.map((w) => w.msg)).toEqual(["No '# Validation' (sub)section found in README.md."]);
  });
});
