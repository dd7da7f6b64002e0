// The browser-safe pieces of the copick engine: Python-faithful JSON, CSV rows as Python's csv module writes
// them, copick URIs, split inputs, the splits table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COPICK_CSVS } from "../../src/copick/csv-schema.js";
import { csvFor, normalizeRow, parseCsvRows, serializeCsv } from "../../src/copick/csv-rows.js";
import { hasProtocol, joinUrl, pickableObject, syncSplitsRecordSet, type PyDict } from "../../src/copick/croissant-doc.js";
import { PyFloat, pyFixed, pyJsonDumps, pyJsonLoads, pyJsonToPlain } from "../../src/copick/pyjson.js";
import { checkSplitRuns, mergeSplitInputs, parseSplitOption, parseSplitsCsv, splitAssignments } from "../../src/copick/splits.js";
import { copickUriFilter, copickUriMatcher } from "../../src/copick/uri.js";
import { ParseError } from "../../src/engine/load/parse-error.js";
import { corpus } from "../helpers/corpus.js";
import { REPO } from "../helpers/fixture-codegen.js";

describe("pyJsonLoads / pyJsonDumps", () => {
  it("round-trips Python's json.dumps(indent=2) text byte for byte", () => {
    const text = corpus("copick", "reconstructed_exports", "multi_run_splits", "Croissant", "metadata.json");
    const original = readFileSync(text, "utf8");
    expect(pyJsonDumps(pyJsonLoads(original), 2)).toBe(original);
  });

  it("keeps floats, big ints, NaN, integer-like key order and the last of repeated keys", () => {
    const value = pyJsonLoads('{"b": 1.0, "2": 1e-05, "a": 12345678901234567890, "n": NaN, "i": -Infinity, "b": [1, 2.50]}');
    expect(pyJsonDumps(value, 0)).toBe('{\n"b": [\n1,\n2.5\n],\n"2": 1e-05,\n"a": 12345678901234567890,\n"n": NaN,\n"i": -Infinity\n}');
    expect(value).toMatchObject({ n: expect.any(PyFloat) });
  });

  it("refuses documents nested deeper than its limit with a position", () => {
    expect(() => pyJsonLoads("[".repeat(600) + "]".repeat(600), "deep.json")).toThrow(
      /^deep\.json:1:257: nested deeper than the limit of 256 levels/,
    );
    expect(() => pyJsonLoads('{"a": 1,}', "x.json")).toThrow("x.json:1:9: expected a property name in double quotes");
  });

  it("reads what json.loads reads, and refuses what it refuses (its recorded answers)", () => {
    const recorded = JSON.parse(readFileSync(join(REPO, "test/fixtures/python-json/REFERENCE.json"), "utf8")) as {
      text: string;
      value?: unknown;
      error?: string;
    }[];
    // as the recording writes values: NaN and the infinities as Python's repr
    const asRecorded = (value: unknown): unknown =>
      typeof value === "number" && !Number.isFinite(value)
        ? Number.isNaN(value)
          ? "nan"
          : value > 0
            ? "inf"
            : "-inf"
        : Array.isArray(value)
          ? value.map(asRecorded)
          : typeof value === "object" && value !== null
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asRecorded(v)]))
            : value;
    expect(recorded.filter((r) => r.value !== undefined).length).toBeGreaterThan(25);
    for (const { text, value, error } of recorded) {
      if (error === undefined) {
        expect([text, asRecorded(pyJsonToPlain(pyJsonLoads(text)))]).toEqual([text, value]);
      } else if (!text.startsWith("\ufeff")) {
        // json.loads refuses a BOM before it reads; the document loaders strip one
        expect(() => pyJsonLoads(text, "x.json")).toThrow(ParseError);
      }
    }
  });

  it("formats like Python's {:.3f} (ties to even on the exact binary value)", () => {
    expect([10, 10.1, 1.0625, 1.0635, -1.0625, 2.5].map((v) => pyFixed(v, 3))).toEqual([
      "10.000",
      "10.100",
      "1.062",
      "1.063",
      "-1.062",
      "2.500",
    ]);
    expect([2.5, 3.5].map((v) => pyFixed(v, 0))).toEqual(["2", "4"]);
  });
});

