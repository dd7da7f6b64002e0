// `bioimage-specs validate` on Fractal manifests, in-process: detection, file:line:col of the offending key,
// --kind, --format-version, --strict, --collection, --package-root.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CORPUS } from "../helpers/corpus.js";
import { runMain } from "../helpers/cli-process.js";

const run = runMain;

afterEach(() => {
  vi.restoreAllMocks();
});

// Line 3 holds a typo'd key (column 3); line 10 the key equal to another after stripping (`" mem "`, column 9).
const MANIFEST = `{
  "manifest_version": "2",
  "has_args_schema": false,
  "task_list": [
    {
      "name": "Segment",
      "executable_parallel": "segment.py",
      "meta_parallel": {
        "mem": 1000,
        " mem ": 2000
      },
      "type": "parallel"
    }
  ]
}
`;

function manifestFile(text: string, name = "__FRACTAL_MANIFEST__.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-cli-fractal-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("bioimage-specs validate <__FRACTAL_MANIFEST__.json>", () => {
  test("detects the manifest; an error points at file:line:col of the offending key", async () => {
    const path = manifestFile(MANIFEST);
    const { code, stdout } = await run(["validate", path]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toEqual([
      `${path}:10:9: error: task_list.0.meta_parallel: Value error, Dictionary contains multiple identical keys: '{'mem': 1000, ' mem ': 2000}'. [value_error]`,
      `${path}: failed (fractal-manifest 2): 1 error, 0 warnings`,
    ]);
  });

  test("--strict reports the unknown key where it is", async () => {
    const path = manifestFile(MANIFEST.replace(`" mem ": 2000`, `"cpus_per_task": 1`));
    expect((await run(["validate", path])).code).toBe(0);
    const { code, stdout } = await run(["validate", "--strict", path]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${path}:3:3: error: has_args_schema: Unknown key 'has_args_schema': fractal-server ignores it; did you mean 'has_args_schemas'? [extra_forbidden]`,
    );
  });

  test("the whole corpus: valid files exit 0, invalid ones 1, as JSON summaries of kind fractal-manifest", async () => {
    const valid = join(CORPUS, "fractal/valid/fractal-tasks-core__FRACTAL_MANIFEST__.json");
    const invalid = join(CORPUS, "fractal/invalid/v2-task-no-executable.json");
    expect((await run(["validate", valid])).code).toBe(0);
    const { code, stdout } = await run(["validate", "--json", valid, invalid]);
    expect(code).toBe(1);
    const summaries = JSON.parse(stdout) as { type: string; status: string; format_version: string }[];
    expect(summaries.map((s) => [s.type, s.format_version, s.status])).toEqual([
      ["fractal-manifest", "2", "passed"],
      ["fractal-manifest", "2", "failed"],
    ]);
  });

  test("--format-version picks the manifest version; --kind forces the kind of any file name", async () => {
    const path = manifestFile(`{"manifest_version": "1", "task_list": []}`, "manifest.json");
    expect((await run(["validate", path])).stdout).toContain("passed (fractal-manifest 1)");
    expect((await run(["validate", "--format-version", "2", path])).stdout).toContain(
      `${path}:1:2: error: manifest_version: Input should be '2'`,
    );
    const bare = manifestFile(`{"name": "no manifest keys"}`, "thing.json");
    expect((await run(["validate", "--kind", "fractal-manifest", bare])).stdout).toContain("task_list: Field required [missing]");
    const bad = await run(["validate", "--format-version", "3", path]);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, 'bioimage-specs: Fractal manifests have versions 1 and 2, not "3"']);
  });

  test("--collection and --package-root add the task-collection checks", async () => {
    const path = manifestFile(MANIFEST.replace(`" mem ": 2000`, `"cpus_per_task": 1`).replace(`"Segment"`, `" "`));
    expect((await run(["validate", path])).code).toBe(0);
    expect((await run(["validate", "--collection", path])).stdout).toContain(
      `${path}:6:7: error: task_list.0.name: String should have at least 1 character [string_too_short]`,
    );
    const missing = await run(["validate", "--package-root", join(path, ".."), path]);
    // The task as the server creates it: its name stripped (NonEmptyStr).
    expect(missing.stdout).toContain(
      `${path}:7:7: error: task_list.0.executable_parallel: Task \`\` has \`command_parallel\` pointing to missing file`,
    );
  });
});
