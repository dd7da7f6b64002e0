// Hostile documents through the parsers, the loaders and the CLI: every one is a summary or a ParseError/ReadError
// naming the file and the place, never a crash, a hang or a stack overflow.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { readPicks, writePicks } from "../../src/copick/picks.js";
import { ReadError, readSourceFile } from "../../src/engine/node/read-source.js";
import { DEFAULT_DOCUMENT_LIMITS } from "../../src/engine/load/limits.js";
import { parseLosslessJson } from "../../src/engine/load/lossless-json.js";
import { withJsonTimestamps } from "../../src/engine/records.js";
import { ParseError, parseSource } from "../../src/engine/load/parse.js";
import { expectOneLineError, runCli } from "../helpers/cli-process.js";
import { REPO } from "../helpers/fixture-codegen.js";

const dir = mkdtempSync(join(tmpdir(), "hostile-parse-"));
let counter = 0;
function file(name: string, content: string | Uint8Array): string {
  const sub = join(dir, String(counter++));
  mkdirSync(sub, { recursive: true });
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
}

function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error("no ParseError");
}

const DEEP = 100_000;
const deepJsonArrays = "[".repeat(DEEP) + "]".repeat(DEEP);
const deepJsonObjects = '{"a":'.repeat(DEEP) + "1" + "}".repeat(DEEP);
const deepYamlFlow = `a: ${"[".repeat(DEEP)}${"]".repeat(DEEP)}\n`;
const deepYamlBlock = `${"- ".repeat(DEEP)}x\n`;
const deepYamlFlowMaps = `${"{a: ".repeat(DEEP)}1${"}".repeat(DEEP)}\n`;
const TOO_DEEP = /nested deeper than the limit of 256 levels/;

afterEach(() => vi.unstubAllEnvs());

