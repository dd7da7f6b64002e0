// Conversions that run before the shape check, as the reference's "before" validators do.
import { carryPyNumberKinds } from "../engine/py-numbers.js";
import { ALERT, ERROR } from "../engine/summary/types.js";
import { defineRuleInfo } from "../engine/validation/rule.js";
import type { Issue } from "../engine/summary/issue.js";
import { compareTuples, formatVersionTuple, InvalidIntLiteral } from "./format-version.js";
import { YamlTimestamp } from "../engine/yaml-timestamp.js";
import { PY_WHITESPACE } from "../engine/python-repr.js";
import { isRecord } from "../engine/records.js";

export type Content = Record<string, unknown>;

export interface Prepared {
  readonly content: Content;
  readonly issues: readonly Issue[];
  /**
   * The before-validators returned a new mapping built from the validated older description (dataset 0.3 from a
   * valid dataset 0.2), leaving their input as it was; `spotless`: the older one had no warning either, so that
   * the reference's warnings pass rebuilds it too.
   */
  readonly rebuilt?: { readonly spotless: boolean };
}

/**
 * When a before-validator that validates an older description first rebuilds the document from it: when that one
 * is valid (the reference's errors pass), or only when it has no warning either (its warnings pass, where a warning
 * counts as failure).
 */
export type RebuildWhen = "valid" | "spotless";

export const FUTURE_FORMAT_VERSION = defineRuleInfo({
  id: "bioimageio.format-version.future",
  description: "a format version with a later patch than the one implemented is validated as the implemented one (ALERT)",
  severity: ALERT,
  messages: ["future format_version '{format_version}' treated as '{implemented}'"],
  reference: "src/bioimageio/spec/_internal/common_nodes.py:141",
});

export const FORMAT_VERSION_INT = defineRuleInfo({
  id: "bioimageio.format-version.int",
  description:
    "the parts of a format version that the reference's before-validators read with Python's int() are integers (a digit such as '²' is not)",
  severity: ERROR,
  messages: ["Value error, invalid literal for int() with base 10: '{part}'"],
  reference: "src/bioimageio/spec/generic/_v0_3_converter.py:20",
});

/**
 * A before-validator that converts `data` in place and reads the format version with `int()`: where that raises, the
 * reference's error, at the root (it ends validation).
 */
export function convertOlderFormat<T>(data: T, convert: (data: T) => void): Issue[] {
  try {
    convert(data);
  } catch (error) {
    if (!(error instanceof InvalidIntLiteral)) {
      throw error;
    }
    return [intLiteralIssue(error)];
  }
  return [];
}

export function intLiteralIssue(error: InvalidIntLiteral): Issue {
  return { loc: [], msg: `Value error, ${error.message}`, type: "value_error", severity: ERROR, rule: FORMAT_VERSION_INT.id };
}

/**
 * A later patch (or minor) of the same major is validated as the implemented version, with an alert
 * (the reference's `_ignore_future_patch`); an earlier patch of the implemented minor is bumped silently, unless
 * the class converts older patches itself (`bumpEarlierPatch: false`).
 */
export function treatFuturePatchAsImplemented(
  content: Content,
  implemented: string,
  { bumpEarlierPatch = true }: { readonly bumpEarlierPatch?: boolean } = {},
): Prepared {
  const value = content.format_version;
  let fv: ReturnType<typeof formatVersionTuple>;
  try {
    fv = formatVersionTuple(value);
  } catch (error) {
    if (error instanceof InvalidIntLiteral) {
      return { content, issues: [intLiteralIssue(error)] };
    }
    throw error;
  }
  const impl = formatVersionTuple(implemented);
  if (!fv || !impl || value === implemented) {
    return { content, issues: [] };
  }
  if (fv[0] === impl[0] && compareTuples(fv.slice(1), impl.slice(1)) > 0) {
    return {
      content: carryPyNumberKinds(content, { ...content, format_version: implemented }),
      issues: [
        {
          loc: [], // a model-level before-validator of the reference: no field
          path: ["format_version"],
          msg: `future format_version '${String(value)}' treated as '${implemented}'`,
          type: "warning",
          severity: ALERT,
          rule: FUTURE_FORMAT_VERSION.id,
        },
      ],
    };
  }
  // "0.5" names no patch: the reference's converters bump only "0.5.x", and its Literal refuses the rest
  if (bumpEarlierPatch && fv[0] === impl[0] && fv[1] === impl[1] && /^\d+\.\d+\.\d+$/.test(String(value).trim())) {
    return { content: carryPyNumberKinds(content, { ...content, format_version: implemented }), issues: [] };
  }
  return { content, issues: [] };
}

