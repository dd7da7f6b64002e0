// The generic 0.3 rules, and those every format 0.3 description shares (`GenericDescrBase`).
import type { Rule } from "../../../engine/validation/rule.js";
import { citeDoiOrUrl } from "../../common/cite.js";
import { fairFields } from "../../common/fair.js";
import type { SharedField, SharedFields } from "../../common/doc.js";
import {
  badgeIconReservedName,
  COVER_SUFFIXES,
  fileSuffixes,
  iconReservedName,
  reservedFileNames,
  type SourceField,
} from "../../common/files.js";
import { licenseSpdx } from "../../common/license.js";
import { maintainersExist, orcidValid } from "../../common/persons.js";
import { descriptionLength, nameLength } from "../../common/text.js";
import { versionPep440 } from "../../common/version.js";
import { notASpecificType } from "./type.js";

/** The FAIR fields of every format 0.3 description (dataset and application add `source`). */
export const FAIR_FIELDS_V0_3 = ["description", "authors", "cite", "license", "tags", "documentation"] as const;

const COVERS: SourceField = { path: ["covers"], form: "list" };
const DOCUMENTATION: SourceField = { path: ["documentation"], form: "single" };
const ATTACHMENTS: SourceField = { path: ["attachments"], form: "file-descr-list" };

/**
 * The rules of `GenericDescrBase` (generic, application, dataset and notebook 0.3), given the type's FAIR fields
 * any further file source fields whose names are reserved-checked, and whether the weights entries' authors
 * count (a model's).
 */
export function genericBaseRulesV0_3(
  fair: readonly SharedField[],
  moreSources: readonly SourceField[] = [],
  { weightsAuthors = false } = {},
): readonly Rule<SharedFields>[] {
  return [
    nameLength,
    descriptionLength,
    licenseSpdx(),
    citeDoiOrUrl,
    orcidValid(["authors", "maintainers"], { weightsAuthors }),
    versionPep440,
    reservedFileNames([COVERS, ATTACHMENTS, DOCUMENTATION, ...moreSources]),
    iconReservedName,
    badgeIconReservedName,
    fileSuffixes(COVERS, COVER_SUFFIXES, false),
    fileSuffixes(DOCUMENTATION, [".md"], true),
    fairFields(fair),
    maintainersExist,
  ];
}

export const genericRulesV0_3: readonly Rule<never>[] = [notASpecificType, ...genericBaseRulesV0_3(FAIR_FIELDS_V0_3)];