describe("deep nesting: a limit, never a stack overflow", () => {
  test.each([
    ["JSON arrays", "a.json", deepJsonArrays, 1, 257],
    ["JSON objects", "a.json", deepJsonObjects, 1, 5 * 256 + 1],
    ["NDJSON record", "a.ndjson", `{}\n${deepJsonArrays}\n`, 2, 257],
  ])("%s 100,000 deep: a ParseError at the level beyond the limit", (_name, fileName, text, line, col) => {
    const error = parseError(() => parseSource(text, fileName));
    expect(error.message).toMatch(TOO_DEEP);
    expect([error.line, error.col]).toEqual([line, col]);
  });

  test.each([
    ["flow sequences", deepYamlFlow],
    ["block sequences (- - - ...)", deepYamlBlock],
    ["flow mappings", deepYamlFlowMaps],
  ])("YAML %s 100,000 deep: a ParseError", (_name, text) => {
    expect(parseError(() => parseSource(text, "a.yaml")).message).toMatch(TOO_DEEP);
  });

  test("YAML aliases cannot build what the text does not show: the value's depth counts", () => {
    const levels = 200;
    const inner = `${"[".repeat(levels)}${"]".repeat(levels)}`;
    // 200 levels in the anchor, 200 more around the alias: 400 once expanded
    const text = `a: &deep ${inner}\nb: ${"[".repeat(levels)}*deep${"]".repeat(levels)}\n`;
    expect(parseError(() => parseSource(text, "a.yaml")).message).toMatch(TOO_DEEP);
  });

  test("exactly at the limit parses; the limit is an option and a setting", () => {
    const at = (n: number): string => "[".repeat(n - 1) + "]".repeat(n - 1);
    expect(() => parseSource(`{"a": ${at(DEFAULT_DOCUMENT_LIMITS.maxDepth)}}`, "a.json")).not.toThrow();
    expect(() => parseSource(`a: ${at(DEFAULT_DOCUMENT_LIMITS.maxDepth)}`, "a.yaml")).not.toThrow();
    expect(parseError(() => parseSource(`{"a": ${at(12)}}`, "a.json", { maxDepth: 11 })).message).toMatch(/limit of 11 levels/);
    expect(() => parseLosslessJson(`{"a": ${at(12)}}`, "p.json", 11)).toThrow(/p\.json:1:\d+: nested deeper than the limit of 11 levels/);
  });

  test("BIOIMAGE_SPECS_MAX_DEPTH is what the file readers use", async () => {
    const path = file("a.json", `{"a": ${"[".repeat(20)}${"]".repeat(20)}}`);
    await expect(readSourceFile(path)).resolves.toBeDefined();
    vi.stubEnv("BIOIMAGE_SPECS_MAX_DEPTH", "10");
    await expect(readSourceFile(path)).rejects.toThrow(/limit of 10 levels/);
    const { readCopickConfig } = await import("../../src/copick/node/config-file.js");
    await expect(readCopickConfig(path)).rejects.toThrow(/a\.json:1:\d+: nested deeper than the limit of 10 levels/); // the copick engine's reader
  });

  test("every document kind at the limit validates to a summary (the validators and rules do not overflow)", async () => {
    const deep = (n: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < n; i++) {
        value = i % 2 ? [value] : { k: value };
      }
      return value;
    };
    const limit = DEFAULT_DOCUMENT_LIMITS.maxDepth;
    const corpus = join(REPO, "test/fixtures/corpus");
    const inputs: [string, string][] = [
      ["copick/configs/overlay_local.json", "copick_config.json"],
      ["copick/reconstructed_exports/tiny/ExperimentRuns/run_001/Picks/alice_42_ribosome.json", "Picks/alice_42_ribosome.json"],
      ["fractal/valid/fractal-helper-tasks__FRACTAL_MANIFEST__.json", "__FRACTAL_MANIFEST__.json"],
      ["croissant/valid/v1.0_recipes_enum.json", "metadata.json"],
      ["copick/reconstructed_exports/tiny/Croissant/metadata.json", "Croissant/metadata.json"],
    ];
    const { readFileSync } = await import("node:fs");
    const paths = inputs.map(([from, to]) => {
      const doc = JSON.parse(readFileSync(join(corpus, from), "utf8")) as Record<string, unknown>;
      doc.zz_extra = deep(limit - 1);
      for (const value of Object.values(doc)) {
        if (Array.isArray(value) && typeof value[0] === "object" && value[0] !== null) {
          (value[0] as Record<string, unknown>).zz = deep(limit - 3);
        }
      }
      return file(to.replace("/", "_"), JSON.stringify(doc));
    });
    const model = (await import("yaml")).parse(readFileSync(join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml"), "utf8"));
    model.config = { deep: deep(limit - 2) };
    model.inputs[0].zz = deep(limit - 3);
    paths.push(file("rdf.json", JSON.stringify(model)));
    paths.push(file("rdf.yaml", (await import("yaml")).stringify(model)));
    const run = await runCli(["validate", "--no-io-checks", "--json", ...paths]);
    expect(run.stderr).toBe("");
    const summaries = JSON.parse(run.stdout) as { status: string }[];
    expect(summaries).toHaveLength(paths.length);
    expect(summaries.every((s) => ["passed", "failed", "valid-format"].includes(s.status))).toBe(true);
  });
});

describe("YAML alias bombs", () => {
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x, x]",
    ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? "a" : `l${i - 1}`;
      return `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*${prev}`).join(", ")}]`;
    }),
  ].join("\n");

  test("a billion laughs is refused by the loaders, quickly", async () => {
    const started = Date.now();
    await expect(loadDescription(new TextEncoder().encode(bomb), { performIoChecks: false })).rejects.toThrow(
      /in-memory:1:1: more than 100 YAML alias expansions/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("a few aliases are fine; the bound is an option and a setting", async () => {
    const few = "a: &a {x: 1}\nb: *a\nc: *a\n";
    expect(parseSource(few, "a.yaml").value).toEqual({ a: { x: 1 }, b: { x: 1 }, c: { x: 1 } });
    expect(() => parseSource(few, "a.yaml", { maxAliasCount: 1 })).toThrow(/more than 1 YAML alias expansions/);
    vi.stubEnv("BIOIMAGE_SPECS_MAX_YAML_ALIASES", "1");
    await expect(readSourceFile(file("a.yaml", few))).rejects.toThrow(/more than 1 YAML alias expansions/);
  });

  test("the limit is the number of aliases: 100 (the default) are read, 101 are refused", () => {
    const aliases = (n: number): string => `a: &x {b: 1}\nc:\n${"  - *x\n".repeat(n)}`;
    expect((parseSource(aliases(100), "a.yaml").value as { c: unknown[] }).c).toHaveLength(100);
    expect(() => parseSource(aliases(101), "a.yaml")).toThrow(
      "a.yaml:1:1: more than 100 YAML alias expansions (the limit: BIOIMAGE_SPECS_MAX_YAML_ALIASES)",
    );
    expect((parseSource(aliases(3), "a.yaml", { maxAliasCount: 3 }).value as { c: unknown[] }).c).toHaveLength(3);
  });
});

describe("very large documents: a size limit with a clear error", () => {
  test("files, bytes, text and zip entries beyond BIOIMAGE_SPECS_MAX_DOCUMENT_BYTES are refused before parsing", async () => {
    vi.stubEnv("BIOIMAGE_SPECS_MAX_DOCUMENT_BYTES", "1000");
    const big = `type: model\ndescription: "${"x".repeat(2000)}"\n`;
    const path = file("rdf.yaml", big);
    await expect(readSourceFile(path)).rejects.toThrow(new ReadError(path, "larger than the limit of 1000 bytes (2028 bytes)"));
    await expect(loadDescription(path)).rejects.toThrow(/larger than the limit of 1000 bytes/);
    await expect(loadDescription(new TextEncoder().encode(big))).rejects.toThrow(/in-memory: larger than the limit of 1000 bytes/);
    const zip = join(dir, "big.zip");
    execFileSync("python3", [
      "-c",
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('rdf.yaml', sys.argv[2])",
      zip,
      big,
    ]);
    await expect(loadDescription(zip)).rejects.toThrow(/big\.zip\/rdf\.yaml: larger than the limit of 1000 bytes/);
    expect(() => parseSource(big, "t.yaml", { maxDocumentBytes: 1000 })).toThrow(
      /t\.yaml:1:1: document larger than the limit of 1000 bytes/,
    );
  });

  test("devices and FIFOs are not documents (they may never end)", async () => {
    await expect(readSourceFile("/dev/zero")).rejects.toThrow("/dev/zero: not a regular file");
    const fifo = join(dir, "fifo.yaml");
    execFileSync("mkfifo", [fifo]);
    await expect(readSourceFile(fifo)).rejects.toThrow(/fifo\.yaml: not a regular file/);
    await expect(loadDescription(fifo)).rejects.toThrow(/fifo\.yaml: not a regular file/);
  });
});

describe("encodings", () => {
  test("a byte order mark is ignored in YAML, JSON, NDJSON and CSV", () => {
    expect(parseSource("\uFEFFa: 1\n", "a.yaml").value).toEqual({ a: 1 });
    expect(parseSource('\uFEFF{"a": 1}', "a.json").value).toEqual({ a: 1 });
    expect(parseSource('\uFEFF{"a": 1}\n{"a": 2}\n', "a.ndjson").value).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parseSource("\uFEFFrun,split\r\nTS_1,train\r\n", "runs.csv").value).toEqual([
      ["run", "split"],
      ["TS_1", "train"],
    ]);
  });

  test.each([
    ["Latin-1", Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a])],
    ["UTF-16 with a BOM", Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00])],
    ["a lone continuation byte", Uint8Array.from([0x61, 0x3a, 0x20, 0x80])],
    ["an overlong encoding of '/'", Uint8Array.from([0x61, 0x3a, 0x20, 0xc0, 0xaf])],
  ])("%s is not UTF-8 text: a ReadError", async (_name, bytes) => {
    const path = file("rdf.yaml", bytes);
    await expect(readSourceFile(path)).rejects.toThrow(new ReadError(path, "not UTF-8 text"));
    await expect(loadDescription(path)).rejects.toThrow(`${path}: not UTF-8 text`);
  });
});

describe("values JSON cannot hold", () => {
  test("NaN and Infinity in JSON: a ParseError at the token, without quoting the input", () => {
    for (const [token, col] of [
      ["NaN", 7],
      ["Infinity", 7],
      ["-Infinity", 7],
    ] as const) {
      const error = parseError(() => parseSource(`{"a": ${token}}`, "a.json"));
      expect([error.line, error.col, error.reason]).toEqual([1, col, "unexpected character"]);
    }
  });

  test("YAML .nan and .inf reach the validators and give a summary (JSON output stays JSON)", async () => {
    const text = "type: model\nformat_version: .inf\nname: .nan\ndescription: -.inf\n";
    const summary = (await loadDescription(new TextEncoder().encode(text), { performIoChecks: false })).validationSummary;
    expect(summary.status).toBe("failed");
    expect(() => JSON.parse(JSON.stringify(summary))).not.toThrow();
  });

  test("a 0.4 channel count of 2^64 converted to 0.5: an error in the summary, nothing allocated", async () => {
    const { buildDescription } = await import("../../src/bioimageio/build.js");
    const { loadCorpusDocument } = await import("../helpers/model.js");
    const doc = loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml") as Record<string, any>;
    doc.inputs[0].shape = [1, 2 ** 64, 512, 512];
    const latest = await buildDescription(doc, { formatVersion: "latest" });
    expect(latest.validationSummary.errors.map((e) => e.msg)).toContain(
      "Value error, 18446744073709552000 channels cannot be converted: at most 1000000 channel names are written",
    );
  });

  test("integers beyond 2^53: copick instance ids stay exact through read and write", () => {
    const ids = ["18446744073709551615", "1180591620717411303424", "-9223372036854775808", "9007199254740993"];
    const text = `{\n    "pickable_object_name": "ribosome",\n    "user_id": "u",\n    "session_id": "1",\n    "run_name": "r",\n    "voxel_spacing": 10.0,\n    "unit": "angstrom",\n    "points": [\n${ids
      .map(
        (id) =>
          `        {\n            "location": {\n                "x": 1.0,\n                "y": 2.0,\n                "z": 3.0\n            },\n            "transformation_": [\n                [\n                    1.0,\n                    0.0,\n                    0.0,\n                    0.0\n                ],\n                [\n                    0.0,\n                    1.0,\n                    0.0,\n                    0.0\n                ],\n                [\n                    0.0,\n                    0.0,\n                    1.0,\n                    0.0\n                ],\n                [\n                    0.0,\n                    0.0,\n                    0.0,\n                    1.0\n                ]\n            ],\n            "instance_id": ${id},\n            "score": 1.0\n        }`,
      )
      .join(",\n")}\n    ],\n    "trust_orientation": true\n}`;
    const picks = readPicks(text, "p.json");
    expect(picks.points?.map((p) => String(p.instance_id))).toEqual(ids);
    expect(writePicks(picks)).toBe(text);
  });
});

describe("duplicate keys: refused, with the position of the second", () => {
  test.each([
    ["YAML", "a.yaml", "a: 1\nb:\n  c: 1\n  c: 2\n", 4, 3, /Map keys must be unique/],
    ["JSON", "a.json", '{"a": 1,\n "b": {"c": 1, "c": 2}}', 2, 16, /duplicate key "c"/],
    ["JSON (escaped spelling)", "a.json", '{"a": 1, "\\u0061": 2}', 1, 10, /duplicate key "a"/],
    ["NDJSON", "a.ndjson", '{"a": 1}\n{"a": 1, "a": 2}\n', 2, 10, /duplicate key "a"/],
  ])("%s", (_name, fileName, text, line, col, reason) => {
    const error = parseError(() => parseSource(text, fileName));
    expect([error.line, error.col]).toEqual([line, col]);
    expect(error.reason).toMatch(reason);
  });

  test("the same key in different objects, and a key equal to a string value, are fine", () => {
    expect(parseSource('{"a": {"a": "a"}, "b": [{"a": 1}, {"a": 2}]}', "a.json").value).toEqual({ a: { a: "a" }, b: [{ a: 1 }, { a: 2 }] });
  });
});

describe("malformed documents and the CLI", () => {
  const malformed: [string, string, RegExp][] = [
    ["unclosed.yaml", "a: [1, 2\n", /unclosed\.yaml:\d+:\d+: /],
    ["tabs.yaml", "a:\n\t- 1\n", /tabs\.yaml:2:1: /],
    ["multi.yaml", "a: 1\n---\nb: 2\n", /multi\.yaml:2:1: Source contains multiple documents/],
    ["trailing.json", '{"a": 1} x', /trailing\.json:1:10: unexpected data after the JSON value/],
    ["comma.json", '{"a": 1,}', /comma\.json:1:9: expected a property name in double quotes/],
    ["nan.json", '{"run": NaN}\n', /nan\.json:1:9: unexpected character/],
    ["control.json", '{"a": "\u0007\u001b[2J"}', /control\.json:1:8: control character in string/],
    ["quote.csv", 'run,split\n"TS_1,train\n', /quote\.csv:2:1: unexpected end of data in a quoted field/],
    ["deep.json", deepJsonArrays, TOO_DEEP],
    ["deep.yaml", deepYamlBlock, TOO_DEEP],
    ["dup.json", '{"type": "model", "type": "dataset"}', /dup\.json:1:19: duplicate key "type"/],
  ];

  test("each one: one line naming file:line:col on stderr, exit 2, no stack trace", async () => {
    const paths = malformed.map(([name, text]) => file(name, text));
    const run = await runCli(["validate", ...paths]);
    expect(run.code).toBe(2);
    // stdout has only the total over the files
    const n = malformed.length;
    expect(run.stdout).toBe(`total: ${n} files: 0 passed, 0 failed, ${n} unreadable (${n} errors, 0 warnings)\n`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(malformed.length);
    lines.forEach((line, i) => expect(line).toMatch(malformed[i]?.[2] ?? /never/));
  });

  test("non-UTF-8 bytes, a device and a missing file: one line each, exit 2", async () => {
    const latin1 = file("rdf.yaml", Uint8Array.from([0x61, 0x3a, 0x20, 0xe9]));
    expectOneLineError(await runCli(["validate", latin1]), /rdf\.yaml: not UTF-8 text$/);
    expectOneLineError(await runCli(["validate", "/dev/zero"]), /^\/dev\/zero: not a regular file$/);
    expectOneLineError(await runCli(["update-format", latin1]), /rdf\.yaml: not UTF-8 text$/);
    expectOneLineError(await runCli(["package", file("rdf.yaml", "a: [1\n"), join(dir, "out.zip")]), /rdf\.yaml:2:1: /);
  });

  test("non-mapping top levels: a summary saying so, for every kind", async () => {
    const tops = ["- a\n", "42\n", "", "null\n", '"text"\n'];
    const paths = tops.flatMap((text, i) => [file(`t${i}.yaml`, text), file(`t${i}.json`, text === "- a\n" ? '["a"]' : text || "null")]);
    for (const kind of ["bioimageio", "fractal-manifest", "copick-config", "copick-picks", "croissant"]) {
      const run = await runCli(["validate", "--json", "--kind", kind, ...paths]);
      expect(run.code, `${kind}: ${run.stderr}`).toBe(1);
      const summaries = JSON.parse(run.stdout) as { status: string }[];
      expect(summaries.map((s) => s.status)).toEqual(paths.map(() => "failed"));
    }
  });

  test("control characters in a document never reach the terminal raw", async () => {
    const path = file("rdf.yaml", 'type: model\nformat_version: 0.5.4\n"\\e[2J\\e[31mkey": 1\nname: "\\e]0;owned\\a"\n');
    const run = await runCli(["validate", "--no-io-checks", path]);
    expect(run.code).toBe(1);
    expect(run.stdout.includes("\u001b")).toBe(false);
    expect(run.stdout).toContain("\\u001b[2J");
  });

  test("invisible characters and line separators in names are shown escaped (k\\u200bey is not shown as key)", async () => {
    const invisible = ["\u200b", "\u200d", "\u200e", "\u2028", "\u2029", "\u2060", "\ufeff", "\u061c"];
    const path = file("rdf.yaml", `type: model\nformat_version: 0.5.4\n${invisible.map((c, i) => `"k${c}ey${i}": 1`).join("\n")}\n`);
    const run = await runCli(["validate", "--no-io-checks", path]);
    expect(run.code).toBe(1);
    expect([...run.stdout].filter((c) => invisible.includes(c))).toEqual([]);
    for (const c of invisible) {
      expect(run.stdout).toContain(`k\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}ey`);
    }
  });
});

describe("YAML the reference's loader refuses: tags it cannot construct, characters YAML does not allow", () => {
  // Asked of bioimageio.spec 0.5.7.2's loader (ruyaml, YAML(typ="safe")): what it refuses, in its words, and where
  // (its 0-based column + 1). Everything else of this list it reads.
  const refused: [string, string, string][] = [
    ["a: !foo bar\n", "1:4", "could not determine a constructor for the tag '!foo'"],
    [
      "a: !!python/object:os.system ls\n",
      "1:4",
      "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'",
    ],
    [
      "a: !!python/object/apply:os.system [ls]\n",
      "1:4",
      "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ],
    [
      "%TAG !e! tag:example.com,2000:\n---\na: !e!foo x\n",
      "3:4",
      "could not determine a constructor for the tag 'tag:example.com,2000:foo'",
    ],
    ["!foo\na: 1\n", "1:1", "could not determine a constructor for the tag '!foo'"],
    ["a: !foo\n  b: 1\n", "1:4", "could not determine a constructor for the tag '!foo'"],
    ["a: !!merge x\n", "1:4", "could not determine a constructor for the tag 'tag:yaml.org,2002:merge'"],
    ["a: !!value x\n", "1:4", "could not determine a constructor for the tag 'tag:yaml.org,2002:value'"],
    ["a: [1, !foo 2]\n", "1:8", "could not determine a constructor for the tag '!foo'"],
    ["? {a: 1}\n: 1\n", "1:3", "while constructing a mapping: found unhashable key"],
    // these the reference reads, as a tuple key, which no description holds ("Keys should be strings" in a
    // config, an internal error at the top level)
    ["? [a, b]\n: 1\n", "1:3", "while constructing a mapping: found a sequence as a key (keys are strings)"],
    ["[a, b]: 1\n", "1:1", "while constructing a mapping: found a sequence as a key (keys are strings)"],
    // and this one, as a set: "config.x is not a valid YAML value" when validated
    ["a: !!set {x}\n", "1:4", "a !!set is not a value a description can hold"],
  ];
  const characters: [string, string, string][] = [
    ["a: b\u0000c\n", "1:5", "#x0000"],
    ["a: 'b\u0000c'\n", "1:6", "#x0000"],
    ['a: "b\u0000c"\n', "1:6", "#x0000"],
    ["# comment \u0000\na: 1\n", "1:11", "#x0000"],
    ["a: 1\n\u0000", "2:1", "#x0000"],
    ["a: b\u0001c\n", "1:5", "#x0001"],
    ["a: b\u000bc\n", "1:5", "#x000b"],
    ["a: b\u000cc\n", "1:5", "#x000c"],
    ["a: b\u001bc\n", "1:5", "#x001b"],
    ["a: b\u007fc\n", "1:5", "#x007f"],
    ["a: b\u009fc\n", "1:5", "#x009f"],
    ["a: b\ufffec\n", "1:5", "#xfffe"],
    ["a: b\uffffc\n", "1:5", "#xffff"],
  ];
  const read: [string, unknown][] = [
    ['a: "b\\0c"\n', { a: "b\u0000c" }], // an escape is how a NUL is written
    ["a: b\u0085c\n", { a: "b\u0085c" }], // NEL is printable (the reference folds it to a space)
    ["a: !!str 1\n", { a: "1" }],
    ["a: !!int '3'\n", { a: 3 }],
    ["a: ! x\n", { a: "x" }],
    ["a: !<tag:yaml.org,2002:str> x\n", { a: "x" }],
    // the reference makes bytes, a date, an ordered dict and tuples of these; pydantic reads them as below (the date
    // is a YamlTimestamp, written here as its JSON form)
    [
      "a: !!binary aGk=\nb: !!timestamp 2020-01-01\nc: !!omap [{x: 1}, {y: 2}]\nd: !!pairs [{x: 1}, {x: 2}]\n",
      {
        a: "aGk=",
        b: "2020-01-01",
        c: { x: 1, y: 2 },
        d: [
          ["x", 1],
          ["x", 2],
        ],
      },
    ],
  ];

  test.each(refused)("%j: refused at %s (%s)", (text, at, reason) => {
    expect(() => parseSource(text, "a.yaml")).toThrow(`a.yaml:${at}: ${reason}`);
  });

  test.each(characters)("%j: refused at %s, before parsing (unacceptable character %s)", (text, at, code) => {
    expect(() => parseSource(text, "a.yaml")).toThrow(`a.yaml:${at}: unacceptable character ${code}: special characters are not allowed`);
  });

  test.each(read)("%j: read, JSON values only (a date or datetime a YamlTimestamp)", (text, value) => {
    expect(withJsonTimestamps(parseSource(text, "a.yaml").value)).toEqual(value);
  });

  test("through the CLI: one line, and nothing of the yaml library's own warnings on stderr", async () => {
    for (const [name, text, reason] of [
      [
        "tag.yaml",
        "type: model\nname: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        /tag\.yaml:2:7: could not determine a constructor/,
      ],
      ["nul.yaml", "type: model\nname: a\u0000b\n", /nul\.yaml:2:8: unacceptable character #x0000/],
      ["key.yaml", "type: model\n[a, b]: 1\n", /key\.yaml:2:1: while constructing a mapping/],
    ] as const) {
      expectOneLineError(await runCli(["validate", file(name, text)]), reason);
    }
  });
});
