// What "the fast YAML path returns exactly what `yaml` returns" means: the same tree, the same key order, and leaves
// equal by Object.is (so -0 differs from 0 and NaN equals NaN).
import { DEFAULT_DOCUMENT_LIMITS } from "../../src/engine/load/limits.js";
import { ParseError } from "../../src/engine/load/parse-error.js";
import { startOf } from "../../src/engine/load/located-node.js";
import { parseYamlFull } from "../../src/engine/load/yaml-full.js";
import { pathsOf } from "./doc-paths.js";

/** `yaml`'s reading, as parseSource falls back to it: the value, or undefined when it reports an error. */
export function yamlReference(text: string): { value: unknown } | undefined {
  try {
    return { value: parseYamlFull(text, "doc.yaml", DEFAULT_DOCUMENT_LIMITS).value };
  } catch (error) {
    if (error instanceof ParseError) {
      return undefined;
    }
    throw error;
  }
}

/**
 * Where two values first differ (a path), or undefined when they are the same: also in which objects they share
 * (an alias is its anchor's very object in `yaml`'s value, and must be in the fast path's).
 */
export function firstDifference(
  a: unknown,
  b: unknown,
  path = "$",
  pairs = new Map<object, object>(),
  reverse = new Map<object, object>(),
): string | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  }
  if (pairs.has(a) || reverse.has(b)) {
    return pairs.get(a) === b && reverse.get(b) === a ? undefined : `${path}: shared in one value and not in the other`;
  }
  pairs.set(a, b);
  reverse.set(b, a);
  if (Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: array vs mapping`;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join("\u0000") !== keysB.join("\u0000")) {
    return `${path}: keys ${JSON.stringify(keysA)} vs ${JSON.stringify(keysB)}`;
  }
  for (const key of keysA) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
      pairs,
      reverse,
    );
    if (difference !== undefined) {
      return difference;
    }
  }
  return undefined;
}

/** `yaml`'s position (YAML or JSON text) of `paths` (default: every path of `value` and a missing key and item under each container), as "line:col". */
export function yamlPositions(text: string, value: unknown, paths = pathsOf(value, true)): Map<string, string> {
  const { locateNode } = parseYamlFull(text, "doc.yaml", DEFAULT_DOCUMENT_LIMITS);
  const positions = new Map<string, string>();
  for (const path of paths) {
    const { line, col } = startOf(locateNode(path));
    positions.set(JSON.stringify(path), `${line}:${col}`);
  }
  return positions;
}

/** `yaml`'s located node (YAML or JSON text) of `paths`, as JSON text, for comparing spans too. */
export function yamlNodes(text: string, value: unknown, paths = pathsOf(value, true)): Map<string, string> {
  const { locateNode } = parseYamlFull(text, "doc.yaml", DEFAULT_DOCUMENT_LIMITS);
  return new Map(paths.map((path) => [JSON.stringify(path), JSON.stringify(locateNode(path))]));
}
