// Format 0.2's `config` (and model 0.4's): a `Dict[str, YamlValue]`, where `YamlValue` is the recursive union
// `bool | date | datetime | int | float | str | None | List[YamlValue] | Dict[YamlKey, YamlValue]`
// (`_internal/io.py`). Every value YAML can give is one, except a float that is not finite: the reference's
// nodes refuse inf and nan, and pydantic's smart union then reports each branch's error, descending into the
// list or dict branch that holds the bad value. (Formats 0.3 and 0.5 keep `config` as extra fields, unchecked.)
import { ERROR } from "../../engine/summary/types.js";
import type { DocPath } from "../../engine/summary/issue.js";
import type { RuleFinding } from "../../engine/validation/rule.js";
import { defineRule } from "../../engine/validation/rule.js";
import { isRecord, type SharedFields } from "./doc.js";

const LEAF = "bool,date,datetime,int,float,str";
const KEY = `nullable[union[${LEAF},tuple[nullable[union[${LEAF}]], ...]]]`;
/** pydantic-core's names of the union's list and dict branches, as they appear in a loc. */
const LIST_BRANCH = `list[nullable[union[${LEAF},list[...],dict[${KEY},...]]]]`;
const DICT_BRANCH = `dict[${KEY},...]`;

/** What a date or datetime made from a float as a unix timestamp says about a float that is not finite. */
function timestampProblem(value: number): string {
  if (Number.isNaN(value)) {
    return "NaN values not permitted";
  }
  return value > 0 ? "dates after 9999 are not supported as unix timestamps" : "dates before 0000 are not supported as unix timestamps";
}

function holdsNonFinite(value: unknown): boolean {
  if (typeof value === "number") {
    return !Number.isFinite(value);
  }
  if (Array.isArray(value)) {
    return value.some(holdsNonFinite);
  }
  return isRecord(value) && Object.values(value).some(holdsNonFinite);
}

/** The union's errors for a value that holds a float that is not finite, at the union's loc and document path. */
function* unionErrors(value: unknown, loc: readonly (string | number)[], path: DocPath): Generator<RuleFinding> {
  const at = (branch: string | number, ...rest: (string | number)[]) => [...loc, branch, ...rest];
  if (typeof value === "number") {
    const problem = timestampProblem(value);
    yield { loc: at("bool"), path, msg: "Input should be a valid boolean", type: "bool_type" };
    yield { loc: at("date"), path, msg: `Input should be a valid date or datetime, ${problem}`, type: "date_from_datetime_parsing" };
    yield { loc: at("datetime"), path, msg: `Input should be a valid datetime, ${problem}`, type: "datetime_parsing" };
    yield { loc: at("int"), path, msg: "Input should be a finite number", type: "finite_number" };
    yield { loc: at("float"), path, msg: "Input should be a finite number", type: "finite_number" };
    yield { loc: at("str"), path, msg: "Input should be a valid string", type: "string_type" };
    yield { loc: at(LIST_BRANCH), path, msg: "Input should be a valid list", type: "list_type" };
    yield { loc: at(DICT_BRANCH), path, msg: "Input should be a valid dictionary", type: "dict_type" };
    return;
  }
  yield { loc: at("bool"), path, msg: "Input should be a valid boolean", type: "bool_type" };
  yield { loc: at("date"), path, msg: "Input should be a valid date", type: "date_type" };
  yield { loc: at("datetime"), path, msg: "Input should be a valid datetime", type: "datetime_type" };
  yield { loc: at("int"), path, msg: "Input should be a valid integer", type: "int_type" };
  yield { loc: at("float"), path, msg: "Input should be a valid number", type: "float_type" };
  yield { loc: at("str"), path, msg: "Input should be a valid string", type: "string_type" };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      if (holdsNonFinite(item)) {
        yield* unionErrors(item, at(LIST_BRANCH, i), [...path, i]);
      }
    }
    yield { loc: at(DICT_BRANCH), path, msg: "Input should be a valid dictionary", type: "dict_type" };
  } else if (isRecord(value)) {
    yield { loc: at(LIST_BRANCH), path, msg: "Input should be a valid list", type: "list_type" };
    for (const [key, item] of Object.entries(value)) {
      if (holdsNonFinite(item)) {
        yield* unionErrors(item, at(DICT_BRANCH, key), [...path, key]);
      }
    }
  }
}

/**
 * The errors of a `YamlValue` union at `loc` (document path `path`) for a value that holds a float that is not
 * finite; none for any other value.
 */
export function* yamlValueErrors(value: unknown, loc: readonly (string | number)[], path: DocPath): Generator<RuleFinding> {
  if (holdsNonFinite(value)) {
    yield* unionErrors(value, loc, path);
  }
}

export const configYamlValues = defineRule<SharedFields>({
  id: "common.config.yaml-value",
  description: "format 0.2's `config` holds YAML values: no float that is not finite (inf, nan), at any depth",
  severity: ERROR,
  messages: [
    "Input should be a finite number",
    "Input should be a valid date or datetime, {why a timestamp cannot be inf or nan}",
    "Input should be a valid {type of a union branch the value is not}",
  ],
  reference: "src/bioimageio/spec/_internal/io.py:443",
  *check(doc, context) {
    const config = doc.config;
    if (!isRecord(config) || !context.isValid(["config"])) {
      return;
    }
    for (const [key, value] of Object.entries(config)) {
      yield* yamlValueErrors(value, ["config", key], ["config", key]);
    }
  },
});
