// YAML through the `yaml` package: what the fast path (yaml-fast.ts) leaves to it, with its errors' positions. A
// module of its own so that callers which can wait (parse-lazily.ts) load `yaml` only when a document needs it.
// Browser-safe.
import { isMap, isPair, isScalar, isSeq, type Node, parseDocument, type Document } from "yaml";
import type { DocPath } from "../summary/issue.js";
import { type DocumentLimits, tooDeep } from "./limits.js";
import { LinePositions } from "./line-positions.js";
import { locatedAt, type NodeLocator, type NodeOffsets } from "./located-node.js";
import { ParseError } from "./parse-error.js";
import { yamlDepthBeyond } from "./yaml-depth.js";

const YAML_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, merge: false } as const;

/** The estimate of yaml-depth.ts may count a few levels too many: the exact check is on the parsed value. */
const YAML_DEPTH_MARGIN = 64;

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

/** Where a node's value ends: after its last character (block collections: where their last value ends). */
function valueEnd(text: string, node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last = node.items.at(-1);
    if (last === undefined) {
      return node.range?.[0] ?? 0;
    }
    if (isPair(last)) {
      return last.value ? valueEnd(text, last.value as Node) : ((last.key as Node).range?.[1] ?? 0);
    }
    return valueEnd(text, last as Node);
  }
  const [start, end] = node.range ?? [0, 0];
  let trimmed = end;
  while (trimmed > start && /\s/.test(text[trimmed - 1] as string)) {
    trimmed--;
  }
  return trimmed;
}

/** Offsets of an entry's or item's value; `yaml` puts a value that is not written (`key:`, `-`) after the indicator and its spaces. */
function valueOffsets(text: string, node: Node | null, keyStart: number, keyEnd: number): NodeOffsets {
  const start = node?.range?.[0] ?? keyEnd;
  return { keyStart, keyEnd, valueStart: start, valueEnd: node ? valueEnd(text, node) : start };
}

/** The node at `path` (mapping entries: key and value), or the deepest ancestor that exists. */
function locateNode(text: string, doc: Document, path: DocPath): { depth: number; offsets: NodeOffsets } {
  let node = doc.contents as Node | null;
  let offsets = valueOffsets(text, node, -1, -1);
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) {
        break;
      }
      const [keyStart, keyEnd] = (pair.key as Node).range ?? [0, 0];
      node = pair.value as Node | null;
      offsets = valueOffsets(text, node, keyStart, keyEnd);
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | null | undefined;
      if (item === undefined) {
        break;
      }
      offsets = valueOffsets(text, item, -1, -1);
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { depth, offsets };
}

/** YAML text to its value (a ParseError with the position of the first problem) and a locator. */
export function parseYamlFull(text: string, fileName: string, limits: DocumentLimits): { value: unknown; locateNode: NodeLocator } {
  const doc = yamlDocument(text, fileName, true, limits.maxDepth);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const message = (error as Error).message;
    throw new ParseError(fileName, 1, 1, isStackOverflow(message) ? tooDeep(limits.maxDepth) : firstLine(message));
  }
  const lines = new LinePositions(text);
  return {
    value,
    locateNode: (path) => {
      const { depth, offsets } = locateNode(text, doc, path);
      return locatedAt(lines, depth, offsets);
    },
  };
}
