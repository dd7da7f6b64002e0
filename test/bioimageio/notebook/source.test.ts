import { describe, expect, test } from "vitest";
import { validV0_2, validV0_3 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("notebook.source.suffix", () => {
  const rule = "notebook.source.suffix";

  test(".ipynb sources pass, relative or URL", async () => {
    expect(byRule((await validateDoc(validV0_3("notebook"))).errors, rule)).toEqual([]);
    expect(byRule((await validateDoc({ ...validV0_2("notebook"), source: "https://example.com/nb.ipynb" })).errors, rule)).toEqual([]);
  });

  // the reference's union wraps every branch in the suffix check, so each branch fails and pydantic lists each
  // (regression documents notebook-source-suffix-*.yaml hold its recorded answers)
  const FILE =
    "function-after[validate(), function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]]";

  test("other suffixes fail every branch of the reference's union: a relative path", async () => {
    expect(byRule((await validateDoc({ ...validV0_3("notebook"), source: "nb.py" })).errors, rule)).toEqual([
      {
        loc: ["source", "function-after[validate(), function-after[HttpUrl(), str]]"],
        msg: "Input should be a valid URL, relative URL without a base",
      },
      { loc: ["source", FILE], msg: "Path does not point to a file" },
      { loc: ["source", "function-after[validate(), RelativeFilePath]"], msg: "Value error, Expected suffix .ipynb, but got .py" },
    ]);
  });

  test("other suffixes fail every branch of the reference's union: a URL", async () => {
    expect(byRule((await validateDoc({ ...validV0_2("notebook"), source: "https://example.com/nb.IPYNB" })).errors, rule)).toEqual([
      {
        loc: ["source", "function-after[validate(), function-after[HttpUrl(), str]]"],
        msg: "Value error, Expected suffix .ipynb, but got .IPYNB",
      },
      { loc: ["source", FILE], msg: "Path does not point to a file" },
      {
        loc: ["source", "function-after[validate(), RelativeFilePath]"],
        msg: "Value error, https:/example.com/nb.IPYNB looks like an http url.",
      },
    ]);
  });
});
