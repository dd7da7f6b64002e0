// The fractal-manifest kind: detected by its keys or its file name, before the bioimage.io fallback.
import { describe, expect, test } from "vitest";
import { detectKind, kindByName } from "../../src/kinds/registry.js";
import { validate } from "../../src/validate.js";
import { manifestV2 } from "../helpers/fractal.js";

describe("fractal-manifest detection", () => {
  test.each([
    [{ manifest_version: "2", task_list: [] }, "m.json"],
    [{ manifest_version: "9999" }, "m.json"],
    [{ task_list: [] }, "m.json"],
    [[], "pkg/__FRACTAL_MANIFEST__.json"],
  ])("%j in %s is a Fractal manifest", (value, file) => {
    expect(detectKind(value, file).name).toBe("fractal-manifest");
  });

  test("bioimage.io descriptions are not", () => {
    expect(detectKind({ format_version: "0.5.4", type: "model" }, "rdf.yaml").name).toBe("bioimageio");
    expect(kindByName("fractal-manifest")?.description).toContain("__FRACTAL_MANIFEST__.json");
  });

  test("validate(document) validates a manifest and passes the options on", async () => {
    const doc = { ...manifestV2(), unknown: 1 };
    expect((await validate(doc)).status).toBe("passed");
    const strict = await validate(doc, { strict: true, formatVersion: "latest" });
    expect([strict.type, strict.status, strict.errors[0]?.loc]).toEqual(["fractal-manifest", "failed", ["unknown"]]);
  });
});
