// Mutation tests: each config and picks rule, applied to a valid corpus document, fails with the reference's loc.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateCopickConfig, validateCroissant, validatePicks } from "../../src/copick/validate.js";
import { sanitizeName } from "../../src/copick/names.js";
import type { ValidationSummary } from "../../src/engine/summary/summary.js";
import { corpus } from "../helpers/corpus.js";

const config = (): Record<string, unknown> & { pickable_objects: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(corpus("copick", "configs", "overlay_local.json"), "utf8"));
const picks = (): Record<string, unknown> & { points: Record<string, unknown>[] } =>
  JSON.parse(
    readFileSync(corpus("copick", "reconstructed_exports", "tiny", "ExperimentRuns", "run_001", "Picks", "alice_42_ribosome.json"), "utf8"),
  );
const errors = (summary: ValidationSummary) => summary.errors.map((e) => ({ loc: e.loc, msg: e.msg, rule: e.rule }));

describe("copick config rules", () => {
  it("name sanitising", async () => {
    const doc = config();
    (doc.pickable_objects[0] as Record<string, unknown>).name = "my_ribosome";
    expect(errors(await validateCopickConfig(doc))).toEqual([
      {
        loc: ["pickable_objects", 0, "name"],
        msg: "Value error, Name 'my_ribosome' contains invalid characters. Use copick.escape.sanitize_name() to clean it.",
        rule: "copick.object.name-sanitized",
      },
    ]);
    (doc.pickable_objects[0] as Record<string, unknown>).name = "__";
    expect(errors(await validateCopickConfig(doc))[0]?.msg).toBe(
      "Value error, Filename cannot be empty or completely consist of invalid characters.",
    );
  });

  it("sanitize_name as copick's", () => {
    expect(sanitizeName("a b_c/d")).toBe("a-b-c-d");
    expect(sanitizeName("-ribosome-")).toBe("ribosome");
    expect(sanitizeName("_ _")).toBeUndefined();
  });

  it("label 0", async () => {
    const doc = config();
    (doc.pickable_objects[1] as Record<string, unknown>).label = 0;
    expect(errors(await validateCopickConfig(doc))).toEqual([
      {
        loc: ["pickable_objects", 1, "label"],
        msg: "Assertion failed, Label 0 is reserved for background.",
        rule: "copick.object.label-nonzero",
      },
    ]);
  });

  it("colour range and RGBA length", async () => {
    const doc = config();
    (doc.pickable_objects[0] as Record<string, unknown>).color = [0, 256, 0, 255];
    expect(errors(await validateCopickConfig(doc))).toEqual([
      {
        loc: ["pickable_objects", 0, "color"],
        msg: "Assertion failed, Color values must be in the range [0, 255].",
        rule: "copick.object.color-range",
      },
    ]);
    (doc.pickable_objects[0] as Record<string, unknown>).color = [0, 0, 0];
    expect(errors(await validateCopickConfig(doc)).map((e) => e.loc)).toEqual([["pickable_objects", 0, "color"]]);
  });

  it("user_id and session_id sanitising", async () => {
    const doc = { ...config(), user_id: "john doe" };
    expect(errors(await validateCopickConfig(doc)).map((e) => [e.loc, e.rule])).toEqual([[["user_id"], "copick.config.user-id-sanitized"]]);
  });

  it("unknown config_type", async () => {
    const doc = { ...config(), config_type: "zarr" };
    expect(errors(await validateCopickConfig(doc))).toEqual([
      {
        loc: ["config_type"],
        msg: "Unknown config_type: zarr. Supported types are 'filesystem', 'cryoet_data_portal', and 'mlcroissant'.",
        rule: "copick.config.config-type",
      },
    ]);
  });

  it("a missing config_type is read as filesystem, with a warning", async () => {
    const { config_type: _dropped, ...doc } = config();
    const summary = await validateCopickConfig(doc);
    expect(summary.status).toBe("passed");
    expect(summary.type).toBe("copick config (filesystem)");
    expect(summary.warnings.map((w) => w.msg)).toEqual(["config_type not found in config file, defaulting to filesystem"]);
  });

  it("the fields of the chosen backend are required, without a union tag in the loc", async () => {
    const { overlay_root: _dropped, ...doc } = config();
    expect(errors(await validateCopickConfig(doc))).toEqual([{ loc: ["overlay_root"], msg: "Field required", rule: "schema" }]);
    const cdp = { ...config(), config_type: "cryoet_data_portal" };
    expect(errors(await validateCopickConfig(cdp))).toEqual([{ loc: ["dataset_ids"], msg: "Field required", rule: "schema" }]);
  });

  it("go_id is an alias of identifier (a warning when both differ)", async () => {
    const doc = config();
    Object.assign(doc.pickable_objects[0] as object, { go_id: "GO:0022626", identifier: "GO:0000000" });
    const summary = await validateCopickConfig(doc);
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.map((w) => [w.loc, w.rule])).toEqual([[["pickable_objects", 0, "go_id"], "copick.object.identifier-alias"]]);
  });

  it("tomogram keys are voxel spacings", async () => {
    const doc = { ...config(), tomograms: { "10.0": ["wbp"], ten: ["wbp"] } };
    expect(errors(await validateCopickConfig(doc)).map((e) => e.loc)).toEqual([["tomograms", "ten", "[key]"]]);
  });

  it("the objects of a copick Croissant follow the same rules", async () => {
    const doc = JSON.parse(readFileSync(corpus("copick", "reconstructed_exports", "tiny", "Croissant", "metadata.json"), "utf8"));
    doc["copick:config"].pickable_objects[0].label = 0;
    expect(errors(await validateCroissant(doc)).map((e) => e.loc)).toEqual([["copick:config", "pickable_objects", 0, "label"]]);
  });
});

describe("copick picks rules", () => {
  const identity = () => [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ];

  it("transform last row", async () => {
    const doc = picks();
    const matrix = identity();
    (matrix[3] as number[])[0] = 0.5;
    (doc.points[0] as Record<string, unknown>).transformation_ = matrix;
    expect(errors(await validatePicks(doc))).toEqual([
      {
        loc: ["points", 0, "transformation_"],
        msg: "Assertion failed, Last row of transformation matrix must be [0, 0, 0, 1].",
        rule: "copick.picks.transform-last-row",
      },
    ]);
    (matrix[3] as number[])[0] = 0;
    (matrix[3] as number[])[3] = 2;
    expect(errors(await validatePicks(doc))[0]?.msg).toBe("Assertion failed, Last element of transformation matrix must be 1.0.");
  });

  it("the transform is 4x4", async () => {
    const doc = picks();
    (doc.points[0] as Record<string, unknown>).transformation_ = identity().slice(0, 3);
    expect(errors(await validatePicks(doc)).map((e) => e.loc)).toEqual([["points", 0, "transformation_"]]);
  });

  it("a point needs a location", async () => {
    const doc = picks();
    delete (doc.points[0] as Record<string, unknown>).location;
    expect(errors(await validatePicks(doc))).toEqual([{ loc: ["points", 0, "location"], msg: "Field required", rule: "schema" }]);
  });
});
