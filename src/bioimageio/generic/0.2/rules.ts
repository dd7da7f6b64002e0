// The generic 0.2 rules, and those every format 0.2 description shares (`GenericDescrBase` of generic/v0_2.py).
import type { Rule } from "../../../engine/validation/rule.js";
import { citeDoiOrUrl } from "../../common/cite.js";
import type { SharedFields } from "../../common/doc.js";
import { badgeIconReservedName, COVER_SUFFIXES, fileSuffixes, reservedFileNames, type SourceField } from "../../common/files.js";
import { licenseSpdxV0_2 } from "../../common/license.js";
import { missingV0_2 } from "../../common/missing-0.2.js";
import { orcidValid } from "../../common/persons.js";
import { nameLengthV0_2 } from "../../common/text.js";
import { versionPep440 } from "../../common/version.js";
import { configYamlValues } from "../../common/yaml-value.js";
import { notASpecificTypeRule } from "../0.3/type.js";

const COVERS: SourceField = { path: ["covers"], form: "list" };
const ATTACHED_FILES: SourceField = { path: ["attachments", "files"], form: "list" };

/** The rules of format 0.2 `GenericDescrBase`, given further file source fields whose names are reserved-checked. */
export function genericBaseRulesV0_2(moreSources: readonly SourceField[] = []): readonly Rule<SharedFields>[] {
  return [
    nameLengthV0_2,
    missingV0_2,
    licenseSpdxV0_2,
    citeDoiOrUrl,
    orcidValid(),
    versionPep440,
    configYamlValues,
    reservedFileNames([COVERS, ATTACHED_FILES, ...moreSources]),
    badgeIconReservedName,
    fileSuffixes(COVERS, COVER_SUFFIXES, false),
  ];
}

export const genericRulesV0_2: readonly Rule<never>[] = [
  notASpecificTypeRule("generic02.type.not-specific", "src/bioimageio/spec/generic/v0_2.py:485"),
  ...genericBaseRulesV0_2(),
];
