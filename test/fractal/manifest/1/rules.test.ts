import { describe, expect, test } from "vitest";
import { validateManifest } from "../../../../src/fractal/validate.js";
import { check, manifestV1, of } from "../../../helpers/fractal.js";

describe("fractal1.manifest-version", () => {
  const rule = "fractal1.manifest-version";

  test('passes "1" (and the number 1, which pydantic v1 reads as "1", with a warning)', async () => {
    expect(of((await check(manifestV1())).errors, rule)).toEqual([]);
    const { errors, warnings } = await check({ ...manifestV1(), manifest_version: 1 }, { formatVersion: "1" });
    expect(errors).toEqual([]);
    expect(of(warnings, "fractal1.lax-value")).toEqual([
      { loc: ["manifest_version"], msg: `1 is read as the string '1' by fractal-server (pydantic v1); write "1"` },
    ]);
  });

  test('an integer 1 selects version 1, as fractal-server 2.11 chose its reader (str(value) == "1")', async () => {
    const summary = await validateManifest({ ...manifestV1(), manifest_version: 1 });
    expect(summary.format_version).toBe("1");
    expect(summary.status).toBe("passed");
    for (const other of [true, 1.5, "1.0", null]) {
      expect((await validateManifest({ ...manifestV1(), manifest_version: other })).format_version).toBe("2");
    }
  });

  test("another version fails in the server's words", async () => {
    expect(of((await check({ ...manifestV1(), manifest_version: "2" }, { formatVersion: "1" })).errors, rule)).toEqual([
      { loc: ["manifest_version"], msg: "Wrong manifest version (given 2)" },
    ]);
  });
});

describe("fractal1.docs-link-url", () => {
  const rule = "fractal1.docs-link-url";
  const withLink = (docs_link: unknown) => {
    const doc = manifestV1();
    doc.task_list[0].docs_link = docs_link;
    return doc;
  };

  test("passes http(s) URLs with a top-level domain, and null", async () => {
    for (const link of ["https://example.org", " http://1.2.3.4/x ", null]) {
      expect(of((await check(withLink(link))).errors, rule)).toEqual([]);
    }
  });

  test.each([
    ["not-an-url", "invalid or missing URL scheme", "value_error.url.scheme"],
    ["htp://www.example.org", "URL scheme not permitted", "value_error.url.scheme"],
    ["http://localhost:8000", "URL host invalid, top level domain required", "value_error.url.host"],
    ["https://example.org/a b", "URL invalid, extra characters found after valid URL: ' b'", "value_error.url.extra"],
  ])("%j fails: %s", async (link, msg, type) => {
    const { errors } = await check(withLink(link));
    expect(of(errors, rule)).toEqual([{ loc: ["task_list", 0, "docs_link"], msg }]);
    expect(errors[0]?.type).toBe(type);
  });
});

describe("fractal1.args-schemas-present", () => {
  const rule = "fractal1.args-schemas-present";

  test("passes when every task has a schema, or has_args_schemas is false", async () => {
    expect(of((await check(manifestV1())).errors, rule)).toEqual([]);
    const doc = manifestV1();
    doc.has_args_schemas = false;
    delete doc.task_list[0].args_schema;
    expect(of((await check(doc)).errors, rule)).toEqual([]);
  });

  test("a task without a schema fails at __root__, also next to other field errors (a root validator)", async () => {
    const doc = manifestV1();
    doc.manifest_version = "0";
    doc.task_list[0].args_schema = null;
    const { errors } = await check(doc, { formatVersion: "1" });
    expect(errors.map((e) => ({ rule: e.rule, loc: e.loc, msg: e.msg }))).toEqual([
      { rule: "fractal1.manifest-version", loc: ["manifest_version"], msg: "Wrong manifest version (given 0)" },
      { rule, loc: ["__root__"], msg: 'has_args_schemas=True but task "Create OME-Zarr structure" has args_schema=None.' },
    ]);
  });

  test("not reported when the task list failed (the server crashed with a KeyError there)", async () => {
    const doc = manifestV1();
    doc.task_list[0].args_schema = null;
    doc.task_list[0].docs_link = "nope";
    expect((await check(doc)).errors.map((e) => e.rule)).toEqual(["fractal1.docs-link-url"]);
  });
});

