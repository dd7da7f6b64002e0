// A pass over JSON text that JSON.parse accepted, for what JSON.parse does not refuse: duplicate keys (it keeps
// the last silently) and nesting deeper than the limit. Iterative, so that no input can exhaust the stack.
// Browser-safe.

export interface JsonProblem {
  readonly offset: number;
  readonly reason: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The first duplicate key or too-deep nesting in valid JSON `text`, or undefined. */
export function scanJson(text: string, maxDepth: number): JsonProblem | undefined {
  // one entry per open container: the keys seen so far for objects, null for arrays
  const stack: (Set<string> | null)[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) {
          escaped = true;
          i++;
        } else if (c === QUOTE) {
          break;
        }
      }
      const keys = stack.at(-1);
      if (keys) {
        let j = i + 1;
        while (j < n && (text[j] === " " || text[j] === "\t" || text[j] === "\n" || text[j] === "\r")) {
          j++;
        }
        if (text[j] === ":") {
          const raw = text.slice(start, i + 1);
          const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          if (keys.has(key)) {
            return { offset: start, reason: `duplicate key ${JSON.stringify(key)}` };
          }
          keys.add(key);
        }
      }
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (stack.length >= maxDepth) {
        return { offset: i, reason: `nested deeper than the limit of ${maxDepth} levels` };
      }
      stack.push(ch === 0x7b ? new Set() : null);
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    }
  }
  return undefined;
}
