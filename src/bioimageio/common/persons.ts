// Authors and maintainers (`generic/v0_2.py` `_Person`, `generic/v0_3.py` `_check_maintainers_exist`): ORCID
// iDs with their ISO 7064 11,2 check digit, and someone to contact on GitHub.
import type { Loc } from "../../engine/summary/types.js";
import { ALERT, ERROR } from "../../engine/summary/types.js";
import type { RuleFinding } from "../../engine/validation/rule.js";
import { defineRule } from "../../engine/validation/rule.js";
import { entriesOf, isRecord, type SharedField, type SharedFields } from "./doc.js";
import { WEIGHTS_FORMATS } from "../weights-formats.js";

/**
 * Why an ORCID iD is invalid, in the reference's words (including its missing closing quote), or undefined:
 * four hyphenated groups of four characters whose ISO 7064 11,2 checksum is 1 (the last may be `X`).
 */
export function orcidProblem(orcid: string): string | undefined {
  const invalid = (): string => `Value error, '${orcid} is not a valid ORCID iD in hyphenated groups of 4 digits.`;
  if (orcid.length !== 19 || orcid[4] !== "-" || orcid[9] !== "-" || orcid[14] !== "-") {
    return invalid();
  }
  let check = 0;
  for (let i = 0; i < 19; i++) {
    if (i === 4 || i === 9 || i === 14) {
      continue;
    }
    const c = orcid.charCodeAt(i);
    const digit = c === 88 /* X */ ? 10 : c >= 48 && c <= 57 ? c - 48 : -1;
    if (digit < 0) {
      return `Value error, invalid literal for int() with base 10: '${orcid[i] ?? ""}'`;
    }
    check = (2 * check + digit) % 11;
  }
  return check === 1 ? undefined : invalid();
}

export function orcidFinding(orcid: string, loc: Loc): RuleFinding | undefined {
  const msg = orcidProblem(orcid);
  return msg === undefined ? undefined : { loc, msg };
}

/**
 * The person lists of a description: the top-level `fields` and, for a model (`weightsAuthors`), each weights
 * entry's `authors` (the reference's weights entries hold `Author`s too).
 */
export function* personLists(
  doc: SharedFields & { readonly weights?: unknown },
  fields: readonly string[],
  weightsAuthors: boolean,
): Generator<{ readonly persons: readonly unknown[]; readonly at: Loc }> {
  const record: Readonly<Record<string, unknown>> = doc;
  for (const field of fields) {
    yield { persons: entriesOf(record[field]), at: [field] };
  }
  if (weightsAuthors && isRecord(doc.weights)) {
    const weights: Readonly<Record<string, unknown>> = doc.weights;
    // (an unknown format is an extra field: nothing in it is validated)
    for (const format of WEIGHTS_FORMATS) {
      const entry = weights[format];
      if (isRecord(entry)) {
        yield { persons: entriesOf(entry.authors), at: ["weights", format, "authors"] };
      }
    }
  }
}

/** Every `orcid` of the person lists `fields` (default authors and maintainers), and of the weights' authors. */
export function orcidValid(fields: readonly SharedField[] = ["authors", "maintainers"], { weightsAuthors = false } = {}) {
  return defineRule<SharedFields & { readonly weights?: unknown }>({
    id: "common.orcid.valid",
    description: "ORCID iDs are four hyphenated groups of 4 digits with a valid check digit",
    severity: ERROR,
    messages: [
      "Value error, '{orcid} is not a valid ORCID iD in hyphenated groups of 4 digits.",
      "Value error, invalid literal for int() with base 10: '{character}'",
    ],
    reference: "src/bioimageio/spec/_internal/types.py:100",
    *check(doc, context) {
      for (const { persons, at } of personLists(doc, fields, weightsAuthors)) {
        for (const [i, person] of persons.entries()) {
          const orcid = isRecord(person) ? person.orcid : undefined;
          const loc = [...at, i, "orcid"];
          const finding = typeof orcid === "string" && context.isValid(loc) ? orcidFinding(orcid, loc) : undefined;
          if (finding) {
            yield finding;
          }
        }
      }
    },
  });
}

/** Format 0.3 / model 0.5: without maintainers, some author should give a GitHub user name. */
export const maintainersExist = defineRule<SharedFields>({
  id: "common.maintainers.exist",
  description: "without maintainers, at least one author gives a github_user",
  severity: ALERT,
  messages: ["Missing `maintainers` or any author in `authors` with a specified `github_user` name."],
  reference: "src/bioimageio/spec/generic/v0_3.py:361",
  level: "model",
  *check(doc) {
    const authors = entriesOf(doc.authors);
    if (
      entriesOf(doc.maintainers).length === 0 &&
      authors.length > 0 &&
      authors.every((a) => !isRecord(a) || a.github_user === undefined || a.github_user === null)
    ) {
      yield {
        loc: [],
        msg: "Missing `maintainers` or any author in `authors` with a specified `github_user` name.",
        severity: ALERT,
      };
    }
  },
});
