import { describe, expect, test } from "vitest";
import { validGeneric } from "../../helpers/model.js";
import { validV0_3 } from "../../helpers/generic.js";
import { validateDoc } from "../../helpers/validate.js";

const fair = (warnings: readonly { loc: readonly (string | number)[]; msg: string; severity: number }[]) =>
  warnings.filter((w) => w.msg === "Needs to be filled for FAIR compliance").map((w) => [w.loc.join("."), w.severity]);

describe("common.fair", () => {
  test("a complete description has no FAIR alert", async () => {
    expect(fair((await validateDoc(validGeneric())).warnings)).toEqual([]);
  });

  test("empty or missing FAIR fields get an ALERT each (status unchanged)", async () => {
    const { documentation: _documentation, license: _license, ...doc } = validGeneric();
    const { warnings, status } = await validateDoc({ ...doc, description: "", tags: [], cite: [] });
    expect(fair(warnings).sort()).toEqual([
      ["cite", 35],
      ["description", 35],
      ["documentation", 35],
      ["license", 35],
      ["tags", 35],
    ]);
    expect(status).toBe("valid-format");
  });

  test("dataset and application 0.3 add source; notebook and generic do not", async () => {
    for (const type of ["dataset", "application"] as const) {
      const { source: _source, ...doc } = validV0_3(type);
      expect(fair((await validateDoc(doc)).warnings)).toEqual([["source", 35]]);
    }
    const { source: _source, ...generic } = validV0_3();
    expect(fair((await validateDoc(generic)).warnings)).toEqual([]);
  });

  test("an invalid field has its error, not an alert", async () => {
    const { errors, warnings } = await validateDoc({ ...validGeneric(), tags: "segmentation" });
    expect(errors.map((e) => e.loc.join("."))).toEqual(["tags"]);
    expect(fair(warnings)).toEqual([]);
  });
});
