import { describe, expect, test } from "vitest";
import { check, manifestV2, of } from "../../../helpers/fractal.js";

describe("fractal2.lint.type-matches-executables", () => {
  const rule = "fractal2.lint.type-matches-executables";

  test("passes types that match, and tasks without a type", async () => {
    const doc = manifestV2();
    delete doc.task_list[1].type;
    expect(of((await check(doc)).warnings, rule)).toEqual([]);
  });

  test("a parallel task with a non-parallel executable is a warning, not an error", async () => {
    const doc = manifestV2();
    doc.task_list[1].executable_non_parallel = "init.py";
    doc.task_list[1].args_schema_non_parallel = {};
    const { status, warnings } = await check(doc);
    expect(status).toBe("passed");
    expect(of(warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "type"],
        msg: "a 'parallel' task has only executable_parallel, but this one has both executable_non_parallel and executable_parallel",
      },
    ]);
  });

  test("a converter_compound task needs both executables", async () => {
    const doc = manifestV2();
    doc.task_list[1].type = "converter_compound";
    expect(of((await check(doc)).warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "type"],
        msg: "a 'converter_compound' task has both executable_non_parallel and executable_parallel, but this one has only executable_parallel",
      },
    ]);
  });
});

describe("fractal2.lint.args-schema-valid", () => {
  const rule = "fractal2.lint.args-schema-valid";

  test("passes valid schemas", async () => {
    expect(of((await check(manifestV2())).warnings, rule)).toEqual([]);
  });

  test("a meta-schema violation is a warning located inside the schema", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel.properties = { threshold: { type: "float" } };
    const { status, warnings } = await check(doc);
    expect(status).toBe("passed");
    expect(of(warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "args_schema_parallel", "properties", "threshold", "type"],
        msg: "not a valid JSON Schema (draft-07, 2019-09, 2020-12): must be equal to one of the allowed values or must be array",
      },
    ]);
  });

  test("the label chooses the drafts: tuple items are draft-07 only, fine for pydantic_v1", async () => {
    const tuple = { type: "array", items: [{ type: "string" }, { type: "integer" }] };
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel.properties = { pair: tuple };
    expect(of((await check(doc)).warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "args_schema_parallel", "properties", "pair", "items"],
        msg: "not a valid JSON Schema (2020-12): must be object,boolean",
      },
    ]);
    doc.args_schema_version = "pydantic_v1";
    expect(of((await check(doc)).warnings, rule)).toEqual([]);
  });

  test("a declared $schema wins over the label", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { pair: { items: [{ type: "string" }] } },
    };
    expect(of((await check(doc)).warnings, rule)).toEqual([]);
  });

  test("local $refs must resolve and patterns must compile", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel = {
      type: "object",
      properties: { channel: { $ref: "#/$defs/Channel" }, well: { type: "string", pattern: "([A-Z]" } },
      $defs: {},
    };
    expect(of((await check(doc)).warnings, rule)).toEqual([
      {
        loc: ["task_list", 1, "args_schema_parallel", "properties", "channel", "$ref"],
        msg: "not a valid JSON Schema (draft-07, 2019-09, 2020-12): $ref '#/$defs/Channel' does not resolve within the schema",
      },
      {
        loc: ["task_list", 1, "args_schema_parallel", "properties", "well", "pattern"],
        msg: 'not a valid JSON Schema (draft-07, 2019-09, 2020-12): pattern "([A-Z]" is not a valid regular expression',
      },
    ]);
  });
});

describe("fractal2.unknown-keys (strict)", () => {
  const rule = "fractal2.unknown-keys";
  const withTypo = () => {
    const doc = manifestV2();
    doc.has_args_schema = true;
    doc.task_list[0].exectuable_parallel = "x.py";
    doc.task_list[0].meta_parallel.anything = "goes";
    return doc;
  };

  test("unknown keys pass silently by default, as on the server", async () => {
    const { errors, warnings } = await check(withTypo());
    expect([...errors, ...warnings]).toEqual([]);
  });

  test("with strict, each unknown key at the root or in a task fails, with a guess", async () => {
    const { errors } = await check(withTypo(), { strict: true });
    expect(of(errors, rule)).toEqual([
      {
        loc: ["task_list", 0, "exectuable_parallel"],
        msg: "Unknown key 'exectuable_parallel': fractal-server ignores it; did you mean 'executable_parallel'?",
      },
      { loc: ["has_args_schema"], msg: "Unknown key 'has_args_schema': fractal-server ignores it; did you mean 'has_args_schemas'?" },
    ]);
    expect(errors.every((e) => e.type === "extra_forbidden")).toBe(true);
  });
});
