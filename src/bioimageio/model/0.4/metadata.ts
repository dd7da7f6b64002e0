// Model 0.4 metadata (bioimageio.spec model/v0_4.py `ModelDescr`, generic/v0_2.py `GenericModelDescrBase`):
// name length, authors and citations, licence, run mode, versions, timestamp, ORCID iDs.
import { isoparseProblem } from "../../common/isoparse.js";
import { versionFinding } from "../../common/version.js";
import { currentLicenseIds, deprecatedLicenseIds } from "../../../../generated/data/bioimageio/spdx-license-ids.js";
import { ALERT, ERROR, INFO, WARNING } from "../../../engine/summary/types.js";
import { defineRule, type RuleFinding } from "../../../engine/validation/rule.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import type { Author, DatasetDescr, LinkedDataset, Maintainer } from "../../../../generated/types/bioimageio/model/0.4.js";
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

/** ISO 7064 11,2 check of an ORCID iD in hyphenated groups of 4. */
export function isValidOrcid(orcid: string): boolean {
  if (orcid.length !== 19 || [4, 9, 14].some((i) => orcid[i] !== "-")) {
    return false;
  }
  let check = 0;
  for (const char of orcid.slice(0, 4) + orcid.slice(5, 9) + orcid.slice(10, 14) + orcid.slice(15)) {
    const digit = char === "X" ? 10 : /^[0-9]$/.test(char) ? Number(char) : Number.NaN;
    if (Number.isNaN(digit)) {
      return false;
    }
    check = (2 * check + digit) % 11;
  }
  return check === 1;
}

function* personGroups(doc: ModelDescr): Generator<{ readonly persons: readonly (Author | Maintainer)[]; readonly at: DocPath }> {
  for (const group of ["authors", "maintainers", "packaged_by"] as const) {
    yield { persons: listOf<Author | Maintainer>(doc[group]), at: [group] };
  }
  for (const format of WEIGHTS_FORMATS) {
    const entry = weightsEntryOf(doc, format);
    if (isObjectValue(entry)) {
      yield { persons: listOf(entry.authors), at: ["weights", format, "authors"] };
    }
  }
}

export const orcidValid = defineRule<ModelDescr>({
  id: "model04.orcid.valid",
  description: "an ORCID iD is four hyphenated groups of 4 with a valid check digit",
  severity: ERROR,
  messages: ["Value error, '{orcid} is not a valid ORCID iD in hyphenated groups of 4 digits."],
  reference: "src/bioimageio/spec/_internal/types.py:100",
  *check(doc, context) {
    for (const { persons, at } of personGroups(doc)) {
      for (const [i, person] of persons.entries()) {
        const loc = [...at, i, "orcid"];
        if (isObjectValue(person) && typeof person.orcid === "string" && context.isValid(loc) && !isValidOrcid(person.orcid)) {
          yield { loc, msg: `Value error, '${person.orcid} is not a valid ORCID iD in hyphenated groups of 4 digits.` };
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

const DATASET_TAG = "function-after[_set_init_validation_summary(), DatasetDescr]";
const RESOURCE_ID = /^[A-Za-z0-9_\-.]([A-Za-z0-9_\-/.]*[A-Za-z0-9_\-.])?$/;
const DEPRECATED_LICENSE_IDS = new Set(deprecatedLicenseIds);

/** Whether `training_data` validates as a `LinkedDataset`, the first branch of the union. */
function isLinkedDataset(value: LinkedDataset | DatasetDescr): value is LinkedDataset {
  const version = value.version_number;
  return (
    Object.keys(value).every((key) => key === "id" || key === "version_number") &&
    typeof value.id === "string" &&
    RESOURCE_ID.test(value.id) &&
    (!isDefined(version) || Number.isInteger(version))
  );
}

function datasetLicenseProblem(license: unknown): string | undefined {
  if (!isDefined(license)) {
    return "missing";
  }
  if (typeof license !== "string" || LICENSE_IDS.has(license)) {
    return undefined;
  }
  return DEPRECATED_LICENSE_IDS.has(license)
    ? `'${license}' is a deprecated license identifier.`
    : `'${license}' is an unknown license identifier.`;
}

export const trainingDataWarnings = defineRule<ModelDescr>({
  id: "model04.training-data.warnings",
  description:
    "an inline dataset 0.2 as `training_data` (tried when it is not a dataset link) warns about a missing author, citation or licence and a name over 128 characters",
  severity: WARNING,
  messages: [
    "Longer than 128 characters.",
    "missing",
    "'{license}' is a deprecated license identifier.",
    "'{license}' is an unknown license identifier.",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:1328",
  *check(doc) {
    const data = doc.training_data;
    if (!isObjectValue(data) || isLinkedDataset(data)) {
      return;
    }
    const at = ["training_data", DATASET_TAG];
    const path = (field: string): DocPath => ["training_data", field];
    if (typeof data.name === "string" && codePoints(data.name) > 128) {
      yield { loc: [...at, "name"], path: path("name"), msg: "Longer than 128 characters.", severity: WARNING };
    }
    // defaults are validated too: a missing list or licence warns like an empty one
    if (data.authors === undefined || pyFalsy(data.authors)) {
      yield { loc: [...at, "authors"], path: path("authors"), msg: "missing", severity: WARNING };
    }
    if (data.cite === undefined || (Array.isArray(data.cite) && data.cite.length === 0)) {
      yield { loc: [...at, "cite"], path: path("cite"), msg: "missing", severity: WARNING };
    }
    const license = datasetLicenseProblem(data.license);
    if (license) {
      yield { loc: [...at, "license"], path: path("license"), msg: license, severity: WARNING };
    }
  },
});
