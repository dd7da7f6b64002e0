// Version-1 rules (fractal-server up to 2.11, app/schemas/v1/manifest.py, pydantic v1): the manifest_version
// validator, pydantic v1's HttpUrl for docs_link, and the root validator on args schemas. Messages and error
// types as pydantic v1 reports them (no "Value error, " prefix; the root validator's loc is `__root__`).
import { ERROR } from "../../../engine/summary/types.js";
import type { ArgsSchemaChecker } from "../../args-schema.js";
import { checkHttpUrlV1 } from "../../urls.js";
import { defineRule, type Rule } from "../../../engine/validation/rule.js";
import { argsSchemaRule, unknownKeysRule } from "../lints.js";
import { argsSchemaVersion, taskStrings } from "./collection.js";
import { MANIFEST_FIELDS, type ManifestV1, TASK_FIELDS, tasksOf } from "./model.js";

export const manifestVersion = defineRule<ManifestV1>({
  id: "fractal1.manifest-version",
  description: 'manifest_version is "1"',
  severity: ERROR,
  messages: ["Wrong manifest version (given {manifest_version})"],
  reference: "fractal_server/app/schemas/v1/manifest.py:124",
  *check(doc, context) {
    if (context.isValid(["manifest_version"]) && doc.manifest_version !== "1") {
      yield { loc: ["manifest_version"], msg: `Wrong manifest version (given ${doc.manifest_version})` };
    }
  },
});

export const docsLinkUrl = defineRule<ManifestV1>({
  id: "fractal1.docs-link-url",
  description: "docs_link is a pydantic v1 HttpUrl (http(s), a host with a top-level domain, at most 2083 characters)",
  severity: ERROR,
  messages: [
    "ensure this value has at least 1 characters",
    "ensure this value has at most 2083 characters",
    "invalid or missing URL scheme",
    "URL scheme not permitted",
    "URL port invalid, port cannot exceed 65535",
    "URL invalid, extra characters found after valid URL: {rest}",
    "URL host invalid",
    "URL host invalid, top level domain required",
  ],
  reference: "fractal_server/app/schemas/v1/manifest.py:54",
  *check(doc, context) {
    for (const [i, task] of tasksOf(doc)) {
      const loc = ["task_list", i, "docs_link"];
      const problem = typeof task.docs_link === "string" && context.isValid(loc) ? checkHttpUrlV1(task.docs_link) : undefined;
      if (problem) {
        yield { loc, ...problem };
      }
    }
  },
});

export const argsSchemasPresent = defineRule<ManifestV1>({
  id: "fractal1.args-schemas-present",
  description: "with has_args_schemas true, every task has an args_schema (first offending task reported)",
  severity: ERROR,
  messages: ['has_args_schemas=True but task "{name}" has args_schema=None.'],
  reference: "fractal_server/app/schemas/v1/manifest.py:92",
  *check(doc, context) {
    // A root validator without skip_on_failure: it runs despite other errors, but needs these two fields
    // (without them the server failed with a KeyError, which is not reproduced).
    if (!context.isValid(["task_list"]) || !context.isValid(["has_args_schemas"]) || doc.has_args_schemas !== true) {
      return;
    }
    for (const [i, task] of tasksOf(doc)) {
      if (task.args_schema === null || task.args_schema === undefined) {
        yield {
          loc: ["__root__"],
          path: ["task_list", i],
          msg: `has_args_schemas=True but task "${task.name}" has args_schema=None.`,
        };
        return;
      }
    }
  },
});

export const serverStagesV1: readonly (readonly Rule<ManifestV1>[])[] = [[manifestVersion, docsLinkUrl], [argsSchemasPresent]];

export const collectionStagesV1: readonly (readonly Rule<ManifestV1>[])[] = [[taskStrings, argsSchemaVersion]];

export const strictRulesV1: readonly Rule<ManifestV1>[] = [
  unknownKeysRule<ManifestV1>("fractal1.unknown-keys", MANIFEST_FIELDS, TASK_FIELDS),
];

export function lintRulesV1(checker: ArgsSchemaChecker): readonly Rule<ManifestV1>[] {
  return [
    argsSchemaRule<ManifestV1>(
      "fractal1.lint.args-schema-valid",
      checker,
      function* (doc, context) {
        for (const [i, task] of tasksOf(doc)) {
          const loc = ["task_list", i, "args_schema"];
          if (typeof task.args_schema === "object" && task.args_schema !== null && context.isValid(loc)) {
            yield { loc, schema: task.args_schema };
          }
        }
      },
      (doc) => doc.args_schema_version,
    ),
  ];
}
