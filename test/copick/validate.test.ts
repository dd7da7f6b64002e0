import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateCdpPicks, validateCopickConfig, validateCopickCsv, validateCroissant, validatePicks } from "../../src/copick/validate.js";
import { nodeHashFile } from "../../src/copick/node/files.js";
import { parseSource } from "../../src/engine/load/parse.js";
import type { ValidationSummary } from "../../src/engine/summary/summary.js";
import { corpus } from "../helpers/corpus.js";

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const configs = readdirSync(corpus("copick", "configs"));
const exports = ["tiny", "multi_run_splits", "multi_run_relative"];
const errors = (summary: ValidationSummary) => summary.errors.map((e) => ({ loc: e.loc, msg: e.msg, rule: e.rule }));

describe("copick configs", () => {
  it("the corpus has 24 configs", () => {
    expect(configs).toHaveLength(24);
  });

  it.each(configs)("%s validates", async (file) => {
    const summary = await validateCopickConfig(json(corpus("copick", "configs", file)));
    expect(errors(summary)).toEqual([]);
    expect(summary.status).toBe("passed");
  });

  it.each(exports)("the source config of %s validates", async (name) => {
    expect(errors(await validateCopickConfig(json(corpus("copick", "reconstructed_exports", name, "filesystem.json"))))).toEqual([]);
  });

  it("validates the mlcroissant flavour (copick's --emit-config output)", async () => {
    const config = {
      config_type: "mlcroissant",
      pickable_objects: [],
      croissant_url: "/data/Croissant/metadata.json",
      static_fs_args: {},
      croissant_fs_args: {},
    };
    expect(errors(await validateCopickConfig(config))).toEqual([]);
    expect(errors(await validateCopickConfig({ ...config, croissant_url: undefined }))).toEqual([
      { loc: ["croissant_url"], msg: "Field required", rule: "schema" },
    ]);
  });
});

describe("copick exports", () => {
  for (const name of exports) {
    const dir = corpus("copick", "reconstructed_exports", name);
    it(`${name}: metadata.json passes mlcroissant's checks and copick's profile, CSV checksums included`, async () => {
      const summary = await validateCroissant(json(`${dir}/Croissant/metadata.json`), { hashFile: nodeHashFile(`${dir}/Croissant`) });
      expect(summary.type).toBe("copick Croissant");
      expect(errors(summary)).toEqual([]);
      expect(summary.details.map((d) => d.name)).toEqual(["Croissant (profile mlcroissant)", "copick Croissant profile"]);
    });

    it.each(readdirSync(`${dir}/Croissant`).filter((f) => f.endsWith(".csv")))(`${name}: %s validates as its sidecar`, async (csv) => {
      const source = parseSource(readFileSync(`${dir}/Croissant/${csv}`, "utf8"), csv);
      const summary = await validateCopickCsv(source.value as string[][], { sourceName: csv });
      expect(summary.type).toBe(`copick CSV (${csv})`);
      expect(errors(summary)).toEqual([]);
    });

    const picks = readdirSync(`${dir}/ExperimentRuns`).flatMap((run) =>
      readdirSync(`${dir}/ExperimentRuns/${run}/Picks`).map((f) => `${run}/Picks/${f}`),
    );
    it.each(picks)(`${name}: %s validates`, async (file) => {
      expect(errors(await validatePicks(json(`${dir}/ExperimentRuns/${file}`)))).toEqual([]);
    });
  }

  it("a tampered CSV fails its checksum", async () => {
    const dir = corpus("copick", "reconstructed_exports", "tiny", "Croissant");
    const doc = json(`${dir}/metadata.json`);
    const distribution = doc.distribution as Record<string, unknown>[];
    distribution[0] = { ...distribution[0], sha256: "0".repeat(64) };
    const summary = await validateCroissant(doc, { hashFile: nodeHashFile(dir) });
    expect(errors(summary).map((e) => e.rule)).toEqual(["copick.croissant.csv-sha256"]);
    expect(errors(summary)[0]?.loc).toEqual(["distribution", 0, "sha256"]);
  });

  it("FileObjects out of copick's order fail the profile", async () => {
    const doc = json(corpus("copick", "reconstructed_exports", "tiny", "Croissant", "metadata.json"));
    const distribution = doc.distribution as unknown[];
    [distribution[0], distribution[1]] = [distribution[1], distribution[0]];
    const summary = await validateCroissant(doc);
    expect(errors(summary).map((e) => e.loc)).toEqual([
      ["distribution", 0, "@id"],
      ["distribution", 1, "@id"],
    ]);
  });

  it("a RecordSet's columns out of order fail the profile", async () => {
    const doc = json(corpus("copick", "reconstructed_exports", "tiny", "Croissant", "metadata.json"));
    const fields = (doc.recordSet as { field: unknown[] }[])[0]?.field ?? [];
    fields.reverse();
    expect(errors(await validateCroissant(doc)).map((e) => e.rule)).toContain("copick.croissant.record-sets");
  });

  it("the splits table must be wired to copick/runs/split", async () => {
    const doc = json(corpus("copick", "reconstructed_exports", "multi_run_splits", "Croissant", "metadata.json"));
    const runs = (doc.recordSet as { field: Record<string, unknown>[] }[])[0];
    delete runs?.field[2]?.references;
    expect(errors(await validateCroissant(doc)).map((e) => e.msg)).toEqual([
      "'copick/runs/split' should reference 'copick/splits/name' when 'copick/splits' exists",
    ]);
  });
});

