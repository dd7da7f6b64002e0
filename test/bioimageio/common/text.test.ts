import { describe, expect, test } from "vitest";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.name.length", () => {
  const rule = "common.name.length";

  test("64 characters pass", async () => {
    expect(byRule((await validateDoc({ ...validGeneric(), name: "n".repeat(64) })).warnings, rule)).toEqual([]);
  });

  test("65 characters get an INFO warning", async () => {
    const { warnings } = await validateDoc({ ...validGeneric(), name: "n".repeat(65) });
    expect(byRule(warnings, rule)).toEqual([{ loc: ["name"], msg: "Name longer than 64 characters." }]);
    expect(warnings.find((w) => w.rule === rule)?.severity).toBe(20);
  });
});

describe("common.name.length-v0_2", () => {
  const rule = "common.name.length-v0_2";

  test("128 characters pass", async () => {
    expect(byRule((await validateDoc({ ...validGenericV0_2(), name: "n".repeat(128) })).warnings, rule)).toEqual([]);
  });

  test("129 characters get a warning", async () => {
    const { warnings, status } = await validateDoc({ ...validGenericV0_2(), name: "n".repeat(129) });
    expect(byRule(warnings, rule)).toEqual([{ loc: ["name"], msg: "Longer than 128 characters." }]);
    expect(status).toBe("valid-format");
  });
});

describe("common.description.length", () => {
  const rule = "common.description.length";

  test("512 characters pass", async () => {
    expect(byRule((await validateDoc({ ...validGeneric(), description: "d".repeat(512) })).warnings, rule)).toEqual([]);
  });

  test("513 characters get a warning; more than 1024 are an error instead", async () => {
    const { warnings } = await validateDoc({ ...validGeneric(), description: "d".repeat(513) });
    expect(byRule(warnings, rule)).toEqual([{ loc: ["description"], msg: "Description longer than 512 characters." }]);
    const tooLong = await validateDoc({ ...validGeneric(), description: "d".repeat(1025) });
    expect(byRule(tooLong.warnings, rule)).toEqual([]);
    expect(tooLong.errors.map((e) => e.loc.join("."))).toEqual(["description"]);
  });
});
