// Ajv errors -> issues worded and located like pydantic's, so users of the reference recognise them:
// `["inputs", 0, "axes", 1, "channel", "size"]`, "Extra inputs are not permitted" (extra_forbidden).
import { emailProblem } from "./email.js";
import { pyNumberKind } from "../py-numbers.js";
import type { UnionPoint } from "../runtime/spec-registry-types.js";
import type { ValidatorError } from "../runtime/validator-types.js";
import { ERROR } from "../summary/types.js";
import { type DocPath, type Issue, issuePath } from "../summary/issue.js";
import { PathTrie } from "./path-trie.js";
import { SCHEMA } from "./engine-rules.js";
import { pointerKeys, valueAt } from "../records.js";
import { laxFromString, laxReads, laxRefusal } from "./lax.js";
import { pyStrAt } from "../python-repr.js";
import { httpUrlWords } from "./url.js";

type Segment = string | number;

function decodePointer(pointer: string, data: unknown): Segment[] {
  const out: Segment[] = [];
  let node = data;
  for (const key of pointerKeys(pointer)) {
    // an array's index is a number in pydantic's loc; a mapping's key stays a string, digits or not
    const segment: Segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    out.push(segment);
    node = valueAt(node, [segment]);
  }
  return out;
}

function quote(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}

/** pydantic's "'a', 'b' or 'c'" */
function alternatives(values: readonly unknown[]): string {
  const quoted = values.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** The `$defs` entry whose own `type` failed (`#/$defs/Author/type` -> `Author`); not a field inside it. */
function definitionName(schemaPath: string): string | undefined {
  return /^#\/\$defs\/([^/]+)\/type$/.exec(schemaPath)?.[1];
}

const TYPE_MESSAGES: Readonly<Record<string, [string, string]>> = {
  string: ["Input should be a valid string", "string_type"],
  integer: ["Input should be a valid integer", "int_type"],
  number: ["Input should be a valid number", "float_type"],
  boolean: ["Input should be a valid boolean", "bool_type"],
  array: ["Input should be a valid list", "list_type"],
  null: ["Input should be None", "none_required"],
};

const FORMAT_MESSAGES: Readonly<Record<string, [string, string]>> = {
  uri: ["Input should be a valid URL", "url_parsing"],
  email: ["value is not a valid email address", "value_error"],
  "date-time": ["Input should be a valid datetime", "datetime_parsing"],
  date: ["Input should be a valid date", "date_parsing"],
};

/** email-validator's reason why an address fails (pydantic appends it to its message). */
function emailReasonAt(value: unknown): string | undefined {
  return typeof value === "string" ? emailProblem(value) : undefined;
}

interface Described {
  readonly loc: Segment[];
  readonly msg: string;
  readonly type: string;
}

function describe(error: ValidatorError, path: Segment[]): Described | undefined {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { loc: [...path, String(p.missingProperty)], msg: "Field required", type: "missing" };
    case "additionalProperties":
      return { loc: [...path, String(p.additionalProperty)], msg: "Extra inputs are not permitted", type: "extra_forbidden" };
    case "type": {
      const expected = String(p.type).split(",")[0] ?? "";
      if (expected === "object") {
        const name = definitionName(error.schemaPath);
        return name
          ? { loc: path, msg: `Input should be a valid dictionary or instance of ${name}`, type: "model_type" }
          : { loc: path, msg: "Input should be a valid dictionary", type: "dict_type" };
      }
      const [msg, type] = TYPE_MESSAGES[expected] ?? [`Input should be of type ${expected}`, `${expected}_type`];
      return { loc: path, msg, type };
    }
    case "const":
      return { loc: path, msg: `Input should be ${quote(p.allowedValue)}`, type: "literal_error" };
    case "enum":
      return { loc: path, msg: `Input should be ${alternatives(p.allowedValues as unknown[])}`, type: "literal_error" };
    case "minLength":
      return { loc: path, msg: `String should have at least ${p.limit} character${p.limit === 1 ? "" : "s"}`, type: "string_too_short" };
    case "maxLength":
      return { loc: path, msg: `String should have at most ${p.limit} character${p.limit === 1 ? "" : "s"}`, type: "string_too_long" };
    case "pattern":
      return { loc: path, msg: `String should match pattern '${p.pattern}'`, type: "string_pattern_mismatch" };
    case "minimum":
      return { loc: path, msg: `Input should be greater than or equal to ${p.limit}`, type: "greater_than_equal" };
    case "exclusiveMinimum":
      return { loc: path, msg: `Input should be greater than ${p.limit}`, type: "greater_than" };
    case "maximum":
      return { loc: path, msg: `Input should be less than or equal to ${p.limit}`, type: "less_than_equal" };
    case "exclusiveMaximum":
      return { loc: path, msg: `Input should be less than ${p.limit}`, type: "less_than" };
    case "multipleOf":
      return { loc: path, msg: `Input should be a multiple of ${p.multipleOf}`, type: "multiple_of" };
    case "minItems":
      return { loc: path, msg: `List should have at least ${p.limit} item${p.limit === 1 ? "" : "s"} after validation`, type: "too_short" };
    case "maxItems":
      return { loc: path, msg: `List should have at most ${p.limit} item${p.limit === 1 ? "" : "s"} after validation`, type: "too_long" };
    case "minProperties":
      return { loc: path, msg: `Dictionary should have at least ${p.limit} item${p.limit === 1 ? "" : "s"}`, type: "too_short" };
    case "uniqueItems":
      return { loc: path, msg: `Items ${p.j} and ${p.i} are equal; items must be unique`, type: "unique_items" };
    case "format": {
      const [msg, type] = FORMAT_MESSAGES[String(p.format)] ?? [`Input should be a valid ${p.format}`, "value_error"];
      return { loc: path, msg, type };
    }
    case "discriminator":
      return p.error === "mapping"
        ? {
            loc: path,
            msg: `Input tag ${quote(p.tagValue)} found using '${p.tag}' does not match any of the expected tags`,
            type: "union_tag_invalid",
          }
        : { loc: path, msg: `Unable to extract tag using discriminator '${p.tag}'`, type: "union_tag_not_found" };
    case "anyOf":
    case "oneOf":
      return { loc: path, msg: "Input does not match any of the allowed forms", type: "union_error" };
    case "not":
      return { loc: path, msg: "Input should not match the excluded form", type: "value_error" };
    case "if":
    case "dependentSchemas":
      return undefined; // the failing branch reports its own errors
    default:
      return { loc: path, msg: error.message ?? `failed ${error.keyword}`, type: error.keyword };
  }
}

