// Which description class validates a (type, format_version), as the reference's DESCRIPTIONS_MAP.
import type { SpecKey } from "../../generated/index.js";
import { migrateBioimageioModel } from "../../generated/migrations.js";
import type { ModelDescr as ModelDescrV04 } from "../../generated/types/bioimageio/model/0.4.js";
import { specs } from "../../generated/index.js";
import { applicationRulesV0_2 } from "./application/0.2/rules.js";
import { applicationRulesV0_3 } from "./application/0.3/rules.js";
import { datasetRulesV0_2 } from "./dataset/0.2/rules.js";
import { datasetRulesV0_3 } from "./dataset/0.3/rules.js";
import { genericRulesV0_2 } from "./generic/0.2/rules.js";
import { genericRulesV0_3 } from "./generic/0.3/rules.js";
import { modelRulesV0_4 } from "./model/0.4/rules.js";
import { notebookRulesV0_2 } from "./notebook/0.2/rules.js";
import { notebookRulesV0_3 } from "./notebook/0.3/rules.js";
import { modelRulesV0_5 } from "./model/0.5/rules.js";
import type { Rule } from "../engine/validation/rule.js";
import type { Issue } from "../engine/summary/issue.js";
import { minorVersion } from "./format-version.js";
import { type Content, type Prepared, type RebuildWhen, treatFuturePatchAsImplemented } from "./prepare.js";
import { convertOlderModel, normalizeModel04 } from "./model/0.4/prepare.js";
import { prepareGenericV0_2 } from "./generic/0.2/prepare.js";
import { prepareDatasetV0_3, prepareGenericV0_3 } from "./generic/0.3/prepare.js";
import { normalizeModel05, prepareModelV0_5 } from "./model/0.5/prepare.js";
import { ERROR } from "../engine/summary/types.js";
import { isRecord } from "../engine/records.js";
import { registerCompanionValidators } from "../engine/validation/validators.js";

/**
 * A field whose union, after a link to a resource, is whole descriptions of other classes, checked by those classes
 * (inline-descriptions.ts).
 */
export interface InlineUnion {
  /** The field (at the document's root). */
  readonly field: string;
  /** The first branch, a link: its tag and fields (`id` required). */
  readonly link: { readonly tag: string; readonly fields: readonly string[] };
  /** The description branches, in the reference's order, each with the tag pydantic puts in its errors' loc. */
  readonly branches: readonly { readonly tag: string; readonly descriptionClass: () => DescriptionClass }[];
  /**
   * What a value that is not a mapping does: the first description's before-validator raises (`get`), or the
   * schema and the rules say (model 0.4: its union refuses a string or a list, and a rule raises for the rest).
   */
  readonly notMapping: "raises" | "schema";
}

export interface DescriptionClass {
  /** The reference's class name, e.g. `ModelDescr` (shown in "Successfully created `ModelDescr` instance."). */
  readonly className: string;
  /** The resource type the class describes (`generic` for the generic fallback). */
  readonly type: string;
  readonly specKey: SpecKey;
  readonly implementedFormatVersion: string;
  /** Before-validation conversions beyond the future-patch handling. */
  readonly prepare?: (content: Content, rebuildWhen: RebuildWhen) => Prepared;
  /**
   * The reference's conversion of older formats (a patch chain), which runs before the future-patch check and
   * replaces its silent bump of earlier patches. An error from it ends validation (the reference's converter
   * raised).
   */
  readonly convertOlder?: (content: Content) => Prepared;
  /**
   * Older minor versions this class converts before validating (model 0.5 reads 0.3/0.4 through 0.4): which
   * minors, the class that validates them first, and the conversion (the generated migration chain).
   */
  readonly convertFrom?: {
    readonly minors: readonly string[];
    readonly olderClass: () => DescriptionClass;
    readonly convert: (validatedOlder: Content) => Content;
    /**
     * A Python exception the reference's validation of the converted mapping raises before any check (which ends
     * it, keeping the converted document), from what the older document held.
     */
    readonly raisesOnConverted?: (validatedOlder: Content) => { readonly msg: string; readonly type: string } | undefined;
  };
  /** Fields whose union's branches are descriptions of other classes (inline-descriptions.ts). */
  readonly inlineUnions?: readonly InlineUnion[];
  /** What the reference's validated object holds beyond the input (its after-validators' normalisation). */
  readonly normalize?: (validated: Content) => Content;
  /** Each class's rules are typed by its own document type; `never` lets them share one list type. */
  readonly rules: readonly Rule<never>[];
}

function describe(
  className: string,
  type: string,
  specKey: SpecKey,
  rules: readonly Rule<never>[],
  prepare?: (content: Content, rebuildWhen: RebuildWhen) => Prepared,
  convertOlder?: (content: Content) => Prepared,
): DescriptionClass {
  return {
    className,
    type,
    specKey,
    implementedFormatVersion: specs[specKey].formatVersion,
    rules,
    ...(prepare ? { prepare } : {}),
    ...(convertOlder ? { convertOlder } : {}),
  };
}

