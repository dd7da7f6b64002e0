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

/** Python's float() accepts these (and copick reads Float cells with float()). */
const PY_FLOAT = /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)\s*$/i;

/**
 * A cell as copick reads it (impl/mlcroissant.py `_coerce_cell`): empty -> null, Float -> float() (the text
 * itself when float() would fail), Boolean -> true|1|yes.
 */
export function csvCellValue(text: string, dataType: CsvDataType): string | number | boolean | null {
  if (text === "") {
    return null;
  }
  if (dataType === "sc:Float") {
    return PY_FLOAT.test(text) ? Number(text.trim().replace(/^([+-]?)inf(inity)?$/i, "$1Infinity")) : text;
  }
  if (dataType === "sc:Boolean") {
    return /^(true|1|yes)$/i.test(text.trim());
  }
  return text;
}
