// generated from specs/ by codegen - do not edit
import type { SpecEntry } from "../src/runtime/spec-registry-types.js";
import type { GenericDescr as BioimageioGenericV0_3 } from "./types/bioimageio/generic/0.3.js";
import type { ModelDescr as BioimageioModelV0_4 } from "./types/bioimageio/model/0.4.js";
import type { ModelDescr as BioimageioModelV0_5 } from "./types/bioimageio/model/0.5.js";

/** The document type of every spec, by `family/type/version`. */
export interface SpecTypes {
  readonly "bioimageio/generic/0.3": BioimageioGenericV0_3;
  readonly "bioimageio/model/0.4": BioimageioModelV0_4;
  readonly "bioimageio/model/0.5": BioimageioModelV0_5;
}

/** `family/type/version` of every spec. */
export type SpecKey = keyof SpecTypes;
/** Every spec: metadata, the discriminated unions (for the reference's `loc`), and its validator, loaded on demand. */
export const specs: { readonly [K in SpecKey]: SpecEntry<SpecTypes[K], K> } = {
  "bioimageio/generic/0.3": {
    key: "bioimageio/generic/0.3",
    family: "bioimageio",
    type: "generic",
    version: "0.3",
    formatVersion: "0.3.0",
    id: "https://bioimage-specs.org/specs/bioimageio/generic/0.3.json",
    specPath: "specs/bioimageio/generic/0.3.json",
    typeName: "GenericDescr",
    unions: [],
    loadValidator: () => import("./validators/bioimageio/generic/0.3.js"),
  },
  "bioimageio/model/0.4": {
    key: "bioimageio/model/0.4",
    family: "bioimageio",
    type: "model",
    version: "0.4",
    formatVersion: "0.4.10",
    id: "https://bioimage-specs.org/specs/bioimageio/model/0.4.json",
    specPath: "specs/bioimageio/model/0.4.json",
    typeName: "ModelDescr",
    unions: [
      {
        path: ["inputs", "[]", "shape"],
        kind: "branch",
        branches: [
          {
            tag: "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            schemaPrefixes: ["#/$defs/InputTensorDescr/properties/shape/anyOf/0/"],
          },
          {
            tag: "function-after[matching_lengths(), ParameterizedInputShape]",
            schemaPrefixes: ["#/$defs/InputTensorDescr/properties/shape/anyOf/1/", "#/$defs/ParameterizedInputShape/"],
          },
        ],
      },
      { path: ["inputs", "[]", "preprocessing", "[]"], kind: "tag", property: "name" },
      {
        path: ["outputs", "[]", "shape"],
        kind: "branch",
        branches: [
          {
            tag: "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]",
            schemaPrefixes: ["#/$defs/OutputTensorDescr/properties/shape/anyOf/0/"],
          },
          {
            tag: "function-after[matching_lengths(), ImplicitOutputShape]",
            schemaPrefixes: [
              "#/$defs/OutputTensorDescr/properties/shape/anyOf/1/",
              "#/$defs/Identifier/",
              "#/$defs/ImplicitOutputShape/",
              "#/$defs/TensorName/",
            ],
          },
        ],
      },
      {
        path: ["outputs", "[]", "shape", "offset", "[]"],
        kind: "branch",
        branches: [
          { tag: "int", schemaPrefixes: ["#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/0/"] },
          {
            tag: "constrained-float",
            schemaPrefixes: ["#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/"],
          },
        ],
      },
      { path: ["outputs", "[]", "postprocessing", "[]"], kind: "tag", property: "name" },
      {
        path: ["training_data"],
        kind: "branch",
        branches: [
          { tag: "LinkedDataset", schemaPrefixes: ["#/properties/training_data/anyOf/0/", "#/$defs/LinkedDataset/"] },
          {
            tag: "function-after[_set_init_validation_summary(), DatasetDescr]",
            schemaPrefixes: [
              "#/properties/training_data/anyOf/1/",
              "#/$defs/AttachmentsDescr/",
              "#/$defs/Author/",
              "#/$defs/BadgeDescr/",
              "#/$defs/BadgeDescr2/",
              "#/$defs/CiteEntry/",
              "#/$defs/DatasetDescr/",
              "#/$defs/Doi/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/Maintainer/",
              "#/$defs/RelativeFilePath/",
              "#/$defs/Uploader/",
              "#/$defs/Version/",
            ],
          },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "architecture"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[CallableFromFile(), str]",
            schemaPrefixes: ["#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/"],
          },
          {
            tag: "function-after[CallableFromDepencency(), str]",
            schemaPrefixes: ["#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/"],
          },
        ],
      },
    ],
    loadValidator: () => import("./validators/bioimageio/model/0.4.js"),
  },
  "bioimageio/model/0.5": {
    key: "bioimageio/model/0.5",
    family: "bioimageio",
    type: "model",
    version: "0.5",
    formatVersion: "0.5.7",
    id: "https://bioimage-specs.org/specs/bioimageio/model/0.5.json",
    specPath: "specs/bioimageio/model/0.5.json",
    typeName: "ModelDescr",
    unions: [
      { path: ["inputs", "[]", "axes", "[]"], kind: "tag", property: "type" },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/IndexInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/IndexInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/IndexInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "index" }],
      },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/TimeInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/TimeInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/TimeInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "time" }],
      },
      {
        path: ["inputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/SpaceInputAxis/properties/size/anyOf/0/"] },
          {
            tag: "ParameterizedSize",
            schemaPrefixes: ["#/$defs/SpaceInputAxis/properties/size/anyOf/1/", "#/$defs/ParameterizedSize/"],
          },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/SpaceInputAxis/properties/size/anyOf/2/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [{ at: 4, property: "type", equals: "space" }],
      },
      {
        path: ["inputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["inputs", "[]", "data", "[]"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      { path: ["inputs", "[]", "preprocessing", "[]"], kind: "tag", property: "id" },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "BinarizeKwargs",
            schemaPrefixes: ["#/$defs/BinarizeDescr/properties/kwargs/anyOf/0/", "#/$defs/BinarizeKwargs/"],
          },
          {
            tag: "BinarizeAlongAxisKwargs",
            schemaPrefixes: [
              "#/$defs/BinarizeDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/BinarizeAlongAxisKwargs/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "binarize" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "FixedZeroMeanUnitVarianceKwargs",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/0/",
              "#/$defs/FixedZeroMeanUnitVarianceKwargs/",
            ],
          },
          {
            tag: "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "fixed_zero_mean_unit_variance" }],
      },
      {
        path: ["inputs", "[]", "preprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate(), ScaleLinearKwargs]",
            schemaPrefixes: ["#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/0/", "#/$defs/ScaleLinearKwargs/"],
          },
          {
            tag: "function-after[_validate(), ScaleLinearAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
              "#/$defs/ScaleLinearAlongAxisKwargs/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      { path: ["outputs", "[]", "axes", "[]"], kind: "tag", property: "type" },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/IndexOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/IndexOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
          {
            tag: "function-after[_validate_max_gt_min(), DataDependentSize]",
            schemaPrefixes: ["#/$defs/IndexOutputAxis/properties/size/anyOf/2/", "#/$defs/DataDependentSize/"],
          },
        ],
        when: [{ at: 4, property: "type", equals: "index" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]"],
        kind: "presence",
        property: "halo",
        present: "with_halo",
        absent: "wo_halo",
        when: [{ at: 4, property: "type", equals: "time" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/TimeOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/TimeOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [
          { at: 4, property: "type", equals: "time" },
          { at: 4, property: "halo", present: false },
        ],
      },
      {
        path: ["outputs", "[]", "axes", "[]"],
        kind: "presence",
        property: "halo",
        present: "with_halo",
        absent: "wo_halo",
        when: [{ at: 4, property: "type", equals: "space" }],
      },
      {
        path: ["outputs", "[]", "axes", "[]", "size"],
        kind: "branch",
        branches: [
          { tag: "constrained-int", schemaPrefixes: ["#/$defs/SpaceOutputAxis/properties/size/anyOf/0/"] },
          {
            tag: "SizeReference",
            schemaPrefixes: [
              "#/$defs/SpaceOutputAxis/properties/size/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/SizeReference/",
              "#/$defs/TensorId/",
            ],
          },
        ],
        when: [
          { at: 4, property: "type", equals: "space" },
          { at: 4, property: "halo", present: false },
        ],
      },
      {
        path: ["outputs", "[]", "data"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      {
        path: ["outputs", "[]", "data", "[]"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/0/",
              "#/$defs/NominalOrOrdinalDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
          {
            tag: "IntervalOrRatioDataDescr",
            schemaPrefixes: [
              "#/$defs/TensorDataDescr/anyOf/1/",
              "#/$defs/IntervalOrRatioDataDescr/",
              "#/$defs/SiUnit/",
            ],
          },
        ],
      },
      { path: ["outputs", "[]", "postprocessing", "[]"], kind: "tag", property: "id" },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "BinarizeKwargs",
            schemaPrefixes: ["#/$defs/BinarizeDescr/properties/kwargs/anyOf/0/", "#/$defs/BinarizeKwargs/"],
          },
          {
            tag: "BinarizeAlongAxisKwargs",
            schemaPrefixes: [
              "#/$defs/BinarizeDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/BinarizeAlongAxisKwargs/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "binarize" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "FixedZeroMeanUnitVarianceKwargs",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/0/",
              "#/$defs/FixedZeroMeanUnitVarianceKwargs/",
            ],
          },
          {
            tag: "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "fixed_zero_mean_unit_variance" }],
      },
      {
        path: ["outputs", "[]", "postprocessing", "[]", "kwargs"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate(), ScaleLinearKwargs]",
            schemaPrefixes: ["#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/0/", "#/$defs/ScaleLinearKwargs/"],
          },
          {
            tag: "function-after[_validate(), ScaleLinearAlongAxisKwargs]",
            schemaPrefixes: [
              "#/$defs/ScaleLinearDescr/properties/kwargs/anyOf/1/",
              "#/$defs/AxisId/",
              "#/$defs/LowerCaseIdentifier/",
              "#/$defs/NonBatchAxisId/",
              "#/$defs/ScaleLinearAlongAxisKwargs/",
            ],
          },
        ],
        when: [{ at: 4, property: "id", equals: "scale_linear" }],
      },
      {
        path: ["training_data"],
        kind: "branch",
        branches: [
          {
            tag: "LinkedDataset",
            schemaPrefixes: [
              "#/properties/training_data/anyOf/0/",
              "#/$defs/LinkedDataset/",
              "#/$defs/ResourceId/",
              "#/$defs/Version/",
            ],
          },
        ],
      },
      {
        path: ["weights", "pytorch_state_dict", "architecture"],
        kind: "branch",
        branches: [
          {
            tag: "function-after[_validate_sha256(), ArchitectureFromFileDescr]",
            schemaPrefixes: [
              "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/",
              "#/$defs/ArchitectureFromFileDescr/",
              "#/$defs/FileSource/",
              "#/$defs/HttpUrl/",
              "#/$defs/Identifier/",
              "#/$defs/RelativeFilePath/",
              "#/$defs/Sha256/",
            ],
          },
          {
            tag: "ArchitectureFromLibraryDescr",
            schemaPrefixes: [
              "#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/",
              "#/$defs/ArchitectureFromLibraryDescr/",
              "#/$defs/Identifier/",
            ],
          },
        ],
      },
    ],
    loadValidator: () => import("./validators/bioimageio/model/0.5.js"),
  },
};
