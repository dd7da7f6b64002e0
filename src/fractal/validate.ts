// Fractal task manifests (`__FRACTAL_MANIFEST__.json`): fractal-server's verdict on a manifest, what it would
// reject later when collecting the tasks (opt-in), and what it never checks (lints). Browser-safe: checking that
// executables exist needs a `fileExists` function, which the Node API and the CLI provide.
import type { ManifestV1 } from "../../generated/types/fractal/manifest/1.js";
import type { ManifestV2 } from "../../generated/types/fractal/manifest/2.js";
import { specs } from "../../generated/index.js";
import { LAX_VALUE } from "./lax.js";
import { checkDocumentValue } from "../engine/load/limits.js";
import { MANIFEST_FIELDS as V1_FIELDS, TASK_FIELDS as V1_TASK_FIELDS, tasksOf as tasksOfV1 } from "./manifest/1/model.js";
import { collectionStagesV1, lintRulesV1, serverStagesV1, strictRulesV1 } from "./manifest/1/rules.js";
import { collectionStagesV2, lintRulesV2, serverStagesV2, strictRulesV2 } from "./manifest/2/rules.js";
import { MANIFEST_FIELDS as V2_FIELDS, TASK_FIELDS as V2_TASK_FIELDS, tasksOf as tasksOfV2 } from "./manifest/2/model.js";
import { defineRuleInfo, type Rule } from "../engine/validation/rule.js";
import type { ValidatorError } from "../engine/runtime/validator-types.js";
import { detail } from "../engine/summary/details.js";
import { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR, severityName, warningLevelSeverity } from "../engine/summary/types.js";
import { positioned, type SummaryOptions } from "../engine/summary/options.js";
import { runRules, runRuleStages, validityOf } from "../engine/validation/engine.js";
import { type DocPath, type Issue, issuePath } from "../engine/summary/issue.js";
import { schemaIssues } from "../engine/validation/schema-errors.js";
import { loadValidator } from "../engine/validation/validators.js";
import { type ArgsSchemaChecker, type Draft, draftsFor, loadArgsSchemaChecker } from "./args-schema.js";
import { type ExecutableRef, MISSING_FILE_V1, type MissingFileCheck, MISSING_FILE_V2, missingExecutables } from "./executables.js";
import { pydanticOrder } from "./order.js";
import { prepareV1, prepareV2 } from "./prepare.js";
import { boolError, pyV1DictHasNoneKey, pyV1ModelDict, pyV1Str } from "./python.js";
import { type StoredManifest, storedManifestV1, storedManifestV2 } from "./stored.js";
import { isRecord } from "../engine/records.js";

export type ManifestVersion = "1" | "2";

/** The fractal-server releases whose rules are reproduced. */
const SERVER_VERSIONS: Readonly<Record<ManifestVersion, string>> = { "1": "fractal-server 2.11", "2": "fractal-server 2.24" };

export interface ManifestValidationOptions extends SummaryOptions {
  /**
   * "discover" (default): "1" when `str(manifest_version)` is "1", otherwise "2" (today's server); "latest" (= "2"),
   * "1" or "2": validate as that version.
   */
  readonly formatVersion?: string | undefined;
  /** Also fail on what fractal-server accepts silently or by conversion: unknown keys, lax values, unstripped text. */
  readonly strict?: boolean | undefined;
  /** Also apply the rules fractal-server applies when it collects the tasks of a manifest it accepted. */
  readonly collection?: boolean | undefined;
  /** The installed package's root: every executable must exist under it (needs `fileExists`; checked at collection). */
  readonly packageRoot?: string | undefined;
  /** Whether a path exists (the Node API and the CLI give a file-system check). */
  readonly fileExists?: ((path: string) => Promise<boolean>) | undefined;
}

/** A manifest after validation: its content as validated (lax values converted) and its summary. */
export type LoadedManifest =
  | { readonly valid: true; readonly manifestVersion: "2"; readonly content: ManifestV2; readonly validationSummary: ValidationSummary }
  | { readonly valid: true; readonly manifestVersion: "1"; readonly content: ManifestV1; readonly validationSummary: ValidationSummary }
  | {
      readonly valid: false;
      readonly manifestVersion: ManifestVersion;
      readonly content: unknown;
      readonly validationSummary: ValidationSummary;
    };

const SUMMARY_NAME = "fractal manifest validation";
const SUMMARY_TYPE = "fractal-manifest";

function valueAt(doc: unknown, path: DocPath): unknown {
  let node = doc;
  for (const segment of path) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[String(segment)] : undefined;
  }
  return node;
}

