// Model 0.5 weights (bioimageio.spec model/v0_5.py `WeightsDescr.check_entries`,
// `WeightsEntryDescrBase._validate`, `OnnxWeightsDescr._validate_external_data_unique_file_name`).
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import type { WeightsDescr } from "../../../../generated/types/bioimageio/model/0.5.js";
import type { ModelDescr } from "./model.js";
import { WEIGHTS_FORMATS } from "../../weights-formats.js";
import { versionFinding } from "../../common/version.js";
import { fileName, reservedNameFinding } from "../../common/files.js";
import { yamlValueErrors } from "../../common/yaml-value.js";
import { isRecord } from "../../../engine/records.js";
import type { RuleFinding } from "../../../engine/validation/rule.js";

type Entry = NonNullable<WeightsDescr[(typeof WEIGHTS_FORMATS)[number]]>;

/** The weights of a document whose `weights` may be missing or not an object (it failed the schema then). */
function weightsOf(doc: ModelDescr): WeightsDescr | undefined {
  const weights: unknown = doc.weights;
  return typeof weights === "object" && weights !== null ? doc.weights : undefined;
}

function presentEntries(doc: ModelDescr): [string, Entry][] {
  const weights = weightsOf(doc);
  const entries: [string, Entry][] = [];
  if (!weights) {
    return entries;
  }
  for (const format of WEIGHTS_FORMATS) {
    const entry = weights[format];
    if (entry !== undefined && entry !== null) {
      entries.push([format, entry]);
    }
  }
  return entries;
}

/** The library version a weights entry names (a `Version` field, see common/version.ts), with its field. */
function libraryVersion(entry: Entry): ["pytorch_version" | "tensorflow_version", unknown] | undefined {
  // (an entry that failed the schema may be anything)
  const value: unknown = entry;
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  if ("pytorch_version" in entry) {
    return ["pytorch_version", entry.pytorch_version];
  }
  return "tensorflow_version" in entry ? ["tensorflow_version", entry.tensorflow_version] : undefined;
}

export const libraryVersions = defineRule<ModelDescr>({
  id: "model05.weights.library-version",
  description: "the PyTorch and TensorFlow versions of the weights entries are PEP 440 versions",
  severity: ERROR,
  messages: ["Value error, Invalid version: {version}"],
  reference: "src/bioimageio/spec/_internal/version_type.py:20",
  *check(doc, context) {
    for (const [format, entry] of presentEntries(doc)) {
      const [field, value] = libraryVersion(entry) ?? [];
      const loc = ["weights", format, field ?? ""];
      const finding =
        field && (typeof value === "string" || typeof value === "number") && context.isValid(loc)
          ? versionFinding(value, loc, entry)
          : undefined;
      if (finding) {
        yield finding;
      }
    }
  },
});