/**
 * A model's `timestamp` that YAML read as a datetime (a plain `2019-12-11T12:22:32`) is what the reference's
 * `Datetime` before-validator takes as it is: here its ISO text, which the checks read as the same time. A date
 * stays a date, which the schema refuses in that validator's words.
 */
export function acceptDatetimeTimestamp(content: Content): Content {
  const timestamp = content.timestamp;
  return timestamp instanceof YamlTimestamp && timestamp.kind === "datetime"
    ? carryPyNumberKinds(content, { ...content, timestamp: timestamp.toJSON() })
    : content;
}

const PY_STRIP = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, "gu");

/** A `Sha256` as the reference reads it: surrounding whitespace stripped and lower-cased, before its length is checked. */
function normalizedSha256(value: unknown): unknown {
  return typeof value === "string" && !NORMAL_SHA256.test(value) ? value.replace(PY_STRIP, "").toLowerCase() : value;
}

/** A value normalizedSha256 leaves as it is (nearly every one), told without the Unicode regular expression. */
const NORMAL_SHA256 = /^[0-9a-f]*$/;

/**
 * The `sha256` of file descriptions (format 0.3 and model 0.5 `FileDescr`: attachments, test and sample tensors,
 * weights entries with their architecture, dependencies and ONNX external data) normalised as `Sha256` does. Copies
 * only what changes.
 */
export function normalizeSha256Values(content: Content): Content {
  const file = (value: unknown): unknown => {
    if (!isRecord(value) || typeof value.sha256 !== "string") {
      return value;
    }
    const sha256 = normalizedSha256(value.sha256);
    return sha256 === value.sha256 ? value : carryPyNumberKinds(value, { ...value, sha256 });
  };
  const list = (value: unknown, each: (item: unknown) => unknown): unknown => {
    if (!Array.isArray(value)) {
      return value;
    }
    const mapped = value.map(each);
    return mapped.some((item, i) => item !== value[i]) ? mapped : value;
  };
  const fields = (value: unknown, keys: readonly string[], each: (item: unknown) => unknown): unknown => {
    if (!isRecord(value)) {
      return value;
    }
    const changed = keys.flatMap((key) => {
      const mapped = key in value ? each(value[key]) : value[key];
      return mapped === value[key] ? [] : [[key, mapped] as const];
    });
    return changed.length === 0 ? value : carryPyNumberKinds(value, { ...value, ...Object.fromEntries(changed) });
  };
  const tensor = (value: unknown) => fields(value, ["test_tensor", "sample_tensor"], file);
  const weightsEntry = (value: unknown) => fields(file(value), ["architecture", "dependencies", "external_data"], file);
  const changed = new Map<string, unknown>();
  const put = (key: string, value: unknown): void => {
    if (value !== content[key]) {
      changed.set(key, value);
    }
  };
  put("attachments", list(content.attachments, file));
  put("inputs", list(content.inputs, tensor));
  put("outputs", list(content.outputs, tensor));
  put("weights", isRecord(content.weights) ? fields(content.weights, Object.keys(content.weights), weightsEntry) : content.weights);
  return changed.size === 0
    ? content
    : carryPyNumberKinds(
        content,
        Object.fromEntries(Object.keys(content).map((key) => [key, changed.has(key) ? changed.get(key) : content[key]])),
      );
}
