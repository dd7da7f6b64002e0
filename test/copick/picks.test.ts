import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cdpPicksToCopick, readPicks, writePicks } from "../../src/copick/picks.js";
import { pyFloatRepr, pyJsonDumps, pyJsonString } from "../../src/copick/pyjson.js";
import { validatePicks } from "../../src/copick/validate.js";
import { readPicksFile, writePicksFile } from "../../src/copick/node/files.js";
import { parseLosslessJson } from "../../src/engine/load/lossless-json.js";
import { ParseError, parseSource } from "../../src/engine/load/parse.js";
import { corpus } from "../helpers/corpus.js";

// What copick writes: json.dumps(CopickPicksFile(...).model_dump(), indent=4), with an instance id above 2^53.
const PYTHON_WRITTEN = `{
    "pickable_object_name": "ribosome",
    "user_id": "alice",
    "session_id": "0",
    "run_name": "TS_001",
    "voxel_spacing": 10.0,
    "unit": "angstrom",
    "points": [
        {
            "location": {
                "x": 1.5,
                "y": 2.0,
                "z": 1e-05
            },
            "transformation_": [
                [
                    1.0,
                    0.0,
                    0.0,
                    0.0
                ],
                [
                    0.0,
                    1.0,
                    0.0,
                    0.0
                ],
                [
                    0.0,
                    0.0,
                    1.0,
                    0.0
                ],
                [
                    0.0,
                    0.0,
                    0.0,
                    1.0
                ]
            ],
            "instance_id": 18446744073709551557,
            "score": 0.25
        }
    ],
    "trust_orientation": true
}`;

const tmp = mkdtempSync(join(tmpdir(), "copick-picks-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("lossless picks", () => {
  it("instance ids beyond 2^53 survive a read and a write byte for byte", () => {
    const picks = readPicks(PYTHON_WRITTEN);
    expect(picks.points?.[0]?.instance_id).toBe(18446744073709551557n);
    expect(writePicks(picks)).toBe(PYTHON_WRITTEN);
  });

  it("JSON.parse would have rounded that id", () => {
    expect(String((JSON.parse(PYTHON_WRITTEN) as { points: { instance_id: number }[] }).points[0]?.instance_id)).not.toBe(
      "18446744073709551557",
    );
  });

  it("validates a lossless read (big ids are integers)", async () => {
    expect((await validatePicks(readPicks(PYTHON_WRITTEN))).errors).toEqual([]);
  });

  it("round-trips through files, written atomically (no temp file left)", async () => {
    const path = join(tmp, "alice_0_ribosome.json");
    await writePicksFile(path, readPicks(PYTHON_WRITTEN));
    expect(readFileSync(path, "utf8")).toBe(PYTHON_WRITTEN);
    expect((await readPicksFile(path)).points?.[0]?.instance_id).toBe(18446744073709551557n);
    expect(readdirSync(tmp)).toEqual(["alice_0_ribosome.json"]);
  });

  it("fills copick's defaults and drops unknown keys, like model_dump", () => {
    const compact = readFileSync(
      corpus("copick", "reconstructed_exports", "tiny", "ExperimentRuns", "run_001", "Picks", "alice_42_ribosome.json"),
      "utf8",
    );
    const written = writePicks({ ...readPicks(compact), extra: 1 } as never);
    const reread = JSON.parse(written) as Record<string, unknown>;
    expect(Object.keys(reread)).toEqual([
      "pickable_object_name",
      "user_id",
      "session_id",
      "run_name",
      "voxel_spacing",
      "unit",
      "points",
      "trust_orientation",
    ]);
    expect(Object.keys((reread.points as object[])[0] ?? {})).toEqual(["location", "transformation_", "instance_id", "score"]);
  });

  it("converts CDP NDJSON records like copick (voxels scaled, rotation embedded)", () => {
    const source = parseSource(readFileSync(corpus("copick", "test_fixtures", "cdp_style_100-ribosome-0.ndjson"), "utf8"), "p.ndjson");
    const picks = cdpPicksToCopick(source.value as never[], {
      voxelSize: 10,
      pickableObjectName: "ribosome",
      userId: "data-portal",
      sessionId: "100",
      runName: "TS_001",
    });
    expect(picks.points?.map((p) => p.location)).toEqual([
      { x: 10, y: 20, z: 30 },
      { x: 40, y: 50, z: 60 },
    ]);
    expect(picks.points?.[1]?.transformation_?.[3]).toEqual([0, 0, 0, 1]);
    expect(picks.trust_orientation).toBe(true);
  });
});

describe("Python JSON text", () => {
  it("floats as repr()", () => {
    expect([10, 1.5, 1e-5, 0.0001, 1e16, 1e15, 123456789.123, -0, 2.5e-7, 1.7976931348623157e308].map(pyFloatRepr)).toEqual([
      "10.0",
      "1.5",
      "1e-05",
      "0.0001",
      "1e+16",
      "1000000000000000.0",
      "123456789.123",
      "-0.0",
      "2.5e-07",
      "1.7976931348623157e+308",
    ]);
  });

  it("ensure_ascii strings and indent", () => {
    expect(pyJsonString('µ "x"\n😀')).toBe('"\\u00b5 \\"x\\"\\n\\ud83d\\ude00"');
    expect(pyJsonDumps({ a: [], b: {}, c: [1, true, null] }, 2)).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    true,\n    null\n  ]\n}',
    );
  });
});

describe("lossless JSON", () => {
  it("parses like JSON.parse, keeping big integers", () => {
    const text = '{"a": [1, -2.5e3, "\\u00e9\\n", true, null], "big": -9007199254740993, "__proto__": 1}';
    const value = parseLosslessJson(text) as Record<string, unknown>;
    expect(value.a).toEqual(JSON.parse(text).a);
    expect(value.big).toBe(-9007199254740993n);
    expect(Object.keys(value)).toEqual(["a", "big", "__proto__"]);
  });

  it("names file:line:col of a syntax error", () => {
    expect(() => parseLosslessJson('{\n  "a": [1,, 2]\n}', "p.json")).toThrow(new ParseError("p.json", 2, 11, "unexpected character"));
  });
});
