// The copick profile of a Croissant metadata.json (copick/ops/croissant.py export_croissant, impl/mlcroissant.py
// CSV_SCHEMA): the eight CSV FileObjects and RecordSets in copick's order, with the columns copick reads,
// and the optional `copick/splits` table wired to `copick/runs/split`.
import { ERROR } from "../../../engine/summary/types.js";
import { csvSchema } from "../../../../generated/data/copick/csv-schema.js";
import type { CopickCroissantMetadata } from "../../../../generated/types/copick/croissant-metadata/1.27.js";
import { defineRule, type Rule, type RuleFinding } from "../../../engine/validation/rule.js";
import { objectRules } from "../../objects.js";

/** Where copick puts a CSV: `<baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` for a relative Croissant. */
export function csvContentUrl(baseUrl: string, csvName: string): string {
  return baseUrl === "" ? `Croissant/${csvName}` : `${baseUrl.replace(/\/+$/, "")}/Croissant/${csvName}`;
}

const distribution = defineRule<CopickCroissantMetadata>({
  id: "copick.croissant.distribution",
  description: "the distribution is the eight CSV FileObjects, in copick's order, at `<copick:baseUrl>/Croissant/<csv>`",
  severity: ERROR,
  messages: [
    "FileObject '{id}' ({csv}) is missing: copick expects {n} CSV FileObjects",
    "expected FileObject '{id}' here ({csv}), found '{found}'",
    "the name of FileObject '{id}' should be '{id}'",
    "contentUrl should be '{url}' (copick:baseUrl + /Croissant/{csv}), found '{found}'",
    "copick writes only the {n} CSV FileObjects; this one is not read",
  ],
  reference: "src/copick/ops/croissant.py:296",
  *check(doc, context) {
    if (!context.isValid(["distribution"])) {
      return;
    }
    const baseUrl = context.isValid(["copick:baseUrl"]) ? doc["copick:baseUrl"] : undefined;
    for (const [i, csv] of csvSchema.entries()) {
      const file = doc.distribution[i];
      if (!file) {
        yield {
          loc: ["distribution"],
          msg: `FileObject '${csv.fileObjectId}' (${csv.csvName}) is missing: copick expects ${csvSchema.length} CSV FileObjects`,
        };
        continue;
      }
      if (file["@id"] !== csv.fileObjectId) {
        yield {
          loc: ["distribution", i, "@id"],
          msg: `expected FileObject '${csv.fileObjectId}' here (${csv.csvName}), found '${file["@id"]}'`,
        };
        continue;
      }
      if (file.name !== csv.fileObjectId) {
        yield { loc: ["distribution", i, "name"], msg: `the name of FileObject '${csv.fileObjectId}' should be '${csv.fileObjectId}'` };
      }
      if (baseUrl !== undefined && file.contentUrl !== csvContentUrl(baseUrl, csv.csvName)) {
        yield {
          loc: ["distribution", i, "contentUrl"],
          msg: `contentUrl should be '${csvContentUrl(baseUrl, csv.csvName)}' (copick:baseUrl + /Croissant/${csv.csvName}), found '${file.contentUrl}'`,
        };
      }
    }
    for (let i = csvSchema.length; i < doc.distribution.length; i++) {
      yield { loc: ["distribution", i], msg: `copick writes only the ${csvSchema.length} CSV FileObjects; this one is not read` };
    }
  },
});

