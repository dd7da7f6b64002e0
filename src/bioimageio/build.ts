// buildDescription / validateFormat: a parsed document in, a description (or InvalidDescr) with its
// ValidationSummary out, following the reference's flow (dispatch, before-validators, shape, rules, summary).
import { MigrationError } from "../engine/runtime/migration-types.js";
import type { ValidationContextSummary } from "../engine/summary/types.js";
import { ERROR, INFO, type Severity, severityName, warningLevelSeverity } from "../engine/summary/types.js";
import { positioned, type SummaryOptions } from "../engine/summary/options.js";
import { detail, notCheckedDetail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { defineRuleInfo, type Rule, ValidatorRaised } from "../engine/validation/rule.js";
import { checkShape, runRules, validityOf } from "../engine/validation/engine.js";
import { laxCoerced } from "../engine/validation/lax.js";
import { type DocPath, type Issue, issuePath } from "../engine/summary/issue.js";
import { loadedFieldTree, loadedValidator, loadValidator } from "../engine/validation/validators.js";
import { metadataCompleteness } from "../engine/runtime/field-tree.js";
import { copyDocument, isRecord, valueAt, withJsonTimestamps } from "../engine/records.js";
import type { ValidatorError } from "../engine/runtime/validator-types.js";
import { errorsByPlace, withUnionTags } from "../engine/validation/schema-errors.js";
import { type SpecKey, type SpecTypes, specs } from "../../generated/index.js";
import {
  type DescriptionClass,
  descriptionClassFor,
  inlineSpecKeys,
  NotImplementedFormat,
  prepareContent,
  UnsupportedFormatVersion,
} from "./descriptions.js";
import { type FormatVersionRequest, minorVersion } from "./format-version.js";
import type { IoChecks } from "./io-checks.js";
import type { Content, RebuildWhen } from "./prepare.js";
import { checkDocumentValue } from "../engine/load/limits.js";
import { documentOf } from "../engine/load/parse-core.js";
import { pyRepr, pyTypeName } from "../engine/python-repr.js";
import { relativePathProblem } from "./common/files.js";
import { hasLoneSurrogate, pyLossyText, pyText, STRING_UNICODE_MESSAGE, unencodableMessage } from "../engine/py-surrogates.js";
import { referenceWording } from "./schema-wording.js";
import { finiteOrName, PyError } from "./py-containers.js";
import { checkInlineUnion, INLINE_DESCRIPTION } from "./inline-descriptions.js";
import { FUTURE_FORMAT_VERSION } from "./prepare.js";

export interface BuildOptions extends SummaryOptions {
  /** "discover" (default): the document's own version; "latest"; or "X.Y". */
  readonly formatVersion?: FormatVersionRequest | undefined;
  readonly context?: Partial<ValidationContextSummary> | undefined;
  /** IO checks (referenced files, sha256 values, IO rules), run after the rules by the asynchronous functions. */
  readonly io?: IoChecks | undefined;
}

/** The bioimage.io specs, by `bioimageio/type/version`. */
export type BioimageioSpecKey = Extract<SpecKey, `bioimageio/${string}`>;

/** A description that passed format validation against the spec `K`. */
export interface ValidDescription<K extends BioimageioSpecKey> {
  readonly valid: true;
  /** The spec it was validated against, e.g. `bioimageio/model/0.5`: narrowing on it types `content`. */
  readonly specKey: K;
  readonly type: string;
  readonly formatVersion: string;
  /** The document as validated (after the before-validators: patch version, infinities). */
  readonly content: SpecTypes[K];
  readonly validationSummary: ValidationSummary;
  /**
   * Files the IO checks made, by the name `content` uses for them: the covers a model 0.5 without any gets from
   * its test tensors, as the reference generates them (packaging writes them into the package).
   */
  readonly generatedFiles?: ReadonlyMap<string, Uint8Array>;
}

/**
 * A description that passed format validation: one member per spec, so that checking `specKey` types `content`
 * (`if (d.valid && d.specKey === "bioimageio/model/0.5") d.content.inputs`).
 */
export type ResourceDescr<K extends BioimageioSpecKey = BioimageioSpecKey> = K extends BioimageioSpecKey ? ValidDescription<K> : never;

/** A valid model description, 0.4 or 0.5 (`loadModelDescription`; with `formatVersion: "latest"`, always 0.5). */
export type ModelDescription = ResourceDescr<"bioimageio/model/0.4" | "bioimageio/model/0.5">;
/** A valid dataset description, 0.2 or 0.3. */
export type DatasetDescription = ResourceDescr<"bioimageio/dataset/0.2" | "bioimageio/dataset/0.3">;

/** The reference's InvalidDescr: what a document that failed format validation becomes. */
export class InvalidDescr {
  readonly valid = false;
  readonly type: string;
  readonly formatVersion: string;
  readonly content: unknown;
  readonly validationSummary: ValidationSummary;
  constructor(type: string, formatVersion: string, content: unknown, validationSummary: ValidationSummary) {
    this.type = type;
    this.formatVersion = formatVersion;
    this.content = content;
    this.validationSummary = validationSummary;
  }
}

export type LoadedDescription = ResourceDescr | InvalidDescr;

const SUMMARY_NAME = "bioimageio format validation";

function warningLevelOf(options: BuildOptions): Severity {
  return warningLevelSeverity(options.warningLevel);
}

function contextSummary(options: BuildOptions): ValidationContextSummary {
  return {
    file_name: null,
    original_source_name: null,
    perform_io_checks: false,
    known_files: {},
    update_hashes: false,
    root: ".",
    ...options.context,
  };
}

export const DISPATCH = defineRuleInfo({
  id: "bioimageio.dispatch",
  description: "a description is a mapping with string `type` and `format_version` that name a known description class",
  severity: ERROR,
  messages: [
    "Invalid content of type '{type}'",
    "Missing field '{field}'",
    "Invalid type '{type}'",
    "Unsupported format version '{format_version}' for type '{type}'. Supported format versions are: {versions}",
    "bioimage-specs does not implement {type} {format_version} yet",
  ],
  reference: "src/bioimageio/spec/_description_impl.py:84",
});

export const CONVERT = defineRuleInfo({
  id: "bioimageio.convert",
  description: "a model 0.4 (or 0.3) converts to 0.5 as the reference converts it",
  severity: ERROR,
  messages: [
    "Value error, {problem}",
    "NotImplementedError: {problem}",
    "Assertion failed, ",
    "list index out of range",
    "'DatasetDescr' object has no attribute 'get'",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:3828",
});

export const STRING_UNICODE = defineRuleInfo({
  id: "bioimageio.string-unicode",
  description:
    "strings that pydantic reads as text (constrained strings, Literals, URLs) are well-formed unicode (no lone surrogate); such a string is refused before any other check of its field",
  severity: ERROR,
  messages: [STRING_UNICODE_MESSAGE, "'utf-8' codec can't encode character '{surrogate}' in position {n}: surrogates not allowed"],
  reference: { none: "pydantic's str validation (pydantic-core), which every string field of the reference's models passes" },
});

export const WARNING_LEVEL = defineRuleInfo({
  id: "bioimageio.warning-level",
  description: "warnings at or above the chosen warning level fail the description",
  severity: ERROR,
  messages: ["Encountered {n} more severe than warning level '{level}'"],
  reference: "src/bioimageio/spec/_internal/common_nodes.py:308",
});
/** The reference's "extract fields to chose description class" failure, or undefined when dispatch can proceed. */
function dispatchErrors(content: unknown): Issue[] {
  if (typeof content !== "object" || content === null || Array.isArray(content)) {
    return [{ loc: [], msg: `Invalid content of type '${pyTypeName(content)}'`, type: "error", severity: ERROR, rule: DISPATCH.id }];
  }
  const issues: Issue[] = [];
  for (const field of ["type", "format_version"] as const) {
    const value = (content as Content)[field];
    if (value === undefined) {
      issues.push({ loc: [field], msg: `Missing field '${field}'`, type: "error", severity: ERROR, rule: DISPATCH.id });
    } else if (typeof value !== "string") {
      issues.push({
        loc: [field],
        msg: `Invalid type '${pyTypeName(value)}'`,
        type: "error",
        severity: ERROR,
        rule: DISPATCH.id,
      });
    }
  }
  return issues;
}

function failedSummary(content: unknown, name: string, issues: readonly Issue[], options: BuildOptions): InvalidDescr {
  const record = typeof content === "object" && content !== null && !Array.isArray(content) ? (content as Content) : {};
  const type = typeof record.type === "string" ? record.type : "unknown";
  const formatVersion = typeof record.format_version === "string" ? record.format_version : "unknown";
  const summary = new ValidationSummary({
    name: SUMMARY_NAME,
    source_name: options.sourceName ?? "in-memory",
    type,
    format_version: formatVersion,
    details: [detail(name, positioned(issues, options), { context: contextSummary(options) })],
  });
  return new InvalidDescr(type, formatVersion, withJsonTimestamps(content), summary);
}

interface Checked {
  /** The document as validated (after the before-validators and any conversion). */
  readonly content: Content;
  readonly issues: readonly Issue[];
  /** What the IO checks could not check, in words (shown as details of the summary). */
  readonly notChecked?: readonly string[];
  /** Files the IO checks made (generated covers). */
  readonly generated?: ReadonlyMap<string, Uint8Array>;
  /** The before-validators rebuilt the document from a valid older description (see `Prepared`). */
  readonly rebuilt?: { readonly spotless: boolean } | undefined;
}

const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity >= ERROR);

/**
 * Before-validators, shape and rules of one description class (the reference's `model_validate`). Nothing here
 * mutates the input (before-validators that edit in place copy first), so the input is not copied.
 */
function checkWithClass(content: Content, cls: DescriptionClass, rebuildWhen: RebuildWhen = "valid"): Checked {
  const checked = checkWellFormed(content, cls, rebuildWhen);
  const { refused, paths } = undecodedStrings(checked.content, cls);
  const at = (issue: Issue, p: DocPath) => issuePath(issue).length >= p.length && p.every((s, i) => issuePath(issue)[i] === s);
  // A file source's error that quotes a relative path holding a lone surrogate (its suffix, say) ends the
  // reference's validation: the message cannot be encoded, and that UnicodeEncodeError is all its summary says.
  // (a URL, say: refused by the URL branch as text, then by the relative path branch, whose words quote it)
  for (const path of paths) {
    const value = valueAt(checked.content, path);
    const said =
      typeof value === "string" && !RELATIVE_PATH.test(value)
        ? relativePathProblem(value)
        : checked.issues.find((i) => at(i, path) && i.msg.startsWith(VALUE_ERROR));
    const msg = said && unencodableMessage(said.msg.slice(VALUE_ERROR.length));
    if (msg !== undefined) {
      return { content: checked.content, issues: [{ loc: [], msg, type: "UnicodeEncodeError", severity: ERROR, rule: STRING_UNICODE.id }] };
    }
  }
  if (refused.length === 0) {
    return checked;
  }
  // pydantic refuses such a string before any other check of its field
  return {
    ...checked,
    issues: [...checked.issues.filter((i) => !refused.some((r) => at(i, r.path))), ...refused],
  };
}

/** Where the document holds a string that is not well-formed UTF-16 (a lone surrogate; see parse.ts). */
function illFormedStrings(value: unknown): DocPath[] {
  const out: DocPath[] = [];
  const path: (string | number)[] = []; // one array for the walk, copied only where a string is ill-formed
  const walk = (node: unknown): void => {
    if (typeof node === "string") {
      if (hasLoneSurrogate(node)) {
        out.push([...path]);
      }
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (isRecord(node)) {
      for (const key of Object.keys(node)) {
        path.push(key);
        walk(node[key]);
        path.pop();
      }
    }
  };
  walk(value);
  return out;
}

/** Stands for an ill-formed string in the probe: a value that no schema takes, so every branch says what it wanted. */
const NOT_A_VALUE = Symbol("ill-formed string");

/**
 * The ill-formed strings pydantic-core refuses ("unable to parse raw data as a unicode string"): those it reads as
 * text, i.e. where every branch of the field that takes a string is a constrained str, a Literal or a URL
 * (`decodedStrings`). A plain `str` (tags, links, a 0.4 description, a file path branch, a field the reference
 * checks in Python) passes the string on: its other checks see it as it is. Found by validating a copy where such
 * strings are a value no schema takes, whose errors name the schemas that wanted a string there.
 */
function undecodedStrings(content: Content, cls: DescriptionClass): { refused: (Issue & { path: DocPath })[]; paths: DocPath[] } {
  const paths = illFormedStrings(content);
  if (paths.length === 0) {
    return { refused: [], paths: [] };
  }
  const probe = copyDocument(content);
  for (const path of paths) {
    const parent = valueAt(probe, path.slice(0, -1));
    if (typeof parent === "object" && parent !== null) {
      Reflect.set(parent, path.at(-1) ?? "", NOT_A_VALUE);
    }
  }
  const validate = loadedValidator(cls.specKey);
  validate(probe);
  const decoded = new Set(specs[cls.specKey].decodedStrings);
  const wanted = new Map<string, ValidatorError[]>();
  for (const error of validate.errors ?? []) {
    const schema = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"));
    const takesString =
      (error.keyword === "type" && String(error.params.type).split(",").includes("string")) ||
      ((error.keyword === "const" || error.keyword === "enum") && decoded.has(schema));
    if (takesString) {
      const same = wanted.get(error.instancePath) ?? [];
      if (!same.some((e) => e.schemaPath.startsWith(`${schema}/`))) {
        same.push(error);
      }
      wanted.set(error.instancePath, same);
    }
  }
  const pointer = (path: DocPath) => path.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
  // a union's tag: pydantic says the tag matches no branch (the discriminator's error)
  const tags = new Set(
    (validate.errors ?? []).filter((e) => e.keyword === "discriminator").map((e) => `${e.instancePath}/${String(e.params.tag)}`),
  );
  const atPlace = errorsByPlace(validate.errors ?? []);
  const branchesAt = (path: DocPath) => (tags.has(pointer(path)) ? [] : (wanted.get(pointer(path)) ?? []));
  const refused = paths.flatMap((path) => {
    const branches = branchesAt(path);
    if (branches.length === 0 || !branches.every((e) => decoded.has(e.schemaPath.slice(0, e.schemaPath.lastIndexOf("/"))))) {
      return [];
    }
    const locs = new Map(
      branches
        .map((error) => withUnionTags(path, content, specs[cls.specKey].unions, error, undefined, atPlace))
        .map((loc) => [JSON.stringify(loc), loc]),
    );
    return [...locs.values()].map((loc): Issue & { path: DocPath } => ({
      loc,
      path,
      msg: STRING_UNICODE_MESSAGE,
      type: "string_unicode",
      severity: ERROR,
      rule: STRING_UNICODE.id,
    }));
  });
  const relativePaths = paths.filter((path) => branchesAt(path).some((e) => e.schemaPath === `${RELATIVE_FILE_PATH}/type`));
  return { refused, paths: relativePaths };
}

/** The schema of a relative file path, a plain `str` to pydantic (its branch of every file source). */
const RELATIVE_FILE_PATH = "#/$defs/RelativeFilePath";
/** What `RelativeFilePath` takes (its pattern in specs/bioimageio/common/file.json). */
const RELATIVE_PATH = /^(?!\/)(?!(?:\.(?:\/+|$))*$)(?!(?:\.\/+)*https?:(?:\/|$))./;

function checkWellFormed(content: Content, cls: DescriptionClass, rebuildWhen: RebuildWhen): Checked {
  const validate = loadedValidator(cls.specKey);
  const before = prepareContent(content, cls, rebuildWhen);
  // pydantic's lax mode: the document as the reference's models hold it ("64" in an int field is 64)
  const lax = hasErrors(before.issues) ? undefined : laxCoerced(before.content, validate, finiteOrName, specs[cls.specKey].strict);
  const prepared = lax ? { ...before, content: lax.doc } : before;
  const rules = cls.rules as readonly Rule<unknown>[];
  // A before-validator that failed ends validation, as a raising pydantic before-validator does.
  if (hasErrors(prepared.issues)) {
    return prepared;
  }
  // (the validator passed the coerced document already: nothing for the shape check to report)
  let shape = lax?.valid
    ? []
    : checkShape<unknown>(
        prepared.content,
        validate,
        specs[cls.specKey].unions,
        specs[cls.specKey].sequences,
        (error, value, atSamePath, place) =>
          // the validators take any patch of the minor version (documents are bumped to the latest patch before);
          // another version is the reference's Literal error
          error.schemaPath === "#/properties/format_version/pattern"
            ? { msg: `Input should be ${pyRepr(cls.implementedFormatVersion)}`, type: "literal_error" }
            : referenceWording(error, value, atSamePath, place),
        specs[cls.specKey].tuples,
        true,
        specs[cls.specKey].strict,
      );
  for (const union of cls.inlineUnions ?? []) {
    try {
      shape = [...shape, ...checkInlineUnion(before.content[union.field], union, checkWithClass)];
    } catch (error) {
      if (!(error instanceof PyError)) {
        throw error;
      }
      // a Python exception of a branch's validator ends the reference's validation: that one error
      return {
        content: prepared.content,
        issues: [{ loc: [], msg: error.message, type: error.pyClass, severity: ERROR, rule: INLINE_DESCRIPTION.id }],
      };
    }
  }
  let checked: Issue[];
  try {
    checked = [...shape, ...runRules(rules, prepared.content, validityOf(shape), shape)];
  } catch (error) {
    if (!(error instanceof ValidatorRaised)) {
      throw error;
    }
    // the reference's validator raised: that exception is all its summary says
    return { content: prepared.content, issues: [{ loc: [], msg: error.message, type: error.type, severity: ERROR, rule: error.rule }] };
  }
  // In the reference's warnings pass, a future format version raises in a before-validator of the description:
  // that alert is its only warning (its errors come from the errors pass).
  const issues = [...prepared.issues, ...checked];
  const future = prepared.issues.some((i) => i.rule === FUTURE_FORMAT_VERSION.id);
  return {
    content: prepared.content,
    issues: future ? issues.filter((i) => i.severity >= ERROR || i.rule === FUTURE_FORMAT_VERSION.id) : issues,
    rebuilt: prepared.rebuilt,
  };
}

/**
 * A document of an older minor version checked by a class that converts it (model 0.4 -> 0.5), as the
 * reference does: validate as the older class; convert that result (or, when it is invalid, go on with the
 * unconverted document, as the reference's converter fails on it); check as this class. The reference collects
 * warnings in a second pass at level INFO, where any warning of the older class already counts as failure, so
 * those come from the unconverted document unless the older one was spotless.
 */
function checkConverted(content: Content, cls: DescriptionClass, level: Severity): Checked {
  const conversion = cls.convertFrom;
  const minor = typeof content.format_version === "string" ? minorVersion(content.format_version) : undefined;
  if (!conversion || minor === undefined || !conversion.minors.includes(minor)) {
    return checkRebuilding(content, cls, level);
  }
  const older = checkWithClass(content, conversion.olderClass());
  const convert = (): Checked => {
    try {
      const converted = conversion.convert(older.content);
      const raised = conversion.raisesOnConverted?.(older.content);
      return raised
        ? { content: converted, issues: [{ loc: [], msg: raised.msg, type: raised.type, severity: ERROR, rule: CONVERT.id }] }
        : checkWithClass(converted, cls);
    } catch (error) {
      if (!(error instanceof MigrationError)) {
        throw error;
      }
      const issues = [error, ...error.more].map((e): Issue => ({
        loc: e.loc,
        msg: e.message,
        type: e.type,
        severity: ERROR,
        rule: CONVERT.id,
      }));
      return { content: older.content, issues };
    }
  };
  const spotless = older.issues.length === 0;
  const canConvert = level <= INFO ? spotless : !hasErrors(older.issues);
  const first = canConvert ? convert() : checkWithClass(content, cls);
  if (level <= INFO || canConvert === spotless) {
    return first;
  }
  return withWarningsOf(first, spotless ? convert() : checkWithClass(content, cls));
}

/** The reference's summary of two passes: the errors pass's document and errors, the INFO pass's warnings. */
function withWarningsOf(errorsPass: Checked, infoPass: Checked): Checked {
  return {
    content: errorsPass.content,
    issues: [...errorsPass.issues.filter((i) => i.severity >= ERROR), ...infoPass.issues.filter((i) => i.severity < ERROR)],
  };
}

/**
 * A class whose before-validator rebuilds the document from an older description it validates (dataset 0.3 from
 * 0.2): the errors come from the pass that rebuilds a valid one, the warnings from the pass at level INFO, where
 * the older one's warnings count as failure and the document is converted without the rebuild.
 */
function checkRebuilding(content: Content, cls: DescriptionClass, level: Severity): Checked {
  const first = checkWithClass(content, cls, level <= INFO ? "spotless" : "valid");
  if (level <= INFO || !first.rebuilt || first.rebuilt.spotless) {
    return first;
  }
  return withWarningsOf(first, checkWithClass(content, cls, "spotless"));
}

/** `checkConverted`, then the IO checks when `options.io` is given (files, hashes, IO rules). */
async function checkConvertedWithIo(content: Content, cls: DescriptionClass, options: BuildOptions): Promise<Checked> {
  const checked = checkConverted(content, cls, warningLevelOf(options));
  if (!options.io) {
    return checked;
  }
  // the IO checks fill in missing hashes: on a copy, as the input is not copied before
  const checkedContent = copyDocument(checked.content);
  const type = typeof checkedContent.type === "string" ? checkedContent.type : cls.type;
  const outcome = await options.io.check(checkedContent, type, cls.implementedFormatVersion, checked.issues);
  return {
    content: checkedContent,
    issues: [...checked.issues, ...outcome.issues],
    notChecked: outcome.notChecked,
    generated: outcome.generated,
  };
}

const VALUE_ERROR = "Value error, ";

/**
 * An issue's words as Python's: strings of the document as the code points Python holds (py-surrogates.ts), and
 * the message of a Python exception holding a lone surrogate as pydantic-core's UnicodeEncodeError words.
 */
function asPythonSaysIt(issue: Issue): Issue {
  const python = issue.msg.startsWith(VALUE_ERROR);
  const unencodable = python ? unencodableMessage(issue.msg.slice(VALUE_ERROR.length)) : undefined;
  // pydantic-core's own messages quote the input as lossy UTF-8: a lone surrogate's three bytes, three U+FFFD
  const msg = unencodable !== undefined ? VALUE_ERROR + unencodable : python ? pyText(issue.msg) : pyLossyText(issue.msg);
  const loc = issue.loc.map((s) => (typeof s === "string" ? pyText(s) : s));
  return msg === issue.msg && loc.every((s, i) => s === issue.loc[i]) ? issue : { ...issue, msg, loc, path: issuePath(issue) };
}

/** Validates with one description class and summarises (the reference's `ResourceDescrBase.load`). */
function loadWithClass(content: Content, cls: DescriptionClass, options: BuildOptions, extra: readonly Issue[]): LoadedDescription {
  return summarizeWithClass(cls, options, extra, checkConverted(content, cls, warningLevelOf(options)));
}

/** The summary and the description (or InvalidDescr) of a checked document. */
function summarizeWithClass(cls: DescriptionClass, options: BuildOptions, extra: readonly Issue[], prepared: Checked): LoadedDescription {
  const issues = positioned([...extra, ...prepared.issues].map(asPythonSaysIt), options);
  const level = warningLevelOf(options);
  const errors = issues.filter((i) => i.severity >= ERROR);
  const severe = issues.filter((i) => i.severity < ERROR && i.severity >= level);
  const all = [...issues];
  if (errors.length === 0 && severe.length > 0) {
    const levelName = severityName(level);
    all.push({
      loc: [],
      msg: `Encountered ${severe.length} more severe than warning level '${levelName}'`,
      type: "severe_warnings",
      severity: ERROR,
      rule: WARNING_LEVEL.id,
    });
  }
  const failed = all.some((i) => i.severity >= ERROR);
  // A failed document keeps the format version its conversions reached (the reference converts in place).
  const failedVersion = pyText(String(prepared.content.format_version));
  const type = typeof prepared.content.type === "string" ? pyText(prepared.content.type) : cls.type;
  const id = typeof prepared.content.id === "string" ? prepared.content.id : null;
  const details = [
    ...(failed ? [] : [detail(`Successfully created \`${cls.className}\` instance.`, [], { context: contextSummary(options) })]),
    detail(`bioimageio.spec format validation ${type} ${cls.implementedFormatVersion}`, all),
    ...(prepared.notChecked ?? []).map(notCheckedDetail),
  ];
  const summary = new ValidationSummary({
    name: SUMMARY_NAME,
    source_name: options.sourceName ?? "in-memory",
    id,
    type,
    format_version: failed ? failedVersion : cls.implementedFormatVersion,
    metadata_completeness: failed ? 0 : () => metadataCompleteness(loadedFieldTree(cls.specKey), prepared.content),
    details,
  });
  // what a description holds is JSON: a YAML date or datetime (config, say) as its ISO text
  const content = withJsonTimestamps(prepared.content);
  return failed
    ? new InvalidDescr(type, failedVersion, content, summary)
    : ({
        valid: true,
        specKey: cls.specKey,
        type,
        formatVersion: cls.implementedFormatVersion,
        // validated against cls.specKey's shape just above
        content: cls.normalize ? cls.normalize(content) : content,
        validationSummary: summary,
        ...(prepared.generated && prepared.generated.size > 0 ? { generatedFiles: prepared.generated } : {}),
      } as ResourceDescr);
}

function chooseClasses(
  content: Content,
  options: BuildOptions,
): { discovered: DescriptionClass; requested?: DescriptionClass; issues: readonly Issue[] } {
  const request = options.formatVersion ?? "discover";
  const requested = request.toLowerCase() === "discover" ? undefined : descriptionClassFor(content.type, request, false).descriptionClass;
  const discovered = descriptionClassFor(content.type, String(content.format_version), true);
  return { discovered: discovered.descriptionClass, ...(requested ? { requested } : {}), issues: discovered.issues };
}

/** Synchronous `buildDescription`; the validators must be loaded (`preloadValidators()`). */
export function buildDescriptionSync(input: unknown, given: BuildOptions = {}): LoadedDescription {
  const { document: content, options } = documentOf(input, given);
  checkDocumentValue(content, options.sourceName ?? "in-memory");
  const dispatch = dispatchErrors(content);
  if (dispatch.length > 0) {
    return failedSummary(content, "extract fields to chose description class", dispatch, options);
  }
  const record = content as Content;
  let choice: ReturnType<typeof chooseClasses>;
  try {
    choice = chooseClasses(record, options);
  } catch (error) {
    if (error instanceof UnsupportedFormatVersion || error instanceof NotImplementedFormat) {
      return failedSummary(
        content,
        "extract fields to chose description class",
        [{ loc: ["format_version"], msg: error.message, type: "error", severity: ERROR, rule: DISPATCH.id }],
        options,
      );
    }
    throw error;
  }
  const discovered = loadWithClass(record, choice.discovered, options, choice.issues);
  if (!choice.requested || choice.requested === choice.discovered) {
    return discovered;
  }
  return mergeConverted(discovered, loadWithClass(record, choice.requested, options, []));
}

/** The converted description with the discovered one's details first (the reference's "latest" loading). */
function mergeConverted(discovered: LoadedDescription, converted: LoadedDescription): LoadedDescription {
  const summary = converted.validationSummary;
  const merged = new ValidationSummary({
    ...summary,
    metadata_completeness: () => summary.metadata_completeness, // a getter: not copied by the spread
    details: [...discovered.validationSummary.details, ...summary.details],
  });
  return converted.valid
    ? { ...converted, validationSummary: merged }
    : new InvalidDescr(converted.type, converted.formatVersion, converted.content, merged);
}

async function loadValidatorsFor(content: unknown, options: BuildOptions): Promise<void> {
  if (dispatchErrors(content).length > 0) {
    return;
  }
  try {
    const record = content as Content;
    const choice = chooseClasses(record, options);
    // a class's inline descriptions are checked by their own classes, when the document has one (no before-validator
    // or conversion makes the field up): the dataset validators are a good part of a model's start-up
    const specKeys = [choice.discovered, ...(choice.requested ? [choice.requested] : [])].flatMap((cls) => [
      cls.specKey,
      ...inlineSpecKeys(cls, record),
    ]);
    await Promise.all([...new Set(specKeys)].map((key) => loadValidator(key)));
  } catch (error) {
    if (!(error instanceof UnsupportedFormatVersion || error instanceof NotImplementedFormat)) {
      throw error;
    }
    // buildDescriptionSync reports it in the summary
  }
}

/**
 * Builds a description from a parsed rdf.yaml (the reference's `build_description`); runs `options.io` checks.
 * Given what `parseSource` returns rather than its value, every entry of the summary has its file:line:col.
 */
export async function buildDescription(input: unknown, given: BuildOptions = {}): Promise<LoadedDescription> {
  const { document: content, options } = documentOf(input, given);
  checkDocumentValue(content, options.sourceName ?? "in-memory");
  await loadValidatorsFor(content, options);
  if (!options.io || dispatchErrors(content).length > 0) {
    return buildDescriptionSync(content, options);
  }
  const record = content as Content;
  let choice: ReturnType<typeof chooseClasses>;
  try {
    choice = chooseClasses(record, options);
  } catch {
    return buildDescriptionSync(content, options); // reports an unsupported version, rethrows anything else
  }
  const discovered = summarizeWithClass(
    choice.discovered,
    options,
    choice.issues,
    await checkConvertedWithIo(record, choice.discovered, options),
  );
  if (!choice.requested || choice.requested === choice.discovered) {
    return discovered;
  }
  return mergeConverted(
    discovered,
    summarizeWithClass(choice.requested, options, [], await checkConvertedWithIo(record, choice.requested, options)),
  );
}

/** Validates a parsed rdf.yaml (or a ParsedSource, for positions) and returns only the summary (the reference's `validate_format`). */
export async function validateFormat(content: unknown, options: BuildOptions = {}): Promise<ValidationSummary> {
  return (await buildDescription(content, options)).validationSummary;
}
