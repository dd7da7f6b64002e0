// The reference's words for schema errors its custom validators report: characters restricted by
// `RestrictCharacters`, Python identifiers and keywords, the `ResourceId` predicate, and lengths that pydantic
// checks after another validator (its generic "Value should have ... items after validation" wording).
import type { SchemaWording, Worded } from "../engine/validation/schema-errors.js";
import { pyRepr } from "../engine/python-repr.js";

const RESOURCE_ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_-/.";
const NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+- ()";

const restricted = (value: string, alphabet: string) => ({
  msg: `Value error, ${pyRepr(value)} is not restricted to ${pyRepr(alphabet)}`,
  type: "value_error",
});

/** `Annotated[str, <validator>, MaxLen(n)]`-style lengths: the ids and the 0.3/0.5 `name`. */
const LENGTH_AFTER_VALIDATION = /^#\/(\$defs\/(TensorId|AxisId)|properties\/name)\/(minLength|maxLength)$/;

/**
 * A file source (`HttpUrl | RelativeFilePath | FilePath`) that is not a string: pydantic reports each branch of the
 * union, the last (an existing absolute path) not being in the schema.
 */
const FILE_PATH_BRANCH =
  "function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]";

function fileSourceWording(branch: string, value: unknown): Worded | undefined {
  if (typeof value === "string") {
    return undefined;
  }
  return branch === "HttpUrl"
    ? { tag: "function-after[HttpUrl(), str]", msg: "Input should be a valid string", type: "string_type" }
    : {
        tag: "RelativeFilePath",
        msg: "Input is not a valid path for <class 'pathlib.PurePath'>",
        type: "path_type",
        more: [{ tag: FILE_PATH_BRANCH, msg: "Input is not a valid path for <class 'pathlib.Path'>", type: "path_type" }],
      };
}

const isBranchTypeError = (error: { keyword: string; schemaPath: string }, branch: string) =>
  error.keyword === "type" && error.schemaPath === `#/$defs/${branch}/type`;

export const referenceWording: SchemaWording = (error, value, atSamePath) => {
  const definition = /^#\/\$defs\/([^/]+)\/(pattern|not|type)$/.exec(error.schemaPath)?.[1];
  const fileSource = ["HttpUrl", "RelativeFilePath"].every((branch) => atSamePath.some((e) => isBranchTypeError(e, branch)));
  if (fileSource && (definition === "HttpUrl" || definition === "RelativeFilePath") && isBranchTypeError(error, definition)) {
    return fileSourceWording(definition, value);
  }
  if (typeof value !== "string") {
    return undefined;
  }
  if (error.keyword === "pattern") {
    if (definition === "ResourceId") {
      // the characters are checked first, then that it neither starts nor ends with `/`
      return [...value].every((c) => RESOURCE_ID_CHARACTERS.includes(c))
        ? { msg: "Predicate 'ResourceId.<lambda>' failed", type: "predicate_failed" }
        : restricted(value, RESOURCE_ID_CHARACTERS);
    }
    if (definition === "Identifier") {
      return {
        msg: `Value error, ${pyRepr(value)} is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.`,
        type: "value_error",
      };
    }
    if (error.params.pattern === "^[A-Za-z0-9_+\\- ()]*$") {
      return restricted(value, NAME_CHARACTERS);
    }
  }
  if (error.keyword === "not" && definition === "Identifier") {
    return { msg: `Value error, ${pyRepr(value)} is a Python keyword and not allowed here.`, type: "value_error" };
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
