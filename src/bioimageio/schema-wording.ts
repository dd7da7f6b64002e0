// The reference's words for schema errors its custom validators report: characters restricted by
// `RestrictCharacters`, Python identifiers and keywords, the `ResourceId` and batch axis id predicates, and lengths that pydantic
// checks after another validator (its generic "Value should have ... items after validation" wording), and a
// timestamp that is not a string.
import type { SchemaWording, ValuePlace, Worded } from "../engine/validation/schema-errors.js";
import { pyRepr, pyStr, pyStrAt } from "../engine/python-repr.js";
import { FILE_SOURCE_UNION, fileSourceBranchErrors, type FileSourceUnion, SUFFIXED_FILE_SOURCE_UNION } from "./common/files.js";

const RESOURCE_ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_-/.";
/** The pattern of a resource id of the 0.2 generation (generic and dataset 0.2, model 0.4), which takes capitals. */
const RESOURCE_ID_02_PATTERN = "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$";
const NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+- ()";

const restricted = (value: string, alphabet: string) => ({
  msg: `Value error, ${pyRepr(value)} is not restricted to ${pyRepr(alphabet)}`,
  type: "value_error",
});

/** `Annotated[str, <validator>, MaxLen(n)]`-style lengths: the ids and the 0.3/0.5 `name`. */
const LENGTH_AFTER_VALIDATION = /^#\/(\$defs\/(TensorId|AxisId)|properties\/name)\/(minLength|maxLength)$/;

/** The union a file source error is about: the notebook's, whose branches each check the suffix, or the plain one. */
const unionAt = (atSamePath: readonly { schemaPath: string }[]): FileSourceUnion =>
  atSamePath.some((e) => e.schemaPath === "#/$defs/NotebookSource/anyOf") ? SUFFIXED_FILE_SOURCE_UNION : FILE_SOURCE_UNION;

/**
 * The error of the schema's `HttpUrl` or `RelativeFilePath` branch for a value no branch of the file source union
 * takes: the reference's errors of every branch, the FilePath one (an existing absolute path) not being in the
 * schema. The URL branch comes first; each schema branch says the reference's branches up to the next one.
 */
function fileSourceWording(branch: string, value: unknown, atSamePath: readonly { schemaPath: string }[]): Worded | undefined {
  const union = unionAt(atSamePath);
  const errors = fileSourceBranchErrors(value, union);
  const relative = union.branches.findIndex((b) => b.branch === "relative");
  const [first, ...more] = branch === "HttpUrl" ? errors.slice(0, relative) : errors.slice(relative);
  return first && { ...first, more };
}

/** Python identifiers (`Identifier`, and model 0.4's `TensorName`, which the bundled schema inlines it into). */
const IDENTIFIER_DEFINITIONS = new Set(["Identifier", "TensorName"]);

const FILE_SOURCE_BRANCHES = ["HttpUrl", "RelativeFilePath"] as const;
const branchOf = (error: { schemaPath: string }) => FILE_SOURCE_BRANCHES.find((b) => error.schemaPath.startsWith(`#/$defs/${b}/`));

/**
 * A string that is neither an HttpUrl nor a RelativeFilePath (the empty one included: `Path("")` is `.`): each branch
 * of the file source union says why once (the first error of a branch; its other errors are dropped, null).
 */
function stringFileSourceWording(
  error: { schemaPath: string },
  value: string,
  atSamePath: readonly { schemaPath: string }[],
): Worded | null | undefined {
  const branch = branchOf(error);
  if (branch === undefined || !FILE_SOURCE_BRANCHES.every((b) => atSamePath.some((e) => branchOf(e) === b))) {
    return undefined;
  }
  if (atSamePath.find((e) => branchOf(e) === branch) !== error) {
    return null;
  }
  return fileSourceWording(branch, value, atSamePath);
}

/**
 * The format 0.2 definitions whose names say their version (the 0.3 ones have the plain names): the reference's
 * class names, and format 0.2's `config`, a plain `Dict[str, YamlValue]`.
 */
const FORMAT_0_2_CLASSES: Readonly<Record<string, string>> = {
  AttachmentsDescrV02: "AttachmentsDescr",
  AuthorV02: "Author",
  CiteEntryV02: "CiteEntry",
  MaintainerV02: "Maintainer",
  ConfigV02: "dict",
};

const isBranchTypeError = (error: { keyword: string; schemaPath: string }, branch: string) =>
  error.keyword === "type" && error.schemaPath === `#/$defs/${branch}/type`;

/** str() of a document's value: a number as Python holds it (py-numbers.ts), when its place is known. */
const pyStrOf = (value: unknown, { container, key }: ValuePlace): string =>
  typeof container === "object" && container !== null && key !== undefined ? pyStrAt(container, key) : pyStr(value);

