// Lax input: what fractal-server converts validates as it does there, with a warning naming the stored form;
// with strict, each is an error.
import { describe, expect, test } from "vitest";
import { check, manifestV1, manifestV2, of } from "../helpers/fractal.js";

describe("version 2", () => {
  test("strings and 0/1 that pydantic reads as booleans pass with a warning each", async () => {
    const doc = manifestV2();
    doc.has_args_schemas = "yes";
    doc.task_list[0].input_types = { is_3D: "false", registered: 1 };
    const { status, errors, warnings } = await check(doc);
    expect([status, errors]).toEqual(["passed", []]);
    expect(of(warnings, "fractal2.lax-value")).toEqual([
      { loc: ["task_list", 0, "input_types", "is_3D"], msg: "'false' is read as false by fractal-server (a lax boolean); write false" },
      { loc: ["task_list", 0, "input_types", "registered"], msg: "1 is read as true by fractal-server (a lax boolean); write true" },
      { loc: ["has_args_schemas"], msg: "'yes' is read as true by fractal-server (a lax boolean); write true" },
    ]);
  });

  test("what pydantic cannot read as a boolean fails in its words", async () => {
    const doc = manifestV2();
    doc.has_args_schemas = "sure";
    doc.task_list[0].input_types = { is_3D: 0.5 };
    const { errors } = await check(doc);
    expect(errors.map((e) => [e.loc, e.msg, e.type])).toEqual([
      [["task_list", 0, "input_types", "is_3D"], "Input should be a valid boolean", "bool_type"],
      [["has_args_schemas"], "Input should be a valid boolean, unable to interpret input", "bool_parsing"],
    ]);
  });

  test("strict turns every conversion (values, keys, stripped text) into an error", async () => {
    const doc = manifestV2();
    doc.has_args_schemas = "true";
    doc.task_list[0].meta_parallel = { " mem": 1 };
    doc.authors = " Jane ";
    const { status, errors, warnings } = await check(doc, { strict: true });
    expect(status).toBe("failed");
    expect(warnings).toEqual([]);
    expect(errors.map((e) => [e.rule, e.loc, e.type])).toEqual([
      ["fractal2.dict-keys", ["task_list", 0, "meta_parallel"], "lax_value"],
      ["fractal2.lax-value", ["has_args_schemas"], "lax_value"],
      ["fractal2.non-empty-str", ["authors"], "lax_value"],
    ]);
  });
});

describe("the warning level", () => {
  test("warnings at or above it fail the validation", async () => {
    const doc = manifestV2();
    doc.authors = " Jane ";
    expect((await check(doc)).status).toBe("passed");
    const { status, errors } = await check(doc, { warningLevel: "warning" });
    expect([status, errors.map((e) => e.msg)]).toEqual(["failed", ["Encountered 1 warning at or above warning level 'warning'"]]);
  });
});

describe("version 1 (pydantic v1)", () => {
  test("numbers and booleans are read as strings, lists of pairs as dicts", async () => {
    const doc = manifestV1();
    Object.assign(doc.task_list[0], { name: 7, input_type: true, meta: [["mem", 4000]] });
    doc.has_args_schemas = "on";
    const { status, errors, warnings } = await check(doc);
    expect([status, errors]).toEqual(["passed", []]);
    expect(of(warnings, "fractal1.lax-value")).toEqual([
      { loc: ["task_list", 0, "name"], msg: `7 is read as the string '7' by fractal-server (pydantic v1); write "7"` },
      { loc: ["task_list", 0, "input_type"], msg: `true is read as the string 'True' by fractal-server (pydantic v1); write "True"` },
      { loc: ["task_list", 0, "meta"], msg: `[["mem",4000]] is read as the dict {"mem":4000} by fractal-server (pydantic v1); write that` },
      { loc: ["has_args_schemas"], msg: "'on' is read as true by fractal-server (a lax boolean); write true" },
    ]);
  });

  test("type errors in pydantic v1's words", async () => {
    const doc = manifestV1();
    Object.assign(doc.task_list[0], { name: null, executable: ["x"], meta: "x" });
    delete doc.task_list[0].input_type;
    doc.has_args_schemas = "sure";
    const { errors } = await check(doc);
    expect(errors.map((e) => [e.loc, e.msg, e.type])).toEqual([
      [["task_list", 0, "name"], "none is not an allowed value", "type_error.none.not_allowed"],
      [["task_list", 0, "executable"], "str type expected", "type_error.str"],
      [["task_list", 0, "input_type"], "field required", "value_error.missing"],
      [["task_list", 0, "meta"], "value is not a valid dict", "type_error.dict"],
      [["has_args_schemas"], "value could not be parsed to a boolean", "type_error.bool"],
    ]);
  });
});