describe("CSV rows", () => {
  const picks = csvFor("copick/picks");

  it("writes Python's csv: CRLF, minimal quoting, true/false, floats as repr, empty for null", () => {
    const segs = csvFor("copick/segmentations");
    expect(
      serializeCsv(segs, [{ run: 'a,"b"', voxel_size: 10, user_id: "u", session_id: "s\nx", name: "n", is_multilabel: false, url: "x" }]),
    ).toBe(
      'run,voxel_size,user_id,session_id,name,is_multilabel,url,portal_object_name,portal_session_id,portal_annotation_id,portal_annotation_file_id\r\n"a,""b""",10.0,u,"s\nx",n,false,x,,,,\r\n',
    );
  });

  it("reads cells like copick and locates a bad float", () => {
    const text = "run,user_id,session_id,object_name,url,voxel_size\r\nTS,u,s,o,x,1e1\r\n\r\nTS,u,s,p,y,\r\n";
    expect(parseCsvRows(picks, text, "picks.csv")).toEqual([
      { run: "TS", user_id: "u", session_id: "s", object_name: "o", voxel_size: 10, url: "x", sha256: null, ...portal() },
      { run: "TS", user_id: "u", session_id: "s", object_name: "p", voxel_size: null, url: "y", sha256: null, ...portal() },
    ]);
    expect(() => parseCsvRows(picks, "run,voxel_size\nTS,ten\n", "picks.csv")).toThrow(
      "picks.csv:2:4: 'ten' in column voxel_size is not a number",
    );
  });

  it("refuses rows with unknown columns or wrong types", () => {
    expect(() => normalizeRow(picks, { run: "TS", voxel_size: "10" })).toThrow(
      "copick/picks: column 'voxel_size' must be a number or null, got \"10\"",
    );
    expect(() => normalizeRow(picks, { run: "TS", colour: "red" })).toThrow("copick/picks has no column 'colour'");
  });

  it("knows the eight sidecars in copick's order", () => {
    expect(COPICK_CSVS.map((c) => c.csvName)).toEqual([
      "runs.csv",
      "voxel_spacings.csv",
      "tomograms.csv",
      "features.csv",
      "picks.csv",
      "meshes.csv",
      "segmentations.csv",
      "objects.csv",
    ]);
  });
});

const portal = (): Record<string, null> => ({
  portal_object_name: null,
  portal_session_id: null,
  portal_annotation_id: null,
  portal_annotation_file_id: null,
});

describe("URLs and objects", () => {
  it("joins like copick's _join_url", () => {
    expect(joinUrl("file:///p", "ExperimentRuns/a")).toBe("file:///p/ExperimentRuns/a");
    expect(joinUrl("https://x/p/", "/a")).toBe("https://x/p/a");
    expect(joinUrl("", "a")).toBe("a");
    expect(joinUrl("/p", "s3://bucket/a")).toBe("s3://bucket/a");
    expect(hasProtocol("C:\\data")).toBe(false);
  });

  it("dumps a pickable object like PickableObject.model_dump (go_id read as identifier, floats, defaults)", () => {
    const object = pickableObject(
      pyJsonLoads('{"name": "ribo", "is_particle": true, "go_id": "GO:1", "identifier": "x", "radius": 60, "label": 2.0}'),
    );
    expect(pyJsonDumps(object.dump, 0).replaceAll("\n", "")).toBe(
      '{"name": "ribo","is_particle": true,"label": 2,"color": [100,100,100,255],"emdb_id": null,"pdb_id": null,"identifier": "GO:1","map_threshold": null,"radius": 60.0,"metadata": {}}',
    );
  });
});