/**
 * An Ajv error's message in the reference's words ("Input should be a valid string"); a `required` or
 * `additionalProperties` error, located at the object, names the property first (`name: Field required`).
 */
export function schemaErrorMessage(error: ValidatorError): string {
  const described = describe(error, []);
  if (!described) {
    return `failed ${error.keyword}`;
  }
  return described.loc.length > 0 ? `${described.loc.join(".")}: ${described.msg}` : described.msg;
}

/** A precompiled validator's error as the reference reports it. */
export interface SchemaErrorDescription {
  /** The path of the field, as the reference's `loc` (without the union tags pydantic inserts). */
  readonly loc: (string | number)[];
  readonly msg: string;
  /** pydantic's error type (`missing`, `extra_forbidden`, `string_type`, ...). */
  readonly type: string;
}

/**
 * A precompiled validator's errors (`validate.errors`) as the reference words them, one per problem (the errors
 * that only restate another are dropped). Pass the validated document to tell array indexes from keys.
 * `buildDescription`/`validate` also insert the union tags of pydantic's locations.
 */
export function describeErrors(errors: readonly ValidatorError[] | null | undefined, data?: unknown): SchemaErrorDescription[] {
  return schemaIssues(errors ?? [], data, []).map(({ loc, msg, type }) => ({ loc: [...loc], msg, type }));
}

/** `[]` matches an array index, `*` a map key. */
function matches(pattern: readonly string[], path: readonly Segment[]): boolean {
  return (
    pattern.length <= path.length &&
    pattern.every((s, i) => (s === "[]" ? typeof path[i] === "number" : s === "*" ? typeof path[i] === "string" : s === String(path[i])))
  );
}

