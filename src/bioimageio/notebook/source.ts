// Notebook `source` (notebook/v0_2.py `NotebookSource`, also used by 0.3): a URL or path ending with `.ipynb`.
import { FILE_PATH_BRANCH, relativePathProblem, suffixFinding } from "../common/files.js";
import { ERROR } from "../../engine/summary/types.js";
import { defineRule } from "../../engine/validation/rule.js";
import { httpUrlWords, isHttpUrl } from "../../engine/validation/url.js";

// The reference's source is a union of suffixed URL, local path and relative path, each branch wrapped in the
// suffix check (`validate()`): a source without the suffix fails every branch, and pydantic lists each.
const URL_BRANCH = "function-after[validate(), function-after[HttpUrl(), str]]";
const FILE_BRANCH = `function-after[validate(), ${FILE_PATH_BRANCH}]`;
const PATH_BRANCH = "function-after[validate(), RelativeFilePath]";

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
    const isUrl = isHttpUrl(source);
    const finding = suffixFinding(source, [".ipynb"], true, ["source", isUrl ? URL_BRANCH : PATH_BRANCH]);
    if (!finding) {
      return;
    }
    const path = ["source"];
    // the URL branch reads a URL and checks its suffix; a relative path is no URL
    yield isUrl ? { ...finding, path } : { loc: ["source", URL_BRANCH], path, ...httpUrlWords(source) };
    // FilePath needs an existing file, relative to the reference's working directory: a description's is not there
    yield { loc: ["source", FILE_BRANCH], path, msg: "Path does not point to a file", type: "path_not_file" };
    yield isUrl ? { loc: ["source", PATH_BRANCH], path, ...relativePathProblem(source) } : { ...finding, path };
  },
});
