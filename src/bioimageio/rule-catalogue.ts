// The bioimage.io rules by type and version, for the rule catalogue: the rules each description class runs
// (descriptions.ts), its IO rules, and the ids the dispatch, before-validators and conversions report.
import type { FamilyRules, RuleInfo, RuleScope } from "../engine/validation/rule.js";
import { CONVERT, DISPATCH, STRING_UNICODE, WARNING_LEVEL } from "./build.js";
import { DESCRIPTIONS } from "./descriptions.js";
import { FILE_EXISTS, SHA256_MATCH } from "./io-checks.js";
import { CONVERT_OLDER } from "./model/0.4/prepare.js";
import { modelIoRulesV0_5 } from "./model/0.5/io.js";
import { REPLACE_INF } from "./model/0.5/prepare.js";
import { FORMAT_VERSION_INT, FUTURE_FORMAT_VERSION } from "./prepare.js";
import { INLINE_DESCRIPTION } from "./inline-descriptions.js";

/** What a class reports besides its rules, by spec key. */
const MORE: Readonly<Record<string, readonly RuleInfo[]>> = {
  "bioimageio/model/0.4": [CONVERT_OLDER],
  "bioimageio/model/0.5": [...modelIoRulesV0_5, REPLACE_INF, CONVERT, INLINE_DESCRIPTION],
};

const TYPE_ORDER = ["generic", "application", "dataset", "notebook", "model"];

/** One scope per description class, by format generation (0.2, 0.3, then the models), generic first. */
function classScopes(): RuleScope[] {
  const seen = new Map<string, { type: string; version: string; scope: RuleScope }>();
  for (const versions of DESCRIPTIONS.values()) {
    for (const cls of versions.values()) {
      const [, type = "", version = ""] = cls.specKey.split("/");
      if (!seen.has(cls.specKey)) {
        seen.set(cls.specKey, {
          type,
          version,
          scope: { name: `${type} ${version}`, rules: [...cls.rules, ...(MORE[cls.specKey] ?? [])] },
        });
      }
    }
  }
  const generation = (c: { type: string; version: string }): string => (c.type === "model" ? `1 ${c.version}` : `0 ${c.version}`);
  return [...seen.values()]
    .sort((a, b) => generation(a).localeCompare(generation(b)) || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type))
    .map((c) => c.scope);
}

export const bioimageioRules: FamilyRules = {
  family: "bioimage.io",
  reference: {
    name: "bioimageio.spec 0.5.7.2",
    repository: "https://github.com/bioimage-io/spec-bioimage-io",
    revision: "v0.5.7.2",
  },
  scopes: [
    {
      name: "every type",
      rules: [DISPATCH, STRING_UNICODE, FUTURE_FORMAT_VERSION, FORMAT_VERSION_INT, WARNING_LEVEL, FILE_EXISTS, SHA256_MATCH],
    },
    ...classScopes(),
  ],
};
