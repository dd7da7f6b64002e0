// Phase 4g: one self-contained JSON Schema per spec for editors (yaml-language-server, VS Code): references
// bundled, titles, descriptions, defaults and examples kept, `x-` extensions dropped, a stable `$id`.
import type { JsonObject } from "./json.js";
import { stableJson } from "./json.js";
import { generatedPaths } from "./naming.js";
import { anyPatch, type NormalizedSpec } from "./normalize.js";
import { ID_BASE } from "./resolve.js";
import { mapSchema } from "./schema-walk.js";

export function editorSchemaId(spec: NormalizedSpec): string {
  return `${ID_BASE.replace(/specs\/$/, "")}${generatedPaths.jsonSchema(spec.resolved.spec)}`;
}

export function emitJsonSchema(spec: NormalizedSpec, source: string): string {
  const stripped = mapSchema(spec.resolved.bundled, (node) =>
    Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith("x-"))),
  ) as JsonObject;
  const { $schema, $id: _specId, ...rest } = anyPatch(stripped, { describe: true });
  // JSON has no comments: the "do not edit" header is the first key.
  return stableJson({
    $comment: `generated from ${source} by codegen - do not edit`,
    $schema: $schema ?? null,
    $id: editorSchemaId(spec),
    ...rest,
  });
}
