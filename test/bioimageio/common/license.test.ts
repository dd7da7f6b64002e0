import { describe, expect, test } from "vitest";
import { validGeneric } from "../../helpers/model.js";
import { validGenericV0_2 } from "../../helpers/generic.js";
import { byRule, validateDoc } from "../../helpers/validate.js";

describe("common.license.spdx (format 0.3)", () => {
  const rule = "common.license.spdx";

  test("a current SPDX id passes", async () => {
    const { errors, warnings } = await validateDoc(validGeneric());
    expect([...byRule(errors, rule), ...byRule(warnings, rule)]).toEqual([]);
  });

  test("a deprecated id is a warning", async () => {
    const { warnings, status } = await validateDoc({ ...validGeneric(), license: "BSD-2-Clause-FreeBSD" });
    expect(byRule(warnings, rule)).toEqual([
      { loc: ["license"], msg: "BSD-2-Clause-FreeBSD is deprecated, see https://spdx.org/licenses/BSD-2-Clause-FreeBSD.html" },
    ]);
    expect(status).toBe("valid-format");
  });

  test("an unknown id fails both branches of the reference's union", async () => {
    const { errors, status } = await validateDoc({ ...validGeneric(), license: "my own" });
    const found = byRule(errors, rule);
    expect(found.map((e) => e.loc)).toEqual([
      ["license", "function-after[LicenseId(), str]"],
      ["license", "function-after[DeprecatedLicenseId(), str]"],
    ]);
    expect(found[0]?.msg).toMatch(/^Input should be '0BSD', .* or 'ZPL-2\.1'$/);
    expect(found[1]?.msg).toMatch(/^Input should be 'AGPL-1\.0', .*'BSD-2-Clause-FreeBSD'/);
    expect(status).toBe("failed");
  });

  test("a license that is no string fails both branches (schema, with the union tags)", async () => {
    const { errors } = await validateDoc({ ...validGeneric(), license: 3 });
    expect(errors.map((e) => e.loc)).toEqual([
      ["license", "function-after[LicenseId(), str]"],
      ["license", "function-after[DeprecatedLicenseId(), str]"],
    ]);
  });
});

describe("common.license.spdx-v0_2", () => {
  const rule = "common.license.spdx-v0_2";
  const warningsFor = async (license: unknown) => byRule((await validateDoc({ ...validGenericV0_2(), license })).warnings, rule);

  test("a current SPDX id passes", async () => {
    expect(await warningsFor("MIT")).toEqual([]);
  });

  test("missing, deprecated and unknown ids are warnings, never errors", async () => {
    expect(await warningsFor(null)).toEqual([{ loc: ["license"], msg: "missing" }]);
    expect(await warningsFor("BSD-2-Clause-FreeBSD")).toEqual([
      { loc: ["license"], msg: "'BSD-2-Clause-FreeBSD' is a deprecated license identifier." },
    ]);
    expect(await warningsFor("my own")).toEqual([{ loc: ["license"], msg: "'my own' is an unknown license identifier." }]);
    expect((await validateDoc({ ...validGenericV0_2(), license: "my own" })).status).toBe("valid-format");
  });
});
