// The Fractal rules by manifest version, for the rule catalogue: the server's stages, --strict, the lints,
// task collection, and the ids reported before and after the rules. Version 1 follows fractal-server 2.11,
// version 2 fractal-server 2.24.
import type { FamilyRules } from "../engine/validation/rule.js";
import { MISSING_FILE_V1, MISSING_FILE_V2 } from "./executables.js";
import { collectionStagesV1, lintRulesV1, serverStagesV1, strictRulesV1 } from "./manifest/1/rules.js";
import { collectionStagesV2, lintRulesV2, serverStagesV2, strictRulesV2 } from "./manifest/2/rules.js";
import { LAX_VALUE_V1, LAX_VALUE_V2 } from "./prepare.js";
import { FRACTAL_WARNING_LEVEL } from "./validate.js";

const REPOSITORY = "https://github.com/fractal-analytics-platform/fractal-server";
const noChecker = () => [];

export const fractalRules: FamilyRules = {
  family: "Fractal",
  reference: { name: "fractal-server 2.24.2", repository: REPOSITORY, revision: "2.24.2" },
  scopes: [
    { name: "every manifest version", rules: [FRACTAL_WARNING_LEVEL] },
    {
      name: "manifest 1",
      reference: { name: "fractal-server 2.11.1", repository: REPOSITORY, revision: "2.11.1" },
      rules: [
        LAX_VALUE_V1,
        ...serverStagesV1.flat(),
        ...strictRulesV1,
        ...lintRulesV1(noChecker),
        ...collectionStagesV1.flat(),
        MISSING_FILE_V1.rule,
      ],
    },
    {
      name: "manifest 2",
      rules: [
        LAX_VALUE_V2,
        ...serverStagesV2.flat(),
        ...strictRulesV2,
        ...lintRulesV2(noChecker),
        ...collectionStagesV2().flat(),
        MISSING_FILE_V2.rule,
      ],
    },
  ],
};
