// Validation of copick documents (config, picks, CDP NDJSON picks, CSV sidecars) and of Croissant metadata.json
// (mlcroissant's checks, plus the copick profile when the document is a copick export). Browser-safe: files
// next to a Croissant are read through the caller's `hashFile` (src/io/croissant-files.ts in Node).
import type { SpecKey, SpecTypes } from "../../generated/index.js";
import { checkCroissant, type HashFile } from "../croissant/check.js";
import type { CroissantProfile } from "../croissant/profiles.js";
import { configRulesV1_27 } from "./config/1.27/rules.js";
import { croissantMetadataRulesV1_27 } from "./croissant-metadata/1.27/rules.js";
import { picksRulesV1_27 } from "./picks/1.27/rules.js";
import { pyRepr } from "../engine/python-repr.js";
import { defineRuleInfo, type Rule, type RuleInfo } from "../engine/validation/rule.js";
import type { ValidationSummary } from "../engine/summary/summary.js";
import { ERROR, WARNING } from "../engine/summary/types.js";
import { checkDocument } from "../engine/validation/engine.js";
import type { DocPath, Issue } from "../engine/summary/issue.js";
import { loadValidator } from "../engine/validation/validators.js";
import { COPICK_CSVS, type CopickCsv, csvByFileName, csvByHeader, csvCellValue } from "./csv-schema.js";
import { summarize } from "./summary.js";
import type { SummaryOptions } from "../engine/summary/options.js";
import { checkDocumentValue } from "../engine/load/limits.js";
import { isRecord } from "../engine/records.js";

const FORMAT_VERSION = "1.27";
const CONFIG_TYPES = ["filesystem", "cryoet_data_portal", "mlcroissant"];

/** Shape (generated validator, without union tags: copick dispatches by hand, not through pydantic) and rules. */
async function check<K extends SpecKey>(key: K, doc: unknown, rules: readonly Rule<SpecTypes[K]>[]): Promise<Issue[]> {
  return checkDocument<SpecTypes[K]>(doc, await loadValidator(key), [], rules);
}

/** Python's str() of a value, for messages. */
function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

export const CONFIG_TYPE = defineRuleInfo({
  id: "copick.config.config-type",
  description: "config_type names a copick backend (filesystem, cryoet_data_portal, mlcroissant); a missing one reads as filesystem",
  severity: [WARNING, ERROR],
  messages: [
    "config_type not found in config file, defaulting to filesystem",
    "Unknown config_type: {config_type}. Supported types are 'filesystem', 'cryoet_data_portal', and 'mlcroissant'.",
  ],
  reference: "src/copick/ops/open.py:18",
});

/**
 * A copick project config. Like `copick.ops.open.from_string`: a missing `config_type` is read as "filesystem"
 * (with a warning), an unknown one is refused; then the config of that backend is validated.
 */
export async function validateCopickConfig(doc: unknown, options: SummaryOptions = {}): Promise<ValidationSummary> {
  checkDocumentValue(doc, options.sourceName ?? "in-memory");
  const issues: Issue[] = [];
  let content = doc;
  if (isRecord(doc) && !("config_type" in doc)) {
    content = { ...doc, config_type: "filesystem" };
    issues.push({
      loc: [],
      msg: "config_type not found in config file, defaulting to filesystem",
      type: "warning",
      severity: WARNING,
      rule: CONFIG_TYPE.id,
    });
  }
  const configType = isRecord(content) ? content.config_type : undefined;
  if (isRecord(content) && !CONFIG_TYPES.includes(configType as string)) {
    issues.push({
      loc: ["config_type"],
      msg: `Unknown config_type: ${pyStr(configType)}. Supported types are 'filesystem', 'cryoet_data_portal', and 'mlcroissant'.`,
      type: "value_error",
      severity: ERROR,
      rule: CONFIG_TYPE.id,
    });
  } else {
    issues.push(...(await check("copick/config/1.27", content, configRulesV1_27)));
  }
  const type = typeof configType === "string" && CONFIG_TYPES.includes(configType) ? `copick config (${configType})` : "copick config";
  return summarize("copick config validation", type, FORMAT_VERSION, [{ name: "copick config", issues }], options);
}

