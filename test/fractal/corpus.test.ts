// The shared corpus (test/fixtures/corpus/fractal): real manifests pass; each invalid manifest fails for the
// reason its .why.txt gives, and only for it (rule id, loc and the words of the message).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateManifest } from "../../src/fractal/validate.js";
import { CORPUS } from "../helpers/corpus.js";

const FRACTAL = join(CORPUS, "fractal");
const read = (kind: string, file: string): unknown => JSON.parse(readFileSync(join(FRACTAL, kind, file), "utf8"));
const files = (kind: string) => readdirSync(join(FRACTAL, kind)).filter((f) => f.endsWith(".json"));

interface Expected {
  readonly version?: "1" | "2";
  readonly rule: string;
  readonly loc: readonly (string | number)[];
  /** Words of the message, as the .why.txt quotes them. */
  readonly msg: string;
}

const TASK = ["task_list", 0];
const INVALID: Readonly<Record<string, Expected>> = {
  "v1-docs-link-bad-scheme.json": { rule: "fractal1.docs-link-url", loc: [...TASK, "docs_link"], msg: "URL scheme not permitted" },
  "v1-has-args-schemas-task-without-schema.json": {
    rule: "fractal1.args-schemas-present",
    loc: ["__root__"],
    msg: 'has_args_schemas=True but task "Task A" has args_schema=None.',
  },
  "v1-wrong-manifest-version.json": {
    version: "1",
    rule: "fractal1.manifest-version",
    loc: ["manifest_version"],
    msg: "Wrong manifest version (given 2)",
  },
  "v2-code-args-schema-empty-key.json": {
    rule: "fractal2.dict-keys",
    loc: [...TASK, "args_schema_parallel"],
    msg: "Empty string in ['type', '']",
  },
  "v2-code-authors-whitespace-only.json": {
    rule: "fractal2.non-empty-str",
    loc: ["authors"],
    msg: "String should have at least 1 character",
  },
  "v2-code-docs-link-ftp.json": {
    rule: "fractal2.docs-link-url",
    loc: [...TASK, "docs_link"],
    msg: "URL scheme should be 'http' or 'https'",
  },
  "v2-code-input-types-non-bool.json": { rule: "schema", loc: [...TASK, "input_types", "is_3D"], msg: "Input should be a valid boolean" },
  "v2-code-manifest-version-integer.json": { rule: "schema", loc: ["manifest_version"], msg: "Input should be '2'" },
  "v2-code-meta-duplicate-key-after-strip.json": {
    rule: "fractal2.dict-keys",
    loc: [...TASK, "meta_parallel"],
    msg: "Dictionary contains multiple identical keys",
  },
  "v2-code-meta-empty-key.json": { rule: "fractal2.dict-keys", loc: [...TASK, "meta_parallel"], msg: "Empty string in ['']." },
  "v2-code-meta-null.json": { rule: "schema", loc: [...TASK, "meta_parallel"], msg: "Input should be a valid dictionary" },
  "v2-code-missing-task-list.json": { rule: "schema", loc: ["task_list"], msg: "Field required" },
  "v2-code-task-missing-name.json": { rule: "schema", loc: [...TASK, "name"], msg: "Field required" },
  "v2-code-unknown-task-type.json": {
    rule: "schema",
    loc: [...TASK, "type"],
    msg: "Input should be 'compound', 'converter_compound', 'non_parallel', 'converter_non_parallel' or 'parallel'",
  },
  "v2-docs-link-not-a-url.json": {
    rule: "fractal2.docs-link-url",
    loc: [...TASK, "docs_link"],
    msg: "Input should be a valid URL, relative URL without a base",
  },
  "v2-duplicate-task-names.json": { rule: "fractal2.unique-task-names", loc: [], msg: "Task names in manifest must be unique" },
  "v2-has-args-schemas-compound-missing-non-parallel-schema.json": {
    rule: "fractal2.args-schemas-present",
    loc: [],
    msg: "Manifest has has_args_schemas=True, but task 'task2' has task.args_schema_non_parallel=None.",
  },
  "v2-has-args-schemas-compound-missing-parallel-schema.json": {
    rule: "fractal2.args-schemas-present",
    loc: [],
    msg: "Manifest has has_args_schemas=True, but task 'task3' has task.args_schema_parallel=None.",
  },
  "v2-has-args-schemas-compound-no-schemas.json": {
    rule: "fractal2.args-schemas-present",
    loc: [],
    msg: "task 'task4' has task.args_schema_parallel=None.",
  },
  "v2-has-args-schemas-non-parallel-no-schema.json": {
    rule: "fractal2.args-schemas-present",
    loc: [],
    msg: "task 'task8' has task.args_schema_non_parallel=None.",
  },
  "v2-has-args-schemas-parallel-no-schema.json": {
    rule: "fractal2.args-schemas-present",
    loc: [],
    msg: "task 'task6' has task.args_schema_parallel=None.",
  },
  "v2-manifest-version-1.json": { version: "2", rule: "schema", loc: ["manifest_version"], msg: "Input should be '2'" },
  "v2-non-parallel-with-args-schema-parallel.json": {
    rule: "fractal2.parallel-fields-need-executable",
    loc: TASK,
    msg: "`TaskManifestV2.args_schema_parallel` must be None",
  },
  "v2-non-parallel-with-meta-parallel.json": {
    rule: "fractal2.parallel-fields-need-executable",
    loc: TASK,
    msg: "`TaskManifestV2.meta_parallel` must be an empty dict",
  },
  "v2-parallel-with-args-schema-non-parallel.json": {
    rule: "fractal2.non-parallel-fields-need-executable",
    loc: TASK,
    msg: "`TaskManifestV2.args_schema_non_parallel` must be None",
  },
  "v2-parallel-with-meta-non-parallel.json": {
    rule: "fractal2.non-parallel-fields-need-executable",
    loc: TASK,
    msg: "`TaskManifestV2.meta_non_parallel` must be an empty dict",
  },
  "v2-real-fractal-server-tests-invalid_manifest.json": { rule: "schema", loc: ["manifest_version"], msg: "Input should be '2'" },
  "v2-task-no-executable.json": {
    rule: "fractal2.executables-present",
    loc: TASK,
    msg: "`TaskManifestV2.executable_non_parallel` and `TaskManifestV2.executable_parallel` cannot be both None.",
  },
};

