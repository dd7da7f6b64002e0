// Phase 2: resolve `$ref`s across spec files and bundle each spec into one self-contained schema.
import type { CommonFile, SpecFile, SpecTree } from "./load.js";
import type { JsonObject, JsonValue } from "./json.js";
import { cloneJson, isJsonObject } from "./json.js";
import { mapSchema } from "./schema-walk.js";

export const ID_BASE = "https://bioimage-specs.org/specs/";

/** A spec with every external `$ref` copied into its own `$defs`: what Ajv, the type emitter and editors consume. */
export interface ResolvedSpec {
  readonly spec: SpecFile;
  readonly id: string;
  readonly bundled: JsonObject;
}

const DEF_REF = /^([^#]*)#\/\$defs\/([^/]+)$/;

function expectedId(path: string): string {
  return `${ID_BASE}${path}`;
}

function checkId(file: { path: string; schema: JsonObject }): string {
  const id = file.schema.$id;
  if (id !== expectedId(file.path)) {
    throw new Error(`specs/${file.path}: $id must be "${expectedId(file.path)}" (found ${JSON.stringify(id)})`);
  }
  return id;
}

interface Source {
  readonly path: string;
  readonly schema: JsonObject;
}

/** Bundles every spec of the tree; throws naming the file and the reference when a `$ref` does not resolve. */
export function resolveSpecs(tree: SpecTree): ResolvedSpec[] {
  const byId = new Map<string, Source>();
  for (const file of [...tree.common, ...tree.specs] as (CommonFile | SpecFile)[]) {
    byId.set(checkId(file), file);
  }
  return tree.specs.map((spec) => ({ spec, id: expectedId(spec.path), bundled: bundle(spec, byId) }));
}

function bundle(spec: SpecFile, byId: ReadonlyMap<string, Source>): JsonObject {
  const root = cloneJson(spec.schema);
  const rootId = expectedId(spec.path);
  const taken = new Set(isJsonObject(root.$defs) ? Object.keys(root.$defs) : []);
  const importedDefs: JsonObject = {};
  /** external def key `${fileId}#${name}` -> name used in this bundle */
  const imported = new Map<string, string>();

  const rewrite = (node: JsonValue, baseId: string, where: string): JsonValue =>
    mapSchema(node, (schema) => (typeof schema.$ref === "string" ? { ...schema, $ref: rewriteRef(schema.$ref, baseId, where) } : schema));

  const rewriteRef = (ref: string, baseId: string, where: string): string => {
    const match = DEF_REF.exec(ref);
    if (!match) {
      throw new Error(`${where}: unsupported $ref "${ref}" (use "<file>#/$defs/<Name>")`);
    }
    const [, file = "", name = ""] = match;
    const targetId = file === "" ? baseId : new URL(file, baseId).href;
    const target = byId.get(targetId);
    const targetDefs = target?.schema.$defs;
    if (!target || !isJsonObject(targetDefs) || !(name in targetDefs)) {
      throw new Error(`${where}: $ref "${ref}" does not resolve (${targetId}#/$defs/${name})`);
    }
    if (targetId === rootId) {
      return `#/$defs/${name}`;
    }
    const key = `${targetId}#${name}`;
    let local = imported.get(key);
    if (local === undefined) {
      local = name;
      for (let n = 2; taken.has(local); n++) {
        local = `${name}${n}`;
      }
      taken.add(local);
      imported.set(key, local); // before recursing, so recursive definitions terminate
      importedDefs[local] = rewrite(cloneJson(targetDefs[name] as JsonValue), targetId, `specs/${target.path}#/$defs/${name}`);
    }
    return `#/$defs/${local}`;
  };

  const rewritten = rewrite(root, rootId, `specs/${spec.path}`) as JsonObject;
  const merged: JsonObject = { ...(isJsonObject(rewritten.$defs) ? rewritten.$defs : {}), ...importedDefs };
  const sortedDefs: JsonObject = {};
  for (const name of Object.keys(merged).sort()) {
    sortedDefs[name] = merged[name] as JsonValue;
  }
  if (Object.keys(sortedDefs).length > 0) {
    rewritten.$defs = sortedDefs;
  }
  return rewritten;
}
