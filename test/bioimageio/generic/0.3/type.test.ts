import { describe, expect, test } from "vitest";
import { byRule, validateDoc } from "../../../helpers/validate.js";
import { validGeneric } from "../../../helpers/model.js";

describe("generic03.type.not-specific", () => {
  const rule = "generic03.type.not-specific";

  test("passes a type without a description of its own", async () => {
    const { errors, status } = await validateDoc(validGeneric());
    expect(byRule(errors, rule)).toEqual([]);
    expect(status).toBe("valid-format");
  });

  test("collection (no longer implemented) fails, as the reference", async () => {
    const { errors } = await validateDoc({ ...validGeneric(), type: "collection" });
    expect(errors.filter((e) => e.loc.join() === "type").map((e) => e.msg)).toContain(
      "Value error, Use the collection description instead of this generic description for your 'collection' resource.",
    );
  });
});