export const weightEntries = defineRule<ModelDescr>({
  id: "model05.weights.entries",
  // `WeightsDescr.check_entries` and the entries' own model validators run after the fields of the entries
  // validated, those checked by field rules (file names, versions) included
  level: "container",
  description:
    "at least one weights entry; exactly one without `parent` (else a warning); a `parent` names a present format, not the entry itself",
  severity: [ERROR, WARNING],
  messages: [
    "Value error, Weights entry can't be it's own parent.",
    "Value error, Missing weights entry",
    "Exactly one weights entry may not specify the `parent` field (got {n}). That entry is considered the original set of model weights. Other weight formats are created through conversion of the orignal or already converted weights. They have to reference the weights format they were converted from as their `parent`.",
    "Value error, `weights.{format}.parent={parent} not in specified weight formats: {formats}",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:2540",
  *check(doc, context) {
    const entries = presentEntries(doc);
    // an entry's own validator: an entry that is its own parent leaves `weights` invalid, so its model validator
    // (the checks below) does not run
    let ownParent = false;
    for (const [format, entry] of entries) {
      if (context.isValid(["weights", format]) && entry.parent === format) {
        ownParent = true;
        yield { loc: ["weights", format], msg: "Value error, Weights entry can't be it's own parent." };
      }
    }
    if (ownParent || !context.isValid(["weights"])) {
      return;
    }
    if (entries.length === 0) {
      yield { loc: ["weights"], msg: "Value error, Missing weights entry" };
      return;
    }
    const roots = entries.filter(([, entry]) => entry.parent === undefined || entry.parent === null);
    if (roots.length !== 1) {
      yield {
        loc: ["weights"],
        severity: WARNING,
        msg: `Exactly one weights entry may not specify the \`parent\` field (got ${roots.length}). That entry is considered the original set of model weights. Other weight formats are created through conversion of the orignal or already converted weights. They have to reference the weights format they were converted from as their \`parent\`.`,
      };
    }
    const present = new Set(entries.map(([format]) => format));
    for (const [format, entry] of entries) {
      if (typeof entry.parent === "string" && !present.has(entry.parent)) {
        yield {
          loc: ["weights"],
          path: ["weights", format, "parent"],
          msg: `Value error, \`weights.${format}.parent=${entry.parent} not in specified weight formats: ${pyRepr(present)}`,
        };
        return;
      }
    }
  },
});

export const onnxExternalData = defineRule<ModelDescr>({
  id: "model05.weights.onnx-external-data",
  description: "the ONNX `external_data` file is named differently from the ONNX `source` file",
  severity: ERROR,
  messages: ["Value error, ONNX `external_data` file name '{name}' must be different from ONNX `source` file name."],
  reference: "src/bioimageio/spec/model/v0_5.py:2454",
  *check(doc, context) {
    const onnx = weightsOf(doc)?.onnx;
    const external = onnx?.external_data?.source;
    if (!onnx || external === undefined || !context.isValid(["weights", "onnx"])) {
      return;
    }
    const name = fileName(external);
    if (name === fileName(onnx.source)) {
      yield {
        loc: ["weights", "onnx"],
        path: ["weights", "onnx", "external_data", "source"],
        msg: `Value error, ONNX \`external_data\` file name '${name}' must be different from ONNX \`source\` file name.`,
      };
    }
  },
});

/** The reference's tags of the `architecture` union's branches, and the fields each declares. */
const FROM_FILE = "function-after[_validate_sha256(), ArchitectureFromFileDescr]";
const FROM_LIBRARY = "ArchitectureFromLibraryDescr";
const BRANCH_FIELDS: Readonly<Record<string, { readonly fields: readonly string[]; readonly required: string }>> = {
  [FROM_FILE]: { fields: ["source", "sha256", "callable", "kwargs"], required: "source" },
  [FROM_LIBRARY]: { fields: ["callable", "kwargs", "import_from"], required: "import_from" },
};

/** What a branch's validators (not its schema) refuse in an architecture: a reserved source name, kwargs that are not finite. */
function* branchValueErrors(
  architecture: Readonly<Record<string, unknown>>,
  branch: string,
  at: readonly string[],
): Generator<RuleFinding> {
  const source = architecture.source;
  if (branch === FROM_FILE && typeof source === "string") {
    const finding = reservedNameFinding(source, [...at, branch, "source"]);
    if (finding) {
      yield { ...finding, path: [...at, "source"] };
    }
  }
  if (isRecord(architecture.kwargs)) {
    for (const [key, value] of Object.entries(architecture.kwargs)) {
      yield* yamlValueErrors(value, [...at, branch, "kwargs", key], [...at, "kwargs", key]);
    }
  }
}

/** The schema errors of the other branch: its required field missing, the fields it does not declare. */
function* otherBranchShape(architecture: Readonly<Record<string, unknown>>, branch: string, at: readonly string[]): Generator<RuleFinding> {
  const { fields, required } = BRANCH_FIELDS[branch] ?? { fields: [], required: "" };
  if (!(required in architecture)) {
    yield { loc: [...at, branch, required], path: at, msg: "Field required", type: "missing" };
  }
  for (const key of Object.keys(architecture).filter((k) => !fields.includes(k))) {
    yield { loc: [...at, branch, key], path: [...at, key], msg: "Extra inputs are not permitted", type: "extra_forbidden" };
  }
}

export const architectureBranches = defineRule<ModelDescr>({
  id: "model05.weights.architecture-union",
  description:
    "an architecture whose branch (from a file or from a library) refuses it in a validator (a reserved source file name, kwargs that are not finite) fails both branches, each reported under its tag",
  severity: ERROR,
  messages: [
    "Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
    "Input should be a finite number",
    "Input should be a valid {type of a YamlValue branch the value is not}",
    "Field required",
    "Extra inputs are not permitted",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:2470",
  *check(doc, context) {
    const weights = weightsOf(doc);
    const architecture: unknown = weights?.pytorch_state_dict?.architecture;
    const at = ["weights", "pytorch_state_dict", "architecture"];
    if (!isRecord(architecture) || !context.isValid(at)) {
      return;
    }
    const matched = "source" in architecture ? FROM_FILE : FROM_LIBRARY;
    const own = [...branchValueErrors(architecture, matched, at)];
    if (own.length === 0) {
      return;
    }
    // pydantic's smart union tried both branches: each one's errors, in the union's order
    const other = matched === FROM_FILE ? FROM_LIBRARY : FROM_FILE;
    const others = [...otherBranchShape(architecture, other, at), ...branchValueErrors(architecture, other, at)];
    yield* matched === FROM_FILE ? [...own, ...others] : [...others, ...own];
  },
});

export const weightsRules = [libraryVersions, weightEntries, onnxExternalData, architectureBranches] as const;
