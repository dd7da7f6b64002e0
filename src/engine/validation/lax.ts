// pydantic's lax mode (the references validate Python objects, not JSON): a string that parses as a number fills a
// number field, a boolean an int or float field, "yes"/"off"/0/1 a boolean field. The validator is strict, so its
// type errors say where a value must be coerced; the coerced document is what the reference's models hold (rules,
// conversions and dumps see `64`, not `"64"`). Browser-safe.
import { copyDocument, pointerKeys, valueAt } from "../records.js";
import type { ValidateFunction, ValidatorError } from "../runtime/validator-types.js";

// (as bioimageio.spec 0.5.7.2's pydantic 2.13 reads them: Python's digit groups with `_`, a fraction of zeros for
// an int; what Python's float() reads for a float; booleans untrimmed, in any case)
const INT_TEXT = /^[+-]?\d+(_\d+)*(\.0+)?$/;
const DIGITS = String.raw`\d+(_\d+)*`;
const FLOAT_TEXT = new RegExp(String.raw`^[+-]?(${DIGITS}\.?(${DIGITS})?|\.${DIGITS})(e[+-]?${DIGITS})?$|^[+-]?(inf|infinity|nan)$`, "i");
const TRUE_TEXT = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_TEXT = new Set(["0", "off", "f", "false", "n", "no"]);

/** Python's whitespace as `str.trim()` in Rust sees it (enough for YAML scalars). */
const trim = (text: string): string => text.replace(/^\s+|\s+$/g, "");

function parseFloatText(text: string): number {
  const t = trim(text).toLowerCase().replace(/^\+/, "").replaceAll("_", "");
  if (/^-?(inf|infinity)$/.test(t)) {
    return t.startsWith("-") ? -Infinity : Infinity;
  }
  return /nan$/.test(t) ? Number.NaN : Number(t);
}

