// YAML 1.2 / JSON text -> value, keeping what is needed to turn a document path into file:line:col.
// Browser-safe. JSON takes the fast path (JSON.parse); positions are computed only when asked for.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document } from "yaml";
import type { SourcePosition } from "../summary/types.js";
import type { DocPath } from "../validation/issue.js";

export interface ParsedSource {
  readonly fileName: string;
  readonly value: unknown;
  /** The position of the key (for mapping entries) or item at `path`, or of its deepest existing ancestor. */
  locate(path: DocPath): SourcePosition;
}

/** A file that is not well-formed YAML or JSON, with the position of the first problem. */
export class ParseError extends Error {
  readonly fileName: string;
  readonly line: number;
  readonly col: number;
  readonly reason: string;
  constructor(fileName: string, line: number, col: number, reason: string) {
    super(`${fileName}:${line}:${col}: ${reason}`);
    this.name = "ParseError";
    this.fileName = fileName;
    this.line = line;
    this.col = col;
    this.reason = reason;
  }
}

export interface ParseOptions {
  /** Default: by file name (`.json` -> json, anything else -> yaml). */
  readonly format?: "yaml" | "json";
  /** Upper bound on alias expansions (YAML "billion laughs"). */
  readonly maxAliasCount?: number;
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

function yamlDocument(text: string, fileName: string, uniqueKeys: boolean): Document {
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys });
  const problem = doc.errors[0];
  if (problem) {
    const at = positionFinder(fileName, text)(problem.pos[0]);
    throw new ParseError(fileName, at.line, at.col, firstLine(problem.message));
  }
  return doc;
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Let the YAML parser (a JSON superset) find the position; fall back to the start.
    try {
      yamlDocument(text, fileName, false);
    } catch (located) {
      if (located instanceof ParseError) {
        throw new ParseError(fileName, located.line, located.col, firstLine((error as Error).message));
      }
    }
    throw new ParseError(fileName, 1, 1, firstLine((error as Error).message));
  }
}

export function parseSource(text: string, fileName: string, options: ParseOptions = {}): ParsedSource {
  const source = stripBom(text);
  const format = options.format ?? (/\.json$/i.test(fileName) ? "json" : "yaml");
  let doc: Document | undefined;
  let value: unknown;
  if (format === "json") {
    value = parseJson(source, fileName);
  } else {
    doc = yamlDocument(source, fileName, true);
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    } catch (error) {
      throw new ParseError(fileName, 1, 1, firstLine((error as Error).message));
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
