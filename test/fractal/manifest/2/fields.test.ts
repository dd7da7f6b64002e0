import { describe, expect, test } from "vitest";
import { check, manifestV2, of } from "../../../helpers/fractal.js";

describe("fractal2.non-empty-str (authors)", () => {
  const rule = "fractal2.non-empty-str";

  test("passes a name, and null", async () => {
    expect(of((await check(manifestV2())).errors, rule)).toEqual([]);
    expect(of((await check({ ...manifestV2(), authors: null })).errors, rule)).toEqual([]);
  });

  test("whitespace only fails, as NonEmptyStr strips before counting", async () => {
    const { errors } = await check({ ...manifestV2(), authors: " \t " });
    expect(of(errors, rule)).toEqual([{ loc: ["authors"], msg: "String should have at least 1 character" }]);
    expect(errors[0]?.type).toBe("string_too_short");
  });

  test("surrounding whitespace passes with a warning naming the stored form", async () => {
    const { errors, warnings } = await check({ ...manifestV2(), authors: " Jane Doe\n" });
    expect(errors).toEqual([]);
    expect(of(warnings, rule)).toEqual([
      { loc: ["authors"], msg: "' Jane Doe\\n' is stored as 'Jane Doe' (fractal-server strips surrounding whitespace)" },
    ]);
  });
});

describe("fractal2.docs-link-url", () => {
  const rule = "fractal2.docs-link-url";
  const withLink = (docs_link: unknown) => {
    const doc = manifestV2();
    doc.task_list[1].docs_link = docs_link;
    return doc;
  };

  test("passes http(s) URLs and null", async () => {
    for (const link of ["https://example.org/docs", "http://localhost:8000", null]) {
      expect(of((await check(withLink(link))).errors, rule)).toEqual([]);
    }
  });

  test.each([
    ["not-an-url", "Input should be a valid URL, relative URL without a base", "url_parsing"],
    ["ftp://example.org", "URL scheme should be 'http' or 'https'", "url_scheme"],
    ["https://", "Input should be a valid URL, empty host", "url_parsing"],
    [`https://example.org/${"a".repeat(2070)}`, "URL should have at most 2083 characters", "url_too_long"],
    ["  ", "String should have at least 1 character", "string_too_short"],
  ])("%j fails: %s", async (link, msg, type) => {
    const { errors } = await check(withLink(link));
    expect(of(errors, rule)).toEqual([{ loc: ["task_list", 1, "docs_link"], msg }]);
    expect(errors[0]?.type).toBe(type);
  });

  test("surrounding whitespace passes with a warning (the stripped text is stored)", async () => {
    const { errors, warnings } = await check(withLink(" https://example.org "));
    expect(errors).toEqual([]);
    expect(of(warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "docs_link"],
        msg: "' https://example.org ' is stored as 'https://example.org' (fractal-server strips surrounding whitespace)",
      },
    ]);
  });
});

describe("fractal2.dict-keys", () => {
  const rule = "fractal2.dict-keys";

  test("passes plain keys; nested keys of an args schema are not its keys", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel.properties = { " spaced ": { type: "string" } };
    const { errors, warnings } = await check(doc);
    expect(of(errors, rule)).toEqual([]);
    expect(of(warnings, rule)).toEqual([]);
  });

  test("an empty key fails at the field, pointing at the key", async () => {
    const doc = manifestV2();
    doc.task_list[0].meta_parallel = { mem: 1, " ": 2 };
    const { errors } = await check(doc, { locate: (path) => ({ file: "m.json", line: path.length, col: 1 }) });
    expect(of(errors, rule)).toEqual([{ loc: ["task_list", 0, "meta_parallel"], msg: "Value error, Empty string in ['mem', '']." }]);
    expect(errors[0]?.position?.line).toBe(4); // located at ["task_list", 0, "meta_parallel", " "]
  });

  test("keys equal after stripping fail, quoting the dictionary", async () => {
    const doc = manifestV2();
    doc.task_list[0].args_schema_non_parallel = { type: "object", "type ": "object" };
    const { errors } = await check(doc);
    expect(of(errors, rule)).toEqual([
      {
        loc: ["task_list", 0, "args_schema_non_parallel"],
        msg: "Value error, Dictionary contains multiple identical keys: '{'type': 'object', 'type ': 'object'}'.",
      },
    ]);
  });

  test("keys with whitespace pass with a warning per key naming the stored key", async () => {
    const doc = manifestV2();
    doc.task_list[0].meta_non_parallel = { " mem": 4000, cpus_per_task: 1 };
    const { errors, warnings } = await check(doc);
    expect(errors).toEqual([]);
    expect(of(warnings, rule)).toEqual([
      { loc: ["task_list", 0, "meta_non_parallel"], msg: "key ' mem' is stored as 'mem' (fractal-server strips dictionary keys)" },
    ]);
  });
});
