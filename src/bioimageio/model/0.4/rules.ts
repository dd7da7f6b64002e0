// The model 0.4 rules, in layers: a rule sees a node as valid only if the rules of lower layers found no error
// in it, as pydantic runs a node's validators only when its fields validated.
import type { Rule } from "../../../engine/validation/rule.js";
import { configYamlValues } from "../../common/yaml-value.js";
import { fileSources } from "./files.js";
import {
  authorsMissing,
  citeDoiOrUrl,
  citeMissing,
  licenseKnown,
  nameLength,
  orcidValid,
  runModeKnown,
  timestampIso8601,
  trainingDataIterable,
  versionsPep440,
  weightsWarnings,
} from "./metadata.js";
import { layered, type ModelDescr } from "./model.js";
import { axesLetters, modelTensors, processingKwargsRule, shapeLengths, tensorChecks, uniqueNames } from "./tensors.js";
import { weightsCallables, weightsEntry, weightsOneEntry } from "./weights.js";

export const modelRulesV0_4: readonly Rule<ModelDescr>[] = layered([
  // field values and the validators of leaf nodes
  [
    nameLength,
    authorsMissing,
    citeDoiOrUrl,
    citeMissing,
    licenseKnown,
    runModeKnown,
    versionsPep440,
    configYamlValues,
    timestampIso8601,
    orcidValid,
    fileSources,
    axesLetters,
    shapeLengths,
    weightsCallables,
    trainingDataIterable,
  ],
  // processing kwargs and weights entries (and the weights warnings, which need to know a `dependencies` is valid)
  [processingKwargsRule, weightsEntry, weightsWarnings],
  // tensors and the weights as a whole
  [tensorChecks, weightsOneEntry],
  // the tensor lists
  [uniqueNames],
  // the model
  [modelTensors],
]);
