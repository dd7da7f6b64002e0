// Model 0.4 metadata (bioimageio.spec model/v0_4.py `ModelDescr`, generic/v0_2.py `GenericModelDescrBase`):
// name length, authors and citations, licence, run mode, versions, timestamp, ORCID iDs.
import { isoparseProblem } from "../../common/isoparse.js";
import { versionFinding } from "../../common/version.js";
import { orcidFinding, personLists } from "../../common/persons.js";
import { currentLicenseIds } from "../../../../generated/data/bioimageio/spdx-license-ids.js";
import { ALERT, ERROR, INFO, WARNING } from "../../../engine/summary/types.js";
import { defineRule, type RuleFinding, ValidatorRaised } from "../../../engine/validation/rule.js";
import { pyTypeName } from "../../../engine/python-repr.js";
import { YamlTimestamp } from "../../../engine/yaml-timestamp.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import { isRecord } from "../../../engine/records.js";
import { isDefined, isObjectValue, listOf, type ModelDescr, WEIGHTS_FORMATS, type WeightsEntry, weightsEntryOf } from "./model.js";

const codePoints = (s: string): number => [...s].length;

export const nameLength = defineRule<ModelDescr>({
  id: "model04.name.length",
  description: "a name shorter than 5 or longer than 64 characters gets an INFO warning",
  severity: INFO,
  messages: ["Name shorter than 5 characters.", "Name longer than 64 characters."],
  reference: "src/bioimageio/spec/model/v0_4.py:1132",
  *check(doc, context) {
    if (!context.isValid(["name"])) {
      return;
    }
    const length = codePoints(doc.name);
    if (length < 5) {
      yield { loc: ["name"], msg: "Name shorter than 5 characters.", severity: INFO };
    } else if (length > 64) {
      yield { loc: ["name"], msg: "Name longer than 64 characters.", severity: INFO };
    }
  },
});

