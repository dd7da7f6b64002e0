// Phase 4f: the field tree of each spec (see src/runtime/field-tree.ts): declared properties in spec order
// with their defaults, and how each union picks its branch.
import type { FieldBranch, FieldNode, FieldProperty } from "../src/engine/runtime/field-tree.js";
import type { JsonObject, JsonValue } from "./json.js";
import { isJsonObject } from "./json.js";
import type { NormalizedSpec } from "./normalize.js";

function refName(ref: string): string {
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  if (name === undefined) {
    throw new Error(`unsupported $ref ${ref} in a bundled spec`);
  }
  return name;
}

function defOf(root: JsonObject, node: JsonValue): JsonObject | undefined {
  if (!isJsonObject(node) || typeof node.$ref !== "string") {
    return isJsonObject(node) ? node : undefined;
  }
  const defs = root.$defs;
  const target = isJsonObject(defs) ? defs[refName(node.$ref)] : undefined;
  return isJsonObject(target) ? target : undefined;
}

const isNullSchema = (node: JsonValue): boolean => isJsonObject(node) && node.type === "null" && Object.keys(node).length <= 2;

export function fieldNode(root: JsonObject, node: JsonValue | undefined): FieldNode {
  if (!isJsonObject(node)) {
    return { kind: "value" };
  }
  if (typeof node.$ref === "string") {
    return { kind: "ref", name: refName(node.$ref) };
  }
  const discriminator = node.discriminator;
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (branches) {
    if (isJsonObject(discriminator) && typeof discriminator.propertyName === "string") {
      const tag = discriminator.propertyName;
      return {
        kind: "union",
        by: { tag },
        branches: branches.map((branch): FieldBranch => {
          const properties = defOf(root, branch)?.properties;
          const field = isJsonObject(properties) ? properties[tag] : undefined;
          const when = isJsonObject(field) && typeof field.const === "string" ? field.const : "";
          return { when, node: fieldNode(root, branch) };
        }),
      };
    }
    const presence = node["x-presence-discriminator"];
    if (typeof presence === "string") {
      return {
        kind: "union",
        by: { presence },
        branches: branches.map((branch): FieldBranch => {
          const required = defOf(root, branch)?.required;
          return { when: Array.isArray(required) && required.includes(presence) ? "present" : "absent", node: fieldNode(root, branch) };
        }),
      };
    }
    const real = branches.filter((branch) => !isNullSchema(branch));
    if (real.length === 1) {
      return fieldNode(root, real[0]);
    }
    return { kind: "union", by: "shape", branches: real.map((branch) => ({ node: fieldNode(root, branch) })) };
  }
  if (isJsonObject(node.properties) || node.type === "object") {
    const properties = isJsonObject(node.properties) ? node.properties : {};
    return {
      kind: "object",
      open: node.additionalProperties !== false,
      properties: Object.entries(properties).map(([name, sub]): FieldProperty => {
        const property: FieldProperty = { name, node: fieldNode(root, sub) };
        return isJsonObject(sub) && "default" in sub ? { ...property, default: sub.default } : property;
      }),
    };
  }
  if (node.type === "array" || "items" in node) {
    return { kind: "array", items: fieldNode(root, node.items) };
  }
  return { kind: "value" };
}

export function emitFields(spec: NormalizedSpec, fieldTreeTypes: string): string {
  const root = spec.resolved.bundled;
  const defs: Record<string, FieldNode> = {};
  if (isJsonObject(root.$defs)) {
    for (const [name, def] of Object.entries(root.$defs)) {
      defs[name] = fieldNode(root, def);
    }
  }
  const { $defs: _defs, ...rootWithoutDefs } = root;
  const tree = { root: fieldNode(root, rootWithoutDefs), defs };
  return `import type { FieldTree } from "${fieldTreeTypes}";\n\nexport const fieldTree: FieldTree = ${JSON.stringify(tree)};\n`;
}
