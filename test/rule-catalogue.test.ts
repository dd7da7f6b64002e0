// Every rule id of the catalogue (docs/rules.md) is exercised: each has a document here that triggers it, and its
// findings carry that id, a message of the ones it declares and a severity it declares. A new rule without a case
// fails the first test; the catalogue lists every rule any module defines, each once, with one metadata.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { deflateSync, crc32 } from "node:zlib";
import { afterAll, describe, expect, test, vi } from "vitest";
import { buildDescription, type BuildOptions } from "../src/bioimageio/build.js";
import { fileRefs } from "../src/bioimageio/file-refs.js";
import { ioChecks } from "../src/bioimageio/io-checks.js";
import { FileNotFound } from "../src/engine/files.js";
import { runValidate } from "../src/cli/validate-command.js";
import { validateCopickConfig, validateCopickCsv, validateCroissant, validatePicks } from "../src/copick/validate.js";
import { createSha256 } from "../src/engine/bytes/sha256.js";
import { encodeNpy } from "../src/engine/formats/npy.js";
import type { ValidationSummary } from "../src/engine/summary/summary.js";
import { ERROR } from "../src/engine/summary/types.js";
import { definedRules, type RuleInfo } from "../src/engine/validation/rule.js";
import { type ManifestValidationOptions, validateManifest } from "../src/fractal/validate.js";
import { RULE_CATALOGUE } from "../src/rule-catalogue.js";
import { corpus } from "./helpers/corpus.js";
import { manifestV1, manifestV2 } from "./helpers/fractal.js";
import { validV0_2, validV0_3 } from "./helpers/generic.js";
import { loadCorpusDocument, validModel } from "./helpers/model.js";
import { copyDocument } from "../src/engine/records.js";

type Doc = Record<string, any>;

interface Found {
  readonly rule: string | undefined;
  readonly msg: string;
  readonly severity: number;
}

type Trigger = () => Promise<readonly Found[]>;

function found(summary: ValidationSummary): Found[] {
  return [
    ...summary.errors.map((e) => ({ rule: e.rule, msg: e.msg, severity: ERROR })),
    ...summary.warnings.map((w) => ({ rule: w.rule, msg: w.msg, severity: w.severity })),
  ];
}

const bioimageio =
  (doc: unknown, options: BuildOptions = {}): Trigger =>
  async () =>
    found((await buildDescription(doc, options)).validationSummary);

