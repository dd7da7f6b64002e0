// Values drawn from the specs: the canonical JSON Schema of a document's type and version
// (specs/bioimageio/<type>/<minor>.json) says what a field may hold, and fast-check draws values on both sides of
// it: enum members and near-misses, numbers at and just past their bounds, strings matching a field's pattern (and
// one character off), lengths and list sizes at their limits, and whole objects built from their required
// properties. The harness's mutations use them where a document has the field, or add an optional field it lacks.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const SPECS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "specs", "bioimageio");

type Json = unknown;
type Schema = Readonly<Record<string, Json>>;
type Path = readonly (string | number)[];

/** A schema together with the file its `$ref`s are relative to. */
interface Located {
  readonly schema: Schema;
  readonly file: string;
}

/** Random draws: the generator's stream, so that cases stay deterministic for a seed. */
export interface Draw {
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(arbitrary: fc.Arbitrary<T>): T;
}

const files = new Map<string, Schema>();
function schemaFile(file: string): Schema {
  let schema = files.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(file, "utf8")) as Schema;
    files.set(file, schema);
  }
  return schema;
}

const isSchema = (x: Json): x is Schema => typeof x === "object" && x !== null && !Array.isArray(x);

/** Follows `$ref`s (other files of specs/ and `#/$defs/...`) until a schema without one. */
function resolve(at: Located): Located {
  let { schema, file } = at;
  for (let hops = 0; typeof schema.$ref === "string" && hops < 20; hops++) {
    const [target = "", pointer = ""] = schema.$ref.split("#");
    file = target ? join(dirname(file), target) : file;
    let node: Json = schemaFile(file);
    for (const part of pointer.split("/").filter(Boolean)) {
      node = isSchema(node) ? node[part] : undefined;
    }
    if (!isSchema(node)) {
      return { schema: {}, file };
    }
    // the referring schema's own keywords (a default, a title) stay with the target's
    const { $ref: _ref, ...own } = schema;
    schema = { ...node, ...own, $ref: node.$ref };
    if (schema.$ref === undefined) {
      const { $ref: _none, ...rest } = schema;
      schema = rest;
    }
  }
  return { schema, file };
}

function branches(at: Located): Located[] {
  const r = resolve(at);
  const list = r.schema.anyOf ?? r.schema.oneOf;
  if (Array.isArray(list)) {
    return list.filter(isSchema).flatMap((b) => branches({ schema: b, file: r.file }));
  }
  return [r];
}

/** The spec of a document's type and format version, or undefined when there is none. */
export function documentSchema(doc: Json): Located | undefined {
  if (!isSchema(doc) || typeof doc.type !== "string" || typeof doc.format_version !== "string") {
    return undefined;
  }
  const minor = /^(\d+\.\d+)/.exec(doc.format_version)?.[1];
  const file = join(SPECS, doc.type, `${minor}.json`);
  try {
    return { schema: schemaFile(file), file };
  } catch {
    return undefined;
  }
}

/** The schemas that may describe the value at `path` of `doc` (one per union branch that has it). */
export function schemasAt(root: Located, doc: Json, path: Path): Located[] {
  let current = [root];
  let value = doc;
  for (const part of path) {
    value = isSchema(value) || Array.isArray(value) ? (value as Record<string | number, Json>)[part] : undefined;
    const next: Located[] = [];
    for (const at of current.flatMap(branches)) {
      const s = at.schema;
      if (typeof part === "number") {
        if (isSchema(s.items)) {
          next.push({ schema: s.items, file: at.file });
        } else if (Array.isArray(s.prefixItems) && isSchema(s.prefixItems[part])) {
          next.push({ schema: s.prefixItems[part], file: at.file });
        }
      } else if (isSchema(s.properties) && isSchema(s.properties[part])) {
        next.push({ schema: s.properties[part], file: at.file });
      } else if (isSchema(s.additionalProperties)) {
        next.push({ schema: s.additionalProperties, file: at.file });
      }
    }
    if (next.length === 0) {
      return [];
    }
    current = next;
  }
  return current;
}

const near = (n: number, step: number): number[] => [n, n - step, n + step];

