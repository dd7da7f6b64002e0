// Model 0.4 before-validators: the patch chain from older formats (convert-model-0.4.ts), and the
// normalisations the reference's field validators make before checking a value (author strings, slashes in
// names, a `parent` mapping dropped, hashes lower-cased, infinite data ranges), so that the schema sees what
// pydantic checks.
import { ERROR } from "../../../engine/summary/types.js";
import { defineRuleInfo } from "../../../engine/validation/rule.js";
import type { Issue } from "../../../engine/summary/issue.js";
import { convertModelFromOlderFormat } from "./upgrade.js";
import { acceptDatetimeTimestamp, type Content, type Prepared } from "../../prepare.js";
import { copyDocument } from "../../../engine/records.js";
import { finiteOrName, isDict, isSequence, PyError } from "../../py-containers.js";

/**
 * The patch chain. Where the reference's converter raises on malformed input, validation stops with that one
 * error at the root: a ValueError is reported by pydantic as a value error, anything else as the exception.
 */
/** The reference's patch chain fails on input it cannot convert, with the Python exception it raised. */
export const CONVERT_OLDER = defineRuleInfo({
  id: "model04.convert",
  description: "an older model 0.4 (or 0.3) patch converts to the latest 0.4 patch (the reference's in-place conversion raises otherwise)",
  severity: ERROR,
  messages: ["Value error, {problem}", "{message}"],
  reference: "src/bioimageio/spec/model/_v0_4_converter.py:12",
});

export function convertOlderModel(content: Content): Prepared {
  const data = copyDocument(content);
  try {
    convertModelFromOlderFormat(data);
  } catch (error) {
    if (!(error instanceof PyError)) {
      throw error;
    }
    const valueError = error.pyClass === "ValueError";
    const issue: Issue = {
      loc: [],
      msg: valueError ? `Value error, ${error.message}` : error.message,
      type: valueError ? "value_error" : error.pyClass,
      severity: ERROR,
      rule: CONVERT_OLDER.id,
    };
    return { content: data, issues: [issue] }; // as far as it got, like the reference's in-place conversion
  }
  return { content: data, issues: [] };
}

const withoutSlashes = (name: string): string => name.replaceAll("/", "").replaceAll("\\", "");

function stripSlashesFromPersons(persons: unknown): void {
  if (Array.isArray(persons)) {
    persons.filter(isDict).forEach(normalizeName);
  }
}

function normalizeString(obj: Record<string, unknown>, key: string, lower: boolean, trim = true): void {
  const value = obj[key];
  if (typeof value === "string") {
    const trimmed = trim ? value.trim() : value;
    obj[key] = lower ? trimmed.toLowerCase() : trimmed;
  }
}

/** ±Infinity and NaN have no JSON form; the schema takes them as strings. */
const DOI_PREFIXES = ["https://doi.org/", "http://dx.doi.org/"];

function stripDoiPrefixes(cite: unknown): void {
  if (!Array.isArray(cite)) {
    return;
  }
  for (const entry of cite) {
    if (isDict(entry) && typeof entry.doi === "string") {
      const doi = entry.doi;
      const prefix = DOI_PREFIXES.find((p) => doi.startsWith(p));
      if (prefix !== undefined) {
        entry.doi = doi.slice(prefix.length);
      }
    }
  }
}

/** The field-level before-validators of model 0.4 (and of the inline training dataset 0.2). */
export function normalizeModel04(content: Content): Prepared {
  const data = copyDocument(acceptDatetimeTimestamp(content));
  // `accept_author_strings`: a string entry is an author's name (a string is a sequence of names, too)
  if (isSequence(data.authors)) {
    data.authors = [...data.authors].map((author) => (typeof author === "string" ? { name: author } : author));
  }
  for (const group of ["authors", "maintainers", "packaged_by"] as const) {
    stripSlashesFromPersons(data[group]);
  }
  if (isDict(data.uploader)) {
    normalizeName(data.uploader);
  }
  if (isDict(data.parent)) {
    data.parent = null; // `ignore_url_parent`
  }
  // ModelId, DatasetId (generic 0.2's ResourceId) lower-case on the fly: also what converting to 0.5 carries
  normalizeString(data, "id", true, false);
  if (isDict(data.training_data)) {
    normalizeString(data.training_data, "id", true, false);
  }
  if (isDict(data.weights)) {
    for (const entry of Object.values(data.weights)) {
      if (!isDict(entry)) {
        continue;
      }
      stripSlashesFromPersons(entry.authors);
      normalizeString(entry, "sha256", true);
      normalizeString(entry, "architecture_sha256", true);
      normalizeString(entry, "architecture", false);
      normalizeString(entry, "dependencies", false);
    }
  }
  for (const field of ["inputs", "outputs"] as const) {
    const tensors = data[field];
    if (!Array.isArray(tensors)) {
      continue;
    }
    for (const tensor of tensors) {
      if (isDict(tensor) && Array.isArray(tensor.data_range)) {
        tensor.data_range = tensor.data_range.map(finiteOrName);
      }
    }
  }
  if (isDict(data.training_data)) {
    stripDoiPrefixes(data.training_data.cite);
  }
  return { content: data, issues: [] };
}

function normalizeName(person: Record<string, unknown>): void {
  if (typeof person.name === "string") {
    person.name = withoutSlashes(person.name);
  }
}
