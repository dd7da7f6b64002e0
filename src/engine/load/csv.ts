// CSV text -> records with the position of every cell, so that a row's issues point at file:line:col.
// Reads what Python's csv module writes with the default excel dialect (comma, `"` quoting with `""`
// escapes, CRLF or LF line ends), which is how copick writes its Croissant sidecars. Browser-safe.
import { ParseError } from "./parse-error.js";

export interface CsvCell {
  readonly value: string;
  /** 1-based line and column of the cell's first character. */
  readonly line: number;
  readonly col: number;
  /** 1-based line and column just after the cell (after its closing quote). */
  readonly endLine: number;
  readonly endCol: number;
}

export interface CsvRecord {
  readonly cells: readonly CsvCell[];
  /** 1-based line the record starts on (a quoted cell may span lines). */
  readonly line: number;
}

/** Parses CSV text into records; a blank last line (the final line end) makes no record. */
export function parseCsv(text: string, fileName: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: CsvCell[] = [];
  let line = 1;
  let col = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = (): void => {
    records.push({ cells, line: recordLine });
    cells = [];
  };
  while (i < n) {
    const cellLine = line;
    const cellCol = col;
    let value = "";
    if (text[i] === '"') {
      i++;
      col++;
      for (;;) {
        if (i >= n) {
          throw new ParseError(fileName, cellLine, cellCol, "unexpected end of data in a quoted field");
        }
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          break;
        }
        value += ch;
        i++;
        if (ch === "\n") {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        throw new ParseError(fileName, line, col, "',' expected after a quoted field");
      }
    } else {
      while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        value += text[i];
        i++;
        col++;
      }
    }
    cells.push({ value, line: cellLine, col: cellCol, endLine: line, endCol: col });
    if (text[i] === ",") {
      i++;
      col++;
      continue;
    }
    // End of record: CRLF, LF or end of text.
    if (text[i] === "\r") {
      i++;
    }
    if (text[i] === "\n") {
      i++;
    }
    endRecord();
    line++;
    col = 1;
    recordLine = line;
  }
  return records;
}
