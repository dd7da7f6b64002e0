// Rows of copick's CSV sidecars, written byte-identical to copick (Python's csv.DictWriter, excel dialect: CRLF,
// minimal quoting; booleans as true/false, None as "", floats as repr()) and read like copick reads them.
// Browser-safe.
import { parseCsv } from "../engine/load/csv.js";
import { ParseError } from "../engine/load/parse-error.js";
import { COPICK_CSVS, type CopickCsv, csvCellValue } from "./csv-schema.js";
import { CopickError } from "./errors.js";
import { pyFloatRepr } from "./pyjson.js";

/** A cell: Text columns hold strings, Float columns numbers, Boolean columns booleans; empty cells are null. */
export type CopickCell = string | number | boolean | null;

/** A row of a sidecar, by column name. */
export type CopickRow = Readonly<Record<string, CopickCell>>;

/** The RecordSet ids of the eight sidecars, in copick's RECORDSET_ORDER. */
export type CopickRecordSetId =
  | "copick/runs"
  | "copick/voxel_spacings"
  | "copick/tomograms"
  | "copick/features"
  | "copick/picks"
  | "copick/meshes"
  | "copick/segmentations"
  | "copick/objects";

export const RECORD_SET_IDS = COPICK_CSVS.map((csv) => csv.recordSetId) as readonly CopickRecordSetId[];

export function csvFor(recordSetId: string): CopickCsv {
  const csv = COPICK_CSVS.find((c) => c.recordSetId === recordSetId);
  if (!csv) {
    throw new CopickError(`unknown RecordSet '${recordSetId}' (copick's are ${RECORD_SET_IDS.join(", ")})`);
  }
  return csv;
}

/** Python's csv QUOTE_MINIMAL: quote a field holding the delimiter, the quote character or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(value: CopickCell): string {
  if (value === null) {
    return "";
  }
  if (typeof value === "boolean") {
    return value ? "true" : "false";
  }
  return typeof value === "number" ? pyFloatRepr(value) : value;
}

export function csvHeaderLine(csv: CopickCsv): string {
  return `${csv.columns.map((c) => csvField(c.name)).join(",")}\r\n`;
}

export function csvRowLine(csv: CopickCsv, row: CopickRow): string {
  return `${csv.columns.map((c) => csvField(cellText(row[c.name] ?? null))).join(",")}\r\n`;
}

/** The whole CSV text of `rows`, header first (a sidecar without rows is its header alone). */
export function serializeCsv(csv: CopickCsv, rows: Iterable<CopickRow>): string {
  let text = csvHeaderLine(csv);
  for (const row of rows) {
    text += csvRowLine(csv, row);
  }
  return text;
}

/**
 * A row with exactly the sidecar's columns (missing ones null), each of its column's type; anything else is a
 * CopickError naming the column, so that nothing unserialisable reaches a CSV.
 */
export function normalizeRow(csv: CopickCsv, row: Readonly<Record<string, unknown>>): CopickRow {
  const out: Record<string, CopickCell> = {};
  for (const column of csv.columns) {
    const value = row[column.name] ?? null;
    const ok =
      value === null ||
      (column.dataType === "sc:Text" && typeof value === "string") ||
      (column.dataType === "sc:Float" && typeof value === "number") ||
      (column.dataType === "sc:Boolean" && typeof value === "boolean");
    if (!ok) {
      const expected = { "sc:Text": "a string", "sc:Float": "a number", "sc:Boolean": "a boolean" }[column.dataType];
      throw new CopickError(`${csv.recordSetId}: column '${column.name}' must be ${expected} or null, got ${JSON.stringify(value)}`);
    }
    out[column.name] = value as CopickCell;
  }
  for (const key of Object.keys(row)) {
    if (!csv.columns.some((c) => c.name === key)) {
      throw new CopickError(`${csv.recordSetId} has no column '${key}' (columns: ${csv.columns.map((c) => c.name).join(", ")})`);
    }
  }
  return out;
}

/** The identity of a row within its sidecar (its key fields), as a string; 10 and 10.0 are the same key. */
export function rowKey(csv: CopickCsv, row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(csv.keyFields.map((name) => row[name] ?? null));
}

/**
 * The rows of a sidecar's text, read like copick reads them through mlcroissant: columns found by header name
 * (a column the file lacks reads as null, as in Croissants exported before the column existed), empty cells
 * null, floats with float(), booleans true|1|yes. A cell that is not a number in a Float column is an error
 * at its line and column.
 */
export function parseCsvRows(csv: CopickCsv, text: string, fileName: string): CopickRow[] {
  const records = parseCsv(text.startsWith("\uFEFF") ? text.slice(1) : text, fileName);
  const header = records[0]?.cells.map((c) => c.value) ?? [];
  const positions = csv.columns.map((c) => header.indexOf(c.name));
  const rows: CopickRow[] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length === 1 && record.cells[0]?.value === "") {
      continue; // a blank line: csv.DictReader skips it
    }
    const row: Record<string, CopickCell> = {};
    csv.columns.forEach((column, i) => {
      const cell = record.cells[positions[i] ?? -1];
      if (cell?.value.includes("\0")) {
        // names become paths, and no path holds a NUL (Node would throw, Python raise "embedded null byte")
        throw new ParseError(fileName, cell.line, cell.col, `a NUL character in column ${column.name}`);
      }
      const value = cell === undefined ? null : csvCellValue(cell.value, column.dataType);
      if (column.dataType === "sc:Float" && typeof value === "string" && cell) {
        throw new ParseError(fileName, cell.line, cell.col, `'${value}' in column ${column.name} is not a number`);
      }
      row[column.name] = value;
    });
    rows.push(row);
  }
  return rows;
}
