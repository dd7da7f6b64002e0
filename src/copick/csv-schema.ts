// copick's CSV sidecars (impl/mlcroissant.py CSV_SCHEMA, in RECORDSET_ORDER), typed, with their row validators.
import { csvSchema } from "../../generated/data/copick/csv-schema.js";
import type { SpecKey } from "../../generated/index.js";

export type CsvDataType = "sc:Text" | "sc:Float" | "sc:Boolean";

export interface CopickCsv {
  /** RecordSet `@id`, e.g. `copick/runs`. */
  readonly recordSetId: string;
  /** File name in `Croissant/`, e.g. `runs.csv`. */
  readonly csvName: string;
  /** FileObject `@id`, e.g. `runs-csv`. */
  readonly fileObjectId: string;
  readonly recordSetName: string;
  /** The row schema. */
  readonly spec: SpecKey;
  /** The header, in order. */
  readonly columns: readonly { readonly name: string; readonly dataType: CsvDataType }[];
  /** The columns that identify a row. */
  readonly keyFields: readonly string[];
}

export const COPICK_CSVS = csvSchema as readonly CopickCsv[];

/** The sidecar whose header is exactly `header`. */
export function csvByHeader(header: readonly string[]): CopickCsv | undefined {
  return COPICK_CSVS.find((csv) => csv.columns.length === header.length && csv.columns.every((c, i) => c.name === header[i]));
}

/** The sidecar a file is named after (`.../runs.csv`). */
export function csvByFileName(fileName: string): CopickCsv | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return COPICK_CSVS.find((csv) => csv.csvName === base);
}
