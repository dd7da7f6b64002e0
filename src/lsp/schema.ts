// What hover and completion know about a field: the editor schema of the document's spec (generated/jsonschema,
// the specs' own titles, descriptions, enums, defaults and examples), walked along a document path. Unions are
// narrowed by the document's values where it has them (a discriminator such as an axis's `type`, or the shape of
// the value), as the validators pick their branch; where it has none, every branch counts.
import { descriptionClassFor } from "../bioimageio/descriptions.js";
import type { DocPath } from "../engine/summary/issue.js";
import { readEditorSchema } from "../engine/node/editor-schemas.js";
import { isRecord, valueAt } from "../engine/records.js";
import type { DocumentKind } from "../kinds/registry.js";

export type Schema = Readonly<Record<string, unknown>>;

/** A document's schema: its root, and the path prefix it applies below (NDJSON picks: each record). */
export interface DocumentSchema {
  readonly root: Schema;
  /** How many leading path segments select the value the schema describes (1 for one record per line). */
  readonly skip: number;
}

const loaded = new Map<string, Promise<Schema | undefined>>();

function editorSchema(key: string): Promise<Schema | undefined> {
  let schema = loaded.get(key);
  if (schema === undefined) {
    schema = readEditorSchema(key).then(
      (text) => JSON.parse(text) as Schema,
      () => undefined,
    );
    loaded.set(key, schema);
  }
  return schema;
}

/** The spec key of the editor schema for a document of `kind` with content `value`, if there is one. */
export function specKeyFor(kind: DocumentKind, value: unknown): string | undefined {
  const record = isRecord(value) ? value : {};
  switch (kind.name) {
    case "bioimageio": {
      const version = typeof record.format_version === "string" ? record.format_version : "latest";
      try {
        return descriptionClassFor(record.type, version, true).descriptionClass.specKey;
      } catch {
        return undefined;
      }
    }
    case "fractal-manifest":
      return String(record.manifest_version) === "1" ? "fractal/manifest/1" : "fractal/manifest/2";
    case "copick-config":
      return "copick/config/1.27";
    case "copick-picks":
      return "copick/picks/1.27";
    case "copick-cdp-picks":
      return "copick/cdp-pick/1.27";
    case "croissant":
      return "copick/croissant-metadata/1.27";
    default:
      return undefined;
  }
}

export async function documentSchema(kind: DocumentKind, value: unknown): Promise<DocumentSchema | undefined> {
  const key = specKeyFor(kind, value);
  const root = key === undefined ? undefined : await editorSchema(key);
  return root === undefined ? undefined : { root, skip: kind.name === "copick-cdp-picks" ? 1 : 0 };
}

/** The `$defs` name a schema refers to (`#/$defs/TensorId` -> `TensorId`). */
export function refName(schema: Schema): string | undefined {
  return typeof schema.$ref === "string" ? /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
}

/** `$ref`s followed; the referring schema's own keywords (its title and description) win over the target's. */
export function deref(root: Schema, schema: Schema, depth = 0): Schema {
  const name = refName(schema);
  const defs = isRecord(root.$defs) ? root.$defs : {};
  const target = name === undefined ? undefined : defs[name];
  if (!isRecord(target) || depth > 32) {
    return schema;
  }
  const { $ref: _ref, ...own } = schema;
  return { ...deref(root, target, depth + 1), ...own };
}

function typesOf(schema: Schema): readonly string[] {
  return typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
}

function valueType(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "array";
  }
  return typeof value === "object" ? "object" : typeof value;
}

/** Whether `value` could be of this (dereferenced, union-free) schema; an absent value fits everything. */
function fits(root: Schema, schema: Schema, value: unknown): boolean {
  if (value === undefined) {
    return true;
  }
  if ("const" in schema && (typeof value !== "object" || value === null)) {
    return schema.const === value;
  }
  const types = typesOf(schema);
  const type = valueType(value);
  if (types.length > 0 && !types.includes(type) && !(type === "number" && types.includes("integer"))) {
    return false;
  }
  // a discriminated branch: its tag fields must hold their constants
  if (isRecord(value) && isRecord(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      const resolved = isRecord(property) ? deref(root, property) : {};
      if ("const" in resolved && name in value && value[name] !== resolved.const) {
        return false;
      }
    }
  }
  return true;
}

