// What a locator finds for a document path: the deepest node on it that exists, with the spans of its key (an
// entry of a mapping) and of its value, so that an editor can mark the offending key or value, not only a point.
// The conventions (checked against `yaml`'s node ranges by the tests) are those of yaml-full.ts: a value ends
// after its last character (trailing spaces, line breaks and comments are not part of it; a block collection ends
// where its last value ends); a value that is not written (`key:` or `-` alone) is empty, right after its `:`/`-`.
// Browser-safe.
import type { DocPath } from "../summary/issue.js";
import type { LinePositions } from "./line-positions.js";

/** 1-based line and column (UTF-16 code units, as JavaScript strings count). */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** From `start` up to (not including) `end`. */
export interface TextSpan {
  readonly start: LineCol;
  readonly end: LineCol;
}

export interface LocatedNode {
  /** How many segments of the path exist: the node is at `path.slice(0, depth)`. */
  readonly depth: number;
  /** Its key, when the node is an entry of a mapping. */
  readonly key?: TextSpan;
  readonly value: TextSpan;
}

export type NodeLocator = (path: DocPath) => LocatedNode;

/** Offsets of a node in its text (`keyStart` < 0: no key). */
export interface NodeOffsets {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export function locatedAt(lines: LinePositions, depth: number, node: NodeOffsets): LocatedNode {
  const value = { start: lines.at(node.valueStart), end: lines.at(node.valueEnd) };
  return node.keyStart < 0 ? { depth, value } : { depth, key: { start: lines.at(node.keyStart), end: lines.at(node.keyEnd) }, value };
}

/** Where the CLI's positions point: a mapping entry at its key, anything else where its value starts. */
export function startOf(node: LocatedNode): LineCol {
  return node.key?.start ?? node.value.start;
}
