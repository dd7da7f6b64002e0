// The version-2 rules, by level. The server's rules come in the stages pydantic runs them: field validators,
// then each task's model validator, then the manifest's two model validators, one after the other.
import type { ArgsSchemaChecker } from "../../args-schema.js";
import type { Rule } from "../../../engine/validation/rule.js";
import { argsSchemaVersion, commandChars, tags, taskStrings, typeFilterKeys, typeInferred } from "./collection.js";
import { fieldRules } from "./fields.js";
import { argsSchemasPresent, uniqueTaskNames } from "./manifest.js";
import type { ManifestV2 } from "./model.js";
import { argsSchemaValid, typeMatchesExecutables, unknownKeys } from "./lints.js";
import { executablesPresent, nonParallelFieldsNeedExecutable, parallelFieldsNeedExecutable } from "./task.js";

export const serverStagesV2: readonly (readonly Rule<ManifestV2>[])[] = [
  fieldRules,
  [executablesPresent, nonParallelFieldsNeedExecutable, parallelFieldsNeedExecutable],
  [argsSchemasPresent],
  [uniqueTaskNames],
];

export const strictRulesV2: readonly Rule<ManifestV2>[] = [unknownKeys];

export function lintRulesV2(checker: ArgsSchemaChecker): readonly Rule<ManifestV2>[] {
  return [typeMatchesExecutables, argsSchemaValid(checker)];
}

/** Each TaskCreate's field types, then its two model validators, which run only on a task whose fields passed. */
export function collectionStagesV2(packageRoot?: string): readonly (readonly Rule<ManifestV2>[])[] {
  return [[taskStrings, tags, typeFilterKeys, argsSchemaVersion], [commandChars(packageRoot)], [typeInferred]];
}
