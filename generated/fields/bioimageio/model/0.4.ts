// generated from specs/bioimageio/model/0.4.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "description", node: { kind: "value" } },
      { name: "covers", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "id_emoji", node: { kind: "value" }, default: null },
      { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } } },
      { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
      { name: "cite", node: { kind: "array", items: { kind: "ref", name: "CiteEntry" } }, default: [] },
      { name: "config", node: { kind: "object", open: true, properties: [] }, default: {} },
      { name: "download_url", node: { kind: "ref", name: "HttpUrl" }, default: null },
      { name: "git_repo", node: { kind: "value" }, default: null },
      {
        name: "icon",
        node: {
          kind: "union",
          by: "shape",
          branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "FileSource" } }],
        },
        default: null,
      },
      { name: "links", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "uploader", node: { kind: "ref", name: "Uploader" }, default: null },
      { name: "maintainers", node: { kind: "array", items: { kind: "ref", name: "Maintainer" } }, default: [] },
      { name: "rdf_source", node: { kind: "ref", name: "FileSource" }, default: null },
      { name: "tags", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "version", node: { kind: "ref", name: "Version" }, default: null },
      { name: "version_number", node: { kind: "value" }, default: null },
      { name: "format_version", node: { kind: "value" } },
      { name: "type", node: { kind: "value" } },
      { name: "id", node: { kind: "ref", name: "ResourceId" }, default: null },
      { name: "documentation", node: { kind: "ref", name: "FileSource" } },
      { name: "inputs", node: { kind: "array", items: { kind: "ref", name: "InputTensorDescr" } } },
      {
        name: "license",
        node: {
          kind: "union",
          by: "shape",
          branches: [{ node: { kind: "ref", name: "LicenseId" } }, { node: { kind: "value" } }],
        },
      },
      { name: "outputs", node: { kind: "array", items: { kind: "ref", name: "OutputTensorDescr" } } },
      { name: "packaged_by", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: [] },
      { name: "parent", node: { kind: "ref", name: "LinkedModel" }, default: null },
      { name: "run_mode", node: { kind: "ref", name: "RunMode" }, default: null },
      { name: "sample_inputs", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "sample_outputs", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "test_inputs", node: { kind: "array", items: { kind: "ref", name: "FileSource" } } },
      { name: "test_outputs", node: { kind: "array", items: { kind: "ref", name: "FileSource" } } },
      { name: "timestamp", node: { kind: "value" } },
      {
        name: "training_data",
        node: {
          kind: "union",
          by: "shape",
          branches: [{ node: { kind: "ref", name: "LinkedDataset" } }, { node: { kind: "ref", name: "DatasetDescr" } }],
        },
        default: null,
      },
      { name: "weights", node: { kind: "ref", name: "WeightsDescr" } },
    ],
  },
  defs: {
    AttachmentsDescr: {
      kind: "object",
      open: true,
      properties: [{ name: "files", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] }],
    },
    Author: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "value" }, default: null },
        { name: "name", node: { kind: "value" } },
        { name: "github_user", node: { kind: "value" }, default: null },
      ],
    },
    BadgeDescr: { kind: "ref", name: "BadgeDescr2" },
    BadgeDescr2: {
      kind: "object",
      open: false,
      properties: [
        { name: "label", node: { kind: "value" } },
        {
          name: "icon",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "RelativeFilePath" } },
              { node: { kind: "ref", name: "HttpUrl" } },
              { node: { kind: "ref", name: "PydanticHttpUrl" } },
            ],
          },
          default: null,
        },
        { name: "url", node: { kind: "ref", name: "HttpUrl" } },
      ],
    },
    BinarizeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "BinarizeKwargs" } },
      ],
    },
    BinarizeKwargs: { kind: "object", open: false, properties: [{ name: "threshold", node: { kind: "value" } }] },
    CiteEntry: {
      kind: "object",
      open: false,
      properties: [
        { name: "text", node: { kind: "value" } },
        { name: "doi", node: { kind: "ref", name: "Doi" }, default: null },
        { name: "url", node: { kind: "value" }, default: null },
      ],
    },
    ClipDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ClipKwargs" } },
      ],
    },
    ClipKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "min", node: { kind: "value" } },
        { name: "max", node: { kind: "value" } },
      ],
    },
    DatasetDescr: { kind: "object", open: true, properties: [] },
    Doi: { kind: "value" },
    FileSource: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "ref", name: "HttpUrl" } }, { node: { kind: "ref", name: "RelativeFilePath" } }],
    },
    HttpUrl: { kind: "value" },
    Identifier: { kind: "value" },
    ImplicitOutputShape: {
      kind: "object",
      open: false,
      properties: [
        { name: "reference_tensor", node: { kind: "ref", name: "TensorName" } },
        { name: "scale", node: { kind: "array", items: { kind: "value" } } },
        {
          name: "offset",
          node: {
            kind: "array",
            items: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
          },
        },
      ],
    },
    InputTensorDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "ref", name: "TensorName" } },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "axes", node: { kind: "value" } },
        { name: "data_range", node: { kind: "array", items: { kind: "ref", name: "RangeBound" } }, default: null },
        { name: "data_type", node: { kind: "value" } },
        {
          name: "shape",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "array", items: { kind: "value" } } },
              { node: { kind: "ref", name: "ParameterizedInputShape" } },
            ],
          },
        },
        {
          name: "preprocessing",
          node: { kind: "array", items: { kind: "ref", name: "PreprocessingDescr" } },
          default: [],
        },
      ],
    },
    KerasHdf5WeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" }, default: null },
      ],
    },
    LicenseId: { kind: "value" },
    LinkedDataset: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "version_number", node: { kind: "value" }, default: null },
      ],
    },
    LinkedModel: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "ResourceId" } },
        { name: "version_number", node: { kind: "value" }, default: null },
      ],
    },
    Maintainer: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "value" }, default: null },
        { name: "name", node: { kind: "value" }, default: null },
        { name: "github_user", node: { kind: "value" } },
      ],
    },
    OnnxWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "opset_version", node: { kind: "value" }, default: null },
      ],
    },
    OutputTensorDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "ref", name: "TensorName" } },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "axes", node: { kind: "value" } },
        { name: "data_range", node: { kind: "array", items: { kind: "ref", name: "RangeBound" } }, default: null },
        { name: "data_type", node: { kind: "value" } },
        {
          name: "shape",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "array", items: { kind: "value" } } },
              { node: { kind: "ref", name: "ImplicitOutputShape" } },
            ],
          },
        },
        { name: "halo", node: { kind: "array", items: { kind: "value" } }, default: null },
        {
          name: "postprocessing",
          node: { kind: "array", items: { kind: "ref", name: "PostprocessingDescr" } },
          default: [],
        },
      ],
    },
    ParameterizedInputShape: {
      kind: "object",
      open: false,
      properties: [
        { name: "min", node: { kind: "array", items: { kind: "value" } } },
        { name: "step", node: { kind: "array", items: { kind: "value" } } },
      ],
    },
    PostprocessingDescr: {
      kind: "union",
      by: { tag: "name" },
      branches: [
        { when: "binarize", node: { kind: "ref", name: "BinarizeDescr" } },
        { when: "clip", node: { kind: "ref", name: "ClipDescr" } },
        { when: "scale_linear", node: { kind: "ref", name: "ScaleLinearDescr" } },
        { when: "sigmoid", node: { kind: "ref", name: "SigmoidDescr" } },
        { when: "zero_mean_unit_variance", node: { kind: "ref", name: "ZeroMeanUnitVarianceDescr" } },
        { when: "scale_range", node: { kind: "ref", name: "ScaleRangeDescr" } },
        { when: "scale_mean_variance", node: { kind: "ref", name: "ScaleMeanVarianceDescr" } },
      ],
    },
    PreprocessingDescr: {
      kind: "union",
      by: { tag: "name" },
      branches: [
        { when: "binarize", node: { kind: "ref", name: "BinarizeDescr" } },
        { when: "clip", node: { kind: "ref", name: "ClipDescr" } },
        { when: "scale_linear", node: { kind: "ref", name: "ScaleLinearDescr" } },
        { when: "sigmoid", node: { kind: "ref", name: "SigmoidDescr" } },
        { when: "zero_mean_unit_variance", node: { kind: "ref", name: "ZeroMeanUnitVarianceDescr" } },
        { when: "scale_range", node: { kind: "ref", name: "ScaleRangeDescr" } },
      ],
    },
    PydanticHttpUrl: { kind: "value" },
    PytorchStateDictWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        {
          name: "architecture",
          node: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
        },
        { name: "architecture_sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "pytorch_version", node: { kind: "ref", name: "Version" }, default: null },
      ],
    },
    RangeBound: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
    RelativeFilePath: { kind: "value" },
    ResourceId: { kind: "value" },
    RunMode: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "name",
          node: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
        },
        { name: "kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
      ],
    },
    ScaleLinearDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ScaleLinearKwargs" } },
      ],
    },
    ScaleLinearKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "axes", node: { kind: "value" }, default: null },
        {
          name: "gain",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "array", items: { kind: "value" } } }],
          },
          default: 1,
        },
        {
          name: "offset",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "array", items: { kind: "value" } } }],
          },
          default: 0,
        },
      ],
    },
    ScaleMeanVarianceDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ScaleMeanVarianceKwargs" } },
      ],
    },
    ScaleMeanVarianceKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "mode", node: { kind: "value" } },
        { name: "reference_tensor", node: { kind: "ref", name: "TensorName" } },
        { name: "axes", node: { kind: "value" }, default: null },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
      ],
    },
    ScaleRangeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ScaleRangeKwargs" } },
      ],
    },
    ScaleRangeKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "mode", node: { kind: "value" } },
        { name: "axes", node: { kind: "value" } },
        {
          name: "min_percentile",
          node: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
          default: 0,
        },
        {
          name: "max_percentile",
          node: { kind: "union", by: "shape", branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }] },
          default: 100,
        },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
        { name: "reference_tensor", node: { kind: "ref", name: "TensorName" }, default: null },
      ],
    },
    Sha256: { kind: "value" },
    SigmoidDescr: { kind: "object", open: false, properties: [{ name: "name", node: { kind: "value" } }] },
    TensorName: { kind: "ref", name: "Identifier" },
    TensorflowJsWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" }, default: null },
      ],
    },
    TensorflowSavedModelBundleWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" }, default: null },
      ],
    },
    TorchscriptWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "attachments", node: { kind: "ref", name: "AttachmentsDescr" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "dependencies", node: { kind: "value" }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "pytorch_version", node: { kind: "ref", name: "Version" }, default: null },
      ],
    },
    Uploader: {
      kind: "object",
      open: false,
      properties: [
        { name: "email", node: { kind: "value" } },
        { name: "name", node: { kind: "value" }, default: null },
      ],
    },
    Version: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }, { node: { kind: "value" } }],
    },
    WeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "keras_hdf5", node: { kind: "ref", name: "KerasHdf5WeightsDescr" }, default: null },
        { name: "onnx", node: { kind: "ref", name: "OnnxWeightsDescr" }, default: null },
        { name: "pytorch_state_dict", node: { kind: "ref", name: "PytorchStateDictWeightsDescr" }, default: null },
        { name: "tensorflow_js", node: { kind: "ref", name: "TensorflowJsWeightsDescr" }, default: null },
        {
          name: "tensorflow_saved_model_bundle",
          node: { kind: "ref", name: "TensorflowSavedModelBundleWeightsDescr" },
          default: null,
        },
        { name: "torchscript", node: { kind: "ref", name: "TorchscriptWeightsDescr" }, default: null },
      ],
    },
    WeightsFormat: { kind: "value" },
    ZeroMeanUnitVarianceDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "name", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ZeroMeanUnitVarianceKwargs" } },
      ],
    },
    ZeroMeanUnitVarianceKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "mode", node: { kind: "value" }, default: "fixed" },
        { name: "axes", node: { kind: "value" } },
        {
          name: "mean",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "array", items: { kind: "value" } } }],
          },
          default: null,
        },
        {
          name: "std",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "array", items: { kind: "value" } } }],
          },
          default: null,
        },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
      ],
    },
  },
};
