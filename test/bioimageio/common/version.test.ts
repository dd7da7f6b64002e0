import { describe, expect, test } from "vitest";
import { isPep440Version } from "../../../src/bioimageio/common/version.js";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.version.pep440", () => {
  const rule = "common.version.pep440";

  test("PEP 440 versions pass, as strings or numbers", async () => {
    for (const v of ["1", "0.1.0", "2.0rc1", "1!2.0.post3.dev4+local.7", "v1.0", " 1.0 ", "1.0-1", "1.0.a"]) {
      expect(isPep440Version(v), v).toBe(true);
    }
    expect(byRule((await validateDoc({ ...validGeneric(), version: 1.5 })).errors, rule)).toEqual([]);
  });

  test("anything else fails at version, in 0.3 and 0.2", async () => {
    for (const v of ["one", "1.0.x", "1..0", "1.0+"]) {
      expect(isPep440Version(v), v).toBe(false);
    }
    const expected = [{ loc: ["version"], msg: "Value error, Invalid version: '1.x'" }];
    expect(byRule((await validateDoc({ ...validGeneric(), version: "1.x" })).errors, rule)).toEqual(expected);
    expect(byRule((await validateDoc({ ...validGenericV0_2(), version: "1.x" })).errors, rule)).toEqual(expected);
  });
});
