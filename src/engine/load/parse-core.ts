// YAML 1.2 / JSON / NDJSON / CSV text -> value, keeping what is needed to turn a document path into
// file:line:col. JSON takes JSON.parse (positions: json-scan.ts), YAML the fast path (yaml-fast.ts) when it can
// read the text; other YAML needs `yaml` (yaml-full.ts), which the caller passes in: parse.ts always
// (synchronous), parse-lazily.ts only when needed. JSON positions are computed only when asked for; the fast
// YAML path records them as it parses (cheaper than parsing again for the many documents with something to
// report). Browser-safe.
import type { SourcePosition } from "../summary/types.js";
import type { SummaryOptions } from "../summary/options.js";
import type { DocPath } from "../summary/issue.js";
import { parseCsv } from "./csv.js";
import { locateJson, locateJsonNode, scanJson } from "./json-scan.js";
import { type LineCol, type LocatedNode, locatedAt, type NodeLocator, startOf } from "./located-node.js";
import { LinePositions } from "./line-positions.js";
import { DEFAULT_DOCUMENT_LIMITS, deeperThan, type DocumentLimits, markWithinDepth, tooDeep, tooLarge } from "./limits.js";
import { parseLosslessJson } from "./lossless-json.js";
import { ParseError } from "./parse-error.js";
import { FAST_YAML_MAX_NESTING, parseYamlFastLocated } from "./yaml-fast.js";
import type * as YamlFull from "./yaml-full.js";

export interface ParsedSource {
  readonly fileName: string;
  readonly value: unknown;
  /** The position of the key (for mapping entries) or item at `path`, or of its deepest existing ancestor. */
  locate(path: DocPath): SourcePosition;
  /** The node `locate` points at, with the spans of its key and value (for editors, which mark a range). */
  locateNode(path: DocPath): LocatedNode;
}

const PARSED_SOURCES = new WeakSet<object>();

function registered(source: ParsedSource): ParsedSource {
  PARSED_SOURCES.add(source);
  return source;
}

/** Whether `input` is a ParsedSource that parsing returned (not a document that happens to have such keys). */
export function isParsedSource(input: unknown): input is ParsedSource {
  return typeof input === "object" && input !== null && PARSED_SOURCES.has(input);
}

/**
 * What validation functions that take a document or a ParsedSource validate: the source's value, with its file
 * name and positions as defaults of the options (so that errors have file:line:col without passing `locate`).
 */
export function documentOf<O extends SummaryOptions>(input: unknown, options: O): { document: unknown; options: O } {
  if (!isParsedSource(input)) {
    return { document: input, options };
  }
  return {
    document: input.value,
    options: {
      ...options,
      sourceName: options.sourceName ?? input.fileName,
      locate: options.locate ?? ((path: DocPath) => input.locate(path)),
    },
  };
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
  const last = lines.at(-1);
  return registered({
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
    locateNode(path) {
      const [index, ...rest] = path;
      const entry = typeof index === "number" ? lines[index] : undefined;
      if (!entry) {
        const end = { line: last?.line ?? 1, col: (last?.text.length ?? 0) + 1 };
        return { depth: 0, value: { start: { line: lines[0]?.line ?? 1, col: 1 }, end } };
      }
      const { depth, offsets } = locateJsonNode(entry.text, rest);
      // a record is one line: its columns are its offsets
      const at = (offset: number) => ({ line: entry.line, col: offset + 1 });
      const value = { start: at(offsets.valueStart), end: at(offsets.valueEnd) };
      return offsets.keyStart < 0
        ? { depth: depth + 1, value }
        : { depth: depth + 1, key: { start: at(offsets.keyStart), end: at(offsets.keyEnd) }, value };
    },
  });
}

function csvSource(source: string, fileName: string): ParsedSource {
  const records = parseCsv(source, fileName);
  return registered({
    fileName,
    value: records.map((record) => record.cells.map((cell) => cell.value)),
    locate(path) {
      const [row, cell] = path;
      const record = typeof row === "number" ? records[row] : undefined;
      const at = record && typeof cell === "number" ? record.cells[cell] : undefined;
      return { file: fileName, line: at?.line ?? record?.line ?? 1, col: at?.col ?? 1 };
    },
    locateNode(path) {
      const [row, cell] = path;
      const record = typeof row === "number" ? records[row] : undefined;
      const at = record && typeof cell === "number" ? record.cells[cell] : undefined;
      const cells = at ? [at] : (record?.cells ?? records.flatMap((r) => r.cells));
      const first = cells[0];
      const final = cells.at(-1);
      return {
        depth: at ? 2 : record ? 1 : 0,
        value: {
          start: { line: first?.line ?? 1, col: first?.col ?? 1 },
          end: { line: final?.endLine ?? 1, col: final?.endCol ?? 1 },
        },
      };
    },
  });
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
  let locateNode: NodeLocator;
  let locate: ((path: DocPath) => LineCol) | undefined;
  const fast = format === "yaml" ? parseYamlFastLocated(source, limits.maxAliasCount) : undefined;
  if (format === "json") {
    value = parseJson(source, fileName, limits.maxDepth);
    let positions: LinePositions | undefined;
    const lines = (): LinePositions => (positions ??= new LinePositions(source));
    locate = (path) => lines().at(locateJson(source, path));
    locateNode = (path) => {
      const { depth, offsets } = locateJsonNode(source, path);
      return locatedAt(lines(), depth, offsets);
    };
  } else if (fast !== undefined) {
    ({ value, locateNode } = fast);
  } else if (full === undefined) {
    return NEEDS_FULL_YAML;
  } else {
    ({ value, locateNode } = full.parseYamlFull(source, fileName, limits));
  }
  // (JSON's depth is checked by parseJson's scan, the fast YAML path's by the parser when there is no alias)
  const checked = format === "json" || (fast !== undefined && !fast.aliased && limits.maxDepth > FAST_YAML_MAX_NESTING);
  if (!checked && deeperThan(value, limits.maxDepth)) {
    throw new ParseError(fileName, 1, 1, tooDeep(limits.maxDepth));
  }
  markWithinDepth(value);
  return registered({
    fileName,
    value,
    locate(path) {
      const { line, col } = locate ? locate(path) : startOf(locateNode(path));
      return { file: fileName, line, col };
    },
    locateNode,
  });
}
