// Is a task's `args_schema_*` a valid JSON Schema? fractal-server stores it unread, but fractal-web builds the
// task's argument form from it. Checked like fractal-task-tools' CI: against the meta-schemas of the drafts the
// `args_schema_version` label implies, plus what meta-schemas cannot see (local `$ref`s that resolve, `pattern`s
// that compile). The meta-schemas' validators are precompiled, each loaded on first use; browser-safe.
import type { DocPath } from "../engine/summary/issue.js";
import { isRecord, pointerKeys } from "../engine/records.js";

export type Draft = "draft-07" | "2019-09" | "2020-12";
export const ALL_DRAFTS: readonly Draft[] = ["draft-07", "2019-09", "2020-12"];

export interface SchemaProblem {
  /** Where in the schema (keys and indices). */
  readonly path: DocPath;
  readonly msg: string;
  /** The drafts whose meta-schema reports it (all drafts for `$ref` and `pattern` problems). */
  readonly drafts: readonly Draft[];
}

/** Checks one schema against the given drafts. */
export type ArgsSchemaChecker = (schema: Readonly<Record<string, unknown>>, drafts: readonly Draft[]) => SchemaProblem[];

const SCHEMA_URIS: readonly (readonly [RegExp, Draft])[] = [
  [/json-schema\.org\/draft-07\/schema/, "draft-07"],
  [/json-schema\.org\/draft\/2019-09\/schema/, "2019-09"],
  [/json-schema\.org\/draft\/2020-12\/schema/, "2020-12"],
];

/**
 * The drafts to check: the schema's own `$schema` when it names one; draft-07 for `pydantic_v1` (pydantic v1
 * writes draft-07 style, e.g. tuple `items` arrays); otherwise all three, as fractal-task-tools' CI does.
 */
export function draftsFor(argsSchemaVersion: unknown, schema: Readonly<Record<string, unknown>>): readonly Draft[] {
  const declared = schema.$schema;
  if (typeof declared === "string") {
    const known = SCHEMA_URIS.find(([pattern]) => pattern.test(declared));
    if (known) {
      return [known[1]];
    }
  }
  return argsSchemaVersion === "pydantic_v1" ? ["draft-07"] : ALL_DRAFTS;
}

interface MetaValidator {
  (schema: unknown): boolean;
  errors?: readonly { instancePath: string; keyword: string; message?: string }[] | null;
}

/** The meta-schemas' validators, precompiled (generated/validators/json-schema): each loaded when first needed. */
const META_VALIDATORS: Readonly<Record<Draft, () => Promise<{ validate: MetaValidator }>>> = {
  "draft-07": () => import("../../generated/validators/json-schema/draft-07.js"),
  "2019-09": () => import("../../generated/validators/json-schema/2019-09.js"),
  "2020-12": () => import("../../generated/validators/json-schema/2020-12.js"),
};

const loaded = new Map<Draft, MetaValidator>();

/** The meta-schema validators of `drafts`, loaded (once each). */
async function loadDrafts(drafts: readonly Draft[]): Promise<void> {
  for (const draft of drafts) {
    if (!loaded.has(draft)) {
      loaded.set(draft, (await META_VALIDATORS[draft]()).validate);
    }
  }
}

/** The checker; `drafts` are the ones it will be asked for (loadDrafts loads the others on first use). */
export async function loadArgsSchemaChecker(drafts: readonly Draft[] = ALL_DRAFTS): Promise<ArgsSchemaChecker> {
  await loadDrafts(drafts);
  return (schema, wanted) =>
    mergeDrafts([
      ...wanted.flatMap((draft) => {
        const validator = loaded.get(draft);
        if (!validator) {
          throw new Error(`the ${draft} meta-schema is not loaded (loadArgsSchemaChecker)`);
        }
        return metaProblems(validator, schema, draft);
      }),
      ...ownProblems(schema),
    ]);
}

/** One problem per place the meta-schema rejects, its messages without the combinators' summaries. */
function metaProblems(validator: MetaValidator, schema: Json, draft: Draft): SchemaProblem[] {
  // Without `$schema`: Ajv throws on meta-schemas it does not hold, and draftsFor already chose the drafts.
  const { $schema: _declared, ...body } = schema;
  if (validator(body)) {
    return [];
  }
  const byPlace = new Map<string, Set<string>>();
  for (const error of validator.errors ?? []) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      continue;
    }
    const messages = byPlace.get(error.instancePath) ?? new Set<string>();
    messages.add(error.message ?? error.keyword);
    byPlace.set(error.instancePath, messages);
  }
  return [...byPlace].map(([pointer, messages]) => ({ path: pointerKeys(pointer), msg: [...messages].join(" or "), drafts: [draft] }));
}

function mergeDrafts(problems: readonly SchemaProblem[]): SchemaProblem[] {
  const merged = new Map<string, SchemaProblem>();
  for (const problem of problems) {
    const key = JSON.stringify([problem.path, problem.msg]);
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, drafts: [...seen.drafts, ...problem.drafts] } : problem);
  }
  return [...merged.values()];
}

type Json = Readonly<Record<string, unknown>>;

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
const SCHEMA_VALUES = [
  "items",
  "additionalItems",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];

/** Every subschema with its path, following the keywords that hold schemas (not `default`, `examples`, ...). */
function* subschemas(schema: unknown, path: DocPath = []): Iterable<[Json, DocPath]> {
  if (!isRecord(schema)) {
    return;
  }
  yield [schema, path];
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isRecord(map)) {
      for (const [name, sub] of Object.entries(map)) {
        yield* subschemas(sub, [...path, key, name]);
      }
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const [i, sub] of list.entries()) {
        yield* subschemas(sub, [...path, key, i]);
      }
    }
  }
  for (const key of SCHEMA_VALUES) {
    yield* subschemas(schema[key], [...path, key]);
  }
}

function resolves(root: unknown, ref: string): boolean {
  let node = root;
  for (const segment of pointerKeys(decodeURIComponent(ref.slice(1)))) {
    if (Array.isArray(node) && /^\d+$/.test(String(segment))) {
      node = node[Number(segment)];
    } else if (isRecord(node) && Object.hasOwn(node, segment)) {
      node = node[segment];
    } else {
      return false;
    }
  }
  return node !== undefined;
}

/** Local `$ref`s that do not resolve and `pattern`s that are not ECMA-262 regular expressions. */
function ownProblems(schema: Json): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const [sub, path] of subschemas(schema)) {
    const ref = sub.$ref;
    if (typeof ref === "string" && ref.startsWith("#/") && !resolves(schema, ref)) {
      problems.push({ path: [...path, "$ref"], msg: `$ref '${ref}' does not resolve within the schema`, drafts: ALL_DRAFTS });
    }
    const patterns = [
      ...(typeof sub.pattern === "string" ? [[sub.pattern, [...path, "pattern"]] as const] : []),
      ...Object.keys(isRecord(sub.patternProperties) ? sub.patternProperties : {}).map(
        (p) => [p, [...path, "patternProperties", p]] as const,
      ),
    ];
    for (const [pattern, where] of patterns) {
      try {
        new RegExp(pattern, "u");
      } catch {
        problems.push({ path: where, msg: `pattern ${JSON.stringify(pattern)} is not a valid regular expression`, drafts: ALL_DRAFTS });
      }
    }
  }
  return problems;
}
