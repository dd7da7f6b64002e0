// The test documents are walked with: a JSON object, i.e. not null and not an array. Browser-safe.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
