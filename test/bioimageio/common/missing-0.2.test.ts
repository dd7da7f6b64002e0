import { describe, expect, test } from "vitest";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.missing-v0_2", () => {
  const rule = "common.missing-v0_2";

  test("authors and citations given: no warning", async () => {
    expect(byRule((await validateDoc(validGenericV0_2())).warnings, rule)).toEqual([]);
  });

  test("empty or absent authors and cite get the warning 'missing'", async () => {
    const { authors: _authors, ...doc } = validGenericV0_2();
    const { warnings, status } = await validateDoc({ ...doc, cite: [] });
    expect(byRule(warnings, rule)).toEqual([
      { loc: ["authors"], msg: "missing" },
      { loc: ["cite"], msg: "missing" },
    ]);
    expect(status).toBe("valid-format");
  });
});