/** The value a lax field of `type` makes of `value`, or undefined when pydantic refuses it. */
export function laxValue(type: string, value: unknown): unknown {
  switch (type) {
    case "integer":
      if (typeof value === "boolean") {
        return value ? 1 : 0;
      }
      if (typeof value === "string" && INT_TEXT.test(trim(value))) {
        const n = Number(trim(value).replace(/\.0+$/, "").replaceAll("_", ""));
        return Number.isSafeInteger(n) ? n : undefined;
      }
      return undefined;
    case "number":
      if (typeof value === "boolean") {
        return value ? 1 : 0;
      }
      return typeof value === "string" && FLOAT_TEXT.test(trim(value)) ? parseFloatText(value) : undefined;
    case "boolean":
      if (typeof value === "number") {
        return value === 1 ? true : value === 0 ? false : undefined;
      }
      if (typeof value === "string") {
        const word = value.toLowerCase();
        return TRUE_TEXT.has(word) ? true : FALSE_TEXT.has(word) ? false : undefined;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The words pydantic uses for a value of the wrong kind that lax mode tried and could not read. */
export function laxRefusal(type: string, value: unknown): { msg: string; type: string } | undefined {
  if (type === "integer" && typeof value === "string") {
    return { msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing" };
  }
  if (type === "number" && typeof value === "string") {
    // a string that reads as inf or nan (`"1e400"`, `"-inf"`) is a float, just not a finite one
    return FLOAT_TEXT.test(trim(value)) && !Number.isFinite(parseFloatText(value))
      ? { msg: "Input should be a finite number", type: "finite_number" }
      : { msg: "Input should be a valid number, unable to parse string as a number", type: "float_parsing" };
  }
  if (type === "boolean" && (typeof value === "string" || Number.isInteger(value))) {
    return { msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing" };
  }
  return undefined;
}

/** The schema an error's keyword belongs to (`#/$defs/A/type` -> `#/$defs/A`). */
const schemaParent = (schemaPath: string): string => schemaPath.slice(0, schemaPath.lastIndexOf("/"));

/** The lax types an error's `type` keyword asked for (`integer,null` -> integer). */
function laxTypes(error: ValidatorError): string[] {
  return error.keyword === "type" ? String(error.params.type).split(",") : [];
}

/** The strings lax mode made numbers of, by container and key: another union branch still sees the string. */
const FROM_STRINGS = new WeakMap<object, Set<string>>();

/** Whether lax mode coerced `container[key]` from a string (`"0.25"` read by an `int | float` union's float branch). */
export function laxFromString(container: unknown, key: string | number | undefined): boolean {
  return typeof container === "object" && container !== null && key !== undefined && FROM_STRINGS.get(container)?.has(String(key)) === true;
}

/** An edit lax mode makes: the value at `path` replaced. */
interface Edit {
  readonly path: string[];
  readonly value: unknown;
}

/** `#/$defs/A/properties/v/anyOf/2/items/type` -> the innermost union's schema (`…/anyOf`) and the branch (2). */
const UNION_BRANCH = /^(.*\/anyOf)\/(\d+)\//;

/**
 * The innermost union (an `anyOf` of one schema) an error is in, and its branch: the union's key is its schema and the
 * place of the value it validated (the longest place of its own error that holds the error's), undefined outside any.
 */
function unionBranchOf(
  error: ValidatorError,
  unionPlaces: ReadonlyMap<string, ReadonlySet<string>>,
): { key: string; branch: number } | undefined {
  const match = UNION_BRANCH.exec(error.schemaPath);
  if (!match) {
    return undefined;
  }
  const [, schema = "", branch = "0"] = match;
  const places = unionPlaces.get(schema);
  // the longest of them: the error's place, then each place holding it (a lookup per level, not a scan of all
  // the places, which grow with the document)
  for (let place = error.instancePath; places !== undefined; place = place.slice(0, place.lastIndexOf("/"))) {
    if (places.has(place)) {
      return { key: `${place}\0${schema}`, branch: Number(branch) };
    }
    if (place === "") {
      break;
    }
  }
  return undefined;
}

/**
 * The edits of one validation's errors. Within a union pydantic (a smart union) keeps the first branch that lax mode
 * makes valid: only that branch's edits are made, and none when no branch can be made valid (each branch reads the
 * value its own way: `[true, "on"]` is a `list[bool]`, not a `list[int]` with one bool read as 1).
 */
function laxEdits(
  errors: readonly ValidatorError[],
  current: unknown,
  nonFinite: (n: number) => unknown,
  strict: readonly string[],
): Edit[] {
  // a `Literal` (a schema with `const` or `enum`) is never coerced: pydantic's literal validator compares the
  // input itself (`"1"` is not `Literal[1]`), by Python's equality and hash, so a bool is the int it equals
  // (`true` is `Literal[1]`)
  const literals = new Map(
    errors
      .filter((e) => e.keyword === "const" || e.keyword === "enum")
      .map((e) => [schemaParent(e.schemaPath), e.keyword === "const" ? [e.params.allowedValue] : (e.params.allowedValues as unknown[])]),
  );
  const unionPlaces = new Map<string, Set<string>>();
  for (const error of errors.filter((e) => e.keyword === "anyOf")) {
    const places = unionPlaces.get(error.schemaPath) ?? new Set<string>();
    unionPlaces.set(error.schemaPath, places.add(error.instancePath));
  }
  const edits: Edit[] = [];
  // per union, per branch: its edits, and whether every error of it has one
  const unions = new Map<string, Map<number, { edits: Edit[]; viable: boolean }>>();
  for (const error of errors) {
    const path = pointerKeys(error.instancePath);
    const value = valueAt(current, path);
    let edit: Edit | undefined;
    // the errors a branch holds that coercion cannot settle (a Literal's type error restates its value error)
    let neutral = error.keyword === "anyOf"; // a union nested in the branch is judged on its own
    const literal = literals.get(schemaParent(error.schemaPath));
    if (literal !== undefined) {
      neutral = error.keyword === "type";
      if (!neutral && typeof value === "boolean" && literal.includes(Number(value))) {
        edit = { path, value: Number(value) };
      }
    } else if (!strict.includes(schemaParent(error.schemaPath))) {
      for (const type of laxTypes(error)) {
        const coerced = laxValue(type, value);
        if (coerced !== undefined) {
          edit = { path, value: typeof coerced === "number" && !Number.isFinite(coerced) ? nonFinite(coerced) : coerced };
          break;
        }
      }
    }
    const at = unionBranchOf(error, unionPlaces);
    if (at === undefined) {
      if (edit) {
        edits.push(edit);
      }
      continue;
    }
    const branches = unions.get(at.key) ?? new Map<number, { edits: Edit[]; viable: boolean }>();
    unions.set(at.key, branches);
    const branch = branches.get(at.branch) ?? { edits: [], viable: true };
    branches.set(at.branch, branch);
    if (edit) {
      branch.edits.push(edit);
    } else if (!neutral) {
      branch.viable = false;
    }
  }
  for (const branches of unions.values()) {
    const first = [...branches.entries()].filter(([, b]) => b.viable).sort(([a], [b]) => a - b)[0];
    edits.push(...(first?.[1].edits ?? []));
  }
  return edits;
}

/** Whether lax mode reads `value` as one of the types of a `type` error (as a finite number, if a number). */
export function laxReads(error: ValidatorError, value: unknown): boolean {
  return laxTypes(error).some((type) => {
    const coerced = laxValue(type, value);
    return coerced !== undefined && !(typeof coerced === "number" && !Number.isFinite(coerced));
  });
}

/**
 * The document with every value coerced that pydantic's lax mode would coerce (a copy when any is; the input is
 * not changed), validated again after each round, since a coerced value can let a union branch match; `valid`:
 * whether the validator passed that document (its shape check need not run again).
 */
export function laxCoerced<T>(
  doc: T,
  validate: ValidateFunction<unknown>,
  /** How the family's documents hold an infinite or NaN number (JSON has none): "inf", say. */
  nonFinite: (n: number) => unknown = (n) => n,
  /** Schema pointers of strict types (`StrictInt`), which lax mode leaves as they are. */
  strict: readonly string[] = [],
  rounds = 4,
): { readonly doc: T; readonly valid: boolean } {
  let current = doc;
  let copied = false;
  for (let round = 0; round < rounds; round++) {
    if (validate(current)) {
      return { doc: current, valid: true };
    }
    const edits = laxEdits(validate.errors ?? [], current, nonFinite, strict);
    if (edits.length === 0 || edits.every((e) => e.path.length === 0)) {
      return { doc: current, valid: false };
    }
    if (!copied) {
      current = copyDocument(current);
      copied = true;
    }
    for (const { path, value } of edits) {
      const parent = valueAt(current, path.slice(0, -1));
      if (typeof parent === "object" && parent !== null) {
        const key = path[path.length - 1] as string;
        if (typeof valueAt(current, path) === "string" && typeof value === "number") {
          FROM_STRINGS.set(parent, (FROM_STRINGS.get(parent) ?? new Set()).add(key));
        }
        (parent as Record<string, unknown>)[key] = value;
      }
    }
  }
  return { doc: current, valid: false };
}
