// Model 0.4 weights (bioimageio.spec model/v0_4.py `WeightsEntryDescrBase`, `PytorchStateDictWeightsDescr`,
// `WeightsDescr`): an entry is not its own parent, an architecture from a file has a hash (and only then), and
// there is at least one entry.
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule } from "../../../engine/validation/rule.js";
import { isDefined, isObjectValue, type ModelDescr, WEIGHTS_FORMATS, weightsEntryOf } from "./model.js";
import { identifierProblem } from "../../common/identifier.js";

/** `CallableFromFile` wins the left-to-right union whenever the string has a `:` around non-empty parts. */
const fromFile = (architecture: string): boolean => /^.+:.+$/.test(architecture);

export const weightsEntry = defineRule<ModelDescr>({
  id: "model04.weights.entry",
  description: "a weights entry is not its own parent; `architecture_sha256` is given exactly when the architecture comes from a file",
  severity: ERROR,
  messages: [
    "Value error, Weights entry can't be it's own parent.",
    "Value error, Missing required `architecture_sha256` for `architecture` with source file.",
    "Value error, Got `architecture_sha256` for architecture that does not have a source file.",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:289",
  *check(doc, context) {
    for (const format of WEIGHTS_FORMATS) {
      const entry = weightsEntryOf(doc, format);
      const loc = ["weights", format];
      if (!isObjectValue(entry) || !context.isValid(loc)) {
        continue;
      }
      if (entry.parent === format) {
        yield { loc, msg: "Value error, Weights entry can't be it's own parent." };
        continue;
      }
      if (format !== "pytorch_state_dict" || !("architecture" in entry) || typeof entry.architecture !== "string") {
        continue;
      }
      const hasHash = isDefined(entry.architecture_sha256);
      if (fromFile(entry.architecture) && !hasHash) {
        yield { loc, msg: "Value error, Missing required `architecture_sha256` for `architecture` with source file." };
      } else if (!fromFile(entry.architecture) && hasHash) {
        yield { loc, msg: "Value error, Got `architecture_sha256` for architecture that does not have a source file." };
      }
    }
  },
});

export const weightsOneEntry = defineRule<ModelDescr>({
  id: "model04.weights.one-entry",
  description: "`weights` has at least one entry",
  severity: ERROR,
  messages: ["Value error, Missing weights entry"],
  reference: "src/bioimageio/spec/model/v0_4.py:475",
  *check(doc, context) {
    if (context.isValid(["weights"]) && WEIGHTS_FORMATS.every((format) => !isDefined(weightsEntryOf(doc, format)))) {
      yield { loc: ["weights"], msg: "Value error, Missing weights entry" };
    }
  },
});

const FILE_TAG = "function-after[CallableFromFile(), str]";
const DEPENDENCY_TAG = "function-after[CallableFromDepencency(), str]";
const FILE_PATTERN = /^.+:.+$/;
const DEPENDENCY_PATTERN = /^.+\..+$/;

/** The errors of one branch of the architecture union, relative to the branch (empty: it validates). */
function branchErrors(architecture: string, fromFileBranch: boolean): { sub: string[]; msg: string; type?: string }[] {
  const pattern = fromFileBranch ? FILE_PATTERN : DEPENDENCY_PATTERN;
  if (!pattern.test(architecture)) {
    return [{ sub: [], msg: `String should match pattern '${pattern.source}'`, type: "string_pattern_mismatch" }];
  }
  if (fromFileBranch) {
    const callable = architecture.slice(architecture.lastIndexOf(":") + 1);
    const problem = identifierProblem(callable);
    return problem ? [{ sub: ["callable_name"], msg: problem }] : [];
  }
  const parts = architecture.split(".");
  const callable = parts.pop() ?? "";
  const out: { sub: string[]; msg: string }[] = [];
  const module = parts.map(identifierProblem).find(isDefined);
  if (module) {
    out.push({ sub: ["module_name"], msg: module });
  }
  const problem = identifierProblem(callable);
  if (problem) {
    out.push({ sub: ["callable_name"], msg: problem });
  }
  return out;
}

export const weightsCallables = defineRule<ModelDescr>({
  id: "model04.weights.callables",
  description:
    "an `architecture` names a Python file and callable, or a module and callable, by valid identifiers; a `dependencies` names a manager and a file that is not named like a bioimage.io YAML file",
  severity: ERROR,
  messages: [
    "String should match pattern '{pattern}'",
    "Value error, '{name}' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.",
    "Value error, '{name}' is a Python keyword and not allowed here.",
    "Value error, '{file}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
    "String should have at least 1 character",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:115",
  *check(doc, context) {
    const entry = weightsEntryOf(doc, "pytorch_state_dict");
    const at = ["weights", "pytorch_state_dict", "architecture"];
    if (isObjectValue(entry) && typeof entry.architecture === "string" && context.isValid(at)) {
      const fromFile = branchErrors(entry.architecture, true);
      const fromDependency = branchErrors(entry.architecture, false);
      // left to right: the first branch that validates wins; when both fail, pydantic reports both (the schema
      // already has when neither pattern matched)
      const schemaReported = fromFile[0]?.sub.length === 0 && fromDependency[0]?.sub.length === 0;
      if (fromFile.length > 0 && fromDependency.length > 0 && !schemaReported) {
        for (const [tag, errors] of [
          [FILE_TAG, fromFile],
          [DEPENDENCY_TAG, fromDependency],
        ] as const) {
          for (const { sub, msg, type } of errors) {
            yield { loc: [...at, tag, ...sub], path: at, msg, ...(type ? { type } : {}) };
          }
        }
      }
    }
    for (const format of WEIGHTS_FORMATS) {
      const weights = weightsEntryOf(doc, format);
      const loc = ["weights", format, "dependencies"];
      if (isObjectValue(weights) && typeof weights.dependencies === "string" && context.isValid(loc)) {
        if (weights.dependencies.trimStart().startsWith(":")) {
          // `manager:file`, split at the first colon: an empty manager is NotEmpty's
          yield { loc: [...loc, "manager"], path: loc, msg: "String should have at least 1 character", type: "string_too_short" };
        }
        const file = weights.dependencies.slice(weights.dependencies.indexOf(":") + 1);
        const name = file.split("/").pop() ?? "";
        if (["rdf.yaml", "bioimageio.yaml", "model.yaml"].some((yaml) => name === yaml || name.endsWith(`.${yaml}`))) {
          yield {
            loc: [...loc, "file"],
            path: loc,
            msg: `Value error, '${file}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.`,
          };
        }
      }
    }
  },
});
