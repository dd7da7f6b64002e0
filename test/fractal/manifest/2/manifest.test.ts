import { describe, expect, test } from "vitest";
import { check, manifestV2, of } from "../../../helpers/fractal.js";

describe("fractal2.args-schemas-present", () => {
  const rule = "fractal2.args-schemas-present";

  test("passes when every executable has its schema, or has_args_schemas is false", async () => {
    expect(of((await check(manifestV2())).errors, rule)).toEqual([]);
    const doc = manifestV2();
    doc.has_args_schemas = false;
    doc.task_list[1].args_schema_parallel = null;
    expect(of((await check(doc)).errors, rule)).toEqual([]);
  });

  test("reports the first task without a schema, its parallel side first, at the root", async () => {
    const doc = manifestV2();
    doc.task_list[0].args_schema_non_parallel = null;
    doc.task_list[0].args_schema_parallel = null;
    doc.task_list[1].args_schema_parallel = null;
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: [],
        msg: "Value error, Manifest has has_args_schemas=True, but task 'Project Image (HCS Plate)' has task.args_schema_parallel=None.",
      },
    ]);
  });

  test('a lax "true" counts as true (with its warning)', async () => {
    const doc = manifestV2();
    doc.has_args_schemas = "True";
    delete doc.task_list[1].args_schema_parallel;
    const { errors, warnings } = await check(doc);
    expect(of(errors, rule)).toHaveLength(1);
    expect(of(warnings, "fractal2.lax-value")).toEqual([
      { loc: ["has_args_schemas"], msg: "'True' is read as true by fractal-server (a lax boolean); write true" },
    ]);
  });

  test("does not run when a field failed", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_parallel = null;
    doc.authors = "";
    expect((await check(doc)).errors.map((e) => e.rule)).toEqual(["fractal2.non-empty-str"]);
  });
});

describe("fractal2.unique-task-names", () => {
  const rule = "fractal2.unique-task-names";

  test("passes distinct names (compared exactly: 'a' and 'a ' differ)", async () => {
    const doc = manifestV2();
    doc.task_list[1].name = `${doc.task_list[0].name} `;
    expect(of((await check(doc)).errors, rule)).toEqual([]);
  });

  test("a repeated name fails with the tuple the server raises", async () => {
    const doc = manifestV2();
    doc.task_list[1].name = doc.task_list[0].name;
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: [],
        msg: `Value error, ('Task names in manifest must be unique.\\n', "Given: ['Project Image (HCS Plate)', 'Project Image (HCS Plate)'].")`,
      },
    ]);
  });

  test("does not run when args-schemas-present failed (one model validator after the other)", async () => {
    const doc = manifestV2();
    doc.task_list[1].name = doc.task_list[0].name;
    doc.task_list[1].args_schema_parallel = null;
    expect((await check(doc)).errors.map((e) => e.rule)).toEqual(["fractal2.args-schemas-present"]);
  });
});
