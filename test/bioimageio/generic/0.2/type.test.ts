import { describe, expect, test } from "vitest";
import { validGenericV0_2 } from "../../../helpers/generic.js";
import { byRule, validateDoc } from "../../../helpers/validate.js";

describe("generic02.type.not-specific", () => {
  const rule = "generic02.type.not-specific";

  test("a type without a description of its own passes (upper case too: the reference does not check it)", async () => {
    expect(byRule((await validateDoc({ ...validGenericV0_2(), type: "Workflow" })).errors, rule)).toEqual([]);
  });

  test("collection (no longer implemented) fails, as in the reference", async () => {
    expect(byRule((await validateDoc({ ...validGenericV0_2(), type: "collection" })).errors, rule)).toEqual([
      {
        loc: ["type"],
        msg: "Value error, Use the collection description instead of this generic description for your 'collection' resource.",
      },
    ]);
  });
});