describe("fractal1.lint.args-schema-valid", () => {
  const rule = "fractal1.lint.args-schema-valid";

  test("pydantic_v1 schemas are checked as draft-07 (tuple items are fine)", async () => {
    const doc = manifestV1();
    doc.task_list[0].args_schema.properties = { pair: { type: "array", items: [{ type: "string" }] } };
    expect(of((await check(doc)).warnings, rule)).toEqual([]);
  });

  test("an invalid schema is a warning", async () => {
    const doc = manifestV1();
    doc.task_list[0].args_schema.required = "zarr_url";
    expect(of((await check(doc)).warnings, rule)).toEqual([
      { loc: ["task_list", 0, "args_schema", "required"], msg: "not a valid JSON Schema (draft-07): must be array" },
    ]);
  });
});

describe("fractal1.unknown-keys (strict)", () => {
  test("the old default_args is ignored, and reported with strict", async () => {
    const doc = manifestV1();
    doc.task_list[0].default_args = { a: 1 };
    expect((await check(doc)).errors).toEqual([]);
    expect(of((await check(doc, { strict: true })).errors, "fractal1.unknown-keys")).toEqual([
      { loc: ["task_list", 0, "default_args"], msg: "Unknown key 'default_args': fractal-server ignores it" },
    ]);
  });
});

describe("fractal1.collection.non-empty-str", () => {
  const rule = "fractal1.collection.non-empty-str";
  const collection = { collection: true };

  test("passes the example; surrounding whitespace warns with the stored form", async () => {
    expect(of((await check(manifestV1(), collection)).errors, rule)).toEqual([]);
    const doc = manifestV1();
    doc.task_list[0].input_type = " image ";
    expect(of((await check(doc, collection)).warnings, rule)).toEqual([
      { loc: ["task_list", 0, "input_type"], msg: "' image ' is stored as 'image' (fractal-server strips surrounding whitespace)" },
    ]);
  });

  test.each(["name", "input_type", "output_type"])("an empty %s fails in TaskCreateV1's words", async (field) => {
    const doc = manifestV1();
    doc.task_list[0][field] = "\t ";
    const { status, errors } = await check(doc, collection);
    expect(status).toBe("failed");
    expect(of(errors, rule)).toEqual([{ loc: ["task_list", 0, field], msg: `String attribute '${field}' cannot be empty` }]);
  });

  test("not run without the collection level", async () => {
    const doc = manifestV1();
    doc.task_list[0].name = "";
    expect((await check(doc)).status).toBe("passed");
  });
});

describe("fractal1.collection.args-schema-version", () => {
  const rule = "fractal1.collection.args-schema-version";

  test("with has_args_schemas true the label must be a non-empty string", async () => {
    const doc = manifestV1();
    doc.args_schema_version = null;
    expect(of((await check(doc, { collection: true })).errors, rule)).toEqual([
      { loc: ["args_schema_version"], msg: "String attribute 'args_schema_version' cannot be None" },
    ]);
    doc.args_schema_version = " ";
    expect(of((await check(doc, { collection: true })).errors, rule)).toEqual([
      { loc: ["args_schema_version"], msg: "String attribute 'args_schema_version' cannot be empty" },
    ]);
  });

  test("without has_args_schemas, or without tasks, no label is needed", async () => {
    const doc = manifestV1();
    doc.args_schema_version = null;
    doc.has_args_schemas = false;
    expect(of((await check(doc, { collection: true })).errors, rule)).toEqual([]);
    expect(of((await check({ manifest_version: "1", task_list: [], has_args_schemas: true }, { collection: true })).errors, rule)).toEqual(
      [],
    );
  });
});

describe("fractal1.collection.executables-exist", () => {
  const rule = "fractal1.collection.executables-exist";
  const fileExists = async (path: string) => path === "/opt/pkg/tasks/create_ome_zarr.py";

  test("passes when the executable is under the package root (pathlib's join)", async () => {
    expect(of((await check(manifestV1(), { packageRoot: "/opt/pkg/", fileExists })).errors, rule)).toEqual([]);
    const doc = manifestV1();
    doc.task_list[0].executable = "./tasks//create_ome_zarr.py";
    expect(of((await check(doc, { packageRoot: "/opt/pkg", fileExists })).errors, rule)).toEqual([]);
  });

  test("a missing executable fails with fractal-server 2.11's message", async () => {
    const doc = manifestV1();
    doc.task_list[0].executable = "tasks/missing.py";
    const { errors } = await check(doc, { packageRoot: "/opt/pkg", fileExists });
    expect(of(errors, rule)).toEqual([
      {
        loc: ["task_list", 0, "executable"],
        msg: "Cannot find executable `/opt/pkg/tasks/missing.py` for task `Create OME-Zarr structure`",
      },
    ]);
    expect(errors[0]?.type).toBe("file_not_found");
  });
});
