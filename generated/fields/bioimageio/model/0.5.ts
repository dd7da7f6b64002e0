// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
import type { FieldTree } from "../../../../src/engine/runtime/field-tree.js";

export const fieldTree: FieldTree = {
  root: {
    kind: "object",
    open: false,
    properties: [
      { name: "name", node: { kind: "value" } },
      { name: "description", node: { kind: "value" }, default: "" },
      { name: "covers", node: { kind: "array", items: { kind: "ref", name: "FileSource" } }, default: [] },
      { name: "id_emoji", node: { kind: "value" }, default: null },
      { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: [] },
      { name: "attachments", node: { kind: "array", items: { kind: "ref", name: "FileDescr" } }, default: [] },
      { name: "cite", node: { kind: "array", items: { kind: "ref", name: "CiteEntry" } }, default: [] },
      {
        name: "license",
        node: {
          kind: "union",
          by: "shape",
          branches: [
            { node: { kind: "ref", name: "LicenseId" } },
            { node: { kind: "ref", name: "DeprecatedLicenseId" } },
          ],
        },
        default: null,
      },
      { name: "git_repo", node: { kind: "ref", name: "HttpUrl" }, default: null },
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
      { name: "tags", node: { kind: "array", items: { kind: "value" } }, default: [] },
      { name: "version", node: { kind: "ref", name: "Version" }, default: null },
      { name: "version_comment", node: { kind: "value" }, default: null },
      { name: "format_version", node: { kind: "value" } },
      { name: "type", node: { kind: "value" } },
      { name: "id", node: { kind: "ref", name: "ModelId" }, default: null },
      { name: "documentation", node: { kind: "ref", name: "FileSource" }, default: null },
      { name: "inputs", node: { kind: "array", items: { kind: "ref", name: "InputTensorDescr" } } },
      { name: "outputs", node: { kind: "array", items: { kind: "ref", name: "OutputTensorDescr" } } },
      { name: "packaged_by", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: [] },
      { name: "parent", node: { kind: "ref", name: "LinkedModel" }, default: null },
      { name: "run_mode", node: { kind: "ref", name: "RunMode" }, default: null },
      { name: "timestamp", node: { kind: "value" } },
      {
        name: "training_data",
        node: {
          kind: "union",
          by: "shape",
          branches: [
            { node: { kind: "ref", name: "LinkedDataset" } },
            { node: { kind: "ref", name: "InlineDatasetDescr" } },
          ],
        },
        default: null,
      },
      { name: "weights", node: { kind: "ref", name: "WeightsDescr" } },
      { name: "config", node: { kind: "ref", name: "Config" }, default: {} },
    ],
  },
  defs: {
    ArchitectureFromFileDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "callable", node: { kind: "ref", name: "Identifier" } },
        { name: "kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
      ],
    },
    ArchitectureFromLibraryDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "callable", node: { kind: "ref", name: "Identifier" } },
        { name: "kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "import_from", node: { kind: "value" } },
      ],
    },
    Author: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "ref", name: "OrcidId" }, default: null },
        { name: "name", node: { kind: "value" } },
        { name: "github_user", node: { kind: "value" }, default: null },
      ],
    },
    AxisId: { kind: "ref", name: "Identifier" },
    BatchAxis: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "BatchAxisId" }, default: "batch" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "size", node: { kind: "value" }, default: null },
      ],
    },
    BatchAxisId: { kind: "ref", name: "AxisId" },
    BiasRisksLimitations: {
      kind: "object",
      open: true,
      properties: [
        {
          name: "known_biases",
          node: { kind: "value" },
          default:
            "In general bioimage models may suffer from biases caused by:\n\n- Imaging protocol dependencies\n- Use of a specific cell type\n- Species-specific training data limitations\n\n",
        },
        {
          name: "risks",
          node: { kind: "value" },
          default:
            "Common risks in bioimage analysis include:\n\n- Erroneously assuming generalization to unseen experimental conditions\n- Trusting (overconfident) model outputs without validation\n- Misinterpretation of results\n\n",
        },
        { name: "limitations", node: { kind: "value" }, default: null },
        {
          name: "recommendations",
          node: { kind: "value" },
          default:
            "Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model.",
        },
      ],
    },
    BinarizeAlongAxisKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "threshold", node: { kind: "array", items: { kind: "value" } } },
        { name: "axis", node: { kind: "ref", name: "NonBatchAxisId" } },
      ],
    },
    BinarizeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        {
          name: "kwargs",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "BinarizeKwargs" } },
              { node: { kind: "ref", name: "BinarizeAlongAxisKwargs" } },
            ],
          },
        },
      ],
    },
    BinarizeKwargs: { kind: "object", open: false, properties: [{ name: "threshold", node: { kind: "value" } }] },
    BioimageioConfig: {
      kind: "object",
      open: true,
      properties: [
        {
          name: "reproducibility_tolerance",
          node: { kind: "array", items: { kind: "ref", name: "ReproducibilityTolerance" } },
          default: [],
        },
        { name: "funded_by", node: { kind: "value" }, default: null },
        { name: "architecture_type", node: { kind: "value" }, default: null },
        { name: "architecture_description", node: { kind: "value" }, default: null },
        { name: "modality", node: { kind: "value" }, default: null },
        { name: "target_structure", node: { kind: "array", items: { kind: "value" } }, default: [] },
        { name: "task", node: { kind: "value" }, default: null },
        { name: "new_version", node: { kind: "ref", name: "ModelId" }, default: null },
        { name: "out_of_scope_use", node: { kind: "value" }, default: null },
        { name: "bias_risks_limitations", node: { kind: "ref", name: "BiasRisksLimitations" }, default: {} },
        { name: "model_parameter_count", node: { kind: "value" }, default: null },
        { name: "training", node: { kind: "ref", name: "TrainingDetails" }, default: {} },
        { name: "inference_time", node: { kind: "value" }, default: null },
        { name: "memory_requirements_inference", node: { kind: "value" }, default: null },
        { name: "memory_requirements_training", node: { kind: "value" }, default: null },
        { name: "evaluations", node: { kind: "array", items: { kind: "ref", name: "Evaluation" } }, default: [] },
        { name: "environmental_impact", node: { kind: "ref", name: "EnvironmentalImpact" }, default: {} },
      ],
    },
    ChannelAxis: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "channel" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "channel_names", node: { kind: "array", items: { kind: "ref", name: "Identifier" } } },
      ],
    },
    CiteEntry: {
      kind: "object",
      open: false,
      properties: [
        { name: "text", node: { kind: "value" } },
        { name: "doi", node: { kind: "ref", name: "Doi" }, default: null },
        { name: "url", node: { kind: "ref", name: "HttpUrl" }, default: null },
      ],
    },
    ClipDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ClipKwargs" } },
      ],
    },
    ClipKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "min", node: { kind: "value" }, default: null },
        { name: "min_percentile", node: { kind: "value" }, default: null },
        { name: "max", node: { kind: "value" }, default: null },
        { name: "max_percentile", node: { kind: "value" }, default: null },
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "AxisId" } }, default: null },
      ],
    },
    Config: {
      kind: "object",
      open: true,
      properties: [{ name: "bioimageio", node: { kind: "ref", name: "BioimageioConfig" }, default: {} }],
    },
    DataDependentSize: {
      kind: "object",
      open: false,
      properties: [
        { name: "min", node: { kind: "value" }, default: 1 },
        { name: "max", node: { kind: "value" }, default: null },
      ],
    },
    DeprecatedLicenseId: { kind: "value" },
    Doi: { kind: "value" },
    EnsureDtypeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "EnsureDtypeKwargs" } },
      ],
    },
    EnsureDtypeKwargs: { kind: "object", open: false, properties: [{ name: "dtype", node: { kind: "value" } }] },
    EnvironmentalImpact: {
      kind: "object",
      open: true,
      properties: [
        { name: "hardware_type", node: { kind: "value" }, default: null },
        { name: "hours_used", node: { kind: "value" }, default: null },
        { name: "cloud_provider", node: { kind: "value" }, default: null },
        { name: "compute_region", node: { kind: "value" }, default: null },
        { name: "co2_emitted", node: { kind: "value" }, default: null },
      ],
    },
    Evaluation: {
      kind: "object",
      open: true,
      properties: [
        { name: "model_id", node: { kind: "ref", name: "ModelId" }, default: null },
        { name: "dataset_id", node: { kind: "ref", name: "ResourceId" } },
        { name: "dataset_source", node: { kind: "ref", name: "HttpUrl" } },
        { name: "dataset_role", node: { kind: "value" } },
        { name: "sample_count", node: { kind: "value" } },
        { name: "evaluation_factors", node: { kind: "array", items: { kind: "value" } } },
        { name: "evaluation_factors_long", node: { kind: "array", items: { kind: "value" } } },
        { name: "metrics", node: { kind: "array", items: { kind: "value" } } },
        { name: "metrics_long", node: { kind: "array", items: { kind: "value" } } },
        {
          name: "results",
          node: {
            kind: "array",
            items: {
              kind: "array",
              items: {
                kind: "union",
                by: "shape",
                branches: [{ node: { kind: "value" } }, { node: { kind: "value" } }],
              },
            },
          },
        },
        { name: "results_summary", node: { kind: "value" }, default: null },
      ],
    },
    FileDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
      ],
    },
    FileSource: {
      kind: "union",
      by: "shape",
      branches: [{ node: { kind: "ref", name: "HttpUrl" } }, { node: { kind: "ref", name: "RelativeFilePath" } }],
    },
    FixedZeroMeanUnitVarianceAlongAxisKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "mean", node: { kind: "array", items: { kind: "value" } } },
        { name: "std", node: { kind: "array", items: { kind: "value" } } },
        { name: "axis", node: { kind: "ref", name: "NonBatchAxisId" } },
      ],
    },
    FixedZeroMeanUnitVarianceDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        {
          name: "kwargs",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "FixedZeroMeanUnitVarianceKwargs" } },
              { node: { kind: "ref", name: "FixedZeroMeanUnitVarianceAlongAxisKwargs" } },
            ],
          },
        },
      ],
    },
    FixedZeroMeanUnitVarianceKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "mean", node: { kind: "value" } },
        { name: "std", node: { kind: "value" } },
      ],
    },
    HttpUrl: { kind: "value" },
    Identifier: { kind: "value" },
    IndexInputAxis: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "value" } },
              { node: { kind: "ref", name: "ParameterizedSize" } },
              { node: { kind: "ref", name: "SizeReference" } },
            ],
          },
        },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "index" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "concatenable", node: { kind: "value" }, default: false },
      ],
    },
    IndexOutputAxis: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "index" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "value" } },
              { node: { kind: "ref", name: "SizeReference" } },
              { node: { kind: "ref", name: "DataDependentSize" } },
            ],
          },
        },
      ],
    },
    InlineDatasetDescr: { kind: "object", open: true, properties: [] },
    InputAxis: {
      kind: "union",
      by: { tag: "type" },
      branches: [
        { when: "batch", node: { kind: "ref", name: "BatchAxis" } },
        { when: "channel", node: { kind: "ref", name: "ChannelAxis" } },
        { when: "index", node: { kind: "ref", name: "IndexInputAxis" } },
        { when: "time", node: { kind: "ref", name: "TimeInputAxis" } },
        { when: "space", node: { kind: "ref", name: "SpaceInputAxis" } },
      ],
    },
    InputTensorDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "TensorId" }, default: "input" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "InputAxis" } } },
        { name: "test_tensor", node: { kind: "ref", name: "FileDescr" }, default: null },
        { name: "sample_tensor", node: { kind: "ref", name: "FileDescr" }, default: null },
        {
          name: "data",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "TensorDataDescr" } },
              { node: { kind: "array", items: { kind: "ref", name: "TensorDataDescr" } } },
            ],
          },
          default: { type: "float32", range: [null, null], unit: "arbitrary unit", scale: 1, offset: null },
        },
        { name: "optional", node: { kind: "value" }, default: false },
        {
          name: "preprocessing",
          node: { kind: "array", items: { kind: "ref", name: "PreprocessingDescr" } },
          default: [],
        },
      ],
    },
    IntervalOrRatioDataDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "type", node: { kind: "value" }, default: "float32" },
        { name: "range", node: { kind: "array", items: { kind: "value" } }, default: [null, null] },
        {
          name: "unit",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "SiUnit" } }],
          },
          default: "arbitrary unit",
        },
        { name: "scale", node: { kind: "value" }, default: 1 },
        { name: "offset", node: { kind: "value" }, default: null },
      ],
    },
    KerasHdf5WeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" } },
      ],
    },
    LicenseId: { kind: "value" },
    LinkedDataset: {
      kind: "object",
      open: false,
      properties: [
        { name: "version", node: { kind: "ref", name: "Version" }, default: null },
        { name: "id", node: { kind: "ref", name: "ResourceId" } },
      ],
    },
    LinkedModel: {
      kind: "object",
      open: false,
      properties: [
        { name: "version", node: { kind: "ref", name: "Version" }, default: null },
        { name: "id", node: { kind: "ref", name: "ModelId" } },
      ],
    },
    Maintainer: {
      kind: "object",
      open: false,
      properties: [
        { name: "affiliation", node: { kind: "value" }, default: null },
        { name: "email", node: { kind: "value" }, default: null },
        { name: "orcid", node: { kind: "ref", name: "OrcidId" }, default: null },
        { name: "name", node: { kind: "value" }, default: null },
        { name: "github_user", node: { kind: "value" } },
      ],
    },
    ModelId: { kind: "ref", name: "ResourceId" },
    NominalOrOrdinalDataDescr: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "values",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "array", items: { kind: "value" } } },
              { node: { kind: "array", items: { kind: "value" } } },
              { node: { kind: "array", items: { kind: "value" } } },
              { node: { kind: "array", items: { kind: "value" } } },
            ],
          },
        },
        { name: "type", node: { kind: "value" }, default: "uint8" },
        {
          name: "unit",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "SiUnit" } }],
          },
          default: null,
        },
      ],
    },
    NonBatchAxisId: { kind: "ref", name: "AxisId" },
    OnnxWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        { name: "opset_version", node: { kind: "value" } },
        { name: "external_data", node: { kind: "ref", name: "FileDescr" }, default: null },
      ],
    },
    OrcidId: { kind: "value" },
    OutputAxis: {
      kind: "union",
      by: { tag: "type" },
      branches: [
        { when: "batch", node: { kind: "ref", name: "BatchAxis" } },
        { when: "channel", node: { kind: "ref", name: "ChannelAxis" } },
        { when: "index", node: { kind: "ref", name: "IndexOutputAxis" } },
        { when: "time", node: { kind: "ref", name: "TimeOutputAxisUnion" } },
        { when: "space", node: { kind: "ref", name: "SpaceOutputAxisUnion" } },
      ],
    },
    OutputTensorDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "ref", name: "TensorId" }, default: "output" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "OutputAxis" } } },
        { name: "test_tensor", node: { kind: "ref", name: "FileDescr" }, default: null },
        { name: "sample_tensor", node: { kind: "ref", name: "FileDescr" }, default: null },
        {
          name: "data",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "TensorDataDescr" } },
              { node: { kind: "array", items: { kind: "ref", name: "TensorDataDescr" } } },
            ],
          },
          default: { type: "float32", range: [null, null], unit: "arbitrary unit", scale: 1, offset: null },
        },
        {
          name: "postprocessing",
          node: { kind: "array", items: { kind: "ref", name: "PostprocessingDescr" } },
          default: [],
        },
      ],
    },
    ParameterizedSize: {
      kind: "object",
      open: false,
      properties: [
        { name: "min", node: { kind: "value" } },
        { name: "step", node: { kind: "value" } },
      ],
    },
    PostprocessingDescr: {
      kind: "union",
      by: { tag: "id" },
      branches: [
        { when: "binarize", node: { kind: "ref", name: "BinarizeDescr" } },
        { when: "clip", node: { kind: "ref", name: "ClipDescr" } },
        { when: "ensure_dtype", node: { kind: "ref", name: "EnsureDtypeDescr" } },
        { when: "fixed_zero_mean_unit_variance", node: { kind: "ref", name: "FixedZeroMeanUnitVarianceDescr" } },
        { when: "scale_linear", node: { kind: "ref", name: "ScaleLinearDescr" } },
        { when: "scale_mean_variance", node: { kind: "ref", name: "ScaleMeanVarianceDescr" } },
        { when: "scale_range", node: { kind: "ref", name: "ScaleRangeDescr" } },
        { when: "sigmoid", node: { kind: "ref", name: "SigmoidDescr" } },
        { when: "softmax", node: { kind: "ref", name: "SoftmaxDescr" } },
        { when: "zero_mean_unit_variance", node: { kind: "ref", name: "ZeroMeanUnitVarianceDescr" } },
      ],
    },
    PreprocessingDescr: {
      kind: "union",
      by: { tag: "id" },
      branches: [
        { when: "binarize", node: { kind: "ref", name: "BinarizeDescr" } },
        { when: "clip", node: { kind: "ref", name: "ClipDescr" } },
        { when: "ensure_dtype", node: { kind: "ref", name: "EnsureDtypeDescr" } },
        { when: "fixed_zero_mean_unit_variance", node: { kind: "ref", name: "FixedZeroMeanUnitVarianceDescr" } },
        { when: "scale_linear", node: { kind: "ref", name: "ScaleLinearDescr" } },
        { when: "scale_range", node: { kind: "ref", name: "ScaleRangeDescr" } },
        { when: "sigmoid", node: { kind: "ref", name: "SigmoidDescr" } },
        { when: "softmax", node: { kind: "ref", name: "SoftmaxDescr" } },
        { when: "zero_mean_unit_variance", node: { kind: "ref", name: "ZeroMeanUnitVarianceDescr" } },
      ],
    },
    PytorchStateDictWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        {
          name: "architecture",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "ArchitectureFromFileDescr" } },
              { node: { kind: "ref", name: "ArchitectureFromLibraryDescr" } },
            ],
          },
        },
        { name: "pytorch_version", node: { kind: "ref", name: "Version" } },
        { name: "dependencies", node: { kind: "ref", name: "FileDescr" }, default: null },
      ],
    },
    RelativeFilePath: { kind: "value" },
    ReproducibilityTolerance: {
      kind: "object",
      open: true,
      properties: [
        { name: "relative_tolerance", node: { kind: "value" }, default: 0.001 },
        { name: "absolute_tolerance", node: { kind: "value" }, default: 0.001 },
        { name: "mismatched_elements_per_million", node: { kind: "value" }, default: 100 },
        { name: "output_ids", node: { kind: "array", items: { kind: "ref", name: "TensorId" } }, default: [] },
        {
          name: "weights_formats",
          node: { kind: "array", items: { kind: "ref", name: "WeightsFormat" } },
          default: [],
        },
      ],
    },
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
    ScaleLinearAlongAxisKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "axis", node: { kind: "ref", name: "NonBatchAxisId" } },
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
    ScaleLinearDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        {
          name: "kwargs",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "ref", name: "ScaleLinearKwargs" } },
              { node: { kind: "ref", name: "ScaleLinearAlongAxisKwargs" } },
            ],
          },
        },
      ],
    },
    ScaleLinearKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "gain", node: { kind: "value" }, default: 1 },
        { name: "offset", node: { kind: "value" }, default: 0 },
      ],
    },
    ScaleMeanVarianceDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ScaleMeanVarianceKwargs" } },
      ],
    },
    ScaleMeanVarianceKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "reference_tensor", node: { kind: "ref", name: "TensorId" } },
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "AxisId" } }, default: null },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
      ],
    },
    ScaleRangeDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ScaleRangeKwargs" }, default: {} },
      ],
    },
    ScaleRangeKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "AxisId" } }, default: null },
        { name: "min_percentile", node: { kind: "value" }, default: 0 },
        { name: "max_percentile", node: { kind: "value" }, default: 100 },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
        { name: "reference_tensor", node: { kind: "ref", name: "TensorId" }, default: null },
      ],
    },
    Sha256: { kind: "value" },
    SiUnit: { kind: "value" },
    SigmoidDescr: { kind: "object", open: false, properties: [{ name: "id", node: { kind: "value" } }] },
    SizeReference: {
      kind: "object",
      open: false,
      properties: [
        { name: "tensor_id", node: { kind: "ref", name: "TensorId" } },
        { name: "axis_id", node: { kind: "ref", name: "AxisId" } },
        { name: "offset", node: { kind: "value" }, default: 0 },
      ],
    },
    SoftmaxDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "SoftmaxKwargs" }, default: {} },
      ],
    },
    SoftmaxKwargs: {
      kind: "object",
      open: false,
      properties: [{ name: "axis", node: { kind: "ref", name: "NonBatchAxisId" }, default: "channel" }],
    },
    SpaceInputAxis: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "value" } },
              { node: { kind: "ref", name: "ParameterizedSize" } },
              { node: { kind: "ref", name: "SizeReference" } },
            ],
          },
        },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "x" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
        { name: "concatenable", node: { kind: "value" }, default: false },
      ],
    },
    SpaceOutputAxis: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "SizeReference" } }],
          },
        },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "x" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
      ],
    },
    SpaceOutputAxisUnion: {
      kind: "union",
      by: { presence: "halo" },
      branches: [
        { when: "absent", node: { kind: "ref", name: "SpaceOutputAxis" } },
        { when: "present", node: { kind: "ref", name: "SpaceOutputAxisWithHalo" } },
      ],
    },
    SpaceOutputAxisWithHalo: {
      kind: "object",
      open: false,
      properties: [
        { name: "halo", node: { kind: "value" } },
        { name: "size", node: { kind: "ref", name: "SizeReference" } },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "x" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
      ],
    },
    TensorDataDescr: {
      kind: "union",
      by: "shape",
      branches: [
        { node: { kind: "ref", name: "NominalOrOrdinalDataDescr" } },
        { node: { kind: "ref", name: "IntervalOrRatioDataDescr" } },
      ],
    },
    TensorId: { kind: "ref", name: "Identifier" },
    TensorflowJsWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" } },
      ],
    },
    TensorflowSavedModelBundleWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        { name: "tensorflow_version", node: { kind: "ref", name: "Version" } },
        { name: "dependencies", node: { kind: "ref", name: "FileDescr" }, default: null },
      ],
    },
    TimeInputAxis: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [
              { node: { kind: "value" } },
              { node: { kind: "ref", name: "ParameterizedSize" } },
              { node: { kind: "ref", name: "SizeReference" } },
            ],
          },
        },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "time" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
        { name: "concatenable", node: { kind: "value" }, default: false },
      ],
    },
    TimeOutputAxis: {
      kind: "object",
      open: false,
      properties: [
        {
          name: "size",
          node: {
            kind: "union",
            by: "shape",
            branches: [{ node: { kind: "value" } }, { node: { kind: "ref", name: "SizeReference" } }],
          },
        },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "time" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
      ],
    },
    TimeOutputAxisUnion: {
      kind: "union",
      by: { presence: "halo" },
      branches: [
        { when: "absent", node: { kind: "ref", name: "TimeOutputAxis" } },
        { when: "present", node: { kind: "ref", name: "TimeOutputAxisWithHalo" } },
      ],
    },
    TimeOutputAxisWithHalo: {
      kind: "object",
      open: false,
      properties: [
        { name: "halo", node: { kind: "value" } },
        { name: "size", node: { kind: "ref", name: "SizeReference" } },
        { name: "id", node: { kind: "ref", name: "NonBatchAxisId" }, default: "time" },
        { name: "description", node: { kind: "value" }, default: "" },
        { name: "type", node: { kind: "value" } },
        { name: "unit", node: { kind: "value" }, default: null },
        { name: "scale", node: { kind: "value" }, default: 1 },
      ],
    },
    TorchscriptWeightsDescr: {
      kind: "object",
      open: false,
      properties: [
        { name: "source", node: { kind: "ref", name: "FileSource" } },
        { name: "sha256", node: { kind: "ref", name: "Sha256" }, default: null },
        { name: "authors", node: { kind: "array", items: { kind: "ref", name: "Author" } }, default: null },
        { name: "parent", node: { kind: "ref", name: "WeightsFormat" }, default: null },
        { name: "comment", node: { kind: "value" }, default: "" },
        { name: "pytorch_version", node: { kind: "ref", name: "Version" } },
      ],
    },
    TrainingDetails: {
      kind: "object",
      open: true,
      properties: [
        { name: "training_preprocessing", node: { kind: "value" }, default: null },
        { name: "training_epochs", node: { kind: "value" }, default: null },
        { name: "training_batch_size", node: { kind: "value" }, default: null },
        { name: "initial_learning_rate", node: { kind: "value" }, default: null },
        { name: "learning_rate_schedule", node: { kind: "value" }, default: null },
        { name: "loss_function", node: { kind: "value" }, default: null },
        { name: "loss_function_kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "optimizer", node: { kind: "value" }, default: null },
        { name: "optimizer_kwargs", node: { kind: "object", open: true, properties: [] }, default: {} },
        { name: "regularization", node: { kind: "value" }, default: null },
        { name: "training_duration", node: { kind: "value" }, default: null },
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
        { name: "id", node: { kind: "value" } },
        { name: "kwargs", node: { kind: "ref", name: "ZeroMeanUnitVarianceKwargs" }, default: {} },
      ],
    },
    ZeroMeanUnitVarianceKwargs: {
      kind: "object",
      open: false,
      properties: [
        { name: "axes", node: { kind: "array", items: { kind: "ref", name: "AxisId" } }, default: null },
        { name: "eps", node: { kind: "value" }, default: 0.000001 },
      ],
    },
  },
};
