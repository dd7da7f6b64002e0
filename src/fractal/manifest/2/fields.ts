// Version-2 field types JSON Schema cannot say (fractal-server `fractal_server/types`): `NonEmptyStr` (authors),
// `HttpUrlStr` (docs_link) and `DictStrAny` keys (meta_*, args_schema_*), with the stored (stripped) forms.
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { pydanticStrip } from "../../python.js";
import { checkHttpUrlStr } from "../../urls.js";
import { defineRule, type RuleFinding } from "../../../engine/validation/rule.js";
import { strippedFinding, strippedKeyFinding } from "../../lax.js";
import { checkDictKeys, type Dict, type ManifestV2, tasksOf } from "./model.js";

/** `NonEmptyStr`: stripped, then at least one character. */
export function* nonEmptyStr(loc: readonly (string | number)[], raw: string): Iterable<RuleFinding> {
  const stored = pydanticStrip(raw);
  if (stored === "") {
    yield { loc, msg: "String should have at least 1 character", type: "string_too_short" };
  } else if (stored !== raw) {
    yield strippedFinding(loc, raw, stored);
  }
}

/** `DictStrAny` / `TypeFilters` keys: errors as `valdict_keys` raises them, warnings for the keys it renames. */
export function* dictKeys(loc: readonly (string | number)[], dict: Dict): Iterable<RuleFinding> {
  const check = checkDictKeys(dict);
  if (!check.ok) {
    yield { loc, path: [...loc, check.key], msg: `Value error, ${check.msg}` };
    return;
  }
  for (const [key, stored] of check.renamed) {
    yield strippedKeyFinding(loc, key, stored);
  }
}

export const authorsNonEmpty = defineRule<ManifestV2>({
  id: "fractal2.non-empty-str",
  description: "authors (NonEmptyStr) is stored stripped and must not be empty after stripping",
  severity: [ERROR, WARNING],
  messages: ["String should have at least 1 character", "{value} is stored as {stored} (fractal-server strips surrounding whitespace)"],
  reference: "fractal_server/types/__init__.py:25",
  *check(doc, context) {
    if (typeof doc.authors === "string" && context.isValid(["authors"])) {
      yield* nonEmptyStr(["authors"], doc.authors);
    }
  },
});

export const docsLinkUrl = defineRule<ManifestV2>({
  id: "fractal2.docs-link-url",
  description: "docs_link (HttpUrlStr) is a stripped, non-empty http(s) URL of at most 2083 characters",
  severity: [ERROR, WARNING],
  messages: [
    "String should have at least 1 character",
    "URL should have at most 2083 characters",
    "Input should be a valid URL, {problem}",
    "URL scheme should be 'http' or 'https'",
    "{value} is stored as {stored} (fractal-server strips surrounding whitespace)",
  ],
  reference: "fractal_server/types/__init__.py:81",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      const loc = ["task_list", i, "docs_link"];
      if (typeof task.docs_link === "string" && context.isValid(loc)) {
        const { stored, problem } = checkHttpUrlStr(task.docs_link);
        if (problem) {
          yield { loc, ...problem };
        } else if (stored !== task.docs_link) {
          yield strippedFinding(loc, task.docs_link, stored);
        }
      }
    }
  },
});

const DICT_FIELDS = ["meta_non_parallel", "meta_parallel", "args_schema_non_parallel", "args_schema_parallel"] as const;

export const dictStrAnyKeys = defineRule<ManifestV2>({
  id: "fractal2.dict-keys",
  description: "keys of meta_* and top-level keys of args_schema_* (DictStrAny) are stripped, non-empty and unique after stripping",
  severity: [ERROR, WARNING],
  messages: [
    "Value error, Empty string in {keys}.",
    "Value error, Dictionary contains multiple identical keys: '{dict}'.",
    "key {key} is stored as {stored} (fractal-server strips dictionary keys)",
  ],
  reference: "fractal_server/types/validators/_common_validators.py:9",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      for (const field of DICT_FIELDS) {
        const value = task[field];
        const loc = ["task_list", i, field];
        if (typeof value === "object" && value !== null && context.isValid(loc)) {
          yield* dictKeys(loc, value);
        }
      }
    }
  },
});

/** Field validators, in the order pydantic reports their fields (errors are sorted by loc afterwards). */
export const fieldRules = [dictStrAnyKeys, docsLinkUrl, authorsNonEmpty] as const;
