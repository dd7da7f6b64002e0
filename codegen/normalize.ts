// Phase 3: derive from each bundled spec what the emitters need: a lean schema for Ajv, a schema for the
// type emitter, and the table of discriminated unions the runtime uses to rebuild the reference's `loc`.
import type { JsonObject, JsonValue } from "./json.js";
import { isJsonObject } from "./json.js";
import type { ResolvedSpec } from "./resolve.js";
import { mapSchema } from "./schema-walk.js";

/** Where a discriminated union sits in the instance (`*` = any array index or map key) and its tag property. */
export interface UnionPoint {
  readonly path: readonly string[];
  readonly property: string;
}

export interface NormalizedSpec {
  readonly resolved: ResolvedSpec;
  /** Title of the root schema: the TypeScript name of the document type. */
  readonly typeName: string;
  /** The full format version the spec describes (its `format_version` const), e.g. "0.5.7". */
  readonly formatVersion: string;
  readonly validatorSchema: JsonObject;
  readonly typeSchema: JsonObject;
  readonly unions: readonly UnionPoint[];
}

const ANNOTATIONS = new Set(["title", "description", "examples", "default", "$comment", "deprecated"]);

function withoutKeys(node: JsonObject, drop: (key: string) => boolean): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!drop(key)) {
      out[key] = value;
    }
  }
  return out;
}

const isVendorKey = (key: string): boolean => key.startsWith("x-");

/** Annotations and `x-` extensions removed: Ajv never reads them and they would bloat the standalone code. */
export function toValidatorSchema(bundled: JsonObject): JsonObject {
  return mapSchema(bundled, (node) => withoutKeys(node, (key) => isVendorKey(key) || ANNOTATIONS.has(key))) as JsonObject;
}

/**
 * What the type emitter reads: `x-` extensions and Ajv's `discriminator` removed; a discriminated union
 * reduced to its `oneOf` (the branches carry the tags); titles kept only where they name a type (root and
 * `$defs`), since json-schema-to-typescript turns every titled schema into a named alias.
 */
export function toTypeSchema(bundled: JsonObject): JsonObject {
  const stripped = mapSchema(bundled, (node) => {
    const isUnion = Array.isArray(node.oneOf) && isJsonObject(node.discriminator);
    return withoutKeys(
      node,
      (key) =>
        isVendorKey(key) ||
        key === "discriminator" ||
        key === "title" ||
        (isUnion && (key === "properties" || key === "required" || key === "type")),
    );
  }) as JsonObject;
  const out: JsonObject = { ...stripped };
  if (bundled.title !== undefined) {
    out.title = bundled.title;
  }
  const defs = bundled.$defs;
  if (isJsonObject(defs) && isJsonObject(stripped.$defs)) {
    const typedDefs: JsonObject = {};
    for (const [name, def] of Object.entries(stripped.$defs)) {
      const original = defs[name];
      const title = isJsonObject(original) ? original.title : undefined;
      typedDefs[name] = isJsonObject(def) && typeof title === "string" ? { ...def, title } : def;
    }
    out.$defs = typedDefs;
  }
  return out;
}

function resolveLocalRef(root: JsonObject, ref: string): JsonObject | undefined {
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const defs = root.$defs;
  const target = name !== undefined && isJsonObject(defs) ? defs[name] : undefined;
  return isJsonObject(target) ? target : undefined;
}

/** Every discriminated union reachable from the root, as instance-path patterns, sorted. */
export function findUnionPoints(root: JsonObject): UnionPoint[] {
  const found = new Map<string, UnionPoint>();
  const walk = (node: JsonValue | undefined, path: string[], refStack: readonly string[]): void => {
    if (!isJsonObject(node)) {
      return;
    }
    if (typeof node.$ref === "string") {
      if (refStack.includes(node.$ref)) {
        return; // recursive definition: its unions were recorded on the first visit
      }
      walk(resolveLocalRef(root, node.$ref), path, [...refStack, node.$ref]);
    }
    const discriminator = node.discriminator;
    if (isJsonObject(discriminator) && typeof discriminator.propertyName === "string") {
      const point = { path: [...path], property: discriminator.propertyName };
      found.set(`${path.join("/")}|${point.property}`, point);
    }
    if (isJsonObject(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) {
        walk(sub, [...path, key], refStack);
      }
    }
    for (const key of ["items", "additionalProperties"] as const) {
      walk(node[key], [...path, "*"], refStack);
    }
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const list = node[key];
      if (Array.isArray(list)) {
        for (const sub of list) {
          walk(sub, path, refStack);
        }
      }
    }
    for (const key of ["if", "then", "else"] as const) {
      walk(node[key], path, refStack);
    }
    if (isJsonObject(node.dependentSchemas)) {
      for (const sub of Object.values(node.dependentSchemas)) {
        walk(sub, path, refStack);
      }
    }
  };
  walk(root, [], []);
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, point]) => point);
}

function formatVersionOf(resolved: ResolvedSpec): string {
  const properties = resolved.bundled.properties;
  const field = isJsonObject(properties) ? properties.format_version : undefined;
  const value = isJsonObject(field) ? field.const : undefined;
  return typeof value === "string" ? value : resolved.spec.version;
}

export function normalizeSpec(resolved: ResolvedSpec): NormalizedSpec {
  const title = resolved.bundled.title;
  if (typeof title !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(title)) {
    throw new Error(`specs/${resolved.spec.path}: the root schema needs a PascalCase "title" (the TypeScript type name)`);
  }
  return {
    resolved,
    typeName: title,
    formatVersion: formatVersionOf(resolved),
    validatorSchema: toValidatorSchema(resolved.bundled),
    typeSchema: toTypeSchema(resolved.bundled),
    unions: findUnionPoints(resolved.bundled),
  };
}