describe("CDP NDJSON picks", () => {
  it("the fixture validates, one record per line", async () => {
    const source = parseSource(readFileSync(corpus("copick", "test_fixtures", "cdp_style_100-ribosome-0.ndjson"), "utf8"), "x.ndjson");
    expect(source.value).toHaveLength(2);
    expect(errors(await validateCdpPicks(source.value as unknown[]))).toEqual([]);
  });

  it("a record without location fails at its line", async () => {
    const source = parseSource('{"location":{"x":1,"y":2,"z":3}}\n\n{"xyz_rotation_matrix":[[1,0,0],[0,1,0],[0,0,1]]}\n', "x.ndjson");
    const summary = await validateCdpPicks(source.value as unknown[], { locate: (path) => source.locate(path) });
    expect(summary.errors.map((e) => [e.loc, e.position?.line])).toEqual([[[1, "location"], 3]]);
  });
});

describe("CSV sidecars", () => {
  const runs = (rows: string[][]) => validateCopickCsv([["name", "portal_run_id", "split"], ...rows]);

  it("a header out of order fails", async () => {
    const summary = await validateCopickCsv([["name", "split", "portal_run_id"]], { sourceName: "Croissant/runs.csv" });
    expect(errors(summary).map((e) => e.rule)).toEqual(["copick.csv.header"]);
  });

  it("an empty key cell and an unparsable float fail at row and column", async () => {
    expect(errors(await runs([["", "", "train"]]))).toEqual([{ loc: [0, "name"], msg: "Input should be a valid string", rule: "schema" }]);
    const spacings = await validateCopickCsv([
      ["run", "voxel_size"],
      ["TS_001", "ten"],
    ]);
    expect(errors(spacings)).toEqual([{ loc: [0, "voxel_size"], msg: "Input should be a valid number", rule: "schema" }]);
  });

  it("duplicate keys warn", async () => {
    const summary = await runs([
      ["TS_001", "", ""],
      ["TS_001", "", "val"],
    ]);
    expect(summary.warnings.map((w) => w.rule)).toEqual(["copick.csv.unique-keys"]);
  });

  it("file:line:col of a CSV cell is its row's line", async () => {
    const text = "run,voxel_size\r\nTS_001,10.0\r\nTS_002,oops\r\n";
    const source = parseSource(text, "voxel_spacings.csv");
    const summary = await validateCopickCsv(source.value as string[][], { locate: (path) => source.locate(path) });
    expect(summary.errors[0]?.position).toEqual({ file: "voxel_spacings.csv", line: 3, col: 8 });
  });
});