/** Numbers for the shape check: a lossless read keeps big instance ids as bigint, which is still an integer. */
function withoutBigints(value: unknown): unknown {
  if (typeof value === "bigint") {
    return Number(value);
  }
  if (Array.isArray(value)) {
    return value.map(withoutBigints);
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBigints(v)]));
  }
  return value;
}

/** A copick picks file (parsed with JSON.parse or, keeping big instance ids, with `readPicks`). */
export async function validatePicks(doc: unknown, options: SummaryOptions = {}): Promise<ValidationSummary> {
  checkDocumentValue(doc, options.sourceName ?? "in-memory");
  const issues = await check("copick/picks/1.27", withoutBigints(doc), picksRulesV1_27);
  return summarize("copick picks validation", "copick picks", FORMAT_VERSION, [{ name: "copick picks file", issues }], options);
}

/** CryoET Data Portal NDJSON picks: one record per line (locations `[line index, ...]`). */
export async function validateCdpPicks(records: readonly unknown[], options: SummaryOptions = {}): Promise<ValidationSummary> {
  checkDocumentValue(records, options.sourceName ?? "in-memory");
  const issues: Issue[] = [];
  for (const [i, record] of records.entries()) {
    for (const issue of await check("copick/cdp-pick/1.27", record, [])) {
      issues.push({ ...issue, loc: [i, ...issue.loc], path: [i, ...(issue.path ?? issue.loc)] });
    }
  }
  return summarize("copick CDP picks validation", "copick CDP picks", FORMAT_VERSION, [{ name: "CDP NDJSON picks", issues }], options);
}

const SHA256 = /^[0-9a-f]{64}$/;

const CSV_READER = "src/copick/impl/mlcroissant.py:536";

export const CSV_HEADER = defineRuleInfo({
  id: "copick.csv.header",
  description: "a CSV sidecar has the header of one of copick's eight CSVs, columns in order",
  severity: ERROR,
  messages: [
    "not a copick CSV sidecar: the header {header} is none of copick's",
    "the header of {csv} should be {columns} (columns in order), found {header}",
  ],
  reference: "src/copick/impl/mlcroissant.py:126",
});

export const CSV_CELLS = defineRuleInfo({
  id: "copick.csv.cells",
  description: "every row has as many cells as the header",
  severity: ERROR,
  messages: ["row has {n} cells, the header {m}"],
  reference: CSV_READER,
});

export const CSV_BOOLEAN = defineRuleInfo({
  id: "copick.csv.boolean",
  description: "boolean cells are written true or false, as copick writes them",
  severity: WARNING,
  messages: ["copick writes booleans as true/false; '{text}' reads as {value}"],
  reference: "src/copick/impl/mlcroissant.py:761",
});

export const CSV_SHA256 = defineRuleInfo({
  id: "copick.csv.sha256",
  description: "a sha256 cell is a lowercase hex SHA-256 digest",
  severity: ERROR,
  messages: ["'{text}' is not a lowercase hex sha256"],
  reference: "src/copick/ops/croissant.py:251",
});

export const CSV_NUL = defineRuleInfo({
  id: "copick.csv.nul",
  description: "no cell holds a NUL character (no path or name can)",
  severity: ERROR,
  messages: ["contains a NUL character, which no path and no name can hold"],
  reference: { none: "copick reads the cell and fails later, where the name becomes a path" },
});

export const CSV_UNIQUE_KEYS = defineRuleInfo({
  id: "copick.csv.unique-keys",
  description: "no two rows share the key copick finds rows by",
  severity: WARNING,
  messages: ["duplicate key ({fields}) = {key}: row {row} has it too"],
  reference: "src/copick/impl/mlcroissant.py:684",
});

/**
 * One of copick's Croissant CSV sidecars, as records of cells (header first). Entries are located by
 * `[data row, column]` in `loc` and by `[record index, cell index]` in `path` (what `parseSource` locates).
 */
