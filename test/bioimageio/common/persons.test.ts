import { describe, expect, test } from "vitest";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";
import { orcidProblem } from "../../../src/bioimageio/common/persons.js";

describe("common.orcid.valid", () => {
  const rule = "common.orcid.valid";

  test("valid ORCID iDs pass (also with the X check digit)", async () => {
    expect(orcidProblem("0000-0001-2345-6789")).toBeUndefined();
    expect(orcidProblem("0000-0002-1109-110X")).toBeUndefined();
    const authors = [{ name: "Me", orcid: "0000-0001-2345-6789" }];
    const maintainers = [{ github_user: "danifranco", orcid: "0000-0002-1109-110X" }];
    expect(byRule((await validateDoc({ ...validGeneric(), authors, maintainers })).errors, rule)).toEqual([]);
  });

  test("a wrong check digit or form fails at the person's orcid, in 0.3 and 0.2", async () => {
    const authors = [{ name: "Me", orcid: "0000-0001-2345-6788" }];
    const expected = [
      { loc: ["authors", 0, "orcid"], msg: "Value error, '0000-0001-2345-6788 is not a valid ORCID iD in hyphenated groups of 4 digits." },
    ];
    expect(byRule((await validateDoc({ ...validGeneric(), authors })).errors, rule)).toEqual(expected);
    expect(byRule((await validateDoc({ ...validGenericV0_2(), authors })).errors, rule)).toEqual(expected);
    const maintainers = [{ github_user: "me", orcid: "0000-0001-2345" }];
    expect(byRule((await validateDoc({ ...validGeneric(), maintainers })).errors, rule).map((e) => e.loc)).toEqual([
      ["maintainers", 0, "orcid"],
    ]);
    expect(orcidProblem("0000-0001-2345-678a")).toBe("Value error, invalid literal for int() with base 10: 'a'");
  });
});

describe("common.maintainers.exist (a model-level check)", () => {
  const rule = "common.maintainers.exist";
  const alert = [{ loc: [], msg: "Missing `maintainers` or any author in `authors` with a specified `github_user` name." }];

  test("an author with a github_user, or maintainers, suffice", async () => {
    expect(byRule((await validateDoc(validGeneric())).warnings, rule)).toEqual([]);
    const doc = { ...validGeneric(), authors: [{ name: "Ada" }], maintainers: [{ github_user: "ada" }] };
    expect(byRule((await validateDoc(doc)).warnings, rule)).toEqual([]);
  });

  test("otherwise an ALERT at the root", async () => {
    const { warnings } = await validateDoc({ ...validGeneric(), authors: [{ name: "Ada" }] });
    expect(byRule(warnings, rule)).toEqual(alert);
    expect(warnings.find((w) => w.rule === rule)?.severity).toBe(35);
  });

  test("like the reference's model validators, only when no field has an error or a warning", async () => {
    const withFieldWarning = await validateDoc({ ...validGeneric(), authors: [{ name: "Ada" }], tags: [] });
    expect(byRule(withFieldWarning.warnings, rule)).toEqual([]);
    const withFieldError = await validateDoc({ ...validGeneric(), authors: [{ name: "Ada" }], version: "one" });
    expect(byRule(withFieldError.warnings, rule)).toEqual([]);
  });
});
