import { describe, expect, test } from "vitest";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.cite.doi-or-url", () => {
  const rule = "common.cite.doi-or-url";

  test("a doi or a url suffices", async () => {
    const cite = [
      { text: "a", doi: "10.1234/abcd" },
      { text: "b", url: "https://example.com" },
    ];
    expect(byRule((await validateDoc({ ...validGeneric(), cite })).errors, rule)).toEqual([]);
    expect(byRule((await validateDoc({ ...validGenericV0_2(), cite })).errors, rule)).toEqual([]);
  });

  test("an entry with neither fails at the entry, in 0.3 and 0.2 (where an empty url counts as none)", async () => {
    const expected = [{ loc: ["cite", 1], msg: "Value error, Either 'doi' or 'url' is required" }];
    const cite = [{ text: "a", doi: "10.1234/abcd" }, { text: "b" }];
    expect(byRule((await validateDoc({ ...validGeneric(), cite })).errors, rule)).toEqual(expected);
    const cite02 = [
      { text: "a", doi: "10.1234/abcd" },
      { text: "b", url: "" },
    ];
    expect(byRule((await validateDoc({ ...validGenericV0_2(), cite: cite02 })).errors, rule)).toEqual(expected);
  });

  test("an entry with a field error gets only that error", async () => {
    const { errors } = await validateDoc({ ...validGeneric(), cite: [{ text: 1 }] });
    expect(errors.map((e) => [e.loc.join("."), e.rule])).toEqual([["cite.0.text", "schema"]]);
  });
});