function pyFalsy(value: unknown): boolean {
  return (
    value === null ||
    value === false ||
    value === 0 ||
    value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

export const authorsMissing = defineRule<ModelDescr>({
  id: "model04.authors.missing",
  description: "an empty `authors` value gets a warning (besides the error for an empty list)",
  severity: WARNING,
  messages: ["missing"],
  reference: "src/bioimageio/spec/generic/v0_2.py:247",
  *check(doc) {
    // the reference's before-validator: it sees the value whether or not it is valid
    const authors: unknown = doc.authors;
    if (authors !== undefined && pyFalsy(authors)) {
      yield { loc: ["authors"], msg: "missing", severity: WARNING };
    }
  },
});

export const citeMissing = defineRule<ModelDescr>({
  id: "model04.cite.missing",
  description: "no citation (an empty or missing `cite`) gets a warning",
  severity: WARNING,
  messages: ["missing"],
  reference: "src/bioimageio/spec/generic/v0_2.py:267",
  *check(doc, context) {
    if (context.isValid(["cite"]) && listOf(doc.cite).length === 0) {
      yield { loc: ["cite"], msg: "missing", severity: WARNING };
    }
  },
});

export const citeDoiOrUrl = defineRule<ModelDescr>({
  id: "model04.cite.doi-or-url",
  description: "a citation has a `doi` or a `url`",
  severity: ERROR,
  messages: ["Value error, Either 'doi' or 'url' is required"],
  reference: "src/bioimageio/spec/generic/v0_2.py:199",
  *check(doc, context) {
    for (const [i, entry] of listOf(doc.cite).entries()) {
      if (isObjectValue(entry) && context.isValid(["cite", i]) && !entry.doi && !entry.url) {
        yield { loc: ["cite", i], msg: "Value error, Either 'doi' or 'url' is required" };
      }
    }
  },
});

const LICENSE_IDS = new Set(currentLicenseIds);

export const licenseKnown = defineRule<ModelDescr>({
  id: "model04.license.known",
  description: "a licence that is not a current SPDX id (deprecated ids included) gets a warning",
  severity: WARNING,
  messages: ["Unknown license id '{license}'."],
  reference: "src/bioimageio/spec/model/v0_4.py:1121",
  *check(doc, context) {
    if (context.isValid(["license"]) && !LICENSE_IDS.has(doc.license)) {
      yield { loc: ["license"], msg: `Unknown license id '${doc.license}'.`, severity: WARNING };
    }
  },
});

export const runModeKnown = defineRule<ModelDescr>({
  id: "model04.run-mode.known",
  description: "a run mode other than `deepimagej` gets a warning",
  severity: WARNING,
  messages: ["Unknown run mode '{name}'."],
  reference: "src/bioimageio/spec/model/v0_4.py:1022",
  *check(doc, context) {
    const runMode = doc.run_mode;
    const name = isObjectValue(runMode) ? runMode.name : undefined;
    if (typeof name === "string" && context.isValid(["run_mode", "name"]) && name !== "deepimagej") {
      yield { loc: ["run_mode", "name"], msg: `Unknown run mode '${name}'.`, severity: WARNING };
    }
  },
});

function* versionFindings(value: unknown, loc: DocPath, valid: boolean, container: object): Generator<RuleFinding> {
  const finding = valid && (typeof value === "string" || typeof value === "number") ? versionFinding(value, loc, container) : undefined;
  if (finding) {
    yield finding;
  }
}

export const versionsPep440 = defineRule<ModelDescr>({
  id: "model04.version.pep440",
  description: "`version` and the library versions of weights entries are PEP 440 versions",
  severity: ERROR,
  messages: ["Value error, Invalid version: {version}"],
  reference: "src/bioimageio/spec/_internal/version_type.py:9",
  *check(doc, context) {
    yield* versionFindings(doc.version, ["version"], context.isValid(["version"]), doc);
    for (const format of WEIGHTS_FORMATS) {
      const entry = weightsEntryOf(doc, format);
      if (!isObjectValue(entry)) {
        continue;
      }
      for (const field of ["pytorch_version", "tensorflow_version"] as const) {
        const loc = ["weights", format, field];
        yield* versionFindings(libraryVersion(entry, field), loc, context.isValid(loc), entry);
      }
    }
  },
});

export const timestampIso8601 = defineRule<ModelDescr>({
  id: "model04.timestamp.iso8601",
  description: "`timestamp` is an ISO 8601 date and time",
  severity: ERROR,
  messages: ["Value error, {what dateutil's isoparse raises}"],
  reference: "src/bioimageio/spec/_internal/types.py:91",
  *check(doc, context) {
    const problem = context.isValid(["timestamp"]) ? isoparseProblem(doc.timestamp) : undefined;
    if (problem) {
      yield { loc: ["timestamp"], msg: `Value error, ${problem}` };
    }
  },
});

export const orcidValid = defineRule<ModelDescr>({
  id: "model04.orcid.valid",
  description: "an ORCID iD is four hyphenated groups of 4 with a valid check digit",
  severity: ERROR,
  messages: [
    "Value error, '{orcid} is not a valid ORCID iD in hyphenated groups of 4 digits.",
    "Value error, invalid literal for int() with base 10: '{character}'",
  ],
  reference: "src/bioimageio/spec/_internal/types.py:100",
  *check(doc, context) {
    for (const { persons, at } of personLists(doc, ["authors", "maintainers", "packaged_by"], true)) {
      for (const [i, person] of persons.entries()) {
        const loc = [...at, i, "orcid"];
        const finding =
          isRecord(person) && typeof person.orcid === "string" && context.isValid(loc) ? orcidFinding(person.orcid, loc) : undefined;
        if (finding) {
          yield finding;
        }
      }
    }
  },
});

export const weightsWarnings = defineRule<ModelDescr>({
  id: "model04.weights.warnings",
  description: "weights entries without their library version or with attachments get an ALERT, custom dependencies a warning",
  severity: [ALERT, WARNING],
  messages: [
    "Weights entry depends on additional attachments.",
    "Custom dependencies ({dependencies}) specified. Avoid this whenever possible to allow execution in a wider range of software environments.",
    "missing. Please specify the {library} version these {weights} were created with.",
    "Missing ONNX opset version (aka ONNX opset number). Please specify the ONNX opset version these weights were created with.",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:250",
  *check(doc, context) {
    for (const format of WEIGHTS_FORMATS) {
      const entry = weightsEntryOf(doc, format);
      if (!isObjectValue(entry)) {
        continue;
      }
      // field validators: each sees its own field, whatever the rest of the entry
      const at = ["weights", format];
      const valid = (field: string): boolean => context.isValid([...at, field]);
      if (isDefined(entry.attachments) && valid("attachments")) {
        yield { loc: [...at, "attachments"], msg: "Weights entry depends on additional attachments.", severity: ALERT };
      }
      if (isDefined(entry.dependencies) && valid("dependencies")) {
        yield {
          loc: [...at, "dependencies"],
          msg: `Custom dependencies (${String(entry.dependencies)}) specified. Avoid this whenever possible to allow execution in a wider range of software environments.`,
          severity: WARNING,
        };
      }
      const missing = MISSING_VERSION[format];
      if (!isDefined(libraryVersion(entry, missing.field)) && valid(missing.field)) {
        yield { loc: [...at, missing.field], msg: missing.msg, severity: ALERT };
      }
    }
  },
});

type VersionField = "tensorflow_version" | "opset_version" | "pytorch_version";

/** A library version field of a weights entry, where the entry has it as written (whatever its format). */
function libraryVersion(entry: WeightsEntry, field: VersionField): unknown {
  switch (field) {
    case "tensorflow_version":
      return "tensorflow_version" in entry ? entry.tensorflow_version : undefined;
    case "opset_version":
      return "opset_version" in entry ? entry.opset_version : undefined;
    case "pytorch_version":
      return "pytorch_version" in entry ? entry.pytorch_version : undefined;
  }
}

const MISSING_VERSION: Readonly<Record<(typeof WEIGHTS_FORMATS)[number], { readonly field: VersionField; readonly msg: string }>> = {
  keras_hdf5: { field: "tensorflow_version", msg: "missing. Please specify the TensorFlow version these weights were created with." },
  onnx: {
    field: "opset_version",
    msg: "Missing ONNX opset version (aka ONNX opset number). Please specify the ONNX opset version these weights were created with.",
  },
  pytorch_state_dict: {
    field: "pytorch_version",
    msg: "missing. Please specify the PyTorch version these PyTorch state dict weights were created with.",
  },
  tensorflow_js: {
    field: "tensorflow_version",
    msg: "missing. Please specify the TensorFlow version these TensorflowJs weights were created with.",
  },
  tensorflow_saved_model_bundle: {
    field: "tensorflow_version",
    msg: "missing. Please specify the TensorFlow version these Tensorflow saved model bundle weights were created with.",
  },
  torchscript: {
    field: "pytorch_version",
    msg: "missing. Please specify the PyTorch version these Torchscript weights were created with.",
  },
};

export const trainingDataIterable = defineRule<ModelDescr>({
  id: "model04.training-data.iterable",
  description:
    "a `training_data` that is a boolean, a number or a date makes the inline dataset's before-validator raise (it looks for a key in it), which ends the reference's validation",
  severity: ERROR,
  messages: ["argument of type '{type}' is not iterable"],
  reference: "src/bioimageio/spec/generic/v0_2.py:401",
  check(doc) {
    const data: unknown = doc.training_data;
    if (typeof data === "boolean" || typeof data === "number" || data instanceof YamlTimestamp) {
      throw new ValidatorRaised("TypeError", `argument of type '${pyTypeName(data)}' is not iterable`);
    }
    return [];
  },
});