export const referenceWording: SchemaWording = (error, value, atSamePath, place) => {
  if (typeof value === "number" && !Number.isFinite(value) && error.schemaPath.startsWith("#/$defs/Version/anyOf")) {
    // `Version` is a RootModel, whose float branch takes inf and nan: packaging refuses them (common/version.ts)
    return null;
  }
  const definition = /^#\/\$defs\/([^/]+)\/(pattern|not|type)$/.exec(error.schemaPath)?.[1];
  const fileSource = ["HttpUrl", "RelativeFilePath"].every((branch) => atSamePath.some((e) => isBranchTypeError(e, branch)));
  if (fileSource && (definition === "HttpUrl" || definition === "RelativeFilePath") && isBranchTypeError(error, definition)) {
    return typeof value === "string" ? undefined : fileSourceWording(definition, value, atSamePath);
  }
  if (definition === "PydanticHttpUrl" && error.keyword === "type") {
    // pydantic's own HttpUrl (a union branch of badge icons) takes a string or a URL object
    return { msg: "URL input should be a string or URL", type: "url_type" };
  }
  const className = definition === undefined || error.keyword !== "type" ? undefined : FORMAT_0_2_CLASSES[definition];
  if (className !== undefined) {
    return className === "dict"
      ? { msg: "Input should be a valid dictionary", type: "dict_type" }
      : { msg: `Input should be a valid dictionary or instance of ${className}`, type: "model_type" };
  }
  if (typeof value !== "string") {
    // `Datetime`'s before-validator takes a string or a datetime, and says so in an f-string (str() of the value)
    return error.schemaPath === "#/properties/timestamp/type"
      ? { msg: `Value error, '${pyStrOf(value, place)}' not a string or datetime.`, type: "value_error" }
      : undefined;
  }
  const fileSourceString = stringFileSourceWording(error, value, atSamePath);
  if (fileSourceString !== undefined) {
    return fileSourceString;
  }
  if (error.keyword === "pattern") {
    // (model 0.4 writes the 0.2 generation's id out in its training_data branches, so that errors keep their tag)
    const generation02 = error.params.pattern === RESOURCE_ID_02_PATTERN;
    if (definition === "ResourceId" || generation02) {
      // the 0.2 generation lower-cases the id first; the characters are checked, then that it neither starts nor
      // ends with `/`
      const id = generation02 ? value.toLowerCase() : value;
      return [...id].every((c) => RESOURCE_ID_CHARACTERS.includes(c))
        ? { msg: "Predicate 'ResourceId.<lambda>' failed", type: "predicate_failed" }
        : restricted(id, RESOURCE_ID_CHARACTERS);
    }
    if (definition !== undefined && IDENTIFIER_DEFINITIONS.has(definition)) {
      return {
        msg: `Value error, '${value}' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.`,
        type: "value_error",
      };
    }
    if (error.params.pattern === "^[^/\\\\]*$") {
      return { msg: "Predicate '_has_no_slash' failed", type: "predicate_failed" };
    }
    if (error.params.pattern === "^[A-Za-z0-9_+\\- ()]*$") {
      return restricted(value, NAME_CHARACTERS);
    }
  }
  if (error.keyword === "not" && definition === "NonBatchAxisId") {
    return { msg: "Predicate '_is_not_batch' failed", type: "predicate_failed" };
  }
  if (error.keyword === "enum" && error.schemaPath === "#/$defs/BatchAxisId/enum") {
    // the predicate runs on a valid AxisId only: an AxisId error at the same place says it
    return atSamePath.some((other) => other !== error && other.keyword !== "enum")
      ? null
      : { msg: "Predicate '_is_batch' failed", type: "predicate_failed" };
  }
  if (error.keyword === "not" && definition !== undefined && IDENTIFIER_DEFINITIONS.has(definition)) {
    return { msg: `Value error, '${value}' is a Python keyword and not allowed here.`, type: "value_error" };
  }
  const limit = Number(error.params.limit);
  // (the 0.2/0.4 `name` is a plain non-empty string: its length is worded as usual)
  if (LENGTH_AFTER_VALIDATION.test(error.schemaPath) && !(error.schemaPath.startsWith("#/properties/name/") && limit === 1)) {
    const length = [...value].length;
    return error.keyword === "minLength"
      ? { msg: `Value should have at least ${limit} item${limit === 1 ? "" : "s"} after validation, not ${length}`, type: "too_short" }
      : { msg: `Value should have at most ${limit} item${limit === 1 ? "" : "s"} after validation, not ${length}`, type: "too_long" };
  }
  return undefined;
};