function numberFor(s: Schema, integer: boolean, draw: Draw): number {
  const step = integer ? 1 : draw.pick([1, 0.5, 1e-9]);
  const bounds = [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum].filter((b): b is number => typeof b === "number");
  if (bounds.length > 0 && draw.chance(0.7)) {
    return draw.pick(near(draw.pick(bounds), step));
  }
  return integer
    ? draw.sample(fc.integer({ min: -1000, max: 100_000 }))
    : draw.sample(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
}

function stringFor(s: Schema, draw: Draw): string {
  const min = typeof s.minLength === "number" ? s.minLength : undefined;
  const max = typeof s.maxLength === "number" ? s.maxLength : undefined;
  if (typeof s.pattern === "string") {
    let matching: string;
    try {
      matching = draw.sample(fc.stringMatching(new RegExp(s.pattern, "u"), { size: "small" }));
    } catch {
      matching = "a";
    }
    // now and then one character off the pattern, or its case changed
    return draw.pick([
      matching,
      matching,
      matching.toUpperCase(),
      `${matching}${draw.pick([" ", "/", "-", "_", "A", "é", "."])}`,
      matching.slice(1),
    ]);
  }
  if ((min !== undefined || max !== undefined) && draw.chance(0.6)) {
    const length = Math.max(0, draw.pick([...(min !== undefined ? near(min, 1) : []), ...(max !== undefined ? near(max, 1) : [])]));
    return draw.pick(["a", "x", "é", " "]).repeat(length);
  }
  return draw.sample(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme-ascii", maxLength: 20 })));
}

/** A value for a schema: mostly valid, often just past one of its limits. Objects up to `depth` levels deep. */
export function valueFor(at: Located, draw: Draw, depth = 3): Json {
  const all = branches(at);
  const { schema: s, file } = draw.pick(all);
  if ("const" in s) {
    return draw.chance(0.8) ? s.const : typeof s.const === "string" ? s.const.toUpperCase() : null;
  }
  if (Array.isArray(s.enum)) {
    const member = draw.pick(s.enum as Json[]);
    return draw.chance(0.8) || typeof member !== "string" ? member : draw.pick([member.toUpperCase(), ` ${member}`, `${member}x`]);
  }
  const type = Array.isArray(s.type) ? draw.pick(s.type as Json[]) : s.type;
  switch (type) {
    case "null":
      return null;
    case "boolean":
      return draw.chance(0.5);
    case "integer":
      return numberFor(s, true, draw);
    case "number":
      return numberFor(s, false, draw);
    case "string":
      return stringFor(s, draw);
    case "array": {
      const min = typeof s.minItems === "number" ? s.minItems : 0;
      const max = typeof s.maxItems === "number" ? s.maxItems : min + 3;
      const length = Math.max(0, draw.pick([min, min + 1, max, ...(draw.chance(0.3) ? [min - 1, max + 1] : [])]));
      if (Array.isArray(s.prefixItems)) {
        return s.prefixItems.filter(isSchema).map((item) => valueFor({ schema: item, file }, draw, depth - 1));
      }
      const item = isSchema(s.items) ? s.items : {};
      return depth <= 0 ? [] : Array.from({ length: Math.min(length, 4) }, () => valueFor({ schema: item, file }, draw, depth - 1));
    }
    case "object": {
      const properties = isSchema(s.properties) ? s.properties : {};
      const required = Array.isArray(s.required) ? (s.required as string[]) : [];
      const out: Record<string, Json> = {};
      if (depth <= 0) {
        return out;
      }
      for (const [key, property] of Object.entries(properties)) {
        if (isSchema(property) && (required.includes(key) ? draw.chance(0.95) : draw.chance(0.15))) {
          out[key] = valueFor({ schema: property, file }, draw, depth - 1);
        }
      }
      return out;
    }
    default:
      return draw.pick([null, "text", 1, 1.5, true, [], {}]);
  }
}

/** Optional properties a mapping's schema declares that the mapping does not have. */
export function missingProperties(schemas: readonly Located[], value: Json): { key: string; at: Located }[] {
  if (!isSchema(value)) {
    return [];
  }
  return schemas.flatMap(branches).flatMap(({ schema, file }) =>
    isSchema(schema.properties)
      ? Object.entries(schema.properties)
          .filter(([key, p]) => !(key in value) && isSchema(p))
          .map(([key, p]) => ({ key, at: { schema: p as Schema, file } }))
      : [],
  );
}