export async function validateCopickCsv(records: readonly (readonly string[])[], options: SummaryOptions = {}): Promise<ValidationSummary> {
  const header = records[0] ?? [];
  const csv: CopickCsv | undefined = csvByHeader(header) ?? (options.sourceName ? csvByFileName(options.sourceName) : undefined);
  const issues: Issue[] = [];
  const error = (loc: DocPath, path: DocPath, msg: string, rule: RuleInfo, severity: typeof ERROR | typeof WARNING = ERROR): void => {
    issues.push({ loc, path, msg, type: severity === ERROR ? "value_error" : "warning", severity, rule: rule.id });
  };
  if (!csv) {
    error(["header"], [0, 0], `not a copick CSV sidecar: the header ${pyRepr(header)} is none of copick's`, CSV_HEADER);
    return summarize("copick CSV validation", "copick CSV", FORMAT_VERSION, [{ name: "copick CSV sidecar", issues }], options);
  }
  const columns = csv.columns.map((c) => c.name);
  const mismatch = columns.findIndex((name, i) => header[i] !== name);
  if (mismatch >= 0 || header.length !== columns.length) {
    error(
      ["header"],
      [0, mismatch >= 0 ? mismatch : columns.length],
      `the header of ${csv.csvName} should be ${columns.join(",")} (columns in order), found ${header.join(",")}`,
      CSV_HEADER,
    );
  } else {
    const validate = await loadValidator(csv.spec);
    const keys = new Map<string, number>();
    for (let r = 1; r < records.length; r++) {
      const cells = records[r] ?? [];
      const row = r - 1;
      if (cells.length === 1 && cells[0] === "") {
        continue; // a blank line: csv.DictReader skips it
      }
      if (cells.length !== columns.length) {
        error([row], [r, 0], `row has ${cells.length} cells, the header ${columns.length}`, CSV_CELLS);
        continue;
      }
      const value = Object.fromEntries(csv.columns.map((c, i) => [c.name, csvCellValue(cells[i] ?? "", c.dataType)]));
      for (const issue of checkDocument(value, validate, [], [])) {
        const column = String(issue.loc[0] ?? "");
        issues.push({ ...issue, loc: [row, ...issue.loc], path: [r, Math.max(0, columns.indexOf(column))] });
      }
      csv.columns.forEach((c, i) => {
        const text = cells[i] ?? "";
        if (c.dataType === "sc:Boolean" && text !== "" && text !== "true" && text !== "false") {
          error(
            [row, c.name],
            [r, i],
            `copick writes booleans as true/false; '${text}' reads as ${String(csvCellValue(text, c.dataType))}`,
            CSV_BOOLEAN,
            WARNING,
          );
        }
        if (text.includes("\0")) {
          error([row, c.name], [r, i], "contains a NUL character, which no path and no name can hold", CSV_NUL);
        }
        if (c.name === "sha256" && text !== "" && !SHA256.test(text)) {
          error([row, c.name], [r, i], `'${text}' is not a lowercase hex sha256`, CSV_SHA256);
        }
      });
      const key = JSON.stringify(csv.keyFields.map((name) => value[name]));
      const first = keys.get(key);
      if (first !== undefined) {
        error([row], [r, 0], `duplicate key (${csv.keyFields.join(", ")}) = ${key}: row ${first} has it too`, CSV_UNIQUE_KEYS, WARNING);
      } else {
        keys.set(key, row);
      }
    }
  }
  return summarize(
    "copick CSV validation",
    `copick CSV (${csv.csvName})`,
    FORMAT_VERSION,
    [{ name: `copick CSV sidecar ${csv.csvName}`, issues }],
    options,
  );
}

/** A problem the copick engine has with an export's sidecars: `file` is the CSV's name (or metadata.json). */
export interface CopickExportProblem {
  readonly file: string;
  readonly msg: string;
  /** Default: an error. */
  readonly severity?: "error" | "warning";
}

/**
 * What the copick engine makes of an export's files at hand (Node: `copickExportProblems(metadataPath)`): rows it
 * cannot read, `url` cells and a base URL that lead outside the project (it refuses to read those).
 */
export type CopickExportCheck = () => Promise<readonly CopickExportProblem[]>;

export interface CroissantValidationOptions extends SummaryOptions {
  /** `mlcroissant` (default): what mlcroissant reports; `spec-1.1`: also Croissant 1.1's required properties. */
  readonly croissantProfile?: CroissantProfile | undefined;
  /** Reads the files next to the metadata.json (relative to it), to verify checksums; Node: `nodeHashFile(dir)`. */
  readonly hashFile?: HashFile | undefined;
  /** For a copick export: asks the engine about its sidecars (see CopickExportCheck). */
  readonly copickExport?: CopickExportCheck | undefined;
}

