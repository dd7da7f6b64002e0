// A field whose union, after a link to a resource, is whole descriptions of other classes (model 0.5's inline
// `training_data`: `Union[None, LinkedDataset, DatasetDescr, DatasetDescr02]`, left to right; model 0.4's
// `Union[LinkedDataset, DatasetDescr02, None]`). pydantic tries the
// branches in order on the same mapping, whose before-validators edit it in place, so a later branch sees what
// an earlier one left; when every branch fails, it reports each branch's errors under the branch's tag. The
// reference collects warnings in a second pass where any warning fails a branch too, so warnings show only when
// no branch is spotless. JSON Schema says none of this: the branches are checked with their description classes.
import { carryPyNumberKinds } from "../engine/py-numbers.js";
import { ERROR } from "../engine/summary/types.js";
import { type DocPath, type Issue, issuePath } from "../engine/summary/issue.js";
import type { Content, RebuildWhen } from "./prepare.js";
import { FUTURE_FORMAT_VERSION } from "./prepare.js";
import { type DescriptionClass, type InlineUnion, prepareContent } from "./descriptions.js";
import { isDict, PyError } from "./py-containers.js";
import { pyTypeName } from "../engine/python-repr.js";
import { SCHEMA } from "../engine/validation/engine-rules.js";
import { defineRuleInfo } from "../engine/validation/rule.js";

export const INLINE_DESCRIPTION = defineRuleInfo({
  id: "bioimageio.inline-description",
  description:
    "a field given as a description of another class (model 0.5's inline `training_data`) is checked by that class; a value that is neither a mapping nor null makes the reference's dataset before-validator raise, which ends validation",
  severity: ERROR,
  messages: ["'{type}' object has no attribute 'get'"],
  reference: "src/bioimageio/spec/dataset/v0_3.py:64",
});

/** A description class's check of a document: its before-validators, shape and rules (build.ts). */
export type ClassCheck = (
  content: Content,
  descriptionClass: DescriptionClass,
  rebuildWhen: RebuildWhen,
) => { readonly issues: readonly Issue[]; readonly rebuilt?: { readonly spotless: boolean } | undefined };

const isError = (issue: Issue): boolean => issue.severity >= ERROR;
const startsWith = (path: DocPath, prefix: string): boolean => path[0] === prefix;

/** `NodeWithExplicitlySetFields`: a description's `type` and `format_version` are set when the mapping lacks them. */
function withExplicitFields(data: Content, descriptionClass: DescriptionClass): Content {
  return carryPyNumberKinds(data, {
    ...data,
    ...(Object.hasOwn(data, "type") ? {} : { type: descriptionClass.type }),
    ...(Object.hasOwn(data, "format_version") ? {} : { format_version: descriptionClass.implementedFormatVersion }),
  });
}

function under(issue: Issue, field: string, tag: string): Issue {
  return { ...issue, loc: [field, tag, ...issue.loc], path: [field, ...issuePath(issue)] };
}

/** The link branch's errors: its own fields are checked as the first description branch checks them. */
function linkErrors(data: Content, union: InlineUnion, firstBranch: readonly Issue[]): Issue[] {
  const at = (key: string): DocPath => [union.field, union.link.tag, key];
  const issue = (key: string, msg: string, type: string): Issue => ({
    loc: at(key),
    path: [union.field, key],
    msg,
    type,
    severity: ERROR,
    rule: SCHEMA.id,
  });
  const errors: Issue[] = [];
  if (!Object.hasOwn(data, "id")) {
    errors.push(issue("id", "Field required", "missing"));
  } else if (data.id === null) {
    errors.push(issue("id", "Input should be a valid string", "string_type")); // optional in the description, not here
  }
  for (const own of union.link.fields) {
    errors.push(...firstBranch.filter((i) => isError(i) && startsWith(i.loc, own)).map((i) => under(i, union.field, union.link.tag)));
  }
  for (const key of Object.keys(data)) {
    if (!union.link.fields.includes(key)) {
      errors.push(issue(key, "Extra inputs are not permitted", "extra_forbidden"));
    }
  }
  return errors;
}

/**
 * The issues of `value` (the field's value after the document's own before-validators), located as pydantic
 * locates them. A value that is neither a mapping nor null makes the reference's first description branch raise
 * (`DatasetDescr._convert` calls `data.get`): that Python exception ends the whole validation.
 */
export function checkInlineUnion(value: unknown, union: InlineUnion, check: ClassCheck): Issue[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!isDict(value)) {
    if (union.notMapping === "schema") {
      return [];
    }
    throw new PyError("AttributeError", `'${pyTypeName(value)}' object has no attribute 'get'`);
  }
  // each branch's check in the errors pass, and in the warnings pass where it saw something else
  const errorsPass: Issue[][] = [];
  const warningsPass: Issue[][] = [];
  let data: Content = value;
  let dataWarningsPass: Content = value;
  let link: Issue[] | undefined;
  for (const branch of union.branches) {
    const cls = branch.descriptionClass();
    const input = withExplicitFields(data, cls);
    const result = check(input, cls, "valid");
    const checked = result.issues;
    errorsPass.push([...checked]);
    // the link's own fields are checked as the first description branch checks them: a valid link ends it, in
    // both passes (a link has no warnings), whatever the other branches would say
    link ??= linkErrors(value, union, checked);
    if (link.length === 0) {
      return [];
    }
    const inputWarningsPass = dataWarningsPass === data ? input : withExplicitFields(dataWarningsPass, cls);
    // (in the warnings pass an older description's warning is a failure: no rebuild from it)
    const sameInWarningsPass = inputWarningsPass === input && (result.rebuilt?.spotless ?? true);
    warningsPass.push(sameInWarningsPass ? [...checked] : [...check(inputWarningsPass, cls, "spotless").issues]);
    // what the next branch sees: this one's before-validators ran on the mapping in place (unless they built a
    // new one); in the warnings pass a future format version raises before its value is replaced
    const prepared = prepareContent(input, cls);
    const inPlace = prepared.issues.some((i) => i.rule === FUTURE_FORMAT_VERSION.id)
      ? carryPyNumberKinds(prepared.content, { ...prepared.content, format_version: input.format_version })
      : prepared.content;
    data = prepared.rebuilt ? input : prepared.content;
    dataWarningsPass = prepared.rebuilt?.spotless ? input : inPlace;
  }
  link ??= linkErrors(value, union, []);
  const tagged = (passes: Issue[][], keep: (i: Issue) => boolean): Issue[] =>
    passes.flatMap((issues, i) => issues.filter(keep).map((issue) => under(issue, union.field, union.branches[i]?.tag ?? "")));
  const errorsFailed = errorsPass.every((issues) => issues.some(isError));
  const warningsFailed = warningsPass.every((issues) => issues.length > 0);
  return [
    ...(errorsFailed ? [...link, ...tagged(errorsPass, isError)] : []),
    ...(warningsFailed ? tagged(warningsPass, (i) => !isError(i)) : []),
  ];
}
