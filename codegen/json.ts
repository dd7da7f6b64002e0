// JSON value types and small pure helpers shared by the codegen phases.
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

/** A mutable deep copy (structuredClone keeps frozen-ness off and key order on). */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value) as T;
}

/** JSON text, 2-space indented, with a final newline (key order is the object's). */
export function stableJson(value: JsonValue, indent = 2): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0;
}
