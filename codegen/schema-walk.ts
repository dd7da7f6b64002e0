// Schema-aware traversal: which keywords hold subschemas, so that a property *named* "enum" or "title"
// is never mistaken for the keyword.
import type { JsonObject, JsonValue } from "./json.js";
import { isJsonObject } from "./json.js";

const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SCHEMA_ONE = new Set([
  "items",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/**
 * Rebuilds a schema bottom-up. `visit` receives each schema object after its subschemas were rebuilt
 * and returns the replacement (or the same object). Data keywords (`const`, `enum`, `default`, ...) are copied as is.
 */
export function mapSchema(schema: JsonValue, visit: (node: JsonObject) => JsonObject): JsonValue {
  if (!isJsonObject(schema)) {
    return schema;
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) {
        map[name] = mapSchema(sub, visit);
      }
      out[key] = map;
    } else if (SCHEMA_ONE.has(key)) {
      out[key] = mapSchema(value, visit);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub) => mapSchema(sub, visit));
    } else {
      out[key] = value;
    }
  }
  return visit(out);
}

/** Calls `visit` for every schema object, parents first. */
export function forEachSchema(schema: JsonValue, visit: (node: JsonObject) => void): void {
  mapSchema(schema, (node) => {
    visit(node);
    return node;
  });
}
