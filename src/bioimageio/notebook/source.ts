// Notebook `source` (notebook/v0_2.py `NotebookSource`, also used by 0.3): a URL or path ending with `.ipynb`.
import { fileSourceBranchErrors, SUFFIXED_FILE_SOURCE_UNION, suffixFinding } from "../common/files.js";
import { ERROR } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";
import { isHttpUrl } from "../../engine/validation/url.js";

// The reference's source is a union of suffixed URL, local path and relative path, each branch wrapped in the
// suffix check (`validate()`): a source without the suffix fails every branch, and pydantic lists each. (A source
// that no branch reads is worded so by the schema's errors, schema-wording.ts.)
export const notebookSourceSuffix = defineRule<{ readonly source?: unknown }>({
  id: "notebook.source.suffix",
  description: "the notebook source ends with .ipynb",
  severity: ERROR,
  messages: [
    "Value error, Expected suffix .ipynb, but got {actual}",
    "Input should be a valid URL, {problem}",
    "Path does not point to a file",
    "Value error, {path} looks like an http url.",
  ],
  reference: "src/bioimageio/spec/notebook/v0_2.py:29",
  *check(doc, context) {
    const source = doc.source;
    if (typeof source !== "string" || !context.isValid(["source"])) {
      return;
    }
    const finding = suffixFinding(source, [".ipynb"], true, ["source"]);
    if (!finding) {
      return;
    }
    // the URL branch reads a URL and checks its suffix; a relative path is no URL, the relative path branch reads it
    const accepted = { branch: isHttpUrl(source) ? "url" : "relative", msg: finding.msg } as const;
    for (const { tag, msg, type } of fileSourceBranchErrors(source, SUFFIXED_FILE_SOURCE_UNION, accepted)) {
      yield { loc: ["source", tag], path: ["source"], msg, type };
    }
  },
});
