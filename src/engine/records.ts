// The test documents are walked with: a JSON object, i.e. not null and not an array; and entries keyed by a
// stranger's names (document keys, file names), which may be `__proto__` or `constructor`; the value at a path. Browser-safe.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
