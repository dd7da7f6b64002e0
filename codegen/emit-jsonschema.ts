// Phase 4g: one self-contained JSON Schema per spec for editors (yaml-language-server, VS Code): references
// bundled, titles, descriptions, defaults and examples kept, `x-` extensions dropped, a stable `$id`.
import type { JsonObject } from "./json.js";
import { isJsonObject, stableJson } from "./json.js";
import { generatedPaths } from "./naming.js";
import type { NormalizedSpec } from "./normalize.js";
import { ID_BASE } from "./resolve.js";
import { mapSchema } from "./schema-walk.js";

export function editorSchemaId(spec: NormalizedSpec): string {
  return `${ID_BASE.replace(/specs\/$/, "")}${generatedPaths.jsonSchema(spec.resolved.spec)}`;
}

/**
 * Documents name any patch of their minor version, which the validator bumps before checking; an editor
 * sees the file as written, so its `format_version` const becomes "this major.minor, any patch".
 */
function anyPatch(schema: JsonObject): JsonObject {
  const properties = isJsonObject(schema.properties) ? schema.properties : undefined;
  const field = properties?.format_version;
  const exact = isJsonObject(field) && typeof field.const === "string" ? /^(\d+)\.(\d+)\.\d+$/.exec(field.const) : null;
  if (!properties || !isJsonObject(field) || !exact) {
    return schema;
  }
  const { const: latest, ...rest } = field;
  return {
    ...schema,
    properties: {
      ...properties,
      format_version: {
        ...rest,
        type: "string",
        pattern: `^${exact[1]}\\.${exact[2]}(\\.\\d+)?$`,
        description: `${String(rest.description ?? "")} Any ${exact[1]}.${exact[2]}.x is read as ${String(latest)}.`.trim(),
      },
    },
  };
}

export function emitJsonSchema(spec: NormalizedSpec, source: string): string {
  const stripped = mapSchema(spec.resolved.bundled, (node) =>
    Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith("x-"))),
  ) as JsonObject;
  const { $schema, $id: _specId, ...rest } = anyPatch(stripped);
  // JSON has no comments: the "do not edit" header is the first key.
  return stableJson({
    $comment: `generated from ${source} by codegen - do not edit`,
    $schema: $schema ?? null,
    $id: editorSchemaId(spec),
    ...rest,
  });
}
