// The rules model 0.5 shares with every format 0.3 description (GenericModelDescrBase), and the model's
// own file sources and FAIR tensor fields.
import { ALERT, ERROR } from "../../../engine/summary/types.js";
import { FAIR_MESSAGE, fairFinding, isUnfilled } from "../../common/fair.js";
import { fileSuffixes, mayBeReservedName, reservedFileDescrFinding, reservedNameFinding } from "../../common/files.js";
import { defineRule, type Rule } from "../../../engine/validation/rule.js";
import { FAIR_FIELDS_V0_3, genericBaseRulesV0_3 } from "../../generic/0.3/rules.js";
import { type ModelDescr, tensorEntries } from "./model.js";
import { isRecord } from "../../../engine/records.js";
import { WEIGHTS_FORMATS } from "../../weights-formats.js";

export const tensorFairFields = defineRule<ModelDescr>({
  id: "model05.tensors.fair",
  description: "FAIR metadata: every tensor should have a test tensor and a sample tensor",
  severity: ALERT,
  messages: [FAIR_MESSAGE],
  reference: "src/bioimageio/spec/model/v0_5.py:1635",
  *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      for (const [i, tensor] of tensorEntries(doc, field)) {
        for (const key of ["test_tensor", "sample_tensor"] as const) {
          const loc = [field, i, key];
          if (context.isValid(loc) && isUnfilled(tensor[key])) {
            yield fairFinding(loc);
          }
        }
      }
    }
  },
});

interface ModelSource {
  readonly source: unknown;
  readonly loc: (string | number)[];
  /** The file description holding the source, when there is one. */
  readonly descr?: Readonly<Record<string, unknown>>;
}

/**
 * (source, loc) of the model-specific file sources that `keep` selects: file descriptions report at their own
 * loc, plain sources at `source`. (A filter rather than a generator: a loc is built only for a kept source.)
 */
function modelSources(doc: ModelDescr, keep: (source: unknown) => boolean): ModelSource[] {
  const sources: ModelSource[] = [];
  for (const field of ["inputs", "outputs"] as const) {
    for (const [i, tensor] of tensorEntries(doc, field)) {
      for (const key of ["test_tensor", "sample_tensor"] as const) {
        const descr = tensor[key];
        if (isRecord(descr) && keep(descr.source)) {
          sources.push({ source: descr.source, loc: [field, i, key], descr });
        }
      }
    }
  }
  const weights: Readonly<Record<string, unknown>> = isRecord(doc.weights) ? doc.weights : {};
  // (an unknown format is an extra field: nothing in it is validated)
  for (const format of WEIGHTS_FORMATS) {
    const entry = weights[format];
    if (!isRecord(entry)) {
      continue;
    }
    if (keep(entry.source)) {
      sources.push({ source: entry.source, loc: ["weights", format, "source"] });
    }
    for (const key of ["dependencies", "external_data"] as const) {
      const descr = entry[key];
      if (isRecord(descr) && keep(descr.source)) {
        sources.push({ source: descr.source, loc: ["weights", format, key], descr });
      }
    }
  }
  return sources;
}

export const modelReservedFileNames = defineRule<ModelDescr>({
  id: "model05.files.reserved-name",
  description: "test/sample tensors, weights and dependency files may not use a reserved bioimage.io YAML name",
  severity: ERROR,
  messages: [
    "Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
    "Value error, 'source={source} sha256={sha256}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:2394",
  *check(doc, context) {
    for (const { source, loc, descr } of modelSources(doc, (source) => typeof source === "string" && mayBeReservedName(source))) {
      const finding = !context.isValid(loc)
        ? undefined
        : descr
          ? reservedFileDescrFinding({ source: source as string, sha256: descr.sha256 }, loc)
          : reservedNameFinding(source as string, loc);
      if (finding) {
        yield finding;
      }
    }
  },
});

/** `FileDescr_dependencies` (a conda environment file) and `FileDescr_external_data` (`WithSuffix`, case-sensitive). */
const weightsFileSuffixes: readonly Rule<object>[] = [
  fileSuffixes({ path: ["weights", "pytorch_state_dict", "dependencies"], form: "file-descr" }, [".yaml", ".yml"], true),
  fileSuffixes({ path: ["weights", "tensorflow_saved_model_bundle", "dependencies"], form: "file-descr" }, [".yaml", ".yml"], true),
  fileSuffixes({ path: ["weights", "onnx", "external_data"], form: "file-descr" }, [".data"], true),
];

export const commonRules: readonly Rule<ModelDescr>[] = [
  ...genericBaseRulesV0_3(FAIR_FIELDS_V0_3, [], { weightsAuthors: true }),
  tensorFairFields,
  modelReservedFileNames,
  ...(weightsFileSuffixes as readonly Rule<ModelDescr>[]),
];
