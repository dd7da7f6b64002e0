// Model 0.4 file sources (bioimageio.spec _internal/io.py `wo_special_file_name`, `validate_suffix`): names
// reserved for bioimage.io YAML files, cover image suffixes, `.npy` test tensors.
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule, type RuleFinding } from "../../../engine/validation/rule.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import { isObjectValue, listOf, type ModelDescr, WEIGHTS_FORMATS, weightsEntryOf } from "./model.js";
import { COVER_SUFFIXES, reservedNameFinding, suffixFinding } from "../../common/files.js";

interface FileField {
  readonly at: DocPath;
  readonly sources: readonly unknown[];
  /** Indexed (a list) or the field itself. */
  readonly list: boolean;
  /** The suffixes the field's sources need (`WithSuffix`), and whether their case matters. */
  readonly suffixes?: { readonly of: readonly string[]; readonly caseSensitive: boolean };
}

const COVER = { of: COVER_SUFFIXES, caseSensitive: false };
const NPY = { of: [".npy"], caseSensitive: true };

function* fileFields(doc: ModelDescr): Generator<FileField> {
  yield { at: ["covers"], sources: listOf(doc.covers), list: true, suffixes: COVER };
  if (isObjectValue(doc.attachments)) {
    yield { at: ["attachments", "files"], sources: listOf(doc.attachments.files), list: true };
  }
  yield { at: ["documentation"], sources: [doc.documentation], list: false };
  for (const field of ["sample_inputs", "sample_outputs"] as const) {
    yield { at: [field], sources: listOf(doc[field]), list: true };
  }
  for (const field of ["test_inputs", "test_outputs"] as const) {
    yield { at: [field], sources: listOf<string>(doc[field]), list: true, suffixes: NPY };
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
  // the name is checked first: a reserved one is all the reference says
  return (
    reservedNameFinding(source, loc) ??
    (field.suffixes ? suffixFinding(source, field.suffixes.of, field.suffixes.caseSensitive, loc) : undefined)
  );
}