/** pydantic v2's wording where it differs from the generic mapping of the shape errors. */
function asPydanticV2(issue: Issue, content: unknown): Issue {
  if (issue.type === "dict_type" && issue.loc.length === 0) {
    return { ...issue, msg: "Input should be a valid dictionary or instance of ManifestV2", type: "model_type" };
  }
  if (issue.type === "bool_type") {
    return { ...issue, ...boolError(valueAt(content, issuePath(issue))) };
  }
  // `type` is a StrEnum: pydantic's error type is `enum`, not `literal_error`.
  if (issue.type === "literal_error" && issue.loc.length === 3 && issue.loc[0] === "task_list" && issue.loc[2] === "type") {
    return { ...issue, type: "enum" };
  }
  return issue;
}

const V1_TYPE_ERRORS: Readonly<Record<string, readonly [string, string]>> = {
  missing: ["field required", "value_error.missing"],
  bool_type: ["value could not be parsed to a boolean", "type_error.bool"],
  bool_parsing: ["value could not be parsed to a boolean", "type_error.bool"],
  string_type: ["str type expected", "type_error.str"],
  dict_type: ["value is not a valid dict", "type_error.dict"],
  model_type: ["value is not a valid dict", "type_error.dict"],
  list_type: ["value is not a valid list", "type_error.list"],
};

/** pydantic v1's wording (manifest version 1): its messages, and "none is not an allowed value" for null. */
function asPydanticV1(issue: Issue, content: unknown): Issue {
  if ((issue.type === "dict_type" || issue.type === "model_type") && issue.loc.length === 2 && issue.loc[0] === "task_list") {
    // A task given as pairs with a key that is not a string: `cls(**dict(value))` raised Python's TypeError.
    if (pyV1ModelDict(valueAt(content, issuePath(issue))) === "keywords") {
      return { ...issue, msg: "keywords must be strings", type: "type_error" };
    }
  }
  if (issue.type === "dict_type" && pyV1DictHasNoneKey(valueAt(content, issuePath(issue)))) {
    return {
      ...issue,
      loc: [...issue.loc, "__key__"],
      path: issuePath(issue),
      msg: "none is not an allowed value",
      type: "type_error.none.not_allowed",
    };
  }
  const known = V1_TYPE_ERRORS[issue.type];
  if (!known) {
    return issue;
  }
  const [msg, type] =
    issue.type !== "missing" && valueAt(content, issuePath(issue)) === null
      ? ["none is not an allowed value", "type_error.none.not_allowed"]
      : known;
  return { ...issue, msg, type };
}

interface VersionPlan<Doc> {
  readonly version: ManifestVersion;
  readonly className: string;
  readonly rootFields: readonly string[];
  readonly taskFields: readonly string[];
  readonly prepare: (doc: unknown) => { content: unknown; issues: readonly Issue[] };
  readonly reword: (issue: Issue, content: unknown) => Issue;
  readonly serverStages: readonly (readonly Rule<Doc>[])[];
  readonly strictRules: readonly Rule<Doc>[];
  readonly lintRules: (checker: ArgsSchemaChecker) => readonly Rule<Doc>[];
  readonly collectionStages: (packageRoot?: string) => readonly (readonly Rule<Doc>[])[];
  readonly missingFile: MissingFileCheck;
  /** The drafts the tasks' args schemas are checked against (their meta-schemas' validators are loaded only then). */
  readonly argsSchemaDrafts: (doc: Doc) => readonly Draft[];
  readonly executables: (doc: Doc) => ExecutableRef[];
}

const V2: VersionPlan<ManifestV2> = {
  version: "2",
  className: "ManifestV2",
  rootFields: V2_FIELDS,
  taskFields: V2_TASK_FIELDS,
  prepare: prepareV2,
  reword: asPydanticV2,
  serverStages: serverStagesV2,
  strictRules: strictRulesV2,
  lintRules: lintRulesV2,
  collectionStages: collectionStagesV2,
  missingFile: MISSING_FILE_V2,
  argsSchemaDrafts: (doc) =>
    tasksOfV2(doc).flatMap(([, t]) =>
      [t.args_schema_parallel, t.args_schema_non_parallel].filter(isRecord).flatMap((schema) => draftsFor(doc.args_schema_version, schema)),
    ),
  executables: (doc) =>
    tasksOfV2(doc).flatMap(([i, task]) =>
      (["non_parallel", "parallel"] as const).flatMap((side) => {
        const executable = task[`executable_${side}`];
        return typeof executable === "string" ? [{ loc: ["task_list", i, `executable_${side}`], taskName: task.name, executable }] : [];
      }),
    ),
};