const changed = (doc: Doc, change: (doc: Doc) => void): Doc => {
  change(doc);
  return doc;
};
const model05 = (change: (doc: Doc) => void, options?: BuildOptions): Trigger => bioimageio(changed(validModel(), change), options);
/** unet2d_nuclei_broad 0.4.9 as 0.4.10 (valid, with weights warnings). */
const model04 = (change: (doc: Doc) => void): Trigger =>
  bioimageio(
    changed(
      {
        ...copyDocument(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")),
        format_version: "0.4.10",
      },
      change,
    ),
  );
const v03 = (change: (doc: Doc) => void, type?: "dataset" | "application" | "notebook"): Trigger =>
  bioimageio(changed(validV0_3(type), change));
const v02 = (change: (doc: Doc) => void, type?: "dataset" | "application" | "notebook"): Trigger =>
  bioimageio(changed(validV0_2(type), change));

/**
 * A model 0.5 with IO checks over in-memory files: the referenced files not given are vouched for (knownFiles, not
 * read) unless `unlisted`; the hashes of the given ones are dropped (recomputed) unless `keepHashes`.
 */
function model05Io(
  change: (doc: Doc) => void,
  files: Readonly<Record<string, Uint8Array | string>>,
  { unlisted = [], keepHashes = false }: { unlisted?: readonly string[]; keepHashes?: boolean } = {},
): Trigger {
  return async () => {
    const doc = changed(validModel(), change);
    const knownFiles: Record<string, string | null> = {};
    for (const ref of fileRefs(doc, "model", "0.5.7")) {
      if (!(ref.source in files)) {
        if (!unlisted.includes(ref.source)) {
          knownFiles[ref.source] = null;
        }
      } else if (ref.sha256Path && !keepHashes) {
        const holder = ref.sha256Path.slice(0, -1).reduce((node: Doc, key) => node[key], doc);
        delete holder[String(ref.sha256Path.at(-1))];
      }
    }
    const bytes = (source: string): Uint8Array => {
      const content = files[source];
      if (content === undefined) {
        throw new FileNotFound(source);
      }
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    };
    const resolver = {
      describe: (source: string) => source,
      isLocal: (source: string) => !/^https?:/.test(source),
      exists: async (source: string) => source in files,
      open: async function* (source: string) {
        yield bytes(source);
      },
    };
    const io = ioChecks({ resolver, knownFiles, createHasher: createSha256 });
    return found((await buildDescription(doc, { io })).validationSummary);
  };
}

const f32 = (shape: number[], value: (i: number) => number): Uint8Array => {
  const n = shape.reduce((a, b) => a * b, 1);
  return encodeNpy("<f4", shape, new Uint8Array(Float32Array.from({ length: n }, (_, i) => value(i)).buffer));
};

/** A 5x1 grayscale PNG: one squeezed dimension, too few for the 4-axis input. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(5, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(6))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const fractal =
  (doc: unknown, options: ManifestValidationOptions = {}): Trigger =>
  async () =>
    found(await validateManifest(doc, options));
const v2 = (change: (doc: Doc) => void, options?: ManifestValidationOptions): Trigger => fractal(changed(manifestV2(), change), options);
const v1 = (change: (doc: Doc) => void, options?: ManifestValidationOptions): Trigger => fractal(changed(manifestV1(), change), options);
const collection: ManifestValidationOptions = { collection: true };

const json = (path: string): Doc => JSON.parse(readFileSync(path, "utf8"));
const copickConfig =
  (change: (doc: Doc) => void): Trigger =>
  async () =>
    found(await validateCopickConfig(changed(json(corpus("copick", "configs", "overlay_local.json")), change)));
const copickPicks =
  (change: (doc: Doc) => void): Trigger =>
  async () =>
    found(
      await validatePicks(
        changed(
          json(corpus("copick", "reconstructed_exports", "tiny", "ExperimentRuns", "run_001", "Picks", "alice_42_ribosome.json")),
          change,
        ),
      ),
    );
const copickCsv =
  (records: string[][]): Trigger =>
  async () =>
    found(await validateCopickCsv(records));
const TINY_CROISSANT = corpus("copick", "reconstructed_exports", "tiny", "Croissant");
const copickCroissant =
  (change: (doc: Doc) => void, options: Parameters<typeof validateCroissant>[1] = {}): Trigger =>
  async () =>
    found(await validateCroissant(changed(json(join(TINY_CROISSANT, "metadata.json")), change), options));

/** A small valid Croissant 1.0 document (mlcroissant's minimal recipe with the recommended fields). */
const croissant =
  (change: (doc: Doc) => void, options: Parameters<typeof validateCroissant>[1] = {}): Trigger =>
  async () =>
    found(await validateCroissant(changed(json(corpus("croissant", "valid", "v1.0_recipes_minimal_recommended.json")), change), options));
/** The first field's `references` as its `source` (mlcroissant checks transforms and JSONPaths of sources). */
function fieldSource(doc: Doc): Doc {
  const field = doc.recordSet[0].field[0];
  field.source = field.references;
  delete field.references;
  return field.source;
}
const croissantFile =
  (file: string): Trigger =>
  async () =>
    found(await validateCroissant(json(corpus("croissant", "invalid", file))));

const tmp = mkdtempSync(join(tmpdir(), "bioimage-specs-rules-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The CLI's summary (--json) for a file that cannot be parsed. */
const unparsable: Trigger = async () => {
  const file = join(tmp, "broken.yaml");
  writeFileSync(file, "name: [unclosed\n");
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await runValidate([file], { output: "json", summaryFiles: [] });
    const summaries = JSON.parse(String(out.mock.calls.map((call) => call[0]).join(""))) as ValidationSummary[];
    return summaries.flatMap((s) => s.details.flatMap((d) => d.errors.map((e) => ({ rule: e.rule, msg: e.msg, severity: ERROR }))));
  } finally {
    out.mockRestore();
  }
};

const CASES: Readonly<Record<string, Trigger>> = {
  // every family
  load: unparsable,
  schema: model05((d) => (d.name = 5)),

  // bioimage.io, every type
  "bioimageio.dispatch": bioimageio("not a mapping"),
  "bioimageio.string-unicode": model05((d) => (d.name = "bad \uD800 name")),
  "bioimageio.format-version.future": model05((d) => (d.format_version = "0.6.0")),
  "bioimageio.format-version.int": bioimageio(changed(validV0_2(), (d) => (d.format_version = "0.2a.1"))),
  "bioimageio.warning-level": bioimageio(
    changed(validV0_3(), (d) => (d.description = "x".repeat(600))),
    { warningLevel: "warning" },
  ),
  "common.icon.reserved-name": model05((d) => (d.icon = "icons/rdf.yaml")),
  "common.file.exists": model05Io(() => {}, {}, { unlisted: ["README.md"] }),
  "common.file.sha256-match": model05Io(() => {}, { "test_input.npy": f32([1, 1, 512, 512], (i) => i % 7) }, { keepHashes: true }),

  // bioimage.io, format 0.2 and 0.3
  "generic02.type.not-specific": v02((d) => (d.type = "collection")),
  "generic03.type.not-specific": v03((d) => (d.type = "collection")),
  "common.license.spdx-v0_2": v02((d) => (d.license = "not-a-license")),
  "common.missing-v0_2": v02((d) => (d.authors = [])),
  "common.config.yaml-value": v02((d) => (d.config = { tool: { scale: [1, Number.POSITIVE_INFINITY] } })),
  "common.name.length-v0_2": v02((d) => (d.name = "x".repeat(130))),
  "common.cite.doi-or-url": v03((d) => (d.cite = [{ text: "a paper" }])),
  "common.file.reserved-name": v03((d) => (d.covers = ["rdf.yaml"])),
  "common.badge.icon-reserved-name": v03((d) => (d.badges = [{ label: "a", url: "https://example.com", icon: "rdf.yaml" }])),
  "common.file.suffix": v03((d) => (d.covers = ["cover.txt"])),
  "common.orcid.valid": v03((d) => (d.authors[0].orcid = "0000-0001-6562-7188")),
  "common.version.pep440": v03((d) => (d.version = "abc")),
  "common.description.length": v03((d) => (d.description = "x".repeat(600))),
  "common.fair": v03((d) => delete d.tags),
  "common.license.spdx": v03((d) => (d.license = "not-a-license")),
  "common.maintainers.exist": v03((d) => delete d.authors[0].github_user),
  "common.name.length": v03((d) => (d.name = "x".repeat(70))),
  "notebook.source.suffix": v03((d) => (d.source = "notebook.py"), "notebook"),

  // model 0.4
  "model04.authors.missing": model04((d) => (d.authors = [])),
  "model04.axes.letters": model04((d) => (d.inputs[0].axes = "bcyq")),
  "model04.cite.doi-or-url": model04((d) => (d.cite = [{ text: "a paper" }])),
  "model04.cite.missing": model04((d) => (d.cite = [])),
  "model04.convert": bioimageio(
    changed(copyDocument(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_0.bioimageio.yaml")), (d) => {
      d.format_version = "0.3.6"; // the 0.3 -> 0.4 patch chain reads weights as a mapping
      d.weights = 5;
    }),
  ),
  "model04.files.valid": model04((d) => (d.weights.onnx.source = "bioimageio.yaml")),
  "model04.license.known": model04((d) => (d.license = "foo")),
  "model04.name.length": model04((d) => (d.name = "abc")),
  "model04.orcid.valid": model04((d) => (d.authors[0].orcid = "0000-0001-6562-7188")),
  "model04.processing.kwargs": model04((d) => (d.inputs[0].preprocessing = [{ name: "scale_linear", kwargs: { axes: "xy" } }])),
  "model04.run-mode.known": model04((d) => (d.run_mode = { name: "mine" })),
  "model04.shape.lengths": model04((d) => (d.inputs[0].shape = { min: [1, 1, 64, 64], step: [0, 0, 16] })),
  "model04.tensors.model": model04((d) => (d.outputs[0].name = "raw")),
  "model04.tensors.tensor": model04((d) => (d.inputs[0].shape = [2, 1, 512, 512])),
  "model04.tensors.unique-names": model04((d) => (d.inputs = [d.inputs[0], structuredClone(d.inputs[0])])),
  "model04.timestamp.iso8601": model04((d) => (d.timestamp = "notadate")),
  "model04.training-data.iterable": model04((d) => (d.training_data = true)),
  "model04.version.pep440": model04((d) => (d.version = "abc")),
  "model04.weights.callables": model04((d) => (d.weights.pytorch_state_dict.architecture = "unet2d.py:123")),
  "model04.weights.entry": model04((d) => (d.weights.onnx.parent = "onnx")),
  "model04.weights.one-entry": model04((d) => (d.weights = {})),
  "model04.weights.warnings": model04(() => {}),

  // model 0.5
  "bioimageio.convert": bioimageio(
    changed(copyDocument(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")), (d) => {
      // valid in 0.4; 0.5 needs a single axis for the gain: "y" leaves c and x
      d.inputs[0].preprocessing = [{ name: "scale_linear", kwargs: { axes: "y", gain: 2.0, offset: 0.0 } }];
    }),
    { formatVersion: "latest" },
  ),
  "model05.axes.size-references": model05((d) => (d.outputs[0].axes[2].size = { tensor_id: "nope", axis_id: "y" })),
  "model05.axes.unique-ids": model05((d) => (d.inputs[0].axes[3].id = "y")),
  "bioimageio.inline-description": model05((d) => (d.training_data = 5)),
  "model05.data.replace-inf": model05((d) => (d.inputs[0].data = { type: "float32", range: ["-inf", "inf"] })),
  "model05.evaluation.table-shape": model05((d) => {
    d.config = {
      bioimageio: {
        evaluations: [
          {
            dataset_id: "my-data",
            dataset_source: "https://example.com/data",
            dataset_role: "test",
            sample_count: 3,
            evaluation_factors: ["a"],
            evaluation_factors_long: [],
            metrics: ["m"],
            metrics_long: ["metric"],
            results: [[1]],
          },
        ],
      },
    };
  }),
  "model05.files.reserved-name": model05((d) => (d.weights.onnx.source = "rdf.yaml")),
  "model05.io.covers": model05Io(
    (d) => {
      d.covers = [];
      d.outputs[0].axes = [{ type: "batch" }, { type: "channel", channel_names: ["a", "b", "c", "d", "e"] }];
      d.outputs[0].test_tensor = { source: "scores.npy" };
      d.outputs[0].sample_tensor = { source: "scores.png" };
    },
    { "test_input.npy": f32([1, 1, 512, 512], (i) => i % 7), "scores.npy": f32([1, 5], (i) => i), "scores.png": tinyPng() },
  ),
  "model05.io.documentation-validation-section": model05Io(() => {}, { "README.md": "# A model\n" }),
  "model05.io.sample-tensor": model05Io(() => {}, { "test_input.png": tinyPng() }),
  "model05.io.test-tensors": model05Io(() => {}, {
    "test_input.npy": f32([1, 512, 512], (i) => i % 7),
    "test_output.npy": f32([1, 1, 512, 512], (i) => i % 7),
  }),
  "model05.parent.not-self": model05((d) => ((d.id = "my-model"), (d.parent = { id: "my-model" }))),
  "model05.parent.version": model05((d) => (d.parent = { id: "affable-shark", version: "not a version" })),
  "model05.processing.kwargs": model05((d) => (d.inputs[0].preprocessing = [{ id: "clip", kwargs: { min: 0, min_percentile: 1 } }])),
  "model05.processing.kwargs-axes": model05(
    (d) => (d.inputs[0].preprocessing = [{ id: "clip", kwargs: { axes: ["z"], min_percentile: 1 } }]),
  ),
  "model05.processing.reference-tensor": model05(
    (d) => (d.inputs[0].preprocessing = [{ id: "scale_range", kwargs: { axes: ["x"], reference_tensor: "nope" } }]),
  ),
  "model05.run-mode.limited-support": model05((d) => (d.run_mode = { name: "mine" })),
  "model05.size.data-dependent-bounds": model05((d) => {
    d.outputs[0].axes.push({ type: "index", id: "i", size: { min: 5, max: 3 } });
  }),
  "model05.tensors.data": model05((d) => (d.inputs[0].data = [{ type: "float32" }, { type: "uint8" }])),
  "model05.tensors.fair": model05((d) => delete d.inputs[0].sample_tensor),
  "model05.tensors.unique-ids": model05((d) => (d.inputs = [d.inputs[0], structuredClone(d.inputs[0])])),
  "model05.timestamp.iso8601": model05((d) => (d.timestamp = "2019-13-40")),
  "model05.weights.architecture-union": model05((d) => (d.weights.pytorch_state_dict.architecture.kwargs = { depth: Number.NaN })),
  "model05.weights.entries": model05((d) => (d.weights.torchscript.parent = "torchscript")),
  "model05.weights.library-version": model05((d) => (d.weights.torchscript.pytorch_version = "1.6e0")),
  "model05.weights.onnx-external-data": model05((d) => (d.weights.onnx.external_data = { source: d.weights.onnx.source })),

  // Fractal
  "fractal.warning-level": v2((d) => (d.has_args_schemas = "true"), { warningLevel: "warning" }),
  "fractal1.args-schemas-present": v1((d) => delete d.task_list[0].args_schema),
  "fractal1.collection.args-schema-version": v1((d) => (d.args_schema_version = " "), collection),
  "fractal1.collection.executables-exist": v1(() => {}, { packageRoot: "/pkg", fileExists: async () => false }),
  "fractal1.collection.non-empty-str": v1((d) => (d.task_list[0].input_type = "  "), collection),
  "fractal1.docs-link-url": v1((d) => (d.task_list[0].docs_link = "ftp://example.com")),
  "fractal1.lax-value": v1((d) => (d.has_args_schemas = "true")),
  "fractal1.lint.args-schema-valid": v1((d) => (d.task_list[0].args_schema = { type: "nonsense" })),
  "fractal1.manifest-version": fractal(
    changed(manifestV1(), (d) => (d.manifest_version = "3")),
    { formatVersion: "1" },
  ),
  "fractal1.unknown-keys": v1((d) => (d.has_args_schema = true), { strict: true }),
  "fractal2.args-schemas-present": v2((d) => delete d.task_list[1].args_schema_parallel),
  "fractal2.collection.args-schema-version": v2((d) => (d.args_schema_version = " "), collection),
  "fractal2.collection.command-chars": v2((d) => (d.task_list[1].executable_parallel = "task$.py"), collection),
  "fractal2.collection.executables-exist": v2(() => {}, { packageRoot: "/pkg", fileExists: async () => false }),
  "fractal2.collection.non-empty-str": v2((d) => (d.task_list[0].category = "  "), collection),
  "fractal2.collection.tags": v2((d) => (d.task_list[0].tags = ["2D", "2D"]), collection),
  "fractal2.collection.type-filter-keys": v2((d) => (d.task_list[0].input_types = { " ": true }), collection),
  "fractal2.collection.type-inferred": v2((d) => delete d.task_list[1].type, collection),
  "fractal2.dict-keys": v2((d) => (d.task_list[0].meta_parallel = { "": 1 })),
  "fractal2.docs-link-url": v2((d) => (d.task_list[0].docs_link = "ftp://example.com")),
  "fractal2.executables-present": v2((d) => delete d.task_list[1].executable_parallel),
  "fractal2.lax-value": v2((d) => (d.has_args_schemas = "true")),
  "fractal2.lint.args-schema-valid": v2((d) => (d.task_list[1].args_schema_parallel = { type: "nonsense" })),
  "fractal2.lint.type-matches-executables": v2((d) => (d.task_list[1].type = "compound")),
  "fractal2.non-empty-str": v2((d) => (d.authors = " ")),
  "fractal2.non-parallel-fields-need-executable": v2((d) => (d.task_list[1].meta_non_parallel = { cpus_per_task: 1 })),
  "fractal2.parallel-fields-need-executable": v2((d) => {
    delete d.task_list[0].executable_parallel;
    d.task_list[0].type = "non_parallel";
  }),
  "fractal2.unique-task-names": v2((d) => (d.task_list[1].name = d.task_list[0].name)),
  "fractal2.unknown-keys": v2((d) => (d.has_args_schema = true), { strict: true }),

  // copick
  "copick.config.config-type": copickConfig((d) => (d.config_type = "elsewhere")),
  "copick.config.session-id-sanitized": copickConfig((d) => (d.session_id = "my_session")),
  "copick.config.tomogram-keys": copickConfig((d) => (d.tomograms = { ten: ["wbp"] })),
  "copick.config.user-id-sanitized": copickConfig((d) => (d.user_id = "my user")),
  "copick.object.color-range": copickConfig((d) => (d.pickable_objects[0].color = [0, 0, 300, 255])),
  "copick.object.identifier-alias": copickConfig((d) => Object.assign(d.pickable_objects[0], { go_id: "GO:1", identifier: "GO:2" })),
  "copick.object.label-nonzero": copickConfig((d) => (d.pickable_objects[0].label = 0)),
  "copick.object.name-sanitized": copickConfig((d) => (d.pickable_objects[0].name = "my_ribosome")),
  "copick.objects.unique": copickConfig((d) => (d.pickable_objects[1].name = d.pickable_objects[0].name)),
  "copick.picks.transform-last-row": copickPicks(
    (d) =>
      (d.points[0].transformation_ = [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 2],
      ]),
  ),
  "copick.csv.boolean": copickCsv([
    [
      "run",
      "voxel_size",
      "user_id",
      "session_id",
      "name",
      "is_multilabel",
      "url",
      "portal_object_name",
      "portal_session_id",
      "portal_annotation_id",
      "portal_annotation_file_id",
    ],
    ["TS_001", "10.0", "alice", "1", "membrane", "True", "x.zarr", "", "", "", ""],
  ]),
  "copick.csv.cells": copickCsv([
    ["name", "portal_run_id", "split"],
    ["TS_001", ""],
  ]),
  "copick.csv.header": copickCsv([["name", "split", "portal_run_id"]]),
  "copick.csv.sha256": copickCsv([
    [
      "run",
      "user_id",
      "session_id",
      "object_name",
      "voxel_size",
      "url",
      "sha256",
      "portal_object_name",
      "portal_session_id",
      "portal_annotation_id",
      "portal_annotation_file_id",
    ],
    ["TS_001", "alice", "1", "ribosome", "10.0", "p.json", "ABC", "", "", "", ""],
  ]),
  "copick.csv.nul": copickCsv([
    ["name", "portal_run_id", "split"],
    ["TS\u0000001", "", ""],
  ]),
  "copick.csv.unique-keys": copickCsv([
    ["name", "portal_run_id", "split"],
    ["TS_001", "", ""],
    ["TS_001", "", "val"],
  ]),
  "copick.croissant.csv-sha256": copickCroissant((d) => (d.distribution[0].sha256 = "0".repeat(64)), {
    hashFile: async (url) => ({ path: url, hex: "1".repeat(64) }),
  }),
  "copick.croissant.engine-reads": copickCroissant(() => undefined, {
    copickExport: async () => [{ file: "runs.csv", msg: "url '../../etc' leads outside the project" }],
  }),
  "copick.croissant.distribution": copickCroissant((d) => d.distribution.pop()),
  "copick.croissant.record-sets": copickCroissant((d) => (d.recordSet[0].name = "renamed")),
  "copick.croissant.splits": copickCroissant((d) => {
    const runs = d.recordSet.find((rs: Doc) => rs["@id"] === "copick/runs");
    const split = runs.field.find((f: Doc) => f["@id"] === "copick/runs/split");
    split.references = { field: { "@id": "copick/splits/name" } };
  }),

  // Croissant (mlcroissant)
  "croissant.array-shape": croissantFile("v1.1_mlfield_bad_array_definition.metadata.json"),
  "croissant.cardinality": croissant((d) => (d.url = ["https://example.com/a", "https://example.com/b"])),
  "croissant.checksum": croissant((d) => delete d.distribution[0].sha256),
  "croissant.checksum-mismatch": croissant(() => {}, { hashFile: async (url) => ({ path: url, hex: "1".repeat(64) }) }),
  "croissant.conforms-to": croissant((d) => (d.conformsTo = "http://mlcommons.org/croissant/9.9")),
  "croissant.context": croissant((d) => (d["@context"] = "https://schema.org/")),
  "croissant.dangling-reference": croissant((d) => (d.recordSet[0].field[0].references.fileObject["@id"] = "nowhere.csv")),
  "croissant.data-type": croissantFile("v1.0_recordset_missing_context_for_datatype.metadata.json"),
  "croissant.date": croissant((d) => (d.datePublished = "not a date")),
  "croissant.document": croissant((d) => (d["@type"] = "sc:Thing")),
  // Two nodes with one @id are one node in JSON-LD: a second record set with the same fields builds them twice.
  "croissant.duplicate-id": croissant((d) => d.recordSet.push({ ...structuredClone(d.recordSet[0]), "@id": "examples2" })),
  "croissant.exclusive-properties": croissantFile("v1.0_distribution_bad_id.metadata.json"),
  "croissant.field-source": croissantFile("v1.0_mlfield_missing_source.metadata.json"),
  "croissant.file-property": croissant((d) => (d.recordSet[0].field[0].references.extract = { fileProperty: "size" })),
  "croissant.id-whitespace": croissantFile("v1.0_distribution_bad_id.metadata.json"),
  "croissant.inline-data": croissant((d) => (d.recordSet[0].data = "not a list")),
  "croissant.join": croissant((d) => {
    d.distribution.push({ ...d.distribution[0], "@id": "other.csv", name: "other.csv", contentUrl: "data/other.csv" });
    for (const field of d.recordSet[0].field) {
      field.source = field.references;
      delete field.references;
    }
    d.recordSet[0].field[1].source.fileObject["@id"] = "other.csv";
  }),
  "croissant.json-path": croissant((d) => (fieldSource(d).extract.jsonPath = "$.x?y")),
  "croissant.license": croissant((d) => (d.license = ["MIT", 5])),
  "croissant.mandatory-property": croissantFile("v1.0_distribution_missing_property_content_url.metadata.json"),
  "croissant.mlcroissant-failure": croissant((d) => (d.distribution[0]["@id"] = 5)),
  "croissant.name": croissant((d) => (d.recordSet[0].name = { a: 1 })),
  "croissant.node-type": croissant((d) => (d.distribution[0]["@type"] = "sc:Thing")),
  "croissant.recommended-property": croissant((d) => delete d.license),
  // (An empty object would be a node without triples, which mlcroissant's populate recurses into without end.)
  "croissant.transform": croissant((d) => (fieldSource(d).transform = { foo: "b" })),
  "croissant.value-type": croissant((d) => (d.description = 5)),
  "croissant.version": croissant((d) => (d.version = "one")),
};

const catalogued = new Map<string, RuleInfo>(
  RULE_CATALOGUE.flatMap((family) => family.scopes.flatMap((scope) => scope.rules.map((r) => [r.id, r]))),
);

/** A declared message as a pattern: `{…}` stands for any text; a Croissant message may carry its node's context. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(?:\\[.*\\] )?${parts.join("[\\s\\S]*")}$`);
}

describe("every catalogued rule id is exercised", () => {
  test("each id has a case, and each case a catalogued id", () => {
    expect([...catalogued.keys()].filter((id) => !(id in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !catalogued.has(id))).toEqual([]);
  });

  test.each([...catalogued.keys()].filter((id) => id in CASES))("%s", async (id) => {
    const info = catalogued.get(id) as RuleInfo;
    const trigger = CASES[id] as Trigger;
    const all = await trigger();
    const findings = all.filter((f) => f.rule === id);
    expect(findings.length, `the case of ${id} reports nothing under that id, only ${JSON.stringify(all)}`).toBeGreaterThan(0);
    const severities = Array.isArray(info.severity) ? info.severity : [info.severity];
    const patterns = info.messages.map(messagePattern);
    for (const finding of findings) {
      expect(severities, `${id}: undeclared severity of "${finding.msg}"`).toContain(finding.severity);
      expect(
        patterns.some((p) => p.test(finding.msg)),
        `${id}: "${finding.msg}" is none of the declared messages`,
      ).toBe(true);
    }
  });
});

/** The rule ids the specs name: in `x-rules`, and as "rule `…`" / "rules `…`, `…`" in descriptions. */
function specRuleIds(dir: string): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "x-rules" && Array.isArray(value)) {
          ids.push(...value.map(String));
        } else if (key === "description" && typeof value === "string") {
          for (const mention of value.matchAll(/\brules? ((?:`[^`]+`(?:, | and | or )?)+)/g)) {
            ids.push(...[...(mention[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""));
          }
        } else {
          walk(value);
        }
      }
    }
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".json")) {
      walk(JSON.parse(readFileSync(join(entry.parentPath, entry.name), "utf8")));
    }
  }
  return ids;
}

/** Every module of src/ but the CLI's entry (which runs on import), so that every rule defined anywhere is loaded. */
function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceModules(path);
    }
    return entry.name.endsWith(".ts") && relative(SRC, path) !== join("cli", "bin.ts") ? [path] : [];
  });
}
const SRC = join(import.meta.dirname, "..", "src");

describe("the catalogue is complete", () => {
  test("it lists every rule defined in src/, once per family, each id with one metadata", async () => {
    for (const module of sourceModules(SRC)) {
      await import(module);
    }
    const { rules, conflicting } = definedRules();
    expect(conflicting).toEqual([]);
    expect(rules.map((r) => r.id).filter((id) => !catalogued.has(id))).toEqual([]);
    const families = new Map<string, string[]>();
    for (const family of RULE_CATALOGUE) {
      for (const id of new Set(family.scopes.flatMap((scope) => scope.rules.map((r) => r.id)))) {
        families.set(id, [...(families.get(id) ?? []), family.family]);
      }
    }
    expect([...families].filter(([, names]) => names.length > 1)).toEqual([]);
  }, 60_000);

  test("every rule id a spec names is catalogued (a `prefix.*` names some)", () => {
    const names = specRuleIds(join(import.meta.dirname, "..", "specs"));
    expect(names.length).toBeGreaterThan(50);
    const known = (id: string): boolean =>
      id.endsWith(".*") ? [...catalogued.keys()].some((k) => k.startsWith(id.slice(0, -1))) : catalogued.has(id);
    expect([...new Set(names)].filter((id) => !known(id))).toEqual([]);
  });

  test("no issue is made with a rule id written out: issue sites use the RuleInfo's id", () => {
    const literal = /\b(?:rule|check): ["`]/;
    const offending = sourceModules(SRC).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) => (literal.test(line) ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});
