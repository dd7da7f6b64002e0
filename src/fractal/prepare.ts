// pydantic's lax mode before the shape check: values fractal-server converts (strings and numbers it reads as
// booleans; in version 1, pydantic v1, also numbers read as strings and lists of pairs read as dicts) are
// converted in a copy, each with a warning that names the stored form, so the rest validates as on the server.
import { LAX_VALUE } from "./lax.js";
import { pyRepr } from "../engine/python-repr.js";
import { ERROR, WARNING } from "../engine/summary/types.js";
import { defineRuleInfo, type RuleInfo } from "../engine/validation/rule.js";
import type { DocPath, Issue } from "../engine/summary/issue.js";
import { laxBoolean, pyV1Dict, pyV1ModelDict, pyV1Str } from "./python.js";
import { checkDocumentValue } from "../engine/load/limits.js";
import { isRecord } from "../engine/records.js";

export interface Prepared {
  readonly content: unknown;
  readonly issues: readonly Issue[];
}

type Json = Record<string, unknown>;

function objectsAt(list: unknown): [number, Json][] {
  return Array.isArray(list) ? [...list.entries()].filter((entry): entry is [number, Json] => isRecord(entry[1])) : [];
}

const LAX_MESSAGES = {
  boolean: "{value} is read as {boolean} by fractal-server (a lax boolean); write {boolean}",
  string: "{value} is read as the string {string} by fractal-server (pydantic v1); write {json}",
  dict: "{value} is read as the dict {dict} by fractal-server (pydantic v1); write that",
} as const;

export const LAX_VALUE_V2 = defineRuleInfo({
  id: "fractal2.lax-value",
  description: "values fractal-server reads leniently (strings and numbers as booleans) are written as what it stores",
  severity: [WARNING, ERROR],
  messages: [LAX_MESSAGES.boolean],
  reference: { none: "pydantic converts these values silently (lax mode); the warning, an error with --strict, is ours" },
});

export const LAX_VALUE_V1 = defineRuleInfo({
  id: "fractal1.lax-value",
  description:
    "values fractal-server 2.11 (pydantic v1) reads leniently (lax booleans, numbers as strings, lists of pairs as dicts) are written as what it stores",
  severity: [WARNING, ERROR],
  messages: [LAX_MESSAGES.boolean, LAX_MESSAGES.string, LAX_MESSAGES.dict],
  reference: { none: "pydantic v1 converts these values silently; the warning, an error with --strict, is ours" },
});

class Converter {
  readonly issues: Issue[] = [];
  constructor(private readonly rule: RuleInfo) {}

  /** Replaces `holder[key]` by the boolean pydantic reads from it, if it is a lax form of one. */
  boolean(holder: Json, key: string, path: DocPath): void {
    const value = holder[key];
    const read = typeof value === "boolean" ? undefined : laxBoolean(value);
    if (read !== undefined) {
      holder[key] = read;
      this.note(path, `${pyRepr(value)} is read as ${read} by fractal-server (a lax boolean); write ${read}`);
    }
  }

  /** pydantic v1: replaces a number or boolean by the string `str()` makes of it. */
  string(holder: Json, key: string, path: DocPath): void {
    const value = holder[key];
    const read = typeof value === "string" ? undefined : pyV1Str(value);
    if (read !== undefined) {
      holder[key] = read;
      this.note(
        path,
        `${JSON.stringify(value)} is read as the string ${pyRepr(read)} by fractal-server (pydantic v1); write ${JSON.stringify(read)}`,
      );
    }
  }

  /** pydantic v1: replaces what `dict()` accepts (a list of pairs, "") by that dict. */
  dict(holder: Json, key: string, path: DocPath): void {
    const value = holder[key];
    const read = isRecord(value) ? undefined : pyV1Dict(value);
    if (read !== undefined) {
      holder[key] = read;
      this.note(path, `${JSON.stringify(value)} is read as the dict ${JSON.stringify(read)} by fractal-server (pydantic v1); write that`);
    }
  }

  /** pydantic v1: replaces a task that `cls(**dict(value))` reads (a list of pairs with string keys, "") by that dict. */
  model(list: unknown[], index: number, path: DocPath): void {
    const value = list[index];
    const read = isRecord(value) ? undefined : pyV1ModelDict(value);
    if (read !== undefined && read !== "keywords") {
      list[index] = read;
      this.note(path, `${JSON.stringify(value)} is read as the dict ${JSON.stringify(read)} by fractal-server (pydantic v1); write that`);
    }
  }

  private note(path: DocPath, msg: string): void {
    this.issues.push({ loc: path, msg, type: LAX_VALUE, severity: WARNING, rule: this.rule.id });
  }
}

/** Version 2: `has_args_schemas`, and the values of `input_types` / `output_types`. */
export function prepareV2(doc: unknown): Prepared {
  checkDocumentValue(doc, "manifest");
  const content = structuredClone(doc);
  const convert = new Converter(LAX_VALUE_V2);
  if (isRecord(content)) {
    convert.boolean(content, "has_args_schemas", ["has_args_schemas"]);
    for (const [i, task] of objectsAt(content.task_list)) {
      for (const field of ["input_types", "output_types"]) {
        const filters = task[field];
        if (isRecord(filters)) {
          for (const key of Object.keys(filters)) {
            convert.boolean(filters, key, ["task_list", i, field, key]);
          }
        }
      }
    }
  }
  return { content, issues: convert.issues };
}

const V1_STRING_FIELDS = ["manifest_version", "args_schema_version"];
const V1_TASK_STRING_FIELDS = ["name", "executable", "input_type", "output_type", "docs_info", "docs_link"];

/** Version 1 (pydantic v1): `has_args_schemas`, every string field, tasks and the dicts `meta` and `args_schema`. */
export function prepareV1(doc: unknown): Prepared {
  checkDocumentValue(doc, "manifest");
  const content = structuredClone(doc);
  const convert = new Converter(LAX_VALUE_V1);
  if (isRecord(content)) {
    convert.boolean(content, "has_args_schemas", ["has_args_schemas"]);
    for (const field of V1_STRING_FIELDS) {
      convert.string(content, field, [field]);
    }
    if (Array.isArray(content.task_list)) {
      for (const i of content.task_list.keys()) {
        convert.model(content.task_list, i, ["task_list", i]);
      }
    }
    for (const [i, task] of objectsAt(content.task_list)) {
      for (const field of V1_TASK_STRING_FIELDS) {
        convert.string(task, field, ["task_list", i, field]);
      }
      for (const field of ["meta", "args_schema"]) {
        convert.dict(task, field, ["task_list", i, field]);
      }
    }
  }
  return { content, issues: convert.issues };
}