const V1: VersionPlan<ManifestV1> = {
  version: "1",
  className: "ManifestV1",
  rootFields: V1_FIELDS,
  taskFields: V1_TASK_FIELDS,
  prepare: prepareV1,
  reword: asPydanticV1,
  serverStages: serverStagesV1,
  strictRules: strictRulesV1,
  lintRules: lintRulesV1,
  collectionStages: () => collectionStagesV1,
  missingFile: MISSING_FILE_V1,
  argsSchemaDrafts: (doc) =>
    tasksOfV1(doc).flatMap(([, task]) => (isRecord(task.args_schema) ? draftsFor(doc.args_schema_version, task.args_schema) : [])),
  executables: (doc) =>
    tasksOfV1(doc).flatMap(([i, task]) =>
      typeof task.executable === "string"
        ? [{ loc: ["task_list", i, "executable"], taskName: task.name, executable: task.executable }]
        : [],
    ),
};

/** The version asked for with `formatVersion` (a major version, "latest" = 2), or undefined to read the manifest's. */
function requestedVersion(formatVersion: string | undefined): ManifestVersion | undefined {
  if (formatVersion === undefined || formatVersion.toLowerCase() === "discover") {
    return undefined;
  }
  const major = formatVersion.toLowerCase() === "latest" ? "2" : /^([12])(\.0)*$/.exec(formatVersion)?.[1];
  if (major !== "1" && major !== "2") {
    throw new Error(`Fractal manifests have versions 1 and 2, not "${formatVersion}"`);
  }
  return major;
}

/**
 * The version a manifest is read as: "1" when `str(manifest_version)` is "1" (fractal-server 2.11 chose its
 * reader so: an integer 1 too), "2" otherwise (today's server reads nothing else).
 */
function manifestVersionOf(data: unknown, formatVersion: string | undefined): ManifestVersion {
  return requestedVersion(formatVersion) ?? (isRecord(data) && pyV1Str(data.manifest_version) === "1" ? "1" : "2");
}

interface Checked {
  readonly details: ReturnType<typeof detail>[];
  readonly content: unknown;
  readonly failed: boolean;
}

async function check<Doc>(plan: VersionPlan<Doc>, data: unknown, options: ManifestValidationOptions): Promise<Checked> {
  const fileExists = options.fileExists;
  if (options.packageRoot !== undefined && !fileExists) {
    throw new TypeError("packageRoot needs a fileExists function (the Node API of bioimage-specs provides one)");
  }
  const prepared = plan.prepare(data);
  const content = prepared.content;
  const doc = content as Doc;
  const key = `fractal/manifest/${plan.version}` as const;
  const validate = await loadValidator(key);
  const errors: readonly ValidatorError[] = validate(content) ? [] : (validate.errors ?? []);
  const shape = schemaIssues(errors, content, specs[key].unions).map((issue) => plan.reword(issue, content));
  const rules = runRuleStages(plan.serverStages, doc, shape);
  const server = [...shape, ...rules];
  const strict = options.strict === true;
  const unknown = strict ? runRules(plan.strictRules, doc, validityOf([])) : [];
  const validity = validityOf(server);

  const drafts = plan.argsSchemaDrafts(doc);
  const checker: ArgsSchemaChecker = drafts.length > 0 ? await loadArgsSchemaChecker(drafts) : () => [];
  const lints = runRules(plan.lintRules(checker), doc, validity);

  // The server collects the tasks of a manifest it accepted, so these levels run only then.
  const accepted = !server.some((issue) => issue.severity >= ERROR);
  const collection: Issue[] = [];
  if (options.collection === true && accepted) {
    collection.push(...runRuleStages(plan.collectionStages(options.packageRoot), doc, server));
  }
  if (options.packageRoot !== undefined && fileExists && accepted) {
    const refs = plan.executables(doc).filter((ref) => validity.isValid(ref.loc));
    collection.push(...(await missingExecutables(refs, options.packageRoot, fileExists, plan.missingFile)));
  }

  // Strict: what the server converts or strips fails instead of warning.
  const escalated = (issues: readonly Issue[]) =>
    strict ? issues.map((i): Issue => (i.type === LAX_VALUE ? { ...i, severity: ERROR } : i)) : issues;
  const ordered = (issues: readonly Issue[]) => positioned(pydanticOrder(issues, plan.rootFields, plan.taskFields), options);
  const serverIssues = ordered(escalated([...prepared.issues, ...server, ...unknown]));
  const collectionIssues = ordered(escalated(collection));
  const lintIssues = ordered(lints);
  const levelIssue = warningLevelIssue([...serverIssues, ...collectionIssues, ...lintIssues], options);
  const details = [
    detail(`${SERVER_VERSIONS[plan.version]} ${plan.className}`, levelIssue ? [...serverIssues, levelIssue] : serverIssues),
    ...((options.collection === true || options.packageRoot !== undefined) && accepted
      ? [detail(`${SERVER_VERSIONS[plan.version]} task collection`, collectionIssues)]
      : []),
    detail("lints fractal-server does not run", lintIssues),
  ];
  return { details, content, failed: details.some((d) => d.status === "failed") };
}