export const ENGINE_READS = defineRuleInfo({
  id: "copick.croissant.engine-reads",
  description: "copick's engine can read the export's sidecars: url cells stay inside the project, every CSV parses",
  severity: [ERROR, WARNING],
  messages: ["{file}: {problem}"],
  reference: "src/copick/impl/mlcroissant.py:536",
});

/** The engine's problems, at the distribution entry of the file they are in (the document itself for metadata.json). */
async function copickExportIssues(doc: Record<string, unknown>, check: CopickExportCheck): Promise<Issue[]> {
  const files = Array.isArray(doc.distribution) ? doc.distribution : [];
  return (await check()).map((problem) => {
    const csv = COPICK_CSVS.find((c) => c.csvName === problem.file);
    const at = csv ? files.findIndex((file) => isRecord(file) && file["@id"] === csv.fileObjectId) : -1;
    const warning = problem.severity === "warning";
    return {
      loc: at >= 0 ? ["distribution", at] : [],
      msg: `${problem.file}: ${problem.msg}`,
      type: warning ? "warning" : "value_error",
      severity: warning ? WARNING : ERROR,
      rule: ENGINE_READS.id,
    };
  });
}

/** True when a Croissant document was written by copick (it carries `copick:config` or `copick:baseUrl`). */
export function isCopickCroissant(doc: unknown): boolean {
  return isRecord(doc) && ("copick:config" in doc || "copick:baseUrl" in doc);
}

export const CSV_CHECKSUM = defineRuleInfo({
  id: "copick.croissant.csv-sha256",
  description: "the CSVs next to a copick metadata.json match the sha256 its distribution gives (when the files are at hand)",
  severity: ERROR,
  messages: ["sha256 of {path} is {digest}, the distribution says {sha256}"],
  reference: "src/copick/ops/croissant.py:240",
});

/** copick's CSVs sit next to metadata.json: their bytes must match the distribution's sha256. */
async function copickCsvHashes(doc: Record<string, unknown>, hashFile: HashFile): Promise<Issue[]> {
  const issues: Issue[] = [];
  const files = Array.isArray(doc.distribution) ? doc.distribution : [];
  for (const [i, file] of files.entries()) {
    const csv = isRecord(file) ? COPICK_CSVS.find((c) => c.fileObjectId === file["@id"]) : undefined;
    if (!csv || !isRecord(file) || typeof file.sha256 !== "string") {
      continue;
    }
    const digest = await hashFile(csv.csvName, "sha256");
    if (digest && digest.hex !== file.sha256) {
      issues.push({
        loc: ["distribution", i, "sha256"],
        msg: `sha256 of ${digest.path} is ${digest.hex}, the distribution says ${file.sha256}`,
        type: "value_error",
        severity: ERROR,
        rule: CSV_CHECKSUM.id,
      });
    }
  }
  return issues;
}

/**
 * A Croissant metadata.json: mlcroissant's checks (profile `mlcroissant` or `spec-1.1`), and for a copick export
 * the copick profile (shape, FileObjects, RecordSets, splits, objects, CSV checksums when at hand).
 */
export async function validateCroissant(doc: unknown, options: CroissantValidationOptions = {}): Promise<ValidationSummary> {
  const profile = options.croissantProfile ?? "mlcroissant";
  const result = await checkCroissant(doc, { profile, hashFile: options.hashFile });
  const croissantIssues: Issue[] = result.findings.map((finding) => ({
    loc: finding.path,
    msg: finding.msg,
    type: finding.severity === "error" ? "value_error" : "warning",
    severity: finding.severity === "error" ? ERROR : WARNING,
    rule: finding.check,
  }));
  const parts = [{ name: `Croissant (profile ${profile})`, issues: croissantIssues }];
  if (isCopickCroissant(doc)) {
    const issues = await check("copick/croissant-metadata/1.27", doc, croissantMetadataRulesV1_27);
    if (options.hashFile && isRecord(doc)) {
      issues.push(...(await copickCsvHashes(doc, options.hashFile)));
    }
    if (options.copickExport && isRecord(doc)) {
      issues.push(...(await copickExportIssues(doc, options.copickExport)));
    }
    parts.push({ name: "copick Croissant profile", issues });
  }
  const version = result.version ?? "unknown";
  return summarize("Croissant validation", isCopickCroissant(doc) ? "copick Croissant" : "Croissant", version, parts, options);
}
