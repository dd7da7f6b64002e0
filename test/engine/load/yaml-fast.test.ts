import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NEEDS_FULL_YAML, parseWith } from "../../../src/engine/load/parse-core.js";
import { parseSourceLazily } from "../../../src/engine/load/parse-lazily.js";
import { parseSource } from "../../../src/engine/load/parse.js";
import { startOf } from "../../../src/engine/load/located-node.js";
import { FAST_YAML_MAX_NESTING, isPlainString, locateYamlFast, parseYamlFast } from "../../../src/engine/load/yaml-fast.js";
import { YamlTimestamp } from "../../../src/engine/yaml-timestamp.js";
import { CORPUS } from "../../helpers/corpus.js";
import { REPO } from "../../helpers/fixture-codegen.js";
import { pathsOf } from "../../helpers/doc-paths.js";
import { fuzzParams } from "../../helpers/fuzz-settings.js";
import { firstDifference, yamlNodes, yamlPositions, yamlReference } from "../../helpers/same-yaml.js";

/** The fast path read `text` (else the property is void) and agrees with `yaml`. */
function expectFastAndSame(text: string): unknown {
  const fast = parseYamlFast(text);
  expect(fast, "the fast path gave up").toBeDefined();
  const reference = yamlReference(text);
  expect(reference, "yaml reports an error").toBeDefined();
  expect(firstDifference(fast?.value, reference?.value)).toBeUndefined();
  return fast?.value;
}