/** The segment the reference inserts for `union` into the loc of an error at `loc` (with `schemaPath`). */
function unionTag(
  union: UnionPoint,
  loc: readonly Segment[],
  data: unknown,
  error: ValidatorError,
  repeat: number | undefined,
  atPlace: ReadonlyMap<string, readonly ValidatorError[]>,
): string | undefined {
  const at = loc.slice(0, union.path.length);
  switch (union.kind) {
    case "tag": {
      const tag = valueAt(data, [...at, union.property]);
      return error.keyword === "discriminator" && loc.length === union.path.length ? undefined : typeof tag === "string" ? tag : undefined;
    }
    case "presence": {
      const value = valueAt(data, at);
      return typeof value === "object" && value !== null && union.property in value ? union.present : union.absent;
    }
    case "branch": {
      // The branch's own schema decides; a $defs entry shared by several branches leaves it open. A definition
      // reached by an array branch (its items) and by a mapping branch is the array's only below an index.
      const belowIndex = loc.length > union.path.length && typeof loc[union.path.length] === "number";
      const own = union.branches.find(
        (branch) =>
          branch.schemaPrefixes[0] !== undefined && error.schemaPath.startsWith(branch.schemaPrefixes[0]) && (branch.array || !belowIndex),
      );
      const reaching = union.branches.filter(
        (branch) => (branch.array === true) === belowIndex && branch.schemaPrefixes.some((prefix) => error.schemaPath.startsWith(prefix)),
      );
      // A $defs entry that several branches reach fails once in each (the validator tries them in order, as
      // pydantic does): the n-th such error is the n-th branch's.
      if (own !== undefined || reaching.length === 1) {
        return (own ?? reaching[0])?.tag;
      }
      if (repeat !== undefined) {
        return reaching[repeat]?.tag;
      }
      // Reported once: the branch whose own schemas failed nearest to it, at its place or the closest place holding
      // it (in the other branches that place took the value: an Optional unit taking null, say)
      const owner = (other: ValidatorError) => {
        const owners = reaching.filter((b) => b.schemaPrefixes.some((prefix) => other.schemaPath.startsWith(prefix)));
        return owners.length === 1 ? owners[0] : undefined;
      };
      for (const around of errorsAround(error.instancePath, union.path.length, atPlace)) {
        const failing = new Set(around.filter((other) => other !== error).map(owner));
        failing.delete(undefined);
        if (failing.size > 0) {
          return failing.size === 1 ? [...failing][0]?.tag : undefined;
        }
      }
      return undefined;
    }
  }
}

/** The errors at a place, then at each place holding it (nearest first), up to `depth` segments (a union's place). */
function errorsAround(instancePath: string, depth: number, atPlace: ReadonlyMap<string, readonly ValidatorError[]>): ValidatorError[][] {
  const segments = instancePath.split("/");
  const out: ValidatorError[][] = [];
  for (let k = segments.length; k > depth; k--) {
    out.push([...(atPlace.get(segments.slice(0, k).join("/")) ?? [])]);
  }
  return out;
}

/** The errors by their place (`instancePath`), in their order. */
export function errorsByPlace(errors: readonly ValidatorError[]): Map<string, ValidatorError[]> {
  const atPlace = new Map<string, ValidatorError[]>();
  for (const error of errors) {
    const same = atPlace.get(error.instancePath);
    if (same) {
      same.push(error);
    } else {
      atPlace.set(error.instancePath, [error]);
    }
  }
  return atPlace;
}

/** Inserts the tag of every union the location passes through, as pydantic does (outermost first at a position). */
export function withUnionTags(
  loc: readonly Segment[],
  data: unknown,
  unions: readonly UnionPoint[],
  error: ValidatorError,
  /** When the same error (same place, same schema) was reported several times: how many came before this one. */
  repeat: number | undefined,
  /** Every error by its place (`instancePath`). */
  atPlace: ReadonlyMap<string, readonly ValidatorError[]>,
): Segment[] {
  const inserts = new Map<number, string[]>();
  for (const union of unions) {
    const guarded = (union.when ?? []).every((g) => {
      const value = valueAt(data, [...loc.slice(0, g.at), g.property]);
      return "equals" in g ? value === g.equals : (value !== undefined) === g.present;
    });
    if (guarded && union.path.length <= loc.length && matches(union.path, loc)) {
      const tag = unionTag(union, loc, data, error, repeat, atPlace);
      const here = inserts.get(union.path.length) ?? [];
      // (a family's wording may have put the branch's tag there already)
      if (tag !== undefined && !here.includes(tag) && loc[union.path.length] !== tag) {
        inserts.set(union.path.length, [...here, tag]);
      }
    }
  }
  const out = [...loc];
  for (const at of [...inserts.keys()].sort((a, b) => b - a)) {
    out.splice(at, 0, ...(inserts.get(at) ?? []));
  }
  return out;
}