describe("copick URIs", () => {
  it("match picks, segmentations, tomograms and features like copick's resolver", () => {
    const picks = copickUriMatcher("ribosome:*/*", "picks");
    expect(picks({ objectName: "ribosome", userId: "a", sessionId: "1" })).toBe(true);
    expect(picks({ objectName: "ribosomes", userId: "a", sessionId: "1" })).toBe(false);
    expect(copickUriMatcher("ribo*:alice", "picks")({ objectName: "ribosome", userId: "alice", sessionId: "9" })).toBe(true);
    expect(copickUriMatcher("re:ri.o", "picks")({ objectName: "ribosome", userId: "a", sessionId: "1" })).toBe(true); // anchored at the start only
    expect(copickUriMatcher("[!r]*", "picks")({ objectName: "ribosome", userId: "a", sessionId: "1" })).toBe(false);
    const seg = copickUriMatcher("membrane:*/*@10.0", "segmentation");
    expect(seg({ objectName: "membrane", userId: "u", sessionId: "s", voxelSize: 10, isMultilabel: false })).toBe(true);
    expect(seg({ objectName: "membrane", userId: "u", sessionId: "s", voxelSize: 20, isMultilabel: false })).toBe(false);
    const multi = copickUriMatcher("*@1*?multilabel=true", "segmentation"); // a glob voxel size matches str(10.0)
    expect(multi({ objectName: "m", userId: "u", sessionId: "s", voxelSize: 10, isMultilabel: true })).toBe(true);
    expect(multi({ objectName: "m", userId: "u", sessionId: "s", voxelSize: 10, isMultilabel: false })).toBe(false);
    expect(copickUriMatcher("wbp@10", "tomogram")({ tomoType: "wbp", voxelSize: 10 })).toBe(true);
    expect(copickUriMatcher("wbp@10.0:sobel", "feature")({ tomoType: "wbp", voxelSize: 10, featureType: "sobel" })).toBe(true);
    expect(copickUriMatcher("wbp@10.0:sobel", "feature")({ tomoType: "wbp", voxelSize: 10, featureType: "gauss" })).toBe(false);
    expect(copickUriFilter(undefined, "picks")).toBeUndefined();
    expect(copickUriFilter(["a", "b"], "picks")?.({ objectName: "b", userId: "u", sessionId: "s" })).toBe(true);
  });

  it("gives copick's errors for malformed URIs", () => {
    expect(() => copickUriMatcher("a:b:c", "picks")).toThrow("Invalid picks URI format: 'a:b:c'");
    expect(() => copickUriMatcher("re:(", "picks")({ objectName: "x" })).toThrow("Invalid regex pattern '('");
  });
});

describe("splits", () => {
  it("reads the splits file of copick's tests and merges --split over it", () => {
    const file = corpus("copick", "test_fixtures", "splits_file.csv");
    const fromFile = parseSplitsCsv(readFileSync(file, "utf8"), file);
    expect([...fromFile]).toEqual([
      ["train", ["TS_001"]],
      ["val", ["TS_002"]],
    ]);
    expect([...(mergeSplitInputs(["val=TS_003, TS_004"], fromFile) ?? [])]).toEqual([
      ["train", ["TS_001"]],
      ["val", ["TS_003", "TS_004"]],
    ]);
    expect(mergeSplitInputs([], undefined)).toBeUndefined();
    expect(() => parseSplitsCsv("name,run\n", "s.csv")).toThrow(
      "Splits file s.csv must have columns 'split' and 'run' (got ['name', 'run']).",
    );
  });

  it("gives copick's messages for malformed --split values and assignments", () => {
    expect(() => parseSplitOption("train")).toThrow("Expected 'NAME=RUN1,RUN2,...' in --split 'train'.");
    expect(() => parseSplitOption(" =a")).toThrow("Split name is empty in --split ' =a'.");
    expect(() => parseSplitOption("a,b=c")).toThrow("Split name may not contain ',' or '=' (got 'a,b').");
    expect(() => parseSplitOption("a= , ")).toThrow("No runs listed for split 'a' in --split 'a= , '.");
    expect(() => splitAssignments({ "": ["a"] })).toThrow("Split name cannot be empty.");
    expect(() => checkSplitRuns(new Map([["x", "train"]]), new Set())).toThrow("Splits reference unknown runs: 'train'→'x'");
  });

  it("keeps the splits table and the runs/split reference in step with the splits in use", () => {
    const doc: PyDict = {
      recordSet: [{ "@id": "copick/runs", field: [{ "@id": "copick/runs/split", dataType: "sc:Text" }] }, { "@id": "copick/objects" }],
    };
    syncSplitsRecordSet(doc, ["Test", "fold-1"]);
    const json = JSON.parse(JSON.stringify(pyJsonDumps(doc, 0)).replaceAll("\\n", "")) as string;
    expect(json).toContain('"references": {"field": {"@id": "copick/splits/name"}}');
    expect(json).toContain('"copick/splits/name": "Test","copick/splits/url": "https://mlcommons.org/definitions/test_split"');
    expect(json).toContain('"copick/splits/name": "fold-1","copick/splits/url": ""');
    syncSplitsRecordSet(doc, []);
    expect(pyJsonDumps(doc, 0)).not.toMatch(/splits|references/);
  });
});
