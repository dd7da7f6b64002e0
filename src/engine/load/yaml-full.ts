// YAML through the `yaml` package: what the fast path (yaml-fast.ts) leaves to it, with its errors' positions. A
// module of its own so that callers which can wait (parse-lazily.ts) load `yaml` only when a document needs it.
// Browser-safe.
import { isMap, isPair, isScalar, isSeq, type Node, parseDocument, type Document } from "yaml";
import type { DocPath } from "../summary/issue.js";
import { type DocumentLimits, tooDeep } from "./limits.js";
import { LinePositions } from "./line-positions.js";
import { ParseError } from "./parse-error.js";
import { yamlDepthBeyond } from "./yaml-depth.js";

const YAML_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, merge: false } as const;

/** The estimate of yaml-depth.ts may count a few levels too many: the exact check is on the parsed value. */
const YAML_DEPTH_MARGIN = 64;

export type Locator = (path: DocPath) => { line: number; col: number };

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

const isStackOverflow = (message: string): boolean => message.includes("Maximum call stack size exceeded");

function yamlDocument(text: string, fileName: string, uniqueKeys: boolean, maxDepth: number): Document {
  const beyond = yamlDepthBeyond(text, maxDepth + YAML_DEPTH_MARGIN);
  if (beyond !== undefined) {
    const at = new LinePositions(text).at(beyond);
    throw new ParseError(fileName, at.line, at.col, tooDeep(maxDepth));
  }
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys });
  const problem = doc.errors[0];
  if (problem) {
    const at = new LinePositions(text).at(problem.pos[0]);
    // the YAML parser recurses: it gives up (with this message) on nesting far beyond any limit worth setting
    throw new ParseError(fileName, at.line, at.col, isStackOverflow(problem.message) ? tooDeep(maxDepth) : firstLine(problem.message));
  }
  return doc;
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

/** YAML text to its value (a ParseError with the position of the first problem) and a locator. */
export function parseYamlFull(text: string, fileName: string, limits: DocumentLimits): { value: unknown; locate: Locator } {
  const doc = yamlDocument(text, fileName, true, limits.maxDepth);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const message = (error as Error).message;
    throw new ParseError(fileName, 1, 1, isStackOverflow(message) ? tooDeep(limits.maxDepth) : firstLine(message));
  }
  const positions = new LinePositions(text);
  return { value, locate: (path) => positions.at(locateOffset(doc, path)) };
}
