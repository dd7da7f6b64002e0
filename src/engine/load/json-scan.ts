// A pass over JSON text that JSON.parse accepted, for what JSON.parse does not refuse: duplicate keys (it keeps
// the last silently) and nesting deeper than the limit. Iterative, so that no input can exhaust the stack; it
// jumps from one quote or bracket to the next, so it costs about what JSON.parse does. Browser-safe.

import { tooDeep } from "./limits.js";
import type { NodeOffsets } from "./located-node.js";

export interface JsonProblem {
  readonly offset: number;
  readonly reason: string;
}

const SPECIAL = /["{}[\]]/g;
const BACKSLASH = 0x5c;

/** The offset of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) {
      backslashes++;
    }
    if (backslashes % 2 === 0) {
      return end;
    }
    end = text.indexOf('"', end + 1);
  }
}

/** The first duplicate key or too-deep nesting in valid JSON `text`, or undefined. */
export function scanJson(text: string, maxDepth: number): JsonProblem | undefined {
  // one entry per open container: the keys seen so far for objects, null for arrays
  const stack: (Set<string> | null)[] = [];
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match !== null; match = SPECIAL.exec(text)) {
    const i = match.index;
    const ch = match[0];
    if (ch === '"') {
      const end = stringEnd(text, i);
      SPECIAL.lastIndex = end + 1;
      const keys = stack.at(-1);
      if (keys) {
        let j = end + 1;
        while (text[j] === " " || text[j] === "\t" || text[j] === "\n" || text[j] === "\r") {
          j++;
        }
        if (text[j] === ":") {
          const raw = text.slice(i + 1, end);
          const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (keys.has(key)) {
            return { offset: i, reason: `duplicate key ${JSON.stringify(key)}` };
          }
          keys.add(key);
        }
      }
    } else if (ch === "{" || ch === "[") {
      if (stack.length >= maxDepth) {
        return { offset: i, reason: tooDeep(maxDepth) };
      }
      stack.push(ch === "{" ? new Set() : null);
    } else {
      stack.pop();
    }
  }
  return undefined;
}

const WHITESPACE = /[ \t\n\r]*/y;

function skipWhitespace(text: string, from: number): number {
  WHITESPACE.lastIndex = from;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/** The offset just after the value that starts at `start` (valid JSON). */
function valueEnd(text: string, start: number): number {
  const first = text[start];
  if (first === '"') {
    return stringEnd(text, start) + 1;
  }
  if (first !== "{" && first !== "[") {
    let end = start;
    while (end < text.length && !",]} \t\n\r".includes(text[end] as string)) {
      end++;
    }
    return end;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i);
    } else if (c === "{" || c === "[") {
      depth++;
    } else if ((c === "}" || c === "]") && --depth === 0) {
      return i + 1;
    }
  }
  return text.length;
}

/**
 * Where `path` is in valid JSON `text`, as `yaml` locates it: an object member at its key's opening quote, an
 * array item where it starts, the root where it starts; a path that does not exist at its deepest existing
 * ancestor. With the spans of its key and value (located-node.ts; `withEnd` false leaves the value's end at -1).
 * Walks only the containers on the path (positions of errors without a second parser).
 */
export function locateJsonNode(text: string, path: readonly (string | number)[], withEnd = true): { depth: number; offsets: NodeOffsets } {
  let at = skipWhitespace(text, 0);
  let offsets: NodeOffsets = { keyStart: -1, keyEnd: -1, valueStart: at, valueEnd: -1 };
  let depth = 0;
  for (const segment of path) {
    const open = text[at];
    if (open !== "{" && !(open === "[" && typeof segment === "number")) {
      break;
    }
    let found: NodeOffsets | undefined;
    let i = skipWhitespace(text, at + 1);
    for (let index = 0; text[i] !== "}" && text[i] !== "]" && i < text.length; index++) {
      const entry = i;
      if (open === "{") {
        const keyEnd = stringEnd(text, i) + 1;
        i = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1); // past the colon
        if ((JSON.parse(text.slice(entry, keyEnd)) as string) === String(segment)) {
          found = { keyStart: entry, keyEnd, valueStart: i, valueEnd: -1 };
          break;
        }
      } else if (index === segment) {
        found = { keyStart: -1, keyEnd: -1, valueStart: entry, valueEnd: -1 };
        break;
      }
      i = skipWhitespace(text, valueEnd(text, i));
      if (text[i] === ",") {
        i = skipWhitespace(text, i + 1);
      }
    }
    if (found === undefined) {
      break;
    }
    offsets = found;
    at = found.valueStart;
    depth++;
  }
  if (withEnd) {
    offsets.valueEnd = valueEnd(text, offsets.valueStart); // a walk over the value: only when asked for
  }
  return { depth, offsets };
}

/** The offset `locateJsonNode` locates `path` at (its key, or where its value starts). */
export function locateJson(text: string, path: readonly (string | number)[]): number {
  const { offsets } = locateJsonNode(text, path, false);
  return offsets.keyStart < 0 ? offsets.valueStart : offsets.keyStart;
}