const recordSets = defineRule<CopickCroissantMetadata>({
  id: "copick.croissant.record-sets",
  description: "one RecordSet per CSV, in order, with one Field per column (id, data type, source column) in column order",
  severity: ERROR,
  messages: [
    "RecordSet '{id}' is missing",
    "expected RecordSet '{id}' here, found '{found}'",
    "the name of RecordSet '{id}' should be '{name}'",
    "RecordSet '{id}' should have {n} fields ({columns}), found {found}",
    "expected field '{id}' here (columns in order), found '{found}'",
    "field '{id}' should have dataType {type}, found {found}",
    "field '{id}' should read column '{column}' of FileObject '{file}'",
  ],
  reference: "src/copick/ops/croissant.py:275",
  *check(doc, context): Iterable<RuleFinding> {
    if (!context.isValid(["recordSet"])) {
      return;
    }
    for (const [i, csv] of csvSchema.entries()) {
      const recordSet = doc.recordSet[i];
      if (!recordSet) {
        yield { loc: ["recordSet"], msg: `RecordSet '${csv.recordSetId}' is missing` };
        continue;
      }
      if (recordSet["@id"] !== csv.recordSetId) {
        yield { loc: ["recordSet", i, "@id"], msg: `expected RecordSet '${csv.recordSetId}' here, found '${recordSet["@id"]}'` };
        continue;
      }
      if (recordSet.name !== csv.recordSetName) {
        yield { loc: ["recordSet", i, "name"], msg: `the name of RecordSet '${csv.recordSetId}' should be '${csv.recordSetName}'` };
      }
      const fields = recordSet.field;
      if (fields.length !== csv.columns.length) {
        yield {
          loc: ["recordSet", i, "field"],
          msg: `RecordSet '${csv.recordSetId}' should have ${csv.columns.length} fields (${csv.columns.map((c) => c.name).join(", ")}), found ${fields.length}`,
        };
      }
      for (const [j, column] of csv.columns.entries()) {
        const field = fields[j];
        if (!field) {
          break;
        }
        const loc = ["recordSet", i, "field", j];
        const id = `${csv.recordSetId}/${column.name}`;
        if (field["@id"] !== id) {
          yield { loc: [...loc, "@id"], msg: `expected field '${id}' here (columns in order), found '${field["@id"]}'` };
          continue;
        }
        if (field.dataType !== column.dataType) {
          yield { loc: [...loc, "dataType"], msg: `field '${id}' should have dataType ${column.dataType}, found ${field.dataType}` };
        }
        if (field.source?.fileObject["@id"] !== csv.fileObjectId || field.source.extract.column !== column.name) {
          yield {
            loc: [...loc, "source"],
            msg: `field '${id}' should read column '${column.name}' of FileObject '${csv.fileObjectId}'`,
          };
        }
      }
    }
  },
});

const SPLITS_ID = "copick/splits";
const SPLIT_FIELD = "copick/runs/split";

const splits = defineRule<CopickCroissantMetadata>({
  id: "copick.croissant.splits",
  description: "the optional `copick/splits` table has name and url fields and every row both; `copick/runs/split` references it",
  severity: ERROR,
  messages: [
    "'copick/runs/split' references '{reference}' but there is no 'copick/splits' RecordSet",
    "'copick/splits' should have the fields 'copick/splits/name' and 'copick/splits/url', found {ids}",
    "the key of 'copick/splits' should be 'copick/splits/name'",
    "'copick/runs/split' should reference 'copick/splits/name' when 'copick/splits' exists",
  ],
  reference: "src/copick/ops/croissant.py:975",
  *check(doc, context): Iterable<RuleFinding> {
    if (!context.isValid(["recordSet"])) {
      return;
    }
    const index = doc.recordSet.findIndex((rs) => rs["@id"] === SPLITS_ID);
    const runsIndex = doc.recordSet.findIndex((rs) => rs["@id"] === "copick/runs");
    const runs = doc.recordSet[runsIndex];
    const splitFieldIndex = runs ? runs.field.findIndex((f) => f["@id"] === SPLIT_FIELD) : -1;
    const splitField = runs?.field[splitFieldIndex];
    const references = splitField?.references?.field["@id"];
    if (index < 0) {
      if (references !== undefined) {
        yield {
          loc: ["recordSet", runsIndex, "field", splitFieldIndex, "references"],
          msg: `'${SPLIT_FIELD}' references '${references}' but there is no '${SPLITS_ID}' RecordSet`,
        };
      }
      return;
    }
    const table = doc.recordSet[index];
    if (!table) {
      return;
    }
    const ids = table.field.map((f) => f["@id"]);
    if (ids.join(",") !== `${SPLITS_ID}/name,${SPLITS_ID}/url`) {
      yield {
        loc: ["recordSet", index, "field"],
        msg: `'${SPLITS_ID}' should have the fields '${SPLITS_ID}/name' and '${SPLITS_ID}/url', found ${ids.join(", ")}`,
      };
    }
    if (table.key?.["@id"] !== `${SPLITS_ID}/name`) {
      yield { loc: ["recordSet", index, "key"], msg: `the key of '${SPLITS_ID}' should be '${SPLITS_ID}/name'` };
    }
    if (references !== `${SPLITS_ID}/name`) {
      yield {
        loc: ["recordSet", runsIndex < 0 ? index : runsIndex],
        msg: `'${SPLIT_FIELD}' should reference '${SPLITS_ID}/name' when '${SPLITS_ID}' exists`,
      };
    }
  },
});

export const croissantMetadataRulesV1_27: readonly Rule<CopickCroissantMetadata>[] = [
  ...objectRules<CopickCroissantMetadata>((doc) => {
    const objects = doc["copick:config"]?.pickable_objects;
    return Array.isArray(objects) ? { path: ["copick:config", "pickable_objects"], objects } : undefined;
  }),
  distribution,
  recordSets,
  splits,
];