describe("valid/", () => {
  test("holds the real manifests", () => {
    expect(files("valid").length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files("valid")) {
    test(`${file} passes with no warning, and passes the collection rules`, async () => {
      const summary = await validateManifest(read("valid", file));
      expect({ status: summary.status, errors: summary.errors, warnings: summary.warnings }).toEqual({
        status: "passed",
        errors: [],
        warnings: [],
      });
      expect((await validateManifest(read("valid", file), { collection: true })).errors).toEqual([]);
    });
  }
});

describe("invalid/", () => {
  test("every file has a .why.txt and an expectation here", () => {
    const names = files("invalid");
    expect(names.filter((f) => !readdirSync(join(FRACTAL, "invalid")).includes(f.replace(/\.json$/, ".why.txt")))).toEqual([]);
    expect(names.sort()).toEqual(Object.keys(INVALID).sort());
  });

  for (const [file, expected] of Object.entries(INVALID)) {
    test(`${file}: ${expected.rule} at ${JSON.stringify(expected.loc)}`, async () => {
      const summary = await validateManifest(read("invalid", file), expected.version ? { formatVersion: expected.version } : {});
      expect(summary.status).toBe("failed");
      expect(summary.errors.map((e) => ({ rule: e.rule, loc: e.loc }))).toEqual([{ rule: expected.rule, loc: expected.loc }]);
      expect(summary.errors[0]?.msg).toContain(expected.msg);
    });
  }

  test("v2-manifest-version-1.json is a valid version-1 manifest: read as one unless version 2 is asked for", async () => {
    const doc = read("invalid", "v2-manifest-version-1.json");
    const discovered = await validateManifest(doc);
    expect([discovered.status, discovered.format_version, discovered.errors]).toEqual(["passed", "1", []]);
    const forced = await validateManifest(doc, { formatVersion: "2" });
    expect([forced.status, forced.format_version]).toEqual(["failed", "2"]);
  });

  test("v1-wrong-manifest-version.json also fails as version 2 (no executable), which it is read as", async () => {
    const summary = await validateManifest(read("invalid", "v1-wrong-manifest-version.json"));
    expect(summary.errors.map((e) => [e.rule, e.loc])).toEqual([["fractal2.executables-present", TASK]]);
  });
});