const GENERIC_0_2 = describe("GenericDescr", "generic", "bioimageio/generic/0.2", genericRulesV0_2, prepareGenericV0_2);
const GENERIC_0_3 = describe("GenericDescr", "generic", "bioimageio/generic/0.3", genericRulesV0_3, prepareGenericV0_3);
const APPLICATION_0_2 = describe("ApplicationDescr", "application", "bioimageio/application/0.2", applicationRulesV0_2, prepareGenericV0_2);
const APPLICATION_0_3 = describe("ApplicationDescr", "application", "bioimageio/application/0.3", applicationRulesV0_3, prepareGenericV0_3);
const DATASET_0_2 = describe("DatasetDescr", "dataset", "bioimageio/dataset/0.2", datasetRulesV0_2, prepareGenericV0_2);
const DATASET_0_3 = describe("DatasetDescr", "dataset", "bioimageio/dataset/0.3", datasetRulesV0_3, prepareDatasetV0_3);
const NOTEBOOK_0_2 = describe("NotebookDescr", "notebook", "bioimageio/notebook/0.2", notebookRulesV0_2, prepareGenericV0_2);
const NOTEBOOK_0_3 = describe("NotebookDescr", "notebook", "bioimageio/notebook/0.3", notebookRulesV0_3, prepareGenericV0_3);
const MODEL_0_4: DescriptionClass = {
  ...describe("ModelDescr", "model", "bioimageio/model/0.4", modelRulesV0_4, normalizeModel04, convertOlderModel),
  inlineUnions: [
    {
      field: "training_data",
      link: { tag: "LinkedDataset", fields: ["id", "version_number"] },
      branches: [{ tag: "function-after[_set_init_validation_summary(), DatasetDescr]", descriptionClass: () => DATASET_0_2 }],
      notMapping: "schema",
    },
  ],
};
const MODEL_0_5: DescriptionClass = {
  ...describe("ModelDescr", "model", "bioimageio/model/0.5", modelRulesV0_5, prepareModelV0_5),
  normalize: normalizeModel05,
  inlineUnions: [
    {
      field: "training_data",
      link: { tag: "LinkedDataset", fields: ["version", "id"] },
      branches: [
        {
          tag: "function-after[_check_maintainers_exist(), function-after[_set_init_validation_summary(), DatasetDescr]]",
          descriptionClass: () => DATASET_0_3,
        },
        { tag: "function-after[_set_init_validation_summary(), DatasetDescr]", descriptionClass: () => DATASET_0_2 },
      ],
      notMapping: "raises",
    },
  ],
  convertFrom: {
    minors: ["0.3", "0.4"],
    olderClass: () => MODEL_0_4,
    convert: (doc) => migrateBioimageioModel(doc as unknown as ModelDescrV04, "0.4", "latest") as unknown as Content,
    // The converter passes a validated inline training dataset on as the DatasetDescr (0.2) object it is, and the
    // first before-validator of the 0.5 union's dataset 0.3 branch reads it as a mapping (`data.get`).
    raisesOnConverted: (doc) =>
      isRecord(doc.training_data) && "type" in doc.training_data
        ? { msg: "'DatasetDescr' object has no attribute 'get'", type: "AttributeError" }
        : undefined,
  },
};

/** By resource type (`null`: any type without its own description), then by major.minor and "latest". */
export const DESCRIPTIONS: ReadonlyMap<string | null, ReadonlyMap<string, DescriptionClass>> = new Map([
  [
    null,
    new Map([
      ["0.2", GENERIC_0_2],
      ["0.3", GENERIC_0_3],
      ["latest", GENERIC_0_3],
    ]),
  ],
  [
    "generic",
    new Map([
      ["0.2", GENERIC_0_2],
      ["0.3", GENERIC_0_3],
      ["latest", GENERIC_0_3],
    ]),
  ],
  [
    "application",
    new Map([
      ["0.2", APPLICATION_0_2],
      ["0.3", APPLICATION_0_3],
      ["latest", APPLICATION_0_3],
    ]),
  ],
  [
    "dataset",
    new Map([
      ["0.2", DATASET_0_2],
      ["0.3", DATASET_0_3],
      ["latest", DATASET_0_3],
    ]),
  ],
  [
    "notebook",
    new Map([
      ["0.2", NOTEBOOK_0_2],
      ["0.3", NOTEBOOK_0_3],
      ["latest", NOTEBOOK_0_3],
    ]),
  ],
  [
    "model",
    new Map([
      ["0.3", MODEL_0_4], // as the reference: model 0.3 documents are read as 0.4
      ["0.4", MODEL_0_4],
      ["0.5", MODEL_0_5],
      ["latest", MODEL_0_5],
    ]),
  ],
]);

