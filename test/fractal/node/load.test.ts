// The Node API: loadManifest reads a file (positions on every entry); packageRoot checks executables on disk.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fileExists, loadManifest, validateManifest } from "../../../src/node.js";
import { manifestV2 } from "../../helpers/fractal.js";

/** A package directory holding the manifest and the executables named in `present`. */
function packageDir(manifest: unknown, present: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "bioimage-specs-fractal-"));
  for (const file of present) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), "");
  }
  writeFileSync(join(root, "__FRACTAL_MANIFEST__.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return root;
}

describe("loadManifest", () => {
  test("a valid manifest: its content as validated, and a passed summary", async () => {
    const root = packageDir({ ...manifestV2(), has_args_schemas: "true" }, []);
    const loaded = await loadManifest(join(root, "__FRACTAL_MANIFEST__.json"));
    expect(loaded.valid).toBe(true);
    expect(loaded.manifestVersion).toBe("2");
    expect((loaded.content as { has_args_schemas: unknown }).has_args_schemas).toBe(true);
    expect(loaded.validationSummary.warnings[0]?.position).toEqual({ file: join(root, "__FRACTAL_MANIFEST__.json"), line: 58, col: 3 });
  });

  test("with packageRoot, missing executables fail at their key", async () => {
    const root = packageDir(manifestV2(), ["init_projection_hcs.py", "compute_projection_hcs.py"]);
    const path = join(root, "__FRACTAL_MANIFEST__.json");
    expect((await loadManifest(path, { packageRoot: root })).validationSummary.errors).toMatchObject([
      {
        rule: "fractal2.collection.executables-exist",
        loc: ["task_list", 1, "executable_parallel"],
        msg: `Task \`Threshold Segmentation\` has \`command_parallel\` pointing to missing file \`${root}/threshold_segmentation.py\`.`,
        position: { file: path, line: 49, col: 7 },
      },
    ]);
    writeFileSync(join(root, "threshold_segmentation.py"), "");
    expect((await loadManifest(path, { packageRoot: root })).valid).toBe(true);
  });

  test("an unreadable file is a ReadError, not a summary", async () => {
    await expect(loadManifest(join(tmpdir(), "no-such-manifest.json"))).rejects.toThrow(/no such file/);
  });
});

describe("validateManifest with the Node entry's fileExists", () => {
  test("checks executables on disk", async () => {
    const summary = await validateManifest(manifestV2(), { packageRoot: packageDir({}, []), fileExists });
    expect(summary.errors.map((e) => e.rule)).toEqual([
      "fractal2.collection.executables-exist",
      "fractal2.collection.executables-exist",
      "fractal2.collection.executables-exist",
    ]);
  });
});
