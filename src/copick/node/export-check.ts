// What the copick engine makes of an export's sidecars, for `validate` (copick/validate.ts CopickExportCheck):
// the engine reads them as it would to open the project where the Croissant lies (its base URL replaced by that
// folder: a published Croissant names where it was written, which is no defect of the document), and every `url`
// cell is resolved as the engine resolves it. One that leads outside the project is refused there, and an error
// here; a local base URL elsewhere is a warning (the engine then needs `baseUrlOverride`).
import { dirname, resolve } from "node:path";
import { ParseError } from "../../engine/load/parse-error.js";
import { ReadError } from "../../engine/node/read-source.js";
import { COPICK_CSVS, type CopickCsv } from "../csv-schema.js";
import type { CopickRecordSetId } from "../csv-rows.js";
import { CopickError } from "../errors.js";
import type { CopickExportProblem } from "../validate.js";
import { CroissantIndex } from "./croissant-index.js";
import { locate } from "./location.js";

/** The sidecar a reading error names (its file), or metadata.json. */
function fileOf(message: string): string {
  return (
    COPICK_CSVS.find((csv) => message.includes(`/${csv.csvName}:`) || message.startsWith(`${csv.csvName}:`))?.csvName ?? "metadata.json"
  );
}

export async function copickExportProblems(metadataPath: string): Promise<CopickExportProblem[]> {
  const project = dirname(dirname(resolve(metadataPath)));
  let index: CroissantIndex;
  try {
    // checksums: the validator's own check
    index = await CroissantIndex.fromUrl(metadataPath, { verifyChecksums: false, baseUrlOverride: project });
  } catch (error) {
    if (error instanceof ParseError || error instanceof ReadError || error instanceof CopickError) {
      return [{ file: fileOf(error.message), msg: `the copick engine cannot read it: ${error.message}` }];
    }
    throw error;
  }
  const problems: CopickExportProblem[] = [];
  const declared = index.doc["copick:baseUrl"];
  const base = typeof declared === "string" && declared !== "" ? locate(declared) : undefined;
  if (base?.kind === "local" && resolve(base.path) !== project) {
    problems.push({
      file: "metadata.json",
      msg: `the base URL ${declared as string} is not where this Croissant lies (${project}): the copick engine reads it from here only with baseUrlOverride`,
      severity: "warning",
    });
  }
  const withUrls = COPICK_CSVS.filter((csv: CopickCsv) => csv.columns.some((column) => column.name === "url"));
  for (const csv of withUrls) {
    index.rows(csv.recordSetId as CopickRecordSetId).forEach((row, i) => {
      if (typeof row.url !== "string") {
        return;
      }
      try {
        index.resolveUrl(row.url);
      } catch (error) {
        if (!(error instanceof CopickError)) {
          throw error;
        }
        problems.push({ file: csv.csvName, msg: `row ${i + 1}: ${error.message} (the copick engine refuses to read it)` });
      }
    });
  }
  return problems;
}
