import { describe, expect, test } from "vitest";
import { validV0_2, validV0_3 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("notebook.source.suffix", () => {
  const rule = "notebook.source.suffix";

  test(".ipynb sources pass, relative or URL", async () => {
    expect(byRule((await validateDoc(validV0_3("notebook"))).errors, rule)).toEqual([]);
    expect(byRule((await validateDoc({ ...validV0_2("notebook"), source: "https://example.com/nb.ipynb" })).errors, rule)).toEqual([]);
  });

  test("other suffixes fail, tagged with the branch of the reference's union", async () => {
    expect(byRule((await validateDoc({ ...validV0_3("notebook"), source: "nb.py" })).errors, rule)).toEqual([
      { loc: ["source", "function-after[validate(), RelativeFilePath]"], msg: "Value error, Expected suffix .ipynb, but got .py" },
    ]);
    expect(byRule((await validateDoc({ ...validV0_2("notebook"), source: "https://example.com/nb.IPYNB" })).errors, rule)).toEqual([
      {
        loc: ["source", "function-after[validate(), function-after[HttpUrl(), str]]"],
        msg: "Value error, Expected suffix .ipynb, but got .IPYNB",
      },
    ]);
  });
});
