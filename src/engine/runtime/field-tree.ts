// The field tree codegen writes for every spec (generated/fields/...): each object's declared properties
// in spec order, with defaults, and how unions pick their branch. The runtime uses it where the
// reference's pydantic models know their own fields: metadata completeness, dumps in spec key order,
// leaving out defaults. Browser-safe.
import { isRecord } from "../records.js";

export type FieldNode =
  /** An object with declared properties (a pydantic model, or an open mapping when `open`). */
  | {
      readonly kind: "object";
      readonly properties: readonly FieldProperty[];
      readonly open: boolean;
    }
  | { readonly kind: "array"; readonly items: FieldNode }
  /** A `$defs` entry (shared and possibly recursive). */
  | { readonly kind: "ref"; readonly name: string }
  /** Branches told apart by a tag value, by the presence of a key, or by shape (the first that fits). */
  | {
      readonly kind: "union";
      readonly by: { readonly tag: string } | { readonly presence: string } | "shape";
      readonly branches: readonly FieldBranch[];
    }
  | { readonly kind: "value" };

export interface FieldProperty {
  readonly name: string;
  readonly node: FieldNode;
  /** The default the reference fills in when the field is absent (absent: no default, i.e. required). */
  readonly default?: unknown;
}

export interface FieldBranch {
  /** The tag value (tag unions) or `present`/`absent` (presence unions). */
  readonly when?: string;
  readonly node: FieldNode;
}

export interface FieldTree {
  readonly root: FieldNode;
  readonly defs: Readonly<Record<string, FieldNode>>;
}

/** The node for a value: `$defs` references followed, unions resolved by the value. */
export function resolveNode(tree: FieldTree, node: FieldNode, value: unknown, depth = 0): FieldNode {
  if (depth > 32) {
    return { kind: "value" };
  }
  if (node.kind === "ref") {
    const target = tree.defs[node.name];
    return target ? resolveNode(tree, target, value, depth + 1) : { kind: "value" };
  }
  if (node.kind !== "union") {
    return node;
  }
  const by = node.by;
  let branch: FieldBranch | undefined;
  if (by === "shape") {
    branch = node.branches.find((b) => fits(tree, b.node, value, depth + 1)) ?? node.branches[0];
  } else if ("tag" in by) {
    const tag = isRecord(value) ? value[by.tag] : undefined;
    branch = node.branches.find((b) => b.when === tag);
  } else {
    const present = isRecord(value) && by.presence in value ? "present" : "absent";
    branch = node.branches.find((b) => b.when === present);
  }
  return branch ? resolveNode(tree, branch.node, value, depth + 1) : { kind: "value" };
}

/**
 * A rough fit for shape unions: objects need objects with every required field (a field without default) and,
 * unless open, no undeclared key; arrays need arrays.
 */
function fits(tree: FieldTree, node: FieldNode, value: unknown, depth: number): boolean {
  const resolved = resolveNode(tree, node, value, depth);
  switch (resolved.kind) {
    case "object":
      return (
        isRecord(value) &&
        resolved.properties.every((p) => "default" in p || p.name in value) &&
        (resolved.open || Object.keys(value).every((k) => resolved.properties.some((p) => p.name === k)))
      );
    case "array":
      return Array.isArray(value);
    default:
      return !isRecord(value) && !Array.isArray(value);
  }
}

/** Keys of nested mappings, dotted, as the reference flattens a model dump (lists are not entered). */
function flatKeys(value: Record<string, unknown>, prefix: string, into: Set<string>): void {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (isRecord(child)) {
      flatKeys(child, path, into);
    }
    into.add(path);
  }
}

/** The document as the reference's full dump would hold it: every declared field, defaults filled in. */
export function withDefaults(tree: FieldTree, node: FieldNode, value: unknown, depth = 0): unknown {
  const resolved = resolveNode(tree, node, value);
  if (resolved.kind !== "object" || !isRecord(value) || depth > 32) {
    return value;
  }
  const out: Record<string, unknown> = { ...value };
  for (const property of resolved.properties) {
    if (property.name in value) {
      out[property.name] = withDefaults(tree, property.node, value[property.name], depth + 1);
    } else {
      // A default mapping of a model is the model with its own defaults (pydantic's default_factory).
      const fallback = "default" in property ? property.default : null;
      out[property.name] = isRecord(fallback) ? withDefaults(tree, property.node, structuredClone(fallback), depth + 1) : fallback;
    }
  }
  return out;
}

/** The share of fields given among all fields of the description (the reference's `metadata_completeness`). */
export function metadataCompleteness(tree: FieldTree, doc: unknown): number {
  if (!isRecord(doc)) {
    return 0;
  }
  const given = new Set<string>();
  const full = new Set<string>();
  flatKeys(doc, "", given);
  flatKeys(withDefaults(tree, tree.root, doc) as Record<string, unknown>, "", full);
  return full.size === 0 ? 0 : given.size / full.size;
}