export const FRACTAL_WARNING_LEVEL = defineRuleInfo({
  id: "fractal.warning-level",
  description: "warnings at or above the chosen warning level fail the manifest, as errors do",
  severity: ERROR,
  messages: ["Encountered {n} {warnings} at or above warning level '{level}'"],
  reference: { none: "bioimageio.spec's warning level, applied to manifests by us (fractal-server reports no warnings)" },
});

/** An error when warnings reach the warning level and nothing else failed. */
function warningLevelIssue(issues: readonly Issue[], options: ManifestValidationOptions): Issue | undefined {
  const level = warningLevelSeverity(options.warningLevel);
  const severe = issues.filter((i) => i.severity < ERROR && i.severity >= level);
  if (severe.length === 0 || issues.some((i) => i.severity >= ERROR)) {
    return undefined;
  }
  const name = severityName(level);
  return {
    loc: [],
    msg: `Encountered ${severe.length} warning${severe.length === 1 ? "" : "s"} at or above warning level '${name}'`,
    type: "severe_warnings",
    severity: ERROR,
    rule: FRACTAL_WARNING_LEVEL.id,
  };
}

/** Validates a parsed manifest: the summary, and the content as validated. */
export async function buildManifest(data: unknown, options: ManifestValidationOptions = {}): Promise<LoadedManifest> {
  checkDocumentValue(data, options.sourceName ?? "manifest"); // before the version is read from it
  const version = manifestVersionOf(data, options.formatVersion);
  const { details, content, failed } = version === "2" ? await check(V2, data, options) : await check(V1, data, options);
  const summary = new ValidationSummary({
    name: SUMMARY_NAME,
    source_name: options.sourceName ?? "in-memory",
    type: SUMMARY_TYPE,
    format_version: version, // the version validated against, whatever the document declares
    status: failed ? "failed" : "passed",
    details,
  });
  if (failed) {
    return { valid: false, manifestVersion: version, content, validationSummary: summary };
  }
  return version === "2"
    ? { valid: true, manifestVersion: "2", content: content as ManifestV2, validationSummary: summary }
    : { valid: true, manifestVersion: "1", content: content as ManifestV1, validationSummary: summary };
}

/** fractal-server's verdict on a parsed manifest, plus the levels asked for, as a ValidationSummary. */
export async function validateManifest(data: unknown, options: ManifestValidationOptions = {}): Promise<ValidationSummary> {
  return (await buildManifest(data, options)).validationSummary;
}

/** A manifest fractal-server would not accept (from `normalizeManifest`), with the summary that says why. */
export class InvalidManifestError extends Error {
  readonly validationSummary: ValidationSummary;
  constructor(summary: ValidationSummary) {
    const first = summary.errors[0];
    super(`invalid Fractal manifest${first ? `: ${first.loc.join(".") || "(root)"}: ${first.msg}` : ""}`);
    this.name = "InvalidManifestError";
    this.validationSummary = summary;
  }
}

/**
 * What fractal-server would store for a manifest, after validating it and collecting its tasks: lax values
 * converted, dictionary keys and non-empty strings stripped, defaults filled in, unknown keys dropped, and each
 * task's `type` inferred when missing. Throws InvalidManifestError when the server would reject the manifest.
 */
export async function normalizeManifest(
  data: unknown,
  options: Pick<ManifestValidationOptions, "formatVersion"> = {},
): Promise<StoredManifest> {
  const loaded = await buildManifest(data, { ...options, collection: true });
  if (!loaded.valid) {
    throw new InvalidManifestError(loaded.validationSummary);
  }
  return loaded.manifestVersion === "2" ? storedManifestV2(loaded.content) : storedManifestV1(loaded.content);
}
