import { describe, expect, test } from "vitest";
import { check, manifestV2, of } from "../../../helpers/fractal.js";

describe("fractal2.executables-present", () => {
  const rule = "fractal2.executables-present";

  test("passes a task with one executable or both", async () => {
    expect(of((await check(manifestV2())).errors, rule)).toEqual([]);
  });

  test("a task with neither fails at the task", async () => {
    const doc = manifestV2();
    doc.task_list[1] = { name: "Nothing to run", executable_parallel: null };
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: ["task_list", 1],
        msg: "Value error, `TaskManifestV2.executable_non_parallel` and `TaskManifestV2.executable_parallel` cannot be both None.",
      },
    ]);
  });

  test("does not run on a task whose fields failed (a model validator)", async () => {
    const doc = manifestV2();
    doc.task_list[1] = { name: "Nothing to run", docs_link: "nope" };
    const { errors } = await check(doc);
    expect(errors.map((e) => e.rule)).toEqual(["fractal2.docs-link-url"]);
  });
});

describe("fractal2.non-parallel-fields-need-executable", () => {
  const rule = "fractal2.non-parallel-fields-need-executable";

  test("passes a parallel task with empty meta_non_parallel and null args_schema_non_parallel", async () => {
    const doc = manifestV2();
    Object.assign(doc.task_list[1], { meta_non_parallel: {}, args_schema_non_parallel: null });
    expect(of((await check(doc)).errors, rule)).toEqual([]);
  });

  test("meta_non_parallel without its executable fails first, quoting the stored dict", async () => {
    const doc = manifestV2();
    Object.assign(doc.task_list[1], { meta_non_parallel: { " mem": 1 }, args_schema_non_parallel: { a: 1 } });
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: ["task_list", 1],
        msg: "Value error, `TaskManifestV2.meta_non_parallel` must be an empty dict if `TaskManifestV2.executable_non_parallel` is None. Given: {'mem': 1}.",
      },
    ]);
  });

  test("args_schema_non_parallel without its executable fails", async () => {
    const doc = manifestV2();
    doc.task_list[1].args_schema_non_parallel = { a: true };
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: ["task_list", 1],
        msg: "Value error, `TaskManifestV2.args_schema_non_parallel` must be None if `TaskManifestV2.executable_non_parallel` is None. Given: {'a': True}.",
      },
    ]);
  });
});

describe("fractal2.parallel-fields-need-executable", () => {
  const rule = "fractal2.parallel-fields-need-executable";
  const nonParallel = () => ({ name: "Find consensus", executable_non_parallel: "find.py", args_schema_non_parallel: {} });

  test("passes a non-parallel task without parallel fields", async () => {
    const doc = manifestV2();
    doc.task_list[1] = nonParallel();
    expect(of((await check(doc)).errors, rule)).toEqual([]);
  });

  test("meta_parallel without its executable fails", async () => {
    const doc = manifestV2();
    doc.task_list[1] = { ...nonParallel(), meta_parallel: { mem: 1 } };
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: ["task_list", 1],
        msg: "Value error, `TaskManifestV2.meta_parallel` must be an empty dict if `TaskManifestV2.executable_parallel` is None. Given: {'mem': 1}.",
      },
    ]);
  });

  test("args_schema_parallel without its executable fails", async () => {
    const doc = manifestV2();
    doc.task_list[1] = { ...nonParallel(), args_schema_parallel: { type: "object" } };
    expect(of((await check(doc)).errors, rule)).toEqual([
      {
        loc: ["task_list", 1],
        msg: "Value error, `TaskManifestV2.args_schema_parallel` must be None if `TaskManifestV2.executable_parallel` is None. Given: {'type': 'object'}.",
      },
    ]);
  });
});
