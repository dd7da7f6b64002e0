// Every model 0.4 rule, one document it accepts and one it rejects (or warns about). The expected loc, message
// and severity are what bioimageio.spec 0.5.7.2 reports for the same document.
import { describe, expect, test } from "vitest";
import { loadCorpusDocument } from "../../../helpers/model.js";
import { validateDoc } from "../../../helpers/validate.js";

type Doc = Record<string, any>;

/** unet2d_nuclei_broad 0.4.9 as 0.4.10: valid, with three weights warnings. */
function valid(): Doc {
  return {
    ...structuredClone(loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml")),
    format_version: "0.4.10",
  };
}

async function findings(doc: Doc, rule: string) {
  const { errors, warnings } = await validateDoc(doc);
  return [...errors, ...warnings]
    .filter((e) => e.rule === rule)
    .map((e) => ({ loc: e.loc, msg: e.msg, severity: "severity" in e ? e.severity : 50 }));
}

interface Case {
  readonly name: string;
  readonly mutate: (doc: Doc) => void;
  readonly expected: readonly { loc: (string | number)[]; msg: string; severity?: number }[];
}

/** Per rule: a mutation the rule accepts (besides the valid document) and the ones it reports. */
const RULES: Readonly<Record<string, { readonly accepts: Case["mutate"]; readonly rejects: readonly Case[] }>> = {
  "model04.name.length": {
    accepts: (d) => (d.name = "abcde"),
    rejects: [
      {
        name: "short",
        mutate: (d) => (d.name = "abc"),
        expected: [{ loc: ["name"], msg: "Name shorter than 5 characters.", severity: 20 }],
      },
      {
        name: "long",
        mutate: (d) => (d.name = "x".repeat(130)),
        expected: [{ loc: ["name"], msg: "Name longer than 64 characters.", severity: 20 }],
      },
    ],
  },
  "model04.authors.missing": {
    accepts: (d) => (d.authors = ["a/b"]),
    rejects: [{ name: "empty", mutate: (d) => (d.authors = []), expected: [{ loc: ["authors"], msg: "missing", severity: 30 }] }],
  },
  "model04.cite.missing": {
    accepts: (d) => (d.cite = [{ text: "t", url: "u" }]),
    rejects: [
      { name: "empty", mutate: (d) => (d.cite = []), expected: [{ loc: ["cite"], msg: "missing", severity: 30 }] },
      { name: "absent", mutate: (d) => delete d.cite, expected: [{ loc: ["cite"], msg: "missing", severity: 30 }] },
    ],
  },
  "model04.cite.doi-or-url": {
    accepts: (d) => (d.cite = [{ text: "t", doi: "10.1234/x" }]),
    rejects: [
      {
        name: "neither",
        mutate: (d) => (d.cite = [{ text: "a" }]),
        expected: [{ loc: ["cite", 0], msg: "Value error, Either 'doi' or 'url' is required", severity: 50 }],
      },
    ],
  },
  "model04.license.known": {
    accepts: (d) => (d.license = "CC-BY-4.0"),
    rejects: [
      {
        name: "unknown",
        mutate: (d) => (d.license = "foo"),
        expected: [{ loc: ["license"], msg: "Unknown license id 'foo'.", severity: 30 }],
      },
      {
        name: "deprecated",
        mutate: (d) => (d.license = "GPL-3.0"),
        expected: [{ loc: ["license"], msg: "Unknown license id 'GPL-3.0'.", severity: 30 }],
      },
    ],
  },
  "model04.run-mode.known": {
    accepts: (d) => (d.run_mode = { name: "deepimagej" }),
    rejects: [
      {
        name: "other",
        mutate: (d) => (d.run_mode = { name: "other" }),
        expected: [{ loc: ["run_mode", "name"], msg: "Unknown run mode 'other'.", severity: 30 }],
      },
    ],
  },
  "model04.version.pep440": {
    accepts: (d) => ((d.version = "1.0rc1"), (d.weights.torchscript.pytorch_version = "1.13")),
    rejects: [
      {
        name: "version",
        mutate: (d) => (d.version = "abc"),
        expected: [{ loc: ["version"], msg: "Value error, Invalid version: 'abc'", severity: 50 }],
      },
      {
        name: "library version",
        mutate: (d) => (d.weights.torchscript.pytorch_version = "x.y"),
        expected: [{ loc: ["weights", "torchscript", "pytorch_version"], msg: "Value error, Invalid version: 'x.y'", severity: 50 }],
      },
    ],
  },
  "model04.timestamp.iso8601": {
    accepts: (d) => (d.timestamp = "2019-12-11"),
    rejects: [
      {
        name: "not a date",
        mutate: (d) => (d.timestamp = "notadate"),
        expected: [{ loc: ["timestamp"], msg: "Value error, invalid literal for int() with base 10: b'nota'", severity: 50 }],
      },
    ],
  },
  "model04.orcid.valid": {
    accepts: (d) => (d.authors[0].orcid = "0000-0002-8567-6389"),
    rejects: [
      {
        name: "check digit",
        mutate: (d) => (d.authors[0].orcid = "0000-0001-6562-7188"),
        expected: [
          {
            loc: ["authors", 0, "orcid"],
            msg: "Value error, '0000-0001-6562-7188 is not a valid ORCID iD in hyphenated groups of 4 digits.",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.files.valid": {
    accepts: (d) => ((d.covers = ["https://a.b/c.PNG"]), (d.test_inputs = ["t.npy"])),
    rejects: [
      {
        name: "cover suffix",
        mutate: (d) => (d.covers = ["a.txt"]),
        expected: [
          {
            loc: ["covers", 0],
            msg: "Value error, Expected a suffix from ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff'), but got .txt",
            severity: 50,
          },
        ],
      },
      {
        name: "test tensor suffix",
        mutate: (d) => (d.test_inputs = ["a.png"]),
        expected: [{ loc: ["test_inputs", 0], msg: "Value error, Expected suffix .npy, but got .png", severity: 50 }],
      },
      {
        name: "reserved name",
        mutate: (d) => (d.weights.onnx.source = "bioimageio.yaml"),
        expected: [
          {
            loc: ["weights", "onnx", "source"],
            msg: "Value error, 'bioimageio.yaml' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.weights.warnings": {
    accepts: (d) => {
      d.weights = { onnx: { source: "w.onnx", opset_version: 15 } };
    },
    rejects: [
      {
        name: "missing versions, attachments, custom dependencies",
        mutate: (d) => {
          d.weights = {
            keras_hdf5: { source: "a.h5", attachments: { files: ["a.txt"] } },
            pytorch_state_dict: { source: "w.pt", architecture: "m.Net", dependencies: "pip:req.txt", pytorch_version: "2.0" },
          };
        },
        expected: [
          { loc: ["weights", "keras_hdf5", "attachments"], msg: "Weights entry depends on additional attachments.", severity: 35 },
          {
            loc: ["weights", "keras_hdf5", "tensorflow_version"],
            msg: "missing. Please specify the TensorFlow version these weights were created with.",
            severity: 35,
          },
          {
            loc: ["weights", "pytorch_state_dict", "dependencies"],
            msg: "Custom dependencies (pip:req.txt) specified. Avoid this whenever possible to allow execution in a wider range of software environments.",
            severity: 30,
          },
        ],
      },
    ],
  },
  "model04.training-data.iterable": {
    accepts: (d) => (d.training_data = { id: "abc", version_number: 2 }),
    rejects: [
      {
        name: "a boolean, which the inline dataset's before-validator looks into",
        mutate: (d) => (d.training_data = true),
        expected: [{ loc: [], msg: "argument of type 'bool' is not iterable", severity: 50 }],
      },
    ],
  },
  "model04.axes.letters": {
    accepts: (d) => (d.inputs[0].preprocessing[0].kwargs.axes = "cyx"),
    rejects: [
      {
        name: "tensor axes",
        mutate: (d) => (d.inputs[0].axes = "bcyq"),
        expected: [{ loc: ["inputs", 0, "axes"], msg: "Value error, 'bcyq' is not restricted to 'bitczyx'", severity: 50 }],
      },
      {
        name: "repeated tensor axes",
        mutate: (d) => (d.inputs[0].axes = "bbyx"),
        expected: [{ loc: ["inputs", 0, "axes"], msg: "Value error, Entries are not unique.", severity: 50 }],
      },
      {
        name: "kwargs axes",
        mutate: (d) => (d.inputs[0].preprocessing[0].kwargs.axes = "bx"),
        expected: [
          {
            loc: ["inputs", 0, "preprocessing", 0, "zero_mean_unit_variance", "kwargs", "axes"],
            msg: "Value error, 'bx' is not restricted to 'czyx'",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.shape.lengths": {
    accepts: (d) => (d.inputs[0].shape = { min: [1, 1, 64, 64], step: [0, 0, 16, 16] }),
    rejects: [
      {
        name: "min and step",
        mutate: (d) => (d.inputs[0].shape = { min: [1, 1, 64, 64], step: [0, 0, 16] }),
        expected: [
          {
            loc: [
              "inputs",
              0,
              "shape",
              "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            ],
            msg: "Input should be an instance of Sequence",
            severity: 50,
          },
          {
            loc: ["inputs", 0, "shape", "function-after[matching_lengths(), ParameterizedInputShape]"],
            msg: "Value error, `min` and `step` required to have the same length",
            severity: 50,
          },
        ],
      },
      {
        name: "zero offset of a new axis",
        mutate: (d) => (d.outputs[0].shape = { reference_tensor: "raw", scale: [1, 1, 1, null], offset: [0, 0, 0, 0] }),
        expected: [
          {
            loc: [
              "outputs",
              0,
              "shape",
              "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            ],
            msg: "Input should be an instance of Sequence",
            severity: 50,
          },
          {
            loc: ["outputs", 0, "shape", "function-after[matching_lengths(), ImplicitOutputShape]"],
            msg: "Value error, `offset` must not be zero if `scale` is none/zero",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.processing.kwargs": {
    accepts: (d) => (d.outputs[0].postprocessing = [{ name: "scale_linear", kwargs: { gain: 2, axes: "yx" } }]),
    rejects: [
      {
        name: "identity scaling",
        mutate: (d) => (d.outputs[0].postprocessing = [{ name: "scale_linear", kwargs: { gain: 1, offset: [0, 0] } }]),
        expected: [
          {
            loc: ["outputs", 0, "postprocessing", 0, "scale_linear", "kwargs"],
            msg: "Value error, Redunt linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0.",
            severity: 50,
          },
        ],
      },
      {
        name: "fixed mode without mean",
        mutate: (d) => (d.inputs[0].preprocessing[0].kwargs = { mode: "fixed", axes: "yx" }),
        expected: [
          {
            loc: ["inputs", 0, "preprocessing", 0, "zero_mean_unit_variance", "kwargs"],
            msg: "Value error, `mean` and `std` are required for `mode: fixed`.",
            severity: 50,
          },
        ],
      },
      {
        name: "percentiles",
        mutate: (d) =>
          (d.inputs[0].preprocessing[0] = {
            name: "scale_range",
            kwargs: { mode: "per_sample", axes: "yx", min_percentile: 50, max_percentile: 40 },
          }),
        expected: [
          {
            loc: ["inputs", 0, "preprocessing", 0, "scale_range", "kwargs"],
            msg: "Value error, min_percentile 50 >= max_percentile 40",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.weights.entry": {
    accepts: (d) => ((d.weights.pytorch_state_dict.architecture = "a.b.C"), delete d.weights.pytorch_state_dict.architecture_sha256),
    rejects: [
      {
        name: "own parent",
        mutate: (d) => (d.weights.onnx.parent = "onnx"),
        expected: [{ loc: ["weights", "onnx"], msg: "Value error, Weights entry can't be it's own parent.", severity: 50 }],
      },
      {
        name: "file architecture without hash",
        mutate: (d) => delete d.weights.pytorch_state_dict.architecture_sha256,
        expected: [
          {
            loc: ["weights", "pytorch_state_dict"],
            msg: "Value error, Missing required `architecture_sha256` for `architecture` with source file.",
            severity: 50,
          },
        ],
      },
      {
        name: "library architecture with hash",
        mutate: (d) => (d.weights.pytorch_state_dict.architecture = "a.b.C"),
        expected: [
          {
            loc: ["weights", "pytorch_state_dict"],
            msg: "Value error, Got `architecture_sha256` for architecture that does not have a source file.",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.weights.callables": {
    accepts: (d) => (
      (d.weights.pytorch_state_dict.architecture = "  unet2d.py:UNet2d "),
      (d.weights.pytorch_state_dict.dependencies = "pip:req.txt")
    ),
    rejects: [
      {
        name: "callable not an identifier",
        mutate: (d) => (d.weights.pytorch_state_dict.architecture = "unet2d.py:123"),
        expected: [
          {
            loc: ["weights", "pytorch_state_dict", "architecture", "function-after[CallableFromFile(), str]", "callable_name"],
            msg: "Value error, '123' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.",
            severity: 50,
          },
          {
            loc: ["weights", "pytorch_state_dict", "architecture", "function-after[CallableFromDepencency(), str]", "callable_name"],
            msg: "Value error, 'py:123' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.",
            severity: 50,
          },
        ],
      },
      {
        name: "module callable not an identifier",
        mutate: (d) => (d.weights.pytorch_state_dict.architecture = "a.1b"),
        expected: [
          {
            loc: ["weights", "pytorch_state_dict", "architecture", "function-after[CallableFromFile(), str]"],
            msg: "String should match pattern '^.+:.+$'",
            severity: 50,
          },
          {
            loc: ["weights", "pytorch_state_dict", "architecture", "function-after[CallableFromDepencency(), str]", "callable_name"],
            msg: "Value error, '1b' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.",
            severity: 50,
          },
        ],
      },
      {
        name: "dependencies file with a reserved name",
        mutate: (d) => (d.weights.pytorch_state_dict.dependencies = "conda:rdf.yaml"),
        expected: [
          {
            loc: ["weights", "pytorch_state_dict", "dependencies", "file"],
            msg: "Value error, 'rdf.yaml' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
            severity: 50,
          },
        ],
      },
    ],
  },
  "model04.weights.one-entry": {
    accepts: (d) => (d.weights = { onnx: d.weights.onnx }),
    rejects: [
      {
        name: "no entry",
        mutate: (d) => (d.weights = {}),
        expected: [{ loc: ["weights"], msg: "Value error, Missing weights entry", severity: 50 }],
      },
    ],
  },
  "model04.tensors.tensor": {
    accepts: (d) => (d.inputs[0].shape = { min: [1, 1, 64, 64], step: [0, 0, 16, 16] }),
    rejects: [
      {
        name: "batch step",
        mutate: (d) => (d.inputs[0].shape = { min: [1, 1, 64, 64], step: [1, 0, 16, 16] }),
        expected: [
          {
            loc: ["inputs", 0],
            msg: "Value error, Input shape step has to be zero in the batch dimension (the batch dimension can always be increased, but `step` should specify how to increase the minimal shape to find the largest single batch shape)",
            severity: 50,
          },
        ],
      },
      {
        name: "batch size",
        mutate: (d) => (d.inputs[0].shape = [2, 1, 512, 512]),
        expected: [{ loc: ["inputs", 0], msg: "Value error, Input shape has to be 1 in the batch dimension b.", severity: 50 }],
      },
      {
        name: "preprocessing axes",
        mutate: (d) => (d.inputs[0].preprocessing[0].kwargs.axes = "zyx"),
        expected: [{ loc: ["inputs", 0], msg: "Value error, `kwargs.axes` needs to be subset of `axes`", severity: 50 }],
      },
      {
        name: "halo length",
        mutate: (d) => (d.outputs[0].halo = [0, 32, 32]),
        expected: [
          {
            loc: ["outputs", 0],
            msg: "Value error, halo [0, 32, 32] has to have same length as shape reference_tensor='raw' scale=[1.0, 0.0, 1.0, 1.0] offset=[0, 0.5, 0, 0]!",
            severity: 50,
          },
        ],
      },
      {
        name: "postprocessing axes not given",
        mutate: (d) => (d.outputs[0].postprocessing = [{ name: "scale_linear", kwargs: { gain: 2 } }]),
        expected: [{ loc: ["outputs", 0], msg: "Value error, Expected None to be a string", severity: 50 }],
      },
    ],
  },
  "model04.tensors.unique-names": {
    accepts: (d) => (d.outputs = [d.outputs[0], { ...d.outputs[0], name: "other" }]),
    rejects: [
      {
        name: "two outputs",
        mutate: (d) => (d.outputs = [d.outputs[0], d.outputs[0]]),
        expected: [{ loc: ["outputs"], msg: "Value error, Duplicate tensor descriptor names", severity: 50 }],
      },
    ],
  },
  "model04.tensors.model": {
    accepts: (d) => ((d.outputs[0].shape = [1, 1, 512, 512]), delete d.outputs[0].halo),
    rejects: [
      {
        name: "input and output names",
        mutate: (d) => (d.outputs[0].name = "raw"),
        expected: [{ loc: [], msg: "Value error, Duplicate tensor descriptor names across inputs/outputs", severity: 50 }],
      },
      {
        name: "halo too large",
        mutate: (d) => (d.outputs[0].halo = [0, 0, 300, 32]),
        expected: [
          {
            loc: [],
            msg: "Value error, Minimal shape [1, 1, 512, 512] of output probability is too small for halo [0, 0, 300, 32].",
            severity: 50,
          },
        ],
      },
      {
        name: "unknown reference",
        mutate: (d) => (d.outputs[0].shape.reference_tensor = "foo"),
        expected: [{ loc: [], msg: "'foo'", severity: 50 }],
      },
      {
        name: "preprocessing self reference",
        mutate: (d) =>
          (d.inputs[0].preprocessing[0] = { name: "scale_range", kwargs: { mode: "per_sample", axes: "yx", reference_tensor: "raw" } }),
        expected: [{ loc: [], msg: "Value error, invalid self reference for preprocessing of tensor raw", severity: 50 }],
      },
      {
        name: "preprocessing reference to no input",
        mutate: (d) =>
          (d.inputs[0].preprocessing[0] = { name: "scale_range", kwargs: { mode: "per_sample", axes: "yx", reference_tensor: "foo" } }),
        expected: [{ loc: [], msg: "Value error, 'foo' not found in inputs", severity: 50 }],
      },
    ],
  },
};

for (const [rule, { accepts, rejects }] of Object.entries(RULES)) {
  describe(rule, () => {
    test("accepts", async () => {
      const doc = valid();
      accepts(doc);
      expect(await findings(doc, rule)).toEqual([]);
    });
    for (const { name, mutate, expected } of rejects) {
      test(`reports: ${name}`, async () => {
        const doc = valid();
        mutate(doc);
        expect(await findings(doc, rule)).toEqual(expected);
      });
    }
  });
}

test("rules of a node do not run when a field of it is invalid (pydantic's validator order)", async () => {
  const doc = valid();
  doc.inputs[0].axes = "bcyq"; // the tensor is invalid ...
  doc.inputs[0].shape = [2, 1, 512, 512]; // ... so its batch check does not run
  const { errors } = await validateDoc(doc);
  expect(errors.map((e) => e.loc)).toEqual([["inputs", 0, "axes"]]);
});