/** The schema an error's keyword belongs to (`#/$defs/HttpUrl/pattern` -> `#/$defs/HttpUrl`). */
const schemaOf = (schemaPath: string): string => schemaPath.slice(0, schemaPath.lastIndexOf("/"));

/** The scheme of an HttpUrl, as the URL parser reads it (leading spaces dropped, any case, `//` optional). */
const HTTP_URL_PATTERN = "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:";

/**
 * An HttpUrl is `format: uri` plus the pattern HTTP_URL_PATTERN in the specs; pydantic reports one error: that its
 * parser refuses the URL (with the reason), else that the scheme is not http(s). Returns null to drop an error the
 * other one covers.
 */
function httpUrlError(
  error: ValidatorError,
  /** The errors at the same instance path. */
  errors: readonly ValidatorError[],
  value: unknown,
  path: Segment[],
): Described | null | undefined {
  const isPattern = error.keyword === "pattern" && error.params.pattern === HTTP_URL_PATTERN;
  const isUriFormat = error.keyword === "format" && error.params.format === "uri";
  // (the HttpUrl's own errors: another union branch at the same place, an emoji's `constrained-str`, has its own words)
  const sameSchema = (other: ValidatorError): boolean => schemaOf(other.schemaPath) === schemaOf(error.schemaPath);
  if (
    value === "" &&
    errors.some((other) => sameSchema(other) && other.keyword === "pattern" && other.params.pattern === HTTP_URL_PATTERN)
  ) {
    // pydantic's URL parser says it once
    return error.keyword === "minLength" ? { loc: path, msg: "Input should be a valid URL, input is empty", type: "url_parsing" } : null;
  }
  if ((!isPattern && !isUriFormat) || typeof value !== "string") {
    return undefined;
  }
  const words = httpUrlWords(value);
  // the parser's refusal is the format's error, a wrong scheme the pattern's
  return (words.type === "url_parsing") === isUriFormat ? { loc: path, ...words } : null;
}

const isTagUnionAt = (unions: readonly UnionPoint[], path: readonly Segment[]): boolean =>
  unions.some((u) => u.kind === "tag" && u.path.length === path.length && matches(u.path, path));

/** pydantic's words for a tag that matches no branch (with the expected tags), or a tag of another type. */
function discriminatorWording(error: ValidatorError, path: Segment[], data: unknown, unions: readonly UnionPoint[]): Described | undefined {
  const union = unions.find((u) => u.kind === "tag" && u.path.length === path.length && matches(u.path, path));
  const property = String(error.params.tag);
  const container = valueAt(data, path);
  const value = valueAt(data, [...path, property]);
  if (
    !union ||
    union.kind !== "tag" ||
    union.tags.length === 0 ||
    value === undefined ||
    typeof container !== "object" ||
    container === null
  ) {
    return undefined;
  }
  return {
    loc: path,
    // str() of the tag as Python holds it (a date as `2019-12-11`, an integral float as `1000.0`)
    msg: `Input tag '${pyStrAt(container, property)}' found using '${property}' does not match any of the expected tags: ${union.tags.map((t) => `'${t}'`).join(", ")}`,
    type: "union_tag_invalid",
  };
}

/**
 * pydantic's words for a tuple (an array marked `x-tuple`): not a tuple, too long, or an item missing at each index
 * it lacks. Undefined for other arrays and errors.
 */
