// `bioimage-specs copick export` and `copick splits list|set|clear`: output, files, exit codes, one-line errors.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { generateProject } from "../helpers/copick-project.js";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    return { code: await main(args), out, err };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

const tmp = mkdtempSync(join(tmpdir(), "copick-cli-engine-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
let counter = 0;

function project(): { dir: string; config: string } {
  const dir = mkdtempSync(join(tmp, `p${counter++}-`));
  return { dir, config: generateProject(dir, 3).configPath };
}

describe("copick export", () => {
  it("exports with splits from --split and --splits-file, and refuses to overwrite without --force", async () => {
    const { dir, config } = project();
    const splitsFile = join(dir, "splits.csv");
    writeFileSync(splitsFile, "split,run,comment\ntrain,TS_00001,x\ntrain,TS_00002,\nval,TS_00001,overridden below\n");
    const args = [
      "copick",
      "export",
      config,
      "--project-root",
      dir,
      "--base-url",
      "",
      "--splits-file",
      splitsFile,
      "--split",
      "val=TS_00003",
    ];
    const first = await run([...args, "--date-published", "2026-01-01", "--dataset-name", "cli"]);
    expect(first.err).toBe("");
    expect(first.out).toBe(
      `wrote ${join(dir, "Croissant", "metadata.json")} (3 runs, 6 voxel_spacings, 6 tomograms, 3 features, 6 picks, 3 meshes, 6 segmentations, 2 objects)\n`,
    );
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, "Croissant", "runs.csv"), "utf8")).toBe(
      "name,portal_run_id,split\r\nTS_00001,,train\r\nTS_00002,,train\r\nTS_00003,,val\r\n",
    );
    const metadata = readFileSync(join(dir, "Croissant", "metadata.json"), "utf8");
    expect(metadata).toContain('"name": "cli"');
    expect(metadata).toContain('"datePublished": "2026-01-01"');

    const again = await run(args);
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `bioimage-specs: Croissant already exists at ${join(dir, "Croissant", "metadata.json")}. Pass force: true (--force on the CLI) to overwrite it.\n`,
    );
    expect((await run([...args, "--force", "--json", "--no-file-sha256"])).code).toBe(0);
  });

  it("an export without runs warns, and fails without writing anything under --strict", async () => {
    const { dir, config } = project();
    const base = ["copick", "export", config, "--project-root", dir, "--base-url", "", "--runs", "TS_99999"];
    const strict = await run([...base, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toBe(
      `warning: ${config}: no runs named by --runs (TS_99999): the export would describe no data\nbioimage-specs: nothing exported (--strict)\n`,
    );
    expect(existsSync(join(dir, "Croissant", "metadata.json"))).toBe(false);
    const warned = await run(base);
    expect(warned.code).toBe(0);
    expect(warned.err).toContain(`warning: ${config}: no runs named by --runs (TS_99999)`);
    expect(warned.out).toMatch(/^wrote .*metadata\.json \(0 runs,/);
  });

  it("passes filters and maps through; portal-only flags and bad splits are one-line errors (exit 2)", async () => {
    const { dir, config } = project();
    const base = ["copick", "export", config, "--project-root", dir, "--base-url", ""];
    const filtered = await run([
      ...base,
      "--runs",
      "TS_00002",
      "--picks",
      "proteasome:*/*",
      "--picks",
      "nothing",
      "--object-name-map",
      "proteasome:pro",
      "--json",
    ]);
    expect(filtered.code).toBe(0);
    expect(JSON.parse(filtered.out).rowCounts["copick/picks"]).toBe(1);
    expect(readFileSync(join(dir, "Croissant", "picks.csv"), "utf8")).toContain("TS_00002,bob,2,pro,10.0");
    const portal = await run([...base, "--force", "--picks-author", "Alice"]);
    expect([portal.code, portal.err]).toEqual([
      2,
      "bioimage-specs: The following export options require a CryoET Data Portal source (config_type='cryoet_data_portal'): picksAuthor. Source is 'filesystem'.\n",
    ]);
    const split = await run([...base, "--force", "--split", "train"]);
    expect([split.code, split.err]).toEqual([2, "bioimage-specs: Expected 'NAME=RUN1,RUN2,...' in --split 'train'.\n"]);
    const unknown = await run([...base, "--force", "--split", "train=TS_404"]);
    expect(unknown.err).toBe("bioimage-specs: Splits reference unknown runs: 'train'→'TS_404'\n");
  });

  it("exits 1 when the export would not validate, and 2 for a missing config", async () => {
    const { dir, config } = project();
    const invalid = await run([
      "copick",
      "export",
      config,
      "--project-root",
      dir,
      "--base-url",
      "",
      "--object-name-map",
      "ribosome:bad_name",
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^bioimage-specs: the exported Croissant would not be valid, so nothing was written:\n {2}copick:config/);
    const missing = await run(["copick", "export", join(dir, "nope.json"), "--project-root", dir, "--base-url", ""]);
    expect([missing.code, missing.err]).toEqual([2, `bioimage-specs: ${join(dir, "nope.json")}: no such file\n`]);
  });
});

describe("copick splits", () => {
  it("lists, sets (clear-all, unassign) and clears splits of a Croissant in place", async () => {
    const { dir, config } = project();
    await run(["copick", "export", config, "--project-root", dir, "--base-url", "", "--split", "train=TS_00001,TS_00002"]);
    expect((await run(["copick", "splits", "list", dir])).out).toBe("train (2): TS_00001, TS_00002\nunassigned (1): TS_00003\n");
    const set = await run(["copick", "splits", "set", join(dir, "Croissant"), "--split", "test=TS_00003", "--unassign", "TS_00001"]);
    expect([set.code, set.out]).toEqual([0, "train (1): TS_00002\ntest (1): TS_00003\nunassigned (1): TS_00001\n"]);
    const metadata = join(dir, "Croissant", "metadata.json");
    expect(JSON.parse((await run(["copick", "splits", "set", metadata, "--clear-all", "--split", "val=TS_00001", "--json"])).out)).toEqual({
      val: ["TS_00001"],
    });
    expect(readFileSync(metadata, "utf8")).toContain('"copick/splits/name": "val"');
    expect((await run(["copick", "splits", "clear", metadata, "--runs", "TS_00001"])).out).toBe(
      "unassigned (3): TS_00001, TS_00002, TS_00003\n",
    );
    expect(readFileSync(metadata, "utf8")).not.toContain("copick/splits");
  });

  it("reports unknown runs, nothing to do and missing Croissants with exit 2, changing nothing", async () => {
    const { dir, config } = project();
    await run(["copick", "export", config, "--project-root", dir, "--base-url", ""]);
    const before = readFileSync(join(dir, "Croissant", "runs.csv"), "utf8");
    const unknown = await run(["copick", "splits", "set", dir, "--split", "train=TS_00001", "--unassign", "TS_9,TS_8"]);
    expect([unknown.code, unknown.err]).toEqual([2, "bioimage-specs: Unassign references unknown runs: ['TS_8', 'TS_9']\n"]);
    const nothing = await run(["copick", "splits", "set", dir]);
    expect(nothing.err).toBe("bioimage-specs: Nothing to do — pass at least one of --split / --splits-file / --clear-all / --unassign.\n");
    expect(readFileSync(join(dir, "Croissant", "runs.csv"), "utf8")).toBe(before);
    const missing = await run(["copick", "splits", "list", join(tmp, "none")]);
    expect([missing.code, missing.err]).toEqual([2, `bioimage-specs: ${join(tmp, "none")}: no such file\n`]);
  });
});
