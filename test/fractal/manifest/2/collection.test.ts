import { describe, expect, test } from "vitest";
import { check, manifestV2, of } from "../../../helpers/fractal.js";

const collection = { collection: true } as const;

describe("the collection level", () => {
  test("is off by default", async () => {
    const doc = manifestV2();
    doc.task_list[1].name = " ";
    expect((await check(doc)).errors).toEqual([]);
    expect(of((await check(doc, collection)).errors, "fractal2.collection.non-empty-str")).toHaveLength(1);
  });

  test("runs only on manifests fractal-server accepts (it collects nothing else)", async () => {
    const doc = manifestV2();
    doc.task_list[1].name = " ";
    doc.authors = "";
    expect((await check(doc, collection)).errors.map((e) => e.rule)).toEqual(["fractal2.non-empty-str"]);
  });
});

describe("fractal2.collection.non-empty-str", () => {
  const rule = "fractal2.collection.non-empty-str";

  test("passes names, categories and modalities with text", async () => {
    expect(of((await check(manifestV2(), collection)).errors, rule)).toEqual([]);
  });

  test("an empty category fails, a padded name is stored stripped", async () => {
    const doc = manifestV2();
    doc.task_list[0].category = "";
    doc.task_list[1].name = " Threshold ";
    const { errors, warnings } = await check(doc, collection);
    expect(of(errors, rule)).toEqual([{ loc: ["task_list", 0, "category"], msg: "String should have at least 1 character" }]);
    expect(of(warnings, rule)).toEqual([
      { loc: ["task_list", 1, "name"], msg: "' Threshold ' is stored as 'Threshold' (fractal-server strips surrounding whitespace)" },
    ]);
  });
});

describe("fractal2.collection.tags", () => {
  const rule = "fractal2.collection.tags";

  test("passes distinct tags", async () => {
    expect(of((await check(manifestV2(), collection)).errors, rule)).toEqual([]);
  });

  test("an empty tag fails at the tag (and then repetitions are not checked); tags equal after stripping repeat", async () => {
    const doc = manifestV2();
    doc.task_list[0].tags = ["", " "];
    doc.task_list[1].tags = ["2D", "2D "];
    const { errors } = await check(doc, collection);
    expect(of(errors, rule)).toEqual([
      { loc: ["task_list", 0, "tags", 0], msg: "String should have at least 1 character" },
      { loc: ["task_list", 0, "tags", 1], msg: "String should have at least 1 character" },
      { loc: ["task_list", 1, "tags"], msg: "Value error, List has repetitions" },
    ]);
  });
});

describe("fractal2.collection.type-filter-keys", () => {
  const rule = "fractal2.collection.type-filter-keys";

  test("passes plain keys", async () => {
    expect(of((await check(manifestV2(), collection)).errors, rule)).toEqual([]);
  });

  test("input_types keys equal after stripping fail (the manifest itself does not strip them)", async () => {
    const doc = manifestV2();
    doc.task_list[0].input_types = { is_3D: true, " is_3D": false };
    expect((await check(doc)).errors).toEqual([]);
    expect(of((await check(doc, collection)).errors, rule)).toEqual([
      {
        loc: ["task_list", 0, "input_types"],
        msg: "Value error, Dictionary contains multiple identical keys: '{'is_3D': True, ' is_3D': False}'.",
      },
    ]);
  });
});

describe("fractal2.collection.args-schema-version", () => {
  const rule = "fractal2.collection.args-schema-version";

  test("passes a label, and no label without args schemas", async () => {
    expect(of((await check(manifestV2(), collection)).errors, rule)).toEqual([]);
    const doc = manifestV2();
    doc.has_args_schemas = false;
    delete doc.args_schema_version;
    expect(of((await check(doc, collection)).errors, rule)).toEqual([]);
  });

  test("has_args_schemas without a label fails: each TaskCreate receives None", async () => {
    const doc = manifestV2();
    delete doc.args_schema_version;
    const { errors } = await check(doc, collection);
    expect(of(errors, rule)).toEqual([{ loc: ["args_schema_version"], msg: "Input should be a valid string" }]);
    expect(errors[0]?.type).toBe("string_type");
  });
});

describe("fractal2.collection.command-chars", () => {
  const rule = "fractal2.collection.command-chars";

  test("passes plain paths", async () => {
    expect(of((await check(manifestV2(), collection)).errors, rule)).toEqual([]);
  });

  test("a forbidden character in an executable fails, showing the command", async () => {
    const doc = manifestV2();
    doc.task_list[1].executable_parallel = "tasks/segment(v2).py";
    const [error] = of((await check(doc, { ...collection, packageRoot: "/opt/pkg", fileExists: async () => true })).errors, rule);
    expect(error?.loc).toEqual(["task_list", 1, "executable_parallel"]);
    expect(error?.msg).toMatch(
      /^Value error, Command must not contain any of this characters: '\{'`', '#', .*'!'\}' Provided command: '<python> \/opt\/pkg\/tasks\/segment\(v2\)\.py'\.$/,
    );
  });
});

describe("fractal2.collection.type-inferred", () => {
  const rule = "fractal2.collection.type-inferred";

  test("nothing to say about typed tasks", async () => {
    expect(of((await check(manifestV2(), collection)).warnings, rule)).toEqual([]);
  });

  test("an untyped task gets the server's deprecation warning and the inferred type", async () => {
    const doc = manifestV2();
    delete doc.task_list[0].type;
    expect(of((await check(doc, collection)).warnings, rule)).toEqual([
      {
        loc: ["task_list", 0],
        msg: "Task type is not set for task 'Project Image (HCS Plate)', which will be deprecated in a future version. Please move to `fractal-task-tools`. fractal-server infers 'compound' (never a converter type).",
      },
    ]);
  });
});

describe("fractal2.collection.executables-exist", () => {
  const rule = "fractal2.collection.executables-exist";
  const present = new Set(["/opt/pkg/init_projection_hcs.py", "/opt/pkg/compute_projection_hcs.py"]);
  const fileExists = async (path: string) => present.has(path);

  test("passes when every executable is under the package root", async () => {
    const doc = manifestV2();
    doc.task_list.pop();
    expect(of((await check(doc, { packageRoot: "/opt/pkg/", fileExists })).errors, rule)).toEqual([]);
  });

  test("a missing executable fails with the server's message", async () => {
    const { errors } = await check(manifestV2(), { packageRoot: "/opt/pkg", fileExists });
    expect(of(errors, rule)).toEqual([
      {
        loc: ["task_list", 1, "executable_parallel"],
        msg: "Task `Threshold Segmentation` has `command_parallel` pointing to missing file `/opt/pkg/threshold_segmentation.py`.",
      },
    ]);
    expect(errors[0]?.type).toBe("file_not_found");
  });

  test("a package root without a way to check files is a usage error", async () => {
    await expect(check(manifestV2(), { packageRoot: "/opt/pkg" })).rejects.toThrow(/packageRoot needs a fileExists function/);
  });
});
