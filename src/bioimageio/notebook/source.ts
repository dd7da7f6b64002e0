// Notebook `source` (notebook/v0_2.py `NotebookSource`, also used by 0.3): a URL or path ending with `.ipynb`.
import { suffixFinding } from "../common/files.js";
import { ERROR } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";

// The reference's source is a smart union of suffixed URL, local path and relative path; its error carries the
// failing branch's name. We report the branch the source belongs to (the reference also lists the other
// branches' failures, e.g. that a relative path is no URL).
const URL_BRANCH = "function-after[validate(), function-after[HttpUrl(), str]]";
const PATH_BRANCH = "function-after[validate(), RelativeFilePath]";

export const notebookSourceSuffix = defineRule<{ readonly source?: unknown }>({
  id: "notebook.source.suffix",
  description: "the notebook source ends with .ipynb",
  severity: ERROR,
  messages: ["Value error, Expected suffix .ipynb, but got {actual}"],
  reference: "src/bioimageio/spec/notebook/v0_2.py:29",
  *check(doc, context) {
    const source = doc.source;
    if (typeof source !== "string" || !context.isValid(["source"])) {
      return;
    }
    const branch = /^https?:\/\//i.test(source) ? URL_BRANCH : PATH_BRANCH;
    const finding = suffixFinding(source, [".ipynb"], true, ["source", branch]);
    if (finding) {
      yield { ...finding, path: ["source"] };
    }
  },
});