/** The specs of a class's inline descriptions: all of them, or those of the fields `content` holds. */
export function inlineSpecKeys(cls: DescriptionClass, content?: Content): SpecKey[] {
  return (cls.inlineUnions ?? [])
    .filter((union) => content === undefined || (content[union.field] !== undefined && content[union.field] !== null))
    .flatMap((union) => union.branches.map((branch) => branch.descriptionClass().specKey));
}

/** The specs whose validators a class's checks also use: its inline descriptions', and its older class's when it converts. */
function companionSpecs(cls: DescriptionClass): SpecKey[] {
  const older = cls.convertFrom?.olderClass();
  return [...inlineSpecKeys(cls), ...(older ? [older.specKey, ...companionSpecs(older)] : [])];
}
for (const cls of [MODEL_0_4, MODEL_0_5]) {
  registerCompanionValidators(cls.specKey, companionSpecs(cls));
}
// a dataset 0.2 document is validated as one before its conversion to 0.3 (`DatasetDescr._convert`)
registerCompanionValidators(DATASET_0_3.specKey, [DATASET_0_2.specKey]);

/** The versions bioimage-specs knows but does not implement yet, so that they fail clearly, not silently. */
const PLANNED: ReadonlyMap<string | null, readonly string[]> = new Map();

export interface ClassChoice {
  readonly descriptionClass: DescriptionClass;
  readonly issues: readonly Issue[];
}

export class UnsupportedFormatVersion extends Error {
  constructor(
    readonly resourceType: string,
    readonly formatVersion: string,
    supported: readonly string[],
  ) {
    super(
      `Unsupported format version '${formatVersion}' for type '${resourceType}'. Supported format versions are: ${supported.join(", ")}`,
    );
    this.name = "UnsupportedFormatVersion";
  }
}

export class NotImplementedFormat extends Error {
  constructor(
    readonly resourceType: string,
    readonly formatVersion: string,
  ) {
    super(`bioimage-specs does not implement ${resourceType} ${formatVersion} yet`);
    this.name = "NotImplementedFormat";
  }
}

/**
 * The class for a type and format version. With `fallbackToLatest` an unsupported version is a warning and the
 * latest class is used (the reference's discover mode); without it, an error (an explicitly requested version).
 */
export function descriptionClassFor(type: unknown, formatVersion: string, fallbackToLatest: boolean): ClassChoice {
  const key = typeof type === "string" && (DESCRIPTIONS.has(type) || PLANNED.has(type)) ? type : null;
  const versions = DESCRIPTIONS.get(key) ?? new Map<string, DescriptionClass>();
  const minor = formatVersion === "latest" ? "latest" : minorVersion(formatVersion);
  const found = versions.get(minor);
  if (found) {
    return { descriptionClass: found, issues: [] };
  }
  if (PLANNED.get(key)?.includes(minor)) {
    throw new NotImplementedFormat(key ?? String(type), formatVersion);
  }
  const latest = versions.get("latest");
  if (!latest) {
    throw new NotImplementedFormat(key ?? String(type), formatVersion);
  }
  if (!fallbackToLatest) {
    const supported = [...new Set([...versions.keys(), ...(PLANNED.get(key) ?? [])])].sort();
    throw new UnsupportedFormatVersion(String(type), formatVersion, supported);
  }
  // the reference's `issue_warning` outside of a validation only logs this: it is not in its summary
  return { descriptionClass: latest, issues: [] };
}

/**
 * The before-validators. The class's conversion of older formats comes first (an error from it ends
 * validation), then its own before-validators, then the future-patch check: pydantic runs a subclass's before
 * validators before those of its bases, so a format conversion (e.g. the 0.2.x patch chain) sees the
 * document's own version.
 */
export function prepareContent(content: Content, descriptionClass: DescriptionClass, rebuildWhen: RebuildWhen = "valid"): Prepared {
  const converted = descriptionClass.convertOlder?.(content) ?? { content, issues: [] };
  if (converted.issues.some((issue) => issue.severity >= ERROR)) {
    return converted;
  }
  const prepared = descriptionClass.prepare
    ? descriptionClass.prepare(converted.content, rebuildWhen)
    : { content: converted.content, issues: [] };
  const patched = treatFuturePatchAsImplemented(prepared.content, descriptionClass.implementedFormatVersion, {
    bumpEarlierPatch: !descriptionClass.convertOlder,
  });
  return {
    content: patched.content,
    issues: [...converted.issues, ...patched.issues, ...prepared.issues],
    ...(prepared.rebuilt ? { rebuilt: prepared.rebuilt } : {}),
  };
}
