// Citations (`CiteEntry._check_doi_or_url`, formats 0.2 and 0.3, models 0.4 and 0.5): each needs a doi or a url.
import { ERROR } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";
import { entriesOf, isPyFalsy, isRecord, type SharedFields } from "./doc.js";

const DOI_PREFIXES = ["https://doi.org/", "http://dx.doi.org/"];

/**
 * The converters' `remove_doi_prefix` (formats 0.2, model 0.4): a DOI loses its `https://doi.org/` or
 * `http://dx.doi.org/` prefix. It copies any `collections.abc.Sequence` into a list, so that a `cite` string becomes
 * the list of its characters (an empty one, an empty list); other values stay as they are.
 */
export function withoutDoiPrefixes(cite: unknown): unknown {
  if (!Array.isArray(cite) && typeof cite !== "string") {
    return cite;
  }
  return [...cite].map((entry: unknown) => {
    const doi = isRecord(entry) ? entry.doi : undefined;
    const prefix = typeof doi === "string" ? DOI_PREFIXES.find((p) => doi.startsWith(p)) : undefined;
    return prefix !== undefined && isRecord(entry) && typeof doi === "string" ? { ...entry, doi: doi.slice(prefix.length) } : entry;
  });
}

export const citeDoiOrUrl = defineRule<SharedFields>({
  id: "common.cite.doi-or-url",
  description: "every citation gives a doi or a url",
  severity: ERROR,
  messages: ["Value error, Either 'doi' or 'url' is required"],
  reference: "src/bioimageio/spec/generic/v0_3.py:181",
  *check(doc, context) {
    const entries = entriesOf(doc.cite);
    for (const [i, entry] of entries.entries()) {
      // a model validator of the entry: it runs only when the entry's fields validated
      if (isRecord(entry) && context.isValid(["cite", i]) && isPyFalsy(entry.doi) && isPyFalsy(entry.url)) {
        yield { loc: ["cite", i], msg: "Value error, Either 'doi' or 'url' is required" };
      }
    }
  },
});
