// The test documents are walked with: a JSON object, i.e. not null and not an array. Browser-safe.
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
