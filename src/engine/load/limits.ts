// Limits on what a document may cost to read: untrusted files must fail with a clear error, never exhaust the
// stack or the memory. Browser-safe defaults; in Node, settings.ts reads the BIOIMAGE_SPECS_* overrides.
import { ParseError } from "./parse-error.js";

export interface DocumentLimits {
  /** Largest document read, in bytes (text: in UTF-16 units, never more than its UTF-8 bytes). */
  readonly maxDocumentBytes: number;
  /** Deepest nesting of mappings and sequences (the validators and rules recurse; the YAML parser does too). */
  readonly maxDepth: number;
  /** Most YAML alias expansions (the "billion laughs" bomb). */
  readonly maxAliasCount: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDocumentBytes: 64 << 20,
  // Far below what the YAML parser survives (about 780 levels of flow nesting on Node's default stack), far above
  // any real description (model 0.5: under 15).
  maxDepth: 256,
  maxAliasCount: 100,
};

export function tooLarge(size: number, limit: number): string {
  return `larger than the limit of ${limit} bytes (${size} bytes)`;
}

export function tooDeep(maxDepth: number): string {
  return `nested deeper than the limit of ${maxDepth} levels`;
}

/** True when `value` nests deeper than `maxDepth` (iterative: the value may come from an alias-expanded YAML). */
export function deeperThan(value: unknown, maxDepth: number): boolean {
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

/** Documents whose depth is known to be within the limit (parsed ones): the entry points do not walk them again. */
const withinDepth = new WeakSet<object>();

export function markWithinDepth(value: unknown): void {
  if (typeof value === "object" && value !== null) {
    withinDepth.add(value);
  }
}

/**
 * What makes a value handed to the API unfit to validate, or undefined: nesting beyond `maxDepth` (validators,
 * rules and clones recurse, and would exhaust the stack), a Symbol or a function where data belongs (clones throw
 * on them), a property that throws when read (a getter, a Proxy). Iterative; reads every property once.
 */
function unfitValue(value: unknown, maxDepth: number): string | undefined {
  const stack: [unknown, number, string][] = [[value, 0, ""]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth, path] = next;
    if (typeof node === "symbol" || typeof node === "function") {
      return `${typeof node === "symbol" ? "a Symbol" : "a function"} at ${path || "the top"} is not a JSON value`;
    }
    if (typeof node !== "object" || node === null) {
      continue;
    }
    if (depth >= maxDepth) {
      return tooDeep(maxDepth);
    }
    let entries: [string, unknown][];
    try {
      entries = Object.entries(node);
    } catch (error) {
      return `the value at ${path || "the top"} cannot be read (${(error as Error).message})`;
    }
    for (const [key, child] of entries) {
      if (typeof child === "object" || typeof child === "symbol" || typeof child === "function") {
        stack.push([child, depth + 1, path === "" ? key : `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

/**
 * The API's entry points take documents as values too: one nested deeper than the limit, or that is not data
 * (see unfitValue), is refused with a ParseError naming it, as a parsed one would be.
 */
export function checkDocumentValue(value: unknown, name: string, maxDepth: number = DEFAULT_DOCUMENT_LIMITS.maxDepth): void {
  if (typeof value !== "object" || value === null || withinDepth.has(value)) {
    if (typeof value === "symbol" || typeof value === "function") {
      throw new ParseError(name, 1, 1, `${typeof value === "symbol" ? "a Symbol" : "a function"} is not a JSON value`);
    }
    return;
  }
  const problem = unfitValue(value, maxDepth);
  if (problem !== undefined) {
    throw new ParseError(name, 1, 1, problem);
  }
  withinDepth.add(value);
}