function tupleWording(error: ValidatorError, path: Segment[], value: unknown, tuples: ReadonlySet<string>): Described[] | undefined {
  const at = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"));
  if (!tuples.has(at)) {
    return undefined;
  }
  const limit = Number(error.params.limit);
  switch (error.keyword) {
    case "type":
      return error.params.type === "array" ? [{ loc: path, msg: "Input should be a valid tuple", type: "tuple_type" }] : undefined;
    case "maxItems":
      return Array.isArray(value)
        ? [
            {
              loc: path,
              msg: `Tuple should have at most ${limit} item${limit === 1 ? "" : "s"} after validation, not ${value.length}`,
              type: "too_long",
            },
          ]
        : undefined;
    case "minItems":
      return Array.isArray(value)
        ? Array.from({ length: Math.max(0, limit - value.length) }, (_, i) => ({
            loc: [...path, value.length + i],
            msg: "Field required",
            type: "missing",
          }))
        : undefined;
    default:
      return undefined;
  }
}

/** Where a value is in the document: its container and key (for a number's Python kind, py-numbers.ts). */
export interface ValuePlace {
  readonly container: unknown;
  readonly key: string | number | undefined;
}

/**
 * A family's own words for some schema errors (the reference's custom validators behind a pattern, a length
 * checked after another validator, ...): the message and type for an error and the value it is about, or
 * undefined for the standard wording.
 */
export type SchemaWording = (
  error: ValidatorError,
  value: unknown,
  atSamePath: readonly ValidatorError[],
  place: ValuePlace,
) => Worded | null | undefined;

/** An error in the reference's words; `tag` is a union branch appended to its loc, `more` are errors it adds. */
export interface Worded {
  readonly msg: string;
  readonly type: string;
  readonly tag?: string;
  readonly more?: readonly { readonly tag: string; readonly msg: string; readonly type: string }[];
}

/**
 * Issues from a validator's errors. Errors that only restate another (the enum error of a discriminator's tag,
 * the union error above its branches' errors, the `null` branch of a nullable field) are dropped.
 */
