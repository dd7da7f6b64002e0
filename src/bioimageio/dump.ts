// dumpDescription: a validated description back to plain data, keys in the spec's field order (unknown but
// allowed keys after them), optionally without unset fields or defaults; and its YAML 1.2 text. Browser-safe.
import { stringify, type Tags } from "yaml";
import { RUYAML_SCALAR_TAGS } from "../engine/load/yaml-scalars.js";
import { deepEqual } from "../engine/validation/ajv-runtime.js";
import { type FieldNode, type FieldTree, resolveNode, withDefaults } from "../engine/runtime/field-tree.js";
import { loadedFieldTree } from "../engine/validation/validators.js";
import type { ResourceDescr } from "./build.js";
import { isRecord, setEntry } from "../engine/records.js";

export interface DumpOptions {
  /** Leave out fields the document did not set (default true, as the reference). */
  readonly excludeUnset?: boolean;
  /** Leave out fields whose value equals their default, even when set (default false). */
  readonly excludeDefaults?: boolean;
}

function dumpNode(tree: FieldTree, node: FieldNode, value: unknown, options: Required<DumpOptions>, depth = 0): unknown {
  const resolved = resolveNode(tree, node, value);
  if (depth > 64) {
    return value;
  }
  if (resolved.kind === "array" && Array.isArray(value)) {
    return value.map((item) => dumpNode(tree, resolved.items, item, options, depth + 1));
  }
  if (resolved.kind !== "object" || !isRecord(value)) {
    return value;
  }
  const out: Record<string, unknown> = {};
  const declared = new Set<string>();
  for (const property of resolved.properties) {
    declared.add(property.name);
    const hasDefault = "default" in property;
    if (property.name in value) {
      const child = value[property.name];
      // pydantic compares models field by field: a model whose fields all have their defaults is a default.
      const isDefault =
        hasDefault &&
        deepEqual(
          withDefaults(tree, property.node, structuredClone(child)),
          withDefaults(tree, property.node, structuredClone(property.default)),
        );
      if (!(options.excludeDefaults && isDefault)) {
        out[property.name] = dumpNode(tree, property.node, child, options, depth + 1);
      }
    } else if (!options.excludeUnset && hasDefault && !options.excludeDefaults) {
      out[property.name] = dumpNode(tree, property.node, structuredClone(property.default), options, depth + 1);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    if (!declared.has(key)) {
      setEntry(out, key, child); // a `__proto__` key of a document is data
    }
  }
  return out;
}

/** The description's content as plain data (the reference's `dump_description`). */
export function dumpDescription(rd: ResourceDescr, options: DumpOptions = {}): Record<string, unknown> {
  const tree = loadedFieldTree(rd.specKey);
  return dumpNode(tree, tree.root, rd.content, {
    excludeUnset: options.excludeUnset ?? true,
    excludeDefaults: options.excludeDefaults ?? false,
  }) as Record<string, unknown>;
}

/**
 * The reference's loader reads more plain scalars as other values than the core schema does (`1_000`, `2019-12-11`:
 * yaml-scalars.ts): `yaml` quotes a string that one of its schema's tags would match, so these tags (which identify
 * no value of their own) make it quote those strings too, and what is written reads back as the same string.
 */
export const RUYAML_QUOTING = (tags: Tags): Tags => [
  ...tags,
  ...RUYAML_SCALAR_TAGS.map(({ tag, test }) => ({ tag, test, default: true, identify: () => false, resolve: (text: string) => text })),
];

/** YAML 1.2 text as the reference writes it: block style, mappings indented 2, sequences under their key, width 88. */
export function toYamlText(content: unknown): string {
  return stringify(content, {
    version: "1.2",
    customTags: RUYAML_QUOTING,
    indent: 2,
    indentSeq: true,
    lineWidth: 88,
    minContentWidth: 20,
    aliasDuplicateObjects: false,
  });
}
