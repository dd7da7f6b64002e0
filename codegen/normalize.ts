// Phase 3: derive from each bundled spec what the emitters need: a lean schema for Ajv, a schema for the
// type emitter, and the table of discriminated unions the runtime uses to rebuild the reference's `loc`.
import type { JsonObject, JsonValue } from "./json.js";
import { isJsonObject } from "./json.js";
import type { ResolvedSpec } from "./resolve.js";
import { forEachSchema, mapSchema } from "./schema-walk.js";
import type { UnionGuard, UnionPoint } from "../src/engine/runtime/spec-registry-types.js";

/** The `const` of `property` in a branch (following one `$ref`). */
function branchTag(root: JsonObject, branch: JsonValue, property: string): string | undefined {
  const target = isJsonObject(branch) && typeof branch.$ref === "string" ? resolveLocalRef(root, branch.$ref) : branch;
  const properties = isJsonObject(target) ? target.properties : undefined;
  const field = isJsonObject(properties) ? properties[property] : undefined;
  return isJsonObject(field) && typeof field.const === "string" ? field.const : undefined;
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
  /** Schema pointers of arrays that are Python `Sequence`s (`x-sequence`): a string there is `sequence_str`. */
  readonly sequences: readonly string[];
  /** Schema pointers of arrays that are Python `tuple`s (`x-tuple`): pydantic words their errors as a tuple's. */
  readonly tuples: readonly string[];
  /** Schema pointers of pydantic strict types (`x-strict`, e.g. `StrictInt`): lax mode does not coerce them. */
  readonly strict: readonly string[];
  /** Schema pointers of strings pydantic-core decodes (constrained, Literal, URL): a lone surrogate is refused there. */
  readonly decodedStrings: readonly string[];
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

/**
 * What Ajv compiles: annotations and `x-` extensions removed (Ajv never reads them; they would bloat the
 * standalone code), and a presence-discriminated `oneOf` turned into `if`/`then`/`else`, so that only the
 * selected branch reports errors, as with the reference's callable discriminator.
 */
/**
 * Documents name any patch of their minor version (`format_version: 0.5.4`), which the reference reads as the
 * latest patch: the editor schema and the shipped validator check the document as written, so a `format_version`
 * const "X.Y.Z" becomes "X.Y, any patch" (the runtime bumps the patch before validating, so it sees Z either way);
 * a version without a patch ("0.5") is not one: the reference bumps none and refuses it.
 * `describe` says so in the field's description (editor schemas; the validator schema has no annotations).
 */
export function anyPatch(schema: JsonObject, { describe }: { readonly describe: boolean }): JsonObject {
  const properties = isJsonObject(schema.properties) ? schema.properties : undefined;
  const field = properties?.format_version;
  const exact = isJsonObject(field) && typeof field.const === "string" ? /^(\d+)\.(\d+)\.\d+$/.exec(field.const) : null;
  if (!properties || !isJsonObject(field) || !exact) {
    return schema;
  }
  const { const: latest, ...rest } = field;
  const description = `${String(rest.description ?? "")} Any ${exact[1]}.${exact[2]}.x is read as ${String(latest)}.`.trim();
  return {
    ...schema,
    properties: {
      ...properties,
      format_version: {
        ...rest,
        type: "string",
        pattern: `^${exact[1]}\\.${exact[2]}\\.\\d+$`,
        ...(describe ? { description } : {}),
      },
    },
  };
}

/** Whether anyPatch widens this spec's `format_version`. */
export function hasAnyPatchVersion(bundled: JsonObject): boolean {
  return anyPatch(bundled, { describe: false }) !== bundled;
}

export function toValidatorSchema(bundled: JsonObject): JsonObject {
  const withPresenceUnions = mapSchema(bundled, (node) => {
    const property = node["x-presence-discriminator"];
    if (typeof property !== "string") {
      return node;
    }
    const { present, absent } = presenceBranches(bundled, node, property);
    const { oneOf: _branches, ...rest } = node;
    return { ...rest, if: { type: "object", properties: { [property]: true }, required: [property] }, then: present, else: absent };
  });
  return mapSchema(withPresenceUnions, (node) => withoutKeys(node, (key) => isVendorKey(key) || ANNOTATIONS.has(key))) as JsonObject;
}

/**
 * What the type emitter reads: `x-` extensions and Ajv's `discriminator` removed; a discriminated union
 * reduced to its `oneOf` (the branches carry the tags); titles kept only where they name a type (root and
 * `$defs`), since json-schema-to-typescript turns every titled schema into a named alias; a `$ref` without
 * its siblings (a description beside it would be declared as a duplicate type).
 */
export function toTypeSchema(bundled: JsonObject): JsonObject {
  const stripped = mapSchema(bundled, (node) => {
    if (typeof node.$ref === "string") {
      return { $ref: node.$ref }; // siblings would make json-schema-to-typescript declare a copy of the type
    }
    const isUnion = Array.isArray(node.oneOf) && (isJsonObject(node.discriminator) || typeof node["x-presence-discriminator"] === "string");
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

function defName(ref: string): string | undefined {
  return /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
}

function resolveLocalRef(root: JsonObject, ref: string): JsonObject | undefined {
  const name = defName(ref);
  const defs = root.$defs;
  const target = name !== undefined && isJsonObject(defs) ? defs[name] : undefined;
  return isJsonObject(target) ? target : undefined;
}

/** The values of a discriminated union's tag property, branch by branch (a branch that is itself a union adds its own). */
function branchTags(root: JsonObject, node: JsonObject, property: string, seen: readonly string[] = []): string[] {
  const tags: string[] = [];
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : [];
  for (const branch of branches) {
    if (!isJsonObject(branch)) {
      continue;
    }
    const ref = typeof branch.$ref === "string" ? branch.$ref : undefined;
    const target = ref !== undefined && !seen.includes(ref) ? resolveLocalRef(root, ref) : branch;
    if (!target) {
      continue;
    }
    const properties = isJsonObject(target.properties) ? target.properties : undefined;
    const tag = properties && isJsonObject(properties[property]) ? properties[property] : undefined;
    const value = tag?.const ?? (Array.isArray(tag?.enum) ? tag.enum[0] : undefined);
    const found = typeof value === "string" ? [value] : branchTags(root, target, property, ref ? [...seen, ref] : seen);
    for (const t of found) {
      if (!tags.includes(t)) {
        tags.push(t);
      }
    }
  }
  return tags;
}

/** Every `$defs` name reachable from `node` through `$ref`s. */
/** A branch whose schema (through its references) is an array: it reaches its definitions only through its items. */
function isArrayBranch(root: JsonObject, branch: JsonObject): boolean {
  let node: JsonObject | undefined = branch;
  for (let hops = 0; node !== undefined && typeof node.$ref === "string" && hops < 32; hops++) {
    node = resolveLocalRef(root, node.$ref);
  }
  return node?.type === "array";
}

function reachableDefs(root: JsonObject, node: JsonValue, into = new Set<string>()): Set<string> {
  forEachSchema(node, (schema) => {
    const name = typeof schema.$ref === "string" ? defName(schema.$ref) : undefined;
    if (name !== undefined && !into.has(name)) {
      into.add(name);
      const target = resolveLocalRef(root, `#/$defs/${name}`);
      if (target) {
        reachableDefs(root, target, into);
      }
    }
  });
  return into;
}

/** The branch of a presence-discriminated union that requires the property (the other one forbids it). */
function presenceBranches(root: JsonObject, node: JsonObject, property: string): { present: JsonObject; absent: JsonObject } {
  const branches = Array.isArray(node.oneOf) ? node.oneOf.filter(isJsonObject) : [];
  const requires = (branch: JsonObject): boolean => {
    const target = typeof branch.$ref === "string" ? resolveLocalRef(root, branch.$ref) : branch;
    return Array.isArray(target?.required) && target.required.includes(property);
  };
  const present = branches.filter(requires);
  const absent = branches.filter((b) => !requires(b));
  if (branches.length !== 2 || present.length !== 1 || absent.length !== 1) {
    throw new Error(`x-presence-discriminator "${property}" needs two oneOf branches, exactly one requiring "${property}"`);
  }
  return { present: present[0] as JsonObject, absent: absent[0] as JsonObject };
}

/**
 * Every union reachable from the root, as instance-path patterns, in the order of a depth-first walk: a union
 * nested in a branch of another at the same position (presence inside a tagged union) comes after it.
 */
export function findUnionPoints(root: JsonObject): UnionPoint[] {
  const found = new Map<string, UnionPoint>();
  let guards: readonly UnionGuard[] = [];
  const add = (point: UnionPoint): void => {
    const guarded = guards.length > 0 ? { ...point, when: guards } : point;
    found.set(JSON.stringify(guarded), guarded);
  };
  const walk = (node: JsonValue | undefined, pointer: string, path: string[], refStack: readonly string[]): void => {
    if (!isJsonObject(node)) {
      return;
    }
    if (typeof node.$ref === "string") {
      if (refStack.includes(node.$ref)) {
        return; // recursive definition: its unions were recorded on the first visit
      }
      walk(resolveLocalRef(root, node.$ref), node.$ref, path, [...refStack, node.$ref]);
    }
    const discriminator = node.discriminator;
    if (isJsonObject(discriminator) && typeof discriminator.propertyName === "string") {
      add({ path: [...path], kind: "tag", property: discriminator.propertyName, tags: branchTags(root, node, discriminator.propertyName) });
    }
    const presence = node["x-presence-discriminator"];
    if (typeof presence === "string") {
      const { present, absent } = presenceBranches(root, node, presence);
      add({
        path: [...path],
        kind: "presence",
        property: presence,
        present: String(present["x-loc-tag"]),
        absent: String(absent["x-loc-tag"]),
      });
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const list = node[key];
      if (Array.isArray(list) && typeof presence !== "string" && list.some((b) => isJsonObject(b) && typeof b["x-loc-tag"] === "string")) {
        add({
          path: [...path],
          kind: "branch",
          branches: list.filter(isJsonObject).flatMap((branch, i) =>
            typeof branch["x-loc-tag"] === "string"
              ? [
                  {
                    tag: branch["x-loc-tag"],
                    schemaPrefixes: [`${pointer}/${key}/${i}/`, ...[...reachableDefs(root, branch)].sort().map((d) => `#/$defs/${d}/`)],
                    ...(isArrayBranch(root, branch) ? { array: true } : {}),
                  },
                ]
              : [],
          ),
        });
      }
    }
    if (isJsonObject(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) {
        walk(sub, `${pointer}/properties/${key}`, [...path, key], refStack);
      }
    }
    walk(node.items, `${pointer}/items`, [...path, "[]"], refStack);
    walk(node.additionalProperties, `${pointer}/additionalProperties`, [...path, "*"], refStack);
    for (const key of ["allOf", "anyOf", "oneOf"] as const) {
      const list = node[key];
      if (Array.isArray(list)) {
        list.forEach((sub, i) => {
          const outer = guards;
          const tag =
            key === "oneOf" && isJsonObject(discriminator) && typeof discriminator.propertyName === "string"
              ? branchTag(root, sub, discriminator.propertyName)
              : undefined;
          if (tag !== undefined && isJsonObject(discriminator)) {
            guards = [...outer, { at: path.length, property: String(discriminator.propertyName), equals: tag }];
          }
          if (key === "oneOf" && typeof presence === "string") {
            guards = [...outer, { at: path.length, property: presence, present: sub === presenceBranches(root, node, presence).present }];
          }
          walk(sub, `${pointer}/${key}/${i}`, path, refStack);
          guards = outer;
        });
      }
    }
    for (const key of ["if", "then", "else"] as const) {
      walk(node[key], `${pointer}/${key}`, path, refStack);
    }
    if (isJsonObject(node.dependentSchemas)) {
      for (const [key, sub] of Object.entries(node.dependentSchemas)) {
        walk(sub, `${pointer}/dependentSchemas/${key}`, path, refStack);
      }
    }
  };
  walk(root, "#", [], []);
  return [...found.values()];
}

/** Schema pointers (`#/$defs/X/properties/y`, ...) of every schema marked `marker` (`x-sequence`, ...), in document order. */
export function findMarkedSchemas(root: JsonObject, marker: "x-sequence" | "x-tuple" | "x-strict"): string[] {
  return findSchemas(root, (node) => node[marker] === true);
}

const STRING_CONSTRAINTS = ["minLength", "maxLength", "pattern", "const", "enum"] as const;

/**
 * Whether pydantic-core reads a string there as Rust text (and so refuses a lone surrogate, `string_unicode`): a
 * constrained `str` (a length or pattern), a Literal, a URL. A plain `str` is passed on as the Python object, also
 * when the spec's constraints are the reference's Python validators (`x-plain-str`) or the format is an email.
 */
function decodesStrings(node: JsonObject): boolean {
  const type = node.type;
  const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
  const literal = [node.const, ...(Array.isArray(node.enum) ? node.enum : [])].some((v) => typeof v === "string");
  return (
    (isString || literal) &&
    node["x-plain-str"] !== true &&
    (STRING_CONSTRAINTS.some((key) => node[key] !== undefined) || node.format === "uri")
  );
}

/**
 * Schema pointers of the string schemas whose strings pydantic decodes (`decodesStrings`), and of the schemas that
 * are only a `$ref` to one (an alias such as `TensorName`: the validator reports its errors there), in document order.
 */
export function findDecodedStrings(root: JsonObject): string[] {
  const refs = new Map<string, string>();
  findSchemas(root, (node, pointer) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith("#")) {
      refs.set(pointer, node.$ref);
    }
    return false;
  });
  const decoded = new Set(findSchemas(root, (node, pointer) => decodesStrings(node) && !pointer.endsWith("/not")));
  for (let grew = true; grew;) {
    grew = false;
    for (const [pointer, target] of refs) {
      if (!decoded.has(pointer) && decoded.has(target)) {
        decoded.add(pointer);
        grew = true;
      }
    }
  }
  return findSchemas(root, (_node, pointer) => decoded.has(pointer));
}

function findSchemas(root: JsonObject, predicate: (node: JsonObject, pointer: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (node: JsonValue | undefined, pointer: string): void => {
    if (!isJsonObject(node)) {
      return;
    }
    if (predicate(node, pointer)) {
      found.push(pointer);
    }
    for (const key of ["properties", "$defs", "patternProperties", "dependentSchemas"] as const) {
      const map = node[key];
      if (isJsonObject(map)) {
        for (const [name, sub] of Object.entries(map)) {
          walk(sub, `${pointer}/${key}/${name}`);
        }
      }
    }
    for (const key of ["items", "additionalProperties", "not", "if", "then", "else", "contains"] as const) {
      walk(node[key], `${pointer}/${key}`);
    }
    for (const key of ["allOf", "anyOf", "oneOf", "prefixItems"] as const) {
      const list = node[key];
      if (Array.isArray(list)) {
        list.forEach((sub, i) => walk(sub, `${pointer}/${key}/${i}`));
      }
    }
  };
  walk(root, "#");
  return found;
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
    validatorSchema: anyPatch(toValidatorSchema(resolved.bundled), { describe: false }),
    typeSchema: toTypeSchema(resolved.bundled),
    unions: findUnionPoints(resolved.bundled),
    sequences: findMarkedSchemas(resolved.bundled, "x-sequence"),
    tuples: findMarkedSchemas(resolved.bundled, "x-tuple"),
    strict: findMarkedSchemas(resolved.bundled, "x-strict"),
    decodedStrings: findDecodedStrings(resolved.bundled),
  };
}
