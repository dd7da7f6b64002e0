// YAML 1.2 / JSON text -> value, keeping what is needed to turn a document path into file:line:col.
// Browser-safe. JSON takes the fast path (JSON.parse), YAML too when yaml-fast.ts can read it; positions are computed
// only when asked for.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document } from "yaml";
import type { SourcePosition } from "../summary/types.js";
import type { DocPath } from "../validation/issue.js";
import { parseCsv } from "./csv.js";
import { scanJson } from "./json-scan.js";
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits, tooLarge } from "./limits.js";
import { parseLosslessJson } from "./lossless-json.js";
import { ParseError } from "./parse-error.js";
import { yamlDepthBeyond } from "./yaml-depth.js";
import { parseYamlFast } from "./yaml-fast.js";

export { ParseError };

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

const YAML_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, merge: false } as const;

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

function positionFinder(fileName: string, text: string): (offset: number) => SourcePosition {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    counter.addNewLine(i + 1);
  }
  return (offset) => {
    const { line, col } = counter.linePos(offset);
    return { file: fileName, line, col };
  };
}

/** Offset of the node at `path` (mapping entries: the key), or of the deepest ancestor that exists. */
function locateOffset(doc: Document, path: DocPath): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) {
        break;
      }
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) {
        break;
      }
      offset = (item as Node).range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

const isStackOverflow = (message: string): boolean => message.includes("Maximum call stack size exceeded");

function tooDeep(maxDepth: number): string {
  return `nested deeper than the limit of ${maxDepth} levels`;
}

/** The estimate of yaml-depth.ts may count a few levels too many: the exact check is on the parsed value. */
const YAML_DEPTH_MARGIN = 64;

function yamlDocument(text: string, fileName: string, uniqueKeys: boolean, maxDepth = DEFAULT_DOCUMENT_LIMITS.maxDepth): Document {
  const beyond = yamlDepthBeyond(text, maxDepth + YAML_DEPTH_MARGIN);
  if (beyond !== undefined) {
    const at = positionFinder(fileName, text)(beyond);
    throw new ParseError(fileName, at.line, at.col, tooDeep(maxDepth));
  }
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys });
  const problem = doc.errors[0];
  if (problem) {
    const at = positionFinder(fileName, text)(problem.pos[0]);
    // the YAML parser recurses: it gives up (with this message) on nesting far beyond any limit worth setting
    throw new ParseError(fileName, at.line, at.col, isStackOverflow(problem.message) ? tooDeep(maxDepth) : firstLine(problem.message));
  }
  return doc;
}

/** True when `value` nests deeper than `maxDepth` (iterative: the value may come from an alias-expanded YAML). */
function deeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== "object" || node === null) {
      continue;
    }
    if (depth >= maxDepth) {
      return true;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === "object" && child !== null) {
        stack.push([child, depth + 1]);
      }
    }
  }
  return false;
}

function offsetPosition(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, col: offset - before.lastIndexOf("\n") };
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
    const at = offsetPosition(text, problem.offset);
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
  return {
    fileName,
    value: records,
    locate(path) {
      const [index, ...rest] = path;
      const entry = typeof index === "number" ? lines[index] : undefined;
      if (!entry) {
        return { file: fileName, line: lines[0]?.line ?? 1, col: 1 };
      }
      const { col } = positionFinder(fileName, entry.text)(locateOffset(yamlDocument(entry.text, fileName, false), rest));
      return { file: fileName, line: entry.line, col };
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

export function parseSource(text: string, fileName: string, options: ParseOptions = {}): ParsedSource {
  const limits = { ...DEFAULT_DOCUMENT_LIMITS, ...options };
  if (text.length > limits.maxDocumentBytes) {
    throw new ParseError(fileName, 1, 1, `document ${tooLarge(text.length, limits.maxDocumentBytes)}`);
  }
  const source = stripBom(text);
  const format = options.format ?? formatOf(fileName);
  if (format === "ndjson") {
    return parseNdjson(source, fileName, limits.maxDepth);
  }
  if (format === "csv") {
    return csvSource(source, fileName);
  }
  let doc: Document | undefined;
  let value: unknown;
  if (format === "json") {
    value = parseJson(source, fileName, limits.maxDepth);
  } else {
    const fast = parseYamlFast(source);
    if (fast !== undefined) {
      value = fast.value;
    } else {
      doc = yamlDocument(source, fileName, true, limits.maxDepth);
      try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (error) {
        const message = (error as Error).message;
        throw new ParseError(fileName, 1, 1, isStackOverflow(message) ? tooDeep(limits.maxDepth) : firstLine(message));
      }
    }
    if (deeperThan(value, limits.maxDepth)) {
      throw new ParseError(fileName, 1, 1, tooDeep(limits.maxDepth));
    }
  }
  let toPosition: ((offset: number) => SourcePosition) | undefined;
  return {
    fileName,
    value,
    locate(path) {
      doc ??= yamlDocument(source, fileName, false);
      toPosition ??= positionFinder(fileName, source);
      return toPosition(locateOffset(doc, path));
    },
  };
}
