// The test documents are walked with: a JSON object, i.e. not null and not an array; and entries keyed by a
// stranger's names (document keys, file names), which may be `__proto__` or `constructor`; the value at a path. Browser-safe.
import { carryPyNumberKinds } from "./py-numbers.js";
import { YamlTimestamp } from "./yaml-timestamp.js";

/** A mapping of a document: an object that is neither null, nor an array, nor a YAML timestamp (a scalar). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof YamlTimestamp);
}

/**
 * A copy of a parsed document's mappings and lists (shared nodes, from YAML aliases, stay shared); scalars,
 * YAML timestamps included, are immutable and kept (structuredClone would make a timestamp an empty mapping).
 */
export function copyDocument<T>(value: T): T {
  const copies = new Map<object, unknown>();
  const copy = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null || node instanceof YamlTimestamp) {
      return node;
    }
    const done = copies.get(node);
    if (done !== undefined) {
      return done;
    }
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      copies.set(node, out);
      for (const item of node) {
        out.push(copy(item));
      }
      return carryPyNumberKinds(node, out);
    }
    const out: Record<string, unknown> = {};
    copies.set(node, out);
    for (const [key, item] of Object.entries(node)) {
      setEntry(out, key, copy(item));
    }
    return carryPyNumberKinds(node, out);
  };
  return copy(value) as T;
}

/**
 * The document as JSON values: each YAML timestamp its ISO text (what the reference's JSON dump writes for a
 * date or datetime). The document itself when it holds none; else a copy.
 */
export function withJsonTimestamps<T>(value: T): T {
  const holds = (node: unknown): boolean =>
    node instanceof YamlTimestamp || (typeof node === "object" && node !== null && Object.values(node).some(holds));
  if (!holds(value)) {
    return value;
  }
  const convert = (node: unknown): unknown =>
    node instanceof YamlTimestamp
      ? node.toJSON()
      : Array.isArray(node)
        ? carryPyNumberKinds(node, node.map(convert))
        : isRecord(node)
          ? carryPyNumberKinds(node, Object.fromEntries(Object.entries(node).map(([k, v]) => [k, convert(v)])))
          : node;
  return convert(value) as T;
}

/**
 * `isRecord` for a typed value that may not be what its type says (a rule reading a document that failed the
 * schema): narrows to the value's object types, whose fields stay checked, instead of to an index signature.
 */
export function isObjectValue<T>(value: T): value is Extract<T, object> {
  return isRecord(value);
}

/**
 * `record[key] = value` as an own data property: a key named `__proto__` stays a key (an assignment would set the
 * record's prototype, and the entry would be lost or, worse, inherited by every lookup).
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `record[key]` when the record has that key itself: never Object.prototype's `constructor` or `toString`. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The value at a path of keys and indices into a parsed document, or undefined where the path leaves it. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const segment of path) {
    // own entries only: a key named `__proto__` or `constructor` is the document's, not Object.prototype's
    node =
      (isRecord(node) || Array.isArray(node)) && Object.hasOwn(node, segment)
        ? (node as Record<string | number, unknown>)[segment]
        : undefined;
  }
  return node;
}

/** The keys of a JSON pointer (`/inputs/0/a~1b` -> `inputs`, `0`, `a/b`): what Ajv's `instancePath` names. */
export function pointerKeys(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
}