describe("parseYamlFast", () => {
  test("block mappings and sequences, compact forms, a sequence at its key's column", () => {
    const value = expectFastAndSame(
      [
        "name: x # comment",
        "# a comment line",
        "authors:",
        "- name: a",
        "  affiliation: b",
        "-   name: c",
        "    orcid: '0000'",
        "nested:",
        "  - - 1",
        "    - 2",
        "  -",
        "  - key:",
        "      deeper: true",
        "empty:",
        '\'quoted key\': "double \\u00e9 \\" \\\\ \\t"',
        "next:",
        "  on its own line",
        "",
      ].join("\n"),
    );
    expect(value).toEqual({
      name: "x",
      authors: [
        { name: "a", affiliation: "b" },
        { name: "c", orcid: "0000" },
      ],
      nested: [[1, 2], null, { key: { deeper: true } }],
      empty: null,
      "quoted key": 'double é " \\ \t',
      next: "on its own line",
    });
  });

  test("plain scalars as the reference's loader (ruyaml, YAML 1.2) resolves them", () => {
    // what ruyaml 0.91 made of each (recorded with the reference's environment): digit groups, binary, signed hex
    // and octal, leading zeros, `+.5`; no negative zero int
    const scalars = [
      ["0o17", 15],
      ["0x1F", 31],
      ["+12", 12],
      ["-0", 0],
      ["012", 12],
      ["019", 19],
      ["1_000", 1000],
      ["1_", 1],
      ["0b101", 5],
      ["-0b1_01", -5],
      ["+0x1F", 31],
      ["-0o17", -15],
      ["0x_1F", 31],
      [".inf", Infinity],
      ["-.Inf", -Infinity],
      [".NaN", NaN],
      ["1e3", 1000],
      ["1.", 1],
      [".5", 0.5],
      ["+.5", 0.5],
      ["-1.5e-3", -0.0015],
      ["1_000.5", 1000.5],
      ["1.e3", 1000],
      ["~", null],
      ["Null", null],
      ["TRUE", true],
      ["false", false],
    ] as const;
    const strings = [
      "yes",
      "no",
      "on",
      "y",
      "0x",
      "0X1F",
      "0O17",
      "_1",
      "1e",
      "2019-1-1",
      "2019-12-11T12:22",
      "1.2.3",
      "1:30",
      "Infinity",
      "nan",
    ];
    const value = expectFastAndSame([...scalars.map(([s]) => s), ...strings].map((s, i) => `k${i}: ${s}`).join("\n") + "\n") as Record<
      string,
      unknown
    >;
    expect(Object.values(value).slice(0, scalars.length)).toEqual(scalars.map(([, v]) => v));
    expect(Object.is(value.k3, 0)).toBe(true);
    expect(Object.values(value).slice(scalars.length)).toEqual(strings);
  });

  test("plain timestamps are Python dates and naive datetimes, the offset applied", () => {
    const cases = [
      ["2019-12-11", "date", "2019-12-11", "datetime.date(2019, 12, 11)"],
      ["0001-01-01", "date", "0001-01-01", "datetime.date(1, 1, 1)"],
      ["2019-12-11T12:22:32", "datetime", "2019-12-11T12:22:32", "datetime.datetime(2019, 12, 11, 12, 22, 32)"],
      ["2019-12-11 12:22:32Z", "datetime", "2019-12-11T12:22:32", "datetime.datetime(2019, 12, 11, 12, 22, 32)"],
      ["2019-12-11t00:00:00", "datetime", "2019-12-11T00:00:00", "datetime.datetime(2019, 12, 11, 0, 0)"],
      ["2019-12-11T12:22:32.5+01:00", "datetime", "2019-12-11T11:22:32.500000", "datetime.datetime(2019, 12, 11, 11, 22, 32, 500000)"],
      ["2019-12-11T12:22:32 -01", "datetime", "2019-12-11T13:22:32", "datetime.datetime(2019, 12, 11, 13, 22, 32)"],
      ["2019-12-31T23:59:59.9999994-00:30", "datetime", "2020-01-01T00:29:59.999999", "datetime.datetime(2020, 1, 1, 0, 29, 59, 999999)"],
      ["2019-1-1 1:22:32", "datetime", "2019-01-01T01:22:32", "datetime.datetime(2019, 1, 1, 1, 22, 32)"],
    ] as const;
    const value = expectFastAndSame(cases.map(([s], i) => `k${i}: ${s}`).join("\n") + "\n") as Record<string, unknown>;
    cases.forEach(([text, kind, iso, repr], i) => {
      const read = value[`k${i}`];
      expect(read, text).toBeInstanceOf(YamlTimestamp);
      const timestamp = read as YamlTimestamp;
      expect([timestamp.kind, timestamp.toJSON(), timestamp.pyRepr()], text).toEqual([kind, iso, repr]);
      expect(JSON.stringify({ at: read })).toBe(JSON.stringify({ at: iso }));
    });
  });

  test("a plain scalar the reference cannot construct is a parse error in Python's words, left to `yaml`", () => {
    for (const [text, reason] of [
      ["2019-13-45", "month must be in 1..12"],
      ["2019-02-29", "day is out of range for month"],
      ["2019-12-11T24:00:00", "hour must be in 0..23"],
      ["0000-01-01", "year 0 is out of range"],
      ["._", "could not convert string to float: '.'"],
      ["0b_", "invalid literal for int() with base 2: ''"],
    ] as const) {
      expect(parseYamlFast(`k: ${text}\n`), text).toBeUndefined();
      expect(() => parseSource(`k: ${text}\n`, "a.yaml"), text).toThrow(`a.yaml:1:4: ${reason}`);
    }
  });

  test("literal and folded block scalars with every chomping", () => {
    const value = expectFastAndSame(
      [
        "a: |",
        "  one",
        "",
        "  two",
        "b: |-",
        "  x",
        "  y",
        "",
        "c: |+",
        "  kept",
        "",
        "",
        "d: >",
        "  folded",
        "  lines",
        "",
        "  para",
        "e: >-",
        "  z",
        "f: 1",
        "",
      ].join("\n"),
    );
    expect(value).toEqual({ a: "one\n\ntwo\n", b: "x\ny", c: "kept\n\n\n", d: "folded lines\npara\n", e: "z", f: 1 });
  });

  test("quoted scalars over several lines, and flow collections over several lines with comments and trailing commas", () => {
    const value = expectFastAndSame(
      [
        "cite:",
        "  - text:",
        "      'Ronneberger, Olaf et al. U-net:",
        "      MICCAI 2015.'",
        '    doi: "a',
        "",
        '      b"',
        "kwargs:",
        "  {",
        "    axes: xyc, # the axes",
        "    nested: [1, 'two', {three: 3}],",
        "  }",
        "tags: [a b, c,]",
        "",
      ].join("\n"),
    );
    expect(value).toEqual({
      cite: [{ text: "Ronneberger, Olaf et al. U-net: MICCAI 2015.", doi: "a\nb" }],
      kwargs: { axes: "xyc", nested: [1, "two", { three: 3 }] },
      tags: ["a b", "c"],
    });
  });

  test("plain and quoted scalars over several lines, in block and flow collections, as machine-written documents have them", () => {
    const value = expectFastAndSame(
      [
        "description: Supervised restoration of 2D images. CARE is a neural network",
        "  capable of image restoration",
        "",
        "  from corrupted images",
        "  # a comment line ends nothing here",
        "badges:",
        "- {icon: 'https://example.com/badge.svg', label: Open in",
        "    Colab, url: x}",
        "- plain item",
        "  on two lines",
        'traceback: ["  File \\"a.py\\",',
        '    line 55, in validate\\n", "second\\t',
        '    item"]',
        "cite:",
        "- {doi: 10.1038/x, text: 'E. Gómez-de-Mariscal, C. García-López-de-Haro,",
        '    W. Ouyang. "DeepImageJ: A user-friendly environment", Nat Methods',
        "",
        "    18 (2021).'}",
        "",
      ].join("\n"),
    );
    expect(value).toEqual({
      description: "Supervised restoration of 2D images. CARE is a neural network capable of image restoration\nfrom corrupted images",
      badges: [{ icon: "https://example.com/badge.svg", label: "Open in Colab", url: "x" }, "plain item on two lines"],
      traceback: ['  File "a.py", line 55, in validate\n', "second\t item"],
      cite: [
        {
          doi: "10.1038/x",
          text: 'E. Gómez-de-Mariscal, C. García-López-de-Haro, W. Ouyang. "DeepImageJ: A user-friendly environment", Nat Methods\n18 (2021).',
        },
      ],
    });
  });

  test("plain scalars in flow collections with `:` before other characters (URLs), `#` and quotes inside", () => {
    expect(expectFastAndSame("covers: [https://x.org/a.png, b:c, it's, a#b]\nlinks: {u: https://x, v: w:z}\n")).toEqual({
      covers: ["https://x.org/a.png", "b:c", "it's", "a#b"],
      links: { u: "https://x", v: "w:z" },
    });
  });

  test("a plain scalar or key that ends in white space other than a space is left to `yaml`, which keeps it in the value", () => {
    for (const space of ["\u00a0", "\u3000", "\u2003"]) {
      for (const text of [`a: x${space}\n`, `a: [y${space}]\n`, `a${space}: x\n`]) {
        expect(parseYamlFast(text), JSON.stringify(text)).toBeUndefined();
      }
      expect(parseSource(`a${space}: x${space}\nb: [y${space}, 'z${space}\n  w']\n`, "doc.yaml").value).toEqual({
        [`a${space}`]: `x${space}`,
        b: [`y${space}`, `z${space} w`],
      });
    }
  });

  test("anchors and aliases: the alias is the anchored value itself, located where it is written", () => {
    const text = [
      "a: &list [1, &one 1]",
      "b: *list",
      "c: &map",
      "  k: &v v",
      "d: &seq # a comment",
      "- *one",
      "- {x: *v, y: [*map, &s s]}",
      "e:",
      "  - &item item",
      "  - *item",
      "  - *seq",
      "",
    ].join("\n");
    const value = expectFastAndSame(text) as Record<string, unknown>;
    expect(value).toEqual({
      a: [1, 1],
      b: [1, 1],
      c: { k: "v" },
      d: [1, { x: "v", y: [{ k: "v" }, "s"] }],
      e: ["item", "item", [1, { x: "v", y: [{ k: "v" }, "s"] }]],
    });
    expect(value.b).toBe(value.a);
    expect((value.e as unknown[])[2]).toBe(value.d);
    const locate = locateYamlFast(text);
    const nodes = yamlNodes(text, value);
    for (const path of [["b"], ["b", 0], ["d", 1, "y", 0, "k"], ["e", 2, 1], ["c", "k"], ["a", 1]]) {
      expect(JSON.stringify(locate?.(path)), JSON.stringify(path)).toBe(nodes.get(JSON.stringify(path)));
    }
    expect(locate?.(["b", 0]).depth).toBe(1);
  });

  test("JSON written as YAML, and quoted scalars folded over a line that holds only the closing quote", () => {
    expectFastAndSame('{\n  "a": [1, "x"],\n  "b": {"c": null}\n}\n');
    expectFastAndSame("[\n1, 2\n]\n");
    expect(expectFastAndSame("a: ['x\n\n  ', \"y\n  \", 'z\n   ']\nb: 'w\n  '\n")).toEqual({ a: ["x\n", "y ", "z "], b: "w " });
  });

  test("alias expansions within the limit are read; a document beyond it or near it is left to `yaml`, which refuses it", () => {
    const aliases = (n: number): string => `a: &x 1\nb: [${Array.from({ length: n }, () => "*x").join(", ")}]\n`;
    expect(parseYamlFast(aliases(100), 100)).toBeDefined();
    expect(parseYamlFast(aliases(101), 100)).toBeUndefined();
    expect(() => parseSource(aliases(101), "doc.yaml", { maxAliasCount: 100 })).toThrow(/more than 100 YAML alias expansions/);
    expect(parseYamlFast(aliases(101), -1)).toBeDefined();
    // a billion laughs, a few levels deep
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 5; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      laughs.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`);
    }
    const bomb = `${laughs.join("\n")}\n`;
    expect(parseYamlFast(bomb)).toBeUndefined();
    expect(() => parseSource(bomb, "doc.yaml")).toThrow(/YAML alias expansions/);
    // whatever the limit, the fast path never reads what `yaml` refuses
    for (let limit = 0; limit < 60; limit += 7) {
      for (const text of [aliases(limit + 1), bomb, `${laughs.slice(0, 2).join("\n")}\n`, `${laughs.slice(0, 3).join("\n")}\n`]) {
        const fast = parseYamlFast(text, limit);
        let full: unknown;
        try {
          full = parseSource(text, "doc.yaml", { maxAliasCount: limit }).value;
        } catch {
          full = undefined;
        }
        if (fast !== undefined) {
          expect(full, `${limit}: ${text}`).toBeDefined();
          expect(firstDifference(fast.value, full)).toBeUndefined();
        }
      }
    }
  });

  test("a value read without aliases nests no deeper than FAST_YAML_MAX_NESTING (parseSource then skips its depth walk)", () => {
    const nesting = (value: unknown): number =>
      typeof value === "object" && value !== null ? 1 + Math.max(0, ...Object.values(value).map(nesting)) : 0;
    const styles: ((depth: number) => string)[] = [
      (depth) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k:\n`).join("") + `${" ".repeat(depth)}v\n`,
      (depth) => Array.from({ length: depth }, (_, i) => `${" ".repeat(2 * i)}- `).join("") + "x\n",
      (depth) => `k: ${"[".repeat(depth)}1${"]".repeat(depth)}\n`,
      (depth) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k:\n${" ".repeat(i)}- `).join("") + "x\n",
    ];
    let answered = 0;
    for (const style of styles) {
      for (let depth = 100; depth < 140; depth++) {
        const fast = parseYamlFast(style(depth));
        if (fast !== undefined) {
          answered++;
          expect(fast.aliased).toBe(false);
          expect(nesting(fast.value) - 1, `${depth}`).toBeLessThanOrEqual(FAST_YAML_MAX_NESTING);
        }
      }
    }
    expect(answered).toBeGreaterThan(50);
  });

  test("CRLF line breaks, the %YAML 1.2 directive and a document start marker", () => {
    expect(expectFastAndSame("%YAML 1.2\r\n---\r\na: 1\r\nb: |\r\n  x\r\n")).toEqual({ a: 1, b: "x\n" });
  });

  test.each([
    ["an alias before its anchor", "a: *x\nb: &x 1\n"],
    ["an alias inside its anchor's node (a cycle)", "a: &x [*x]\n"],
    ["a redefined anchor", "a: &x 1\nb: &x 2\nc: *x\n"],
    ["an anchor on a key", "&x a: 1\nb: *x\n"],
    ["an anchor on an empty value", "a: &x\nb: *x\n"],
    ["an anchor on a scalar on the next line", "a: &x\n  one\n"],
    ["an anchor with a tag", "a: &x !!str 1\n"],
    ["an anchor on a compact mapping", "- &x a: 1\n"],
    ["an alias as a key", "a: &x k\n*x : 1\n"],
    ["an alias with a colon after its name", "a: &x 1\nb: *x:\n"],
    ["an anchor name of other characters", "a: &\u00e9 1\nb: *\u00e9\n"],
    ["a tag", "a: !!str 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a tab", "a:\t1\n"],
    ["a plain scalar going on with a line that starts with an indicator", "a: one\n  - two\n"],
    ["a plain scalar going on with a line that holds ': '", "a: one\n  two: three\n"],
    ["a line more indented after a plain scalar's comment", "a: one # c\n  two\n"],
    ["a single-pair mapping in a flow sequence", "a: [k: v]\n"],
    ["a flow key with an empty value", "a: [k:]\n"],
    ["a plain scalar on the line after a comment line", "k:\n#c\n x\nb: 1\n"],
    ["an escaped line break in a double-quoted scalar", 'a: "one\\\n  two"\n'],
    ["an escaped space before a line break", 'a: "one\\ \n  two"\n'],
    ["another YAML version", "%YAML 1.1\n---\na: 1\n"],
    ["a key that is not a string", "1: a\n"],
    ["a merge key", "<<: {a: 1}\n"],
    ["an empty document", "# nothing\n"],
    ["a second document", "a: 1\n---\nb: 2\n"],
    ["a block scalar on the last line without a line break", "a: |\n  x"],
    ["a lone CR", "a: 1\rb: 2\n"],
    ["a scalar document", "just text\n"],
    ["a wrongly indented line", "a:\n    b: 1\n  c: 2\n"],
    ["__proto__", "__proto__: 1\n"],
  ])("leaves %s to `yaml`", (_what, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  test("every YAML file of the corpus: the fast path agrees with `yaml` on values, positions and spans wherever it answers, and answers for most", () => {
    const files = execFileSync("find", [CORPUS, join(REPO, "examples"), "-name", "*.yaml", "-o", "-name", "*.yml"], { encoding: "utf8" })
      .trim()
      .split("\n");
    let answered = 0;
    let answeredHandWritten = 0;
    // the documents collected from the collection's history are machine-written (flow style, folded lines)
    const handWritten = files.filter((file) => !file.includes("bioimageio-collected"));
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      const fast = parseYamlFast(text);
      if (fast === undefined) {
        continue;
      }
      answered++;
      answeredHandWritten += handWritten.includes(file) ? 1 : 0;
      const reference = yamlReference(text);
      expect(reference, file).toBeDefined();
      expect(firstDifference(fast.value, reference?.value), file).toBeUndefined();
      const locate = locateYamlFast(text);
      const positions = yamlPositions(text, fast.value);
      const nodes = yamlNodes(text, fast.value);
      for (const path of pathsOf(fast.value, true)) {
        const at = locate ? startOf(locate(path)) : undefined;
        expect(`${at?.line}:${at?.col}`, `${file} ${JSON.stringify(path)}`).toBe(positions.get(JSON.stringify(path)));
        expect(JSON.stringify(locate?.(path)), `${file} ${JSON.stringify(path)}`).toBe(nodes.get(JSON.stringify(path)));
      }
    }
    expect(files.length).toBeGreaterThan(60);
    // the rest use anchors, flow keys with `:` or mappings in flow sequences
    expect(answered / files.length).toBeGreaterThan(0.9);
    expect(answeredHandWritten / handWritten.length).toBeGreaterThan(0.85);
  }, 120_000); // every corpus file parsed twice, with spans compared: half a minute on a loaded 2-core machine
});

describe("parseSourceLazily", () => {
  const fastYaml = "a: 1\nb:\n  - x\n";
  test("reads JSON, CSV and what the fast path reads without `yaml`, and needs it for other YAML", () => {
    expect(parseWith(fastYaml, "doc.yaml", {}, undefined)).not.toBe(NEEDS_FULL_YAML);
    expect(parseWith("a: !!str 1\n", "doc.yaml", {}, undefined)).toBe(NEEDS_FULL_YAML);
    expect(parseWith('{"a": 1}', "doc.json", {}, undefined)).not.toBe(NEEDS_FULL_YAML);
    expect(parseWith("a,b\n1,2\n", "doc.csv", {}, undefined)).not.toBe(NEEDS_FULL_YAML);
  });

  test.each([
    ["doc.yaml", fastYaml, ["b", 0]],
    ["doc.yaml", "a: &x 1\nb: [*x]\n", ["b", 0]],
    ["doc.json", '{\n  "a": [1, {"b": true}]\n}\n', ["a", 1, "b"]],
    ["doc.ndjson", '{"a": 1}\n\n{"a": [2]}\n', [1, "a", 0]],
  ] as const)("gives what parseSource gives for %s: value and positions", async (name, text, path) => {
    const eager = parseSource(text, name);
    const lazy = await parseSourceLazily(text, name);
    expect(lazy.value).toEqual(eager.value);
    expect(lazy.locate([...path])).toEqual(eager.locate([...path]));
  });

  test("parse errors are the same ParseError", async () => {
    await expect(parseSourceLazily("a: [1\n", "bad.yaml")).rejects.toThrow(/bad\.yaml:\d+:\d+/);
    expect(() => parseSource("a: [1\n", "bad.yaml")).toThrow(/bad\.yaml:\d+:\d+/);
  });
});

describe("isPlainString", () => {
  test("a string written plain reads back as itself; those that would not are refused", () => {
    for (const text of ["UNet 2D", "2e33f43c90", "x", "a-b_c.d", "2019-1-1", "-x", "yes"]) {
      expect(isPlainString(text), text).toBe(true);
    }
    for (const text of [
      "",
      "1",
      "1e3",
      "1_000",
      "0b1",
      "2019-12-11",
      "true",
      "null",
      "~",
      " x",
      "x ",
      "a: b",
      "x #y",
      "#x",
      "- x",
      "*a",
      "[a]",
      "k:",
      "a\nb",
      ".inf",
    ]) {
      expect(isPlainString(text), text).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab1e.:-# '\"[]{},&*!|>%@`?~"), maxLength: 8 }), (text) => {
        if (isPlainString(text)) {
          expect(yamlReference(`k: ${text}\n`)?.value).toEqual({ k: text });
        }
      }),
      fuzzParams(10),
    );
  });
});
