// normalizeManifest: what fractal-server holds after reading the manifest and collecting its tasks.
import { describe, expect, test } from "vitest";
import { InvalidManifestError, normalizeManifest } from "../../src/fractal/validate.js";
import { manifestV1, manifestV2 } from "../helpers/fractal.js";

describe("normalizeManifest, version 2", () => {
  test("fills defaults, converts lax values, strips keys and text, infers the type, drops unknown keys", async () => {
    const doc = {
      manifest_version: "2",
      has_args_schemas: "false",
      args_schema_version: "pydantic_v2",
      authors: " Jane ",
      comment: "dropped",
      task_list: [
        {
          name: " Segment ",
          executable_parallel: "segment.py",
          meta_parallel: { " mem": 4000, cpus_per_task: 1 },
          input_types: { "is_3D ": "yes" },
          tags: [" 2D"],
          has_args_schema: true,
        },
      ],
    };
    const stored = await normalizeManifest(doc);
    expect(stored).toEqual({
      manifest_version: "2",
      task_list: [
        {
          name: "Segment",
          executable_non_parallel: null,
          executable_parallel: "segment.py",
          input_types: { is_3D: true },
          output_types: {},
          meta_non_parallel: {},
          meta_parallel: { cpus_per_task: 1, mem: 4000 },
          args_schema_non_parallel: null,
          args_schema_parallel: null,
          docs_info: null,
          docs_link: null,
          category: null,
          modality: null,
          tags: ["2D"],
          type: "parallel",
        },
      ],
      has_args_schemas: false,
      args_schema_version: null,
      authors: "Jane",
    });
    // A renamed key is popped and re-inserted, so it moves to the end, as in the server's dict.
    expect(Object.keys((stored as { task_list: { meta_parallel: object }[] }).task_list[0]?.meta_parallel ?? {})).toEqual([
      "cpus_per_task",
      "mem",
    ]);
  });

  test("keeps a given type, and the label when has_args_schemas is true", async () => {
    const stored = await normalizeManifest(manifestV2());
    expect(stored.task_list.map((t) => ("type" in t ? t.type : undefined))).toEqual(["compound", "parallel"]);
    expect(stored.args_schema_version).toBe("fractal_schema_v1");
  });

  test("throws with the summary when the server would reject the manifest or its tasks", async () => {
    const invalid = manifestV2();
    invalid.task_list[1].name = invalid.task_list[0].name;
    await expect(normalizeManifest(invalid)).rejects.toThrow(InvalidManifestError);
    const uncollectable = manifestV2();
    uncollectable.task_list[0].tags = ["a", "a "];
    const error = await normalizeManifest(uncollectable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidManifestError);
    expect((error as InvalidManifestError).message).toBe("invalid Fractal manifest: task_list.0.tags: Value error, List has repetitions");
    expect((error as InvalidManifestError).validationSummary.status).toBe("failed");
  });
});

describe("normalizeManifest, version 1", () => {
  test("fills pydantic v1's defaults", async () => {
    const doc = manifestV1();
    delete doc.task_list[0].meta;
    delete doc.has_args_schemas;
    expect(await normalizeManifest(doc)).toEqual({
      manifest_version: "1",
      task_list: [
        {
          name: "Create OME-Zarr structure",
          executable: "tasks/create_ome_zarr.py",
          input_type: "image",
          output_type: "zarr",
          meta: {},
          args_schema: { title: "CreateOmeZarr", type: "object", properties: {} },
          docs_info: null,
          docs_link: "https://fractal-analytics-platform.github.io/fractal-tasks-core",
        },
      ],
      has_args_schemas: false,
      args_schema_version: null, // the tasks receive no label when has_args_schemas is false
    });
  });

  test("stores the task strings and the label stripped, as the tasks were created", async () => {
    const doc = manifestV1();
    doc.task_list[0].name = " Create ";
    doc.task_list[0].output_type = "zarr\n";
    doc.args_schema_version = " pydantic_v1 ";
    const stored = await normalizeManifest(doc);
    expect(stored.task_list[0]).toMatchObject({ name: "Create", input_type: "image", output_type: "zarr" });
    expect(stored.args_schema_version).toBe("pydantic_v1");
  });

  test("fails where fractal-server 2.11 failed to collect: an empty task string, a missing label", async () => {
    const empty = manifestV1();
    empty.task_list[0].input_type = " ";
    await expect(normalizeManifest(empty)).rejects.toThrow("task_list.0.input_type: String attribute 'input_type' cannot be empty");
    const unlabelled = manifestV1();
    delete unlabelled.args_schema_version;
    await expect(normalizeManifest(unlabelled)).rejects.toThrow(
      "args_schema_version: String attribute 'args_schema_version' cannot be None",
    );
  });
});
