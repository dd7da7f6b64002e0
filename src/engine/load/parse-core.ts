// YAML 1.2 / JSON / NDJSON / CSV text -> value, keeping what is needed to turn a document path into
// file:line:col. JSON takes JSON.parse (positions: json-scan.ts), YAML the fast path (yaml-fast.ts) when it can
// read the text; other YAML needs `yaml` (yaml-full.ts), which the caller passes in: parse.ts always
// (synchronous), parse-lazily.ts only when needed. Positions are computed only when asked for. Browser-safe.
import type { SourcePosition } from "../summary/types.js";
import type { DocPath } from "../summary/issue.js";
import { parseCsv } from "./csv.js";
import { locateJson, scanJson } from "./json-scan.js";
import { LinePositions } from "./line-positions.js";
import { DEFAULT_DOCUMENT_LIMITS, deeperThan, type DocumentLimits, markWithinDepth, tooDeep, tooLarge } from "./limits.js";
import { parseLosslessJson } from "./lossless-json.js";
import { ParseError } from "./parse-error.js";
import { locateYamlFast, parseYamlFast } from "./yaml-fast.js";
import type * as YamlFull from "./yaml-full.js";

export interface ParsedSource {
  readonly fileName: string;
  readonly value: unknown;
  /** The position of the key (for mapping entries) or item at `path`, or of its deepest existing ancestor. */
  locate(path: DocPath): SourcePosition;
}

/**
 * yaml and json parse to their value; ndjson to an array of the lines' values (blank lines skipped), located
 * by `[index, ...path in the record]`; csv to an array of records (arrays of cell strings, header first),
 * located by `[record index, cell index]`.
 */
export type SourceFormat = "yaml" | "json" | "ndjson" | "csv";

export function formatOf(fileName: string): SourceFormat {
  return /\.json$/i.test(fileName) ? "json" : /\.(ndjson|jsonl)$/i.test(fileName) ? "ndjson" : /\.csv$/i.test(fileName) ? "csv" : "yaml";
}

/** Limits default to DEFAULT_DOCUMENT_LIMITS; a document beyond one is a ParseError, never a crash. */
export interface ParseOptions extends Partial<DocumentLimits> {
  /** Default: by file name (`.json` -> json, `.ndjson`/`.jsonl` -> ndjson, `.csv` -> csv, anything else -> yaml). */
  readonly format?: SourceFormat;
}

/** The `yaml`-based half of parsing (yaml-full.ts). */
export type FullYaml = Pick<typeof YamlFull, "parseYamlFull">;

/** What `parseWith` returns when it cannot do without `yaml` and was not given it. */
export const NEEDS_FULL_YAML = Symbol("needs full yaml");

/**
 * What YAML 1.2 allows in a stream (c-printable); the reference's reader refuses anything else, wherever it is
 * (a NUL in a comment too), before parsing. Escapes (`"\0"`) are how such characters are written.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function refuseNonPrintable(text: string, fileName: string): void {
  const at = text.search(NON_PRINTABLE);
  if (at >= 0) {
    const code = text.codePointAt(at) ?? 0;
    const { line, col } = new LinePositions(text).at(at);
    throw new ParseError(
      fileName,
      line,
      col,
      `unacceptable character #x${code.toString(16).padStart(4, "0")}: special characters are not allowed`,
    );
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, fileName: string, maxDepth: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input and has no position: the lossless parser names the first problem
    parseLosslessJson(text, fileName, maxDepth);
    throw new ParseError(fileName, 1, 1, "not valid JSON");
  }
  const problem = scanJson(text, maxDepth);
  if (problem) {
    const at = new LinePositions(text).at(problem.offset);
    throw new ParseError(fileName, at.line, at.col, problem.reason);
  }
  return value;
}

/** One JSON value per non-blank line; each line located on its own (a CSV line is a row, an NDJSON line a record). */
function parseNdjson(source: string, fileName: string, maxDepth: number): ParsedSource {
  const records: unknown[] = [];
  const lines: { text: string; line: number }[] = [];
  source.split("\n").forEach((raw, i) => {
    const text = raw.replace(/\r$/, "");
    if (text.trim() === "") {
      return;
    }
    try {
      records.push(parseJson(text, fileName, maxDepth));
    } catch (error) {
      const at = error instanceof ParseError ? error : new ParseError(fileName, 1, 1, String(error));
      throw new ParseError(fileName, i + 1, at.col, at.reason);
    }
    lines.push({ text, line: i + 1 });
  });
  markWithinDepth(records);
  return {
    fileName,
    value: records,
    locate(path) {
      const [index, ...rest] = path;
      const entry = typeof index === "number" ? lines[index] : undefined;
      if (!entry) {
        return { file: fileName, line: lines[0]?.line ?? 1, col: 1 };
      }
      // a record is one line: its column is its offset
      return { file: fileName, line: entry.line, col: locateJson(entry.text, rest) + 1 };
    },
  };
}

function csvSource(source: string, fileName: string): ParsedSource {
  const records = parseCsv(source, fileName);
  return {
    fileName,
    value: records.map((record) => record.cells.map((cell) => cell.value)),
    locate(path) {
      const [row, cell] = path;
      const record = typeof row === "number" ? records[row] : undefined;
      const at = record && typeof cell === "number" ? record.cells[cell] : undefined;
      return { file: fileName, line: at?.line ?? record?.line ?? 1, col: at?.col ?? 1 };
    },
  };
}

/** Parses `text`; without `full`, returns NEEDS_FULL_YAML for YAML the fast path cannot read. */
export function parseWith(
  text: string,
  fileName: string,
  options: ParseOptions,
  full: FullYaml | undefined,
): ParsedSource | typeof NEEDS_FULL_YAML {
  const limits = { ...DEFAULT_DOCUMENT_LIMITS, ...options };
  if (text.length > limits.maxDocumentBytes) {
    throw new ParseError(fileName, 1, 1, `document ${tooLarge(text.length, limits.maxDocumentBytes)}`);
  }
  const source = stripBom(text);
  const format = options.format ?? formatOf(fileName);
  if (format === "csv") {
    return csvSource(source, fileName);
  }
  if (format === "ndjson") {
    return parseNdjson(source, fileName, limits.maxDepth);
  }
  if (format === "yaml") {
    refuseNonPrintable(source, fileName);
  }
  let value: unknown;
  let locate: ((path: DocPath) => { line: number; col: number }) | undefined;
  const fast = format === "yaml" ? parseYamlFast(source) : undefined;
  if (format === "json") {
    value = parseJson(source, fileName, limits.maxDepth);
    let positions: LinePositions | undefined;
    locate = (path) => (positions ??= new LinePositions(source)).at(locateJson(source, path));
  } else if (fast !== undefined) {
    value = fast.value;
  } else if (full === undefined) {
    return NEEDS_FULL_YAML;
  } else {
    ({ value, locate } = full.parseYamlFull(source, fileName, limits));
  }
  // (JSON's depth is checked by parseJson's scan)
  if (format !== "json" && deeperThan(value, limits.maxDepth)) {
    throw new ParseError(fileName, 1, 1, tooDeep(limits.maxDepth));
  }
  markWithinDepth(value);
  return {
    fileName,
    value,
    locate(path) {
      // fast-path YAML is located by the fast parser, parsing again with positions (which it then always can)
      locate ??= locateYamlFast(source) ?? (() => ({ line: 1, col: 1 }));
      const { line, col } = locate(path);
      return { file: fileName, line, col };
    },
  };
}