export function schemaIssues(
  errors: readonly ValidatorError[],
  data: unknown,
  unions: readonly UnionPoint[],
  sequences: ReadonlySet<string> = new Set(),
  wording?: SchemaWording,
  tuples: ReadonlySet<string> = new Set(),
  /** The references validate in pydantic's lax mode (lax.ts): a string it could not read gets its words. */
  laxWords = false,
  /** Schema pointers of strict types (`StrictInt`): a value of another type gets the plain type error. */
  strict: ReadonlySet<string> = new Set(),
): Issue[] {
  const paths = errors.map((e) => decodePointer(e.instancePath, data));
  const discriminatorAt = new Set(
    errors.filter((e) => e.keyword === "discriminator").map((e) => `${e.instancePath}/${String(e.params.tag)}`),
  );
  const byPath = new PathTrie<Segment>((segment) => segment);
  for (const path of paths) {
    byPath.add(path);
  }
  const atInstancePath = errorsByPlace(errors);
  const issues: Issue[] = [];
  // what tells repeated errors apart, made once per error (thousands of errors made it a good part of the time)
  const identities = errors.map((error) => `${error.instancePath}\0${error.schemaPath}\0${JSON.stringify(error.params)}`);
  const total = new Map<string, number>();
  for (const identity of identities) {
    total.set(identity, (total.get(identity) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  errors.forEach((error, i) => {
    const path = paths[i] as Segment[];
    const same = identities[i] as string;
    const before = seen.get(same) ?? 0;
    seen.set(same, before + 1);
    const repeat = (total.get(same) ?? 0) > 1 ? before : undefined;
    const othersAtOrBelow = byPath.countStartingWith(path) > 1; // besides this one
    // the tag's own type and enum errors restate the discriminator's (pydantic reports only an unmatched tag)
    if ((error.keyword === "enum" || error.keyword === "type") && discriminatorAt.has(error.instancePath)) {
      return;
    }
    if (error.keyword === "required" && discriminatorAt.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) {
      return;
    }
    // a Literal (`type` with `enum`/`const` in one schema) checks only the value: pydantic says which values it takes
    if (error.keyword === "type" && isLiteralTypeError(error, atInstancePath.get(error.instancePath) ?? [])) {
      return;
    }
    // a value lax mode reads as the type (`"on"` for a bool) passes there: it stayed as it is because the union
    // branch it is in fails on other values, which are that branch's errors
    if (laxWords && error.keyword === "type" && !strict.has(schemaParentOf(error.schemaPath)) && laxReads(error, valueAt(data, path))) {
      return;
    }
    if ((error.keyword === "anyOf" || error.keyword === "oneOf") && othersAtOrBelow) {
      return;
    }
    if (error.keyword === "type" && error.params.type === "null" && othersAtOrBelow) {
      return;
    }
    const worded = wording?.(error, valueAt(data, path), atInstancePath.get(error.instancePath) ?? [], {
      container: valueAt(data, path.slice(0, -1)),
      key: path.at(-1),
    });
    const url =
      worded !== undefined ? undefined : httpUrlError(error, atInstancePath.get(error.instancePath) ?? [], valueAt(data, path), path);
    if (url === null || worded === null) {
      return; // another error at this place says it
    }
    const sequence =
      error.keyword === "type" && error.params.type === "array" && sequences.has(error.schemaPath.replace(/\/type$/, ""))
        ? typeof valueAt(data, path) === "string"
          ? { loc: path, msg: "'str' instances are not allowed as a Sequence value", type: "sequence_str" }
          : { loc: path, msg: "Input should be an instance of Sequence", type: "is_instance_of" }
        : undefined;
    const tuple = tupleWording(error, path, valueAt(data, path), tuples);
    if (tuple) {
      issues.push(
        ...tuple.map((t): Issue => ({
          ...t,
          loc: withUnionTags(t.loc, data, unions, error, repeat, atInstancePath),
          path: t.loc,
          severity: ERROR,
          rule: SCHEMA.id,
        })),
      );
      return;
    }
    const items = error.keyword === "minItems" || error.keyword === "maxItems" ? valueAt(data, path) : undefined;
    // a Sequence (not a list) is a "Value" in pydantic's length errors
    const kind = sequences.has(error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"))) ? "Value" : "List";
    const counted =
      Array.isArray(items) && !worded
        ? {
            ...(describe(error, path) as Described),
            msg: `${(describe(error, path) as Described).msg.replace(/^List/, kind)}, not ${items.length}`,
          }
        : undefined;
    const isStrict = error.keyword === "type" && strict.has(schemaParentOf(error.schemaPath));
    const expected = error.keyword === "type" && !isStrict ? String(error.params.type).split(",")[0] : undefined;
    const value = expected === "integer" || expected === "number" ? valueAt(data, path) : undefined;
    const fractional =
      expected === "integer" && typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)
        ? laxFromString(valueAt(data, path.slice(0, -1)), path.at(-1))
          ? // a string another branch read as a number: this branch read the string
            { loc: path, msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing" }
          : { loc: path, msg: "Input should be a valid integer, got a number with a fractional part", type: "int_from_float" }
        : typeof value === "number" && !Number.isFinite(value)
          ? // YAML's .inf and .nan: the references' models refuse them in a number field
            { loc: path, msg: "Input should be a finite number", type: "finite_number" }
          : undefined;
    const oversized = intLiteralTooLarge(error, data, path)
      ? { loc: path, msg: "Unable to parse input string as an integer, exceeded maximum size", type: "int_parsing_size" }
      : undefined;
    // a string (or number) lax mode tried to read as the field's type: pydantic says it could not
    const refused =
      laxWords && error.keyword === "type" && !isStrict
        ? laxRefusal(String(error.params.type).split(",")[0] ?? "", valueAt(data, path))
        : undefined;
    const email = error.keyword === "format" && error.params.format === "email" ? emailReasonAt(valueAt(data, path)) : undefined;
    const tagged =
      error.keyword === "discriminator"
        ? discriminatorWording(error, path, data, unions)
        : error.keyword === "type" && error.params.type === "object" && isTagUnionAt(unions, path)
          ? // a discriminated union needs something to read its tag from
            { loc: path, msg: "Input should be a valid dictionary or object to extract fields from", type: "model_attributes_type" }
          : undefined;
    const described =
      tagged ??
      url ??
      sequence ??
      fractional ??
      oversized ??
      (refused ? { loc: path, ...refused } : undefined) ??
      (email ? { loc: path, msg: `value is not a valid email address: ${email}`, type: "value_error" } : undefined) ??
      counted ??
      (worded ? { loc: worded.tag ? [...path, worded.tag] : path, msg: worded.msg, type: worded.type } : describe(error, path));
    if (!described) {
      return;
    }
    for (const more of worded?.more ?? []) {
      issues.push({
        loc: withUnionTags([...path, more.tag], data, unions, error, repeat, atInstancePath),
        path,
        msg: more.msg,
        type: more.type,
        severity: ERROR,
        rule: SCHEMA.id,
      });
    }
    const docPath: DocPath = described.loc;
    issues.push({
      loc: withUnionTags(described.loc, data, unions, error, repeat, atInstancePath),
      path: docPath,
      msg: described.msg,
      type: described.type,
      severity: ERROR,
      rule: SCHEMA.id,
    });
  });
  return withoutRestatedConstraints(withoutItemsOfTooLongTuples(issues));
}

/**
 * pydantic-core validates a tuple's items, then returns only its too_long error when items are left over: the
 * errors of the items it validated are dropped.
 */
function withoutItemsOfTooLongTuples(issues: Issue[]): Issue[] {
  const tooLong = issues.filter((i) => i.type === "too_long" && i.msg.startsWith("Tuple ")).map(issuePath);
  if (tooLong.length === 0) {
    return issues;
  }
  const below = (path: DocPath, tuple: DocPath) => path.length > tuple.length && tuple.every((segment, k) => path[k] === segment);
  return issues.filter((i) => !tooLong.some((tuple) => below(issuePath(i), tuple)));
}

/** The schema a keyword belongs to (`#/$defs/A/type` -> `#/$defs/A`). */
const schemaParentOf = (schemaPath: string): string => schemaPath.slice(0, schemaPath.lastIndexOf("/"));

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/**
 * pydantic looks an int up among a Literal's ints as a 64-bit int: a Python int beyond (an int literal, not a
 * float) fails to convert before it is compared.
 */
function intLiteralTooLarge(error: ValidatorError, data: unknown, path: readonly Segment[]): boolean {
  const allowed =
    error.keyword === "const" ? [error.params.allowedValue] : error.keyword === "enum" ? (error.params.allowedValues as unknown[]) : [];
  const container = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  const value = valueAt(data, path);
  if (!allowed.some((v) => typeof v === "number") || typeof value !== "number" || !Number.isInteger(value) || key === undefined) {
    return false;
  }
  const kind = pyNumberKind(container, key);
  if (kind === "float") {
    return false;
  }
  const exact = kind ?? BigInt(value);
  return exact < I64_MIN || exact > I64_MAX;
}

/** A `type` error of a schema that also lists its values (`enum`, `const`), which reports the same value. */
function isLiteralTypeError(error: ValidatorError, atSamePath: readonly ValidatorError[]): boolean {
  const schema = error.schemaPath.replace(/\/type$/, "");
  return atSamePath.some(
    (other) => (other.keyword === "enum" || other.keyword === "const") && other.schemaPath === `${schema}/${other.keyword}`,
  );
}

const CONSTRAINT_TYPES = new Set([
  "literal_error",
  "string_pattern_mismatch",
  "string_too_short",
  "string_too_long",
  "greater_than",
  "greater_than_equal",
  "less_than",
  "less_than_equal",
  "multiple_of",
  "url_parsing",
  "url_scheme",
]);

const LAX_REFUSALS = new Set(["int_parsing", "float_parsing", "bool_parsing"]);

/**
 * pydantic stops at a wrong type: a constraint error at the same loc as a type error restates it, and so does the
 * same type error again (one per level of a `$ref` chain that declares the type, e.g. BatchAxisId -> AxisId ->
 * Identifier).
 */
function withoutRestatedConstraints(issues: Issue[]): Issue[] {
  const isTypeError = (i: Issue) => i.type.endsWith("_type") || LAX_REFUSALS.has(i.type) || i.type === "int_from_float";
  const typeErrorLocs = new Set(issues.filter(isTypeError).map((i) => JSON.stringify(i.loc)));
  if (typeErrorLocs.size === 0) {
    return issues;
  }
  const said = new Set<string>();
  return issues.filter((i) => {
    const loc = JSON.stringify(i.loc);
    if (!typeErrorLocs.has(loc)) {
      return true;
    }
    if (CONSTRAINT_TYPES.has(i.type)) {
      return false;
    }
    const key = `${loc}\0${i.type}\0${i.msg}`;
    if (isTypeError(i) && said.has(key)) {
      return false;
    }
    said.add(key);
    return true;
  });
}
