// The copick rules by document, for the rule catalogue: configs, picks, the CSV sidecars and the copick
// profile of a Croissant metadata.json (mlcroissant's own checks are the Croissant family's).
import type { FamilyRules } from "../engine/validation/rule.js";
import { configRulesV1_27 } from "./config/1.27/rules.js";
import { croissantMetadataRulesV1_27 } from "./croissant-metadata/1.27/rules.js";
import { picksRulesV1_27 } from "./picks/1.27/rules.js";
import {
  CONFIG_TYPE,
  CSV_BOOLEAN,
  CSV_CELLS,
  CSV_CHECKSUM,
  CSV_HEADER,
  CSV_NUL,
  CSV_SHA256,
  CSV_UNIQUE_KEYS,
  ENGINE_READS,
} from "./validate.js";

export const copickRules: FamilyRules = {
  family: "copick",
  reference: { name: "copick 1.27.0", repository: "https://github.com/copick/copick", revision: "copick-v1.27.0" },
  scopes: [
    { name: "config 1.27", rules: [CONFIG_TYPE, ...configRulesV1_27] },
    { name: "picks 1.27", rules: picksRulesV1_27 },
    { name: "CSV sidecars 1.27", rules: [CSV_HEADER, CSV_CELLS, CSV_BOOLEAN, CSV_SHA256, CSV_NUL, CSV_UNIQUE_KEYS] },
    { name: "Croissant metadata 1.27", rules: [...croissantMetadataRulesV1_27, CSV_CHECKSUM, ENGINE_READS] },
  ],
};