/** `shared` keywords of a union under one of its branches: the branch wins, properties are merged. */
function underShared(shared: Schema, branch: Schema): Schema {
  const properties =
    isRecord(shared.properties) || isRecord(branch.properties)
      ? { ...(shared.properties as object), ...(branch.properties as object) }
      : undefined;
  return { ...shared, ...branch, ...(properties ? { properties } : {}) };
}

/** The concrete schemas (no `$ref`, `anyOf` or `oneOf` at the top) `value` may be validated against. */
export function branches(root: Schema, schema: Schema, value: unknown, depth = 0): Schema[] {
  const resolved = deref(root, schema);
  const alternatives = [resolved.oneOf, resolved.anyOf].find(Array.isArray) as unknown[] | undefined;
  if (alternatives === undefined || depth > 32) {
    return [resolved];
  }
  const { oneOf: _oneOf, anyOf: _anyOf, ...shared } = resolved;
  const all = alternatives
    .filter(isRecord)
    .flatMap((branch) => branches(root, branch, value, depth + 1).map((b) => underShared(shared, b)));
  const fitting = all.filter((branch) => fits(root, branch, value));
  return fitting.length > 0 ? fitting : all;
}

/** The schema of `segment` below `schema` (for a value `value`), unresolved so that its own title stays. */
export function childSchema(root: Schema, schema: Schema, segment: string | number, value: unknown): Schema | undefined {
  for (const branch of branches(root, schema, value)) {
    if (typeof segment === "number") {
      const prefix = Array.isArray(branch.prefixItems) ? (branch.prefixItems as unknown[])[segment] : undefined;
      const items = isRecord(prefix) ? prefix : isRecord(branch.items) ? branch.items : undefined;
      if (items) {
        return items;
      }
      continue;
    }
    const properties = isRecord(branch.properties) ? branch.properties : {};
    const property = Object.hasOwn(properties, segment) ? properties[segment] : undefined;
    if (isRecord(property)) {
      return property;
    }
    if (isRecord(branch.patternProperties)) {
      for (const [pattern, child] of Object.entries(branch.patternProperties)) {
        if (isRecord(child) && new RegExp(pattern, "u").test(segment)) {
          return child;
        }
      }
    }
    if (isRecord(branch.additionalProperties)) {
      return branch.additionalProperties;
    }
  }
  return undefined;
}

/** The schema of the field at `path` of `document` (unresolved), or undefined where the schema says nothing. */
export function schemaAt(schema: DocumentSchema, document: unknown, path: DocPath): Schema | undefined {
  let node: Schema | undefined = schema.root;
  let value = valueAt(document, path.slice(0, schema.skip));
  for (const segment of path.slice(schema.skip)) {
    node = node === undefined ? undefined : childSchema(schema.root, node, segment, value);
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return node;
}

/** The values a field allows outright: its constants and enums, across its branches. */
export function allowedValues(root: Schema, schema: Schema, value: unknown = undefined): unknown[] {
  const values: unknown[] = [];
  for (const branch of branches(root, schema, value)) {
    if ("const" in branch) {
      values.push(branch.const);
    } else if (Array.isArray(branch.enum)) {
      values.push(...(branch.enum as unknown[]));
    } else if (typesOf(branch).includes("boolean")) {
      values.push(true, false);
    }
  }
  return [...new Set(values)];
}

/** A short type for people: `string`, `integer > 0`, `array of Author`, `"model"`, `InputAxis | null`, ... */
export function typeText(root: Schema, schema: Schema, depth = 0): string {
  const name = refName(schema);
  const resolved = deref(root, schema);
  if (depth > 4) {
    return name ?? "value";
  }
  if ("const" in resolved) {
    return JSON.stringify(resolved.const);
  }
  const alternatives = [resolved.oneOf, resolved.anyOf].find(Array.isArray) as unknown[] | undefined;
  if (alternatives !== undefined) {
    // a discriminated union is named by its definition (InputAxis); other unions list their branches
    if (name !== undefined && isRecord(resolved.discriminator)) {
      return name;
    }
    return [...new Set(alternatives.filter(isRecord).map((branch) => typeText(root, branch, depth + 1)))].join(" | ");
  }
  if (Array.isArray(resolved.enum)) {
    return "enum";
  }
  const types = typesOf(resolved);
  if (types.includes("array")) {
    const items = isRecord(resolved.items) ? typeText(root, resolved.items, depth + 1) : "value";
    return `array of ${items.includes(" | ") ? `(${items})` : items}`;
  }
  if (types.includes("object") && name !== undefined) {
    return name;
  }
  return types.length > 0 ? types.join(" | ") : (name ?? "value");
}
