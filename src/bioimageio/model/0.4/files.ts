// Model 0.4 file sources (bioimageio.spec _internal/io.py `wo_special_file_name`, `validate_suffix`): names
// reserved for bioimage.io YAML files, cover image suffixes, `.npy` test tensors.
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule, type RuleFinding } from "../../../engine/validation/rule.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import { isHttpUrl } from "../../../engine/validation/url.js";
import { isObjectValue, listOf, type ModelDescr, WEIGHTS_FORMATS, weightsEntryOf } from "./model.js";
import { COVER_SUFFIXES } from "../../common/files.js";

const YAML_NAMES = ["rdf.yaml", "bioimageio.yaml", "model.yaml"];

function urlPath(source: string): string {
  try {
    return new URL(source).pathname;
  } catch {
    return "";
  }
}

/** The file name, as `extract_file_name` (the last URL path segment; zenodo API URLs name the record's file). */
function fileName(source: string): string {
  if (isHttpUrl(source)) {
    const path = urlPath(source);
    const zenodo = /^\/api\/records\/.*\/content$/.test(path) && /^https:\/\/zenodo\.org\//i.test(source);
    const parts = path.split("/");
    return (zenodo ? parts[parts.length - 2] : parts[parts.length - 1]) ?? "";
  }
  return (
    source
      .split("/")
      .filter((p) => p !== "")
      .pop() ?? ""
  );
}

function isReserved(source: string): boolean {
  const name = fileName(source);
  return YAML_NAMES.some((yaml) => name === yaml || name.endsWith(`.${yaml}`));
}

/** The last suffix as the reference sees it ("no suffix" when there is none). */
function suffixOf(source: string): string {
  if (isHttpUrl(source)) {
    let path = urlPath(source);
    if (/^https?:\/\/zenodo\.org\//i.test(source) && path.startsWith("/api/records/") && path.endsWith("/content")) {
      path = path.slice(0, -"/content".length);
    }
    return path.includes(".") ? `.${path.split(".").pop() ?? ""}` : "no suffix";
  }
  const name = fileName(source);
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot) : "no suffix";
}

const COVER_SUFFIXES_REPR = `(${COVER_SUFFIXES.map((s) => `'${s}'`).join(", ")})`;

interface FileField {
  readonly at: DocPath;
  readonly sources: readonly unknown[];
  /** Indexed (a list) or the field itself. */
  readonly list: boolean;
  readonly suffix?: (source: string) => string | undefined;
}

function coverSuffix(source: string): string | undefined {
  const suffix = suffixOf(source);
  return (COVER_SUFFIXES as readonly string[]).includes(suffix.toLowerCase())
    ? undefined
    : `Expected a suffix from ${COVER_SUFFIXES_REPR}, but got ${suffix}`;
}

function npySuffix(source: string): string | undefined {
  const suffix = suffixOf(source);
  return suffix === ".npy" ? undefined : `Expected suffix .npy, but got ${suffix}`;
}

function* fileFields(doc: ModelDescr): Generator<FileField> {
  yield { at: ["covers"], sources: listOf(doc.covers), list: true, suffix: coverSuffix };
  if (isObjectValue(doc.attachments)) {
    yield { at: ["attachments", "files"], sources: listOf(doc.attachments.files), list: true };
  }
  yield { at: ["documentation"], sources: [doc.documentation], list: false };
  for (const field of ["sample_inputs", "sample_outputs"] as const) {
    yield { at: [field], sources: listOf(doc[field]), list: true };
  }
  for (const field of ["test_inputs", "test_outputs"] as const) {
    yield { at: [field], sources: listOf<string>(doc[field]), list: true, suffix: npySuffix };
  }
  for (const format of WEIGHTS_FORMATS) {
    const entry = weightsEntryOf(doc, format);
    if (isObjectValue(entry)) {
      yield { at: ["weights", format, "source"], sources: [entry.source], list: false };
      if (isObjectValue(entry.attachments)) {
        yield { at: ["weights", format, "attachments", "files"], sources: listOf(entry.attachments.files), list: true };
      }
    }
  }
}

export const fileSources = defineRule<ModelDescr>({
  id: "model04.files.valid",
  description:
    "referenced files are not named like bioimage.io YAML files (`rdf.yaml`, `*.bioimageio.yaml`, ...); covers are images, test tensors `.npy`",
  severity: ERROR,
  messages: [
    "Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
    "Value error, Expected a suffix from {suffixes}, but got {actual}",
    "Value error, Expected suffix .npy, but got {actual}",
  ],
  reference: "src/bioimageio/spec/_internal/io.py:351",
  *check(doc, context) {
    for (const field of fileFields(doc)) {
      for (const [i, source] of field.sources.entries()) {
        const loc = field.list ? [...field.at, i] : field.at;
        if (typeof source !== "string" || !context.isValid(loc)) {
          continue;
        }
        const finding = problem(source, loc, field);
        if (finding) {
          yield finding;
        }
      }
    }
  },
});

function problem(source: string, loc: DocPath, field: FileField): RuleFinding | undefined {
  if (isReserved(source)) {
    return {
      loc,
      msg: `Value error, '${source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.`,
    };
  }
  const wrongSuffix = field.suffix?.(source);
  return wrongSuffix === undefined ? undefined : { loc, msg: `Value error, ${wrongSuffix}` };
}
