// A collection validated in shards (`validate --shard i/n`, one per job of a batch) and the shards' --json outputs
// merged (`merge-summaries`): every input in exactly one shard whatever the order it was given in, and the merge
// gives what one run over every input gives (summaries, total, exit code).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shardInputs } from "../../src/cli/validate-command.js";
import { runMain } from "../helpers/cli-process.js";

const INPUTS = [
  "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml",
  "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml",
  "examples/bioimageio/unet2d_nuclei_broad_v0_4_9.bioimageio.yaml",
  "examples/fractal/__FRACTAL_MANIFEST__.json",
  "examples/fractal/invalid-docs-link__FRACTAL_MANIFEST__.json",
];

const sources = (json: string): string[] => (JSON.parse(json) as { source_name: string }[]).map((s) => s.source_name);

describe("validate --shard and merge-summaries", () => {
  const dir = mkdtempSync(join(tmpdir(), "shards-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("puts each distinct input in exactly one shard, the same one whatever the order, sizes within one", () => {
    const files = Array.from({ length: 23 }, (_, i) => `docs/${String.fromCodePoint(0x61 + (i % 26))}${i}.yaml`);
    const shards = [1, 2, 3, 4].map((index) => shardInputs([...files, files[0] ?? ""], { index, count: 4 }));
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(shards.map((s) => s.length)).toEqual([6, 6, 6, 5]);
    expect([1, 2, 3, 4].map((index) => shardInputs([...files].reverse(), { index, count: 4 }))).toEqual(shards);
    // an astral character sorts after every BMP one by code point (UTF-16 order would put it before U+FFFD)
    expect(shardInputs(["\u{1F600}", "\uFFFD"], { index: 1, count: 2 })).toEqual(["\uFFFD"]);
    expect(shardInputs(["a"], { index: 3, count: 3 })).toEqual([]);
  });

  it("validates the shards separately and merges them into what one run gives", async () => {
    const whole = await runMain(["validate", "--no-io-checks", "--json", ...INPUTS]);
    expect(whole.code).toBe(1);
    const shardFiles: string[] = [];
    for (const index of [1, 2]) {
      // each job may list the inputs in its own order
      const run = await runMain([
        "validate",
        "--no-io-checks",
        "--json",
        "--shard",
        `${index}/2`,
        ...(index === 1 ? INPUTS : [...INPUTS].reverse()),
      ]);
      expect(run.code).toBe(index === 1 ? 1 : 0); // sorted, the two invalid inputs fall in shard 1
      const path = join(dir, `shard-${index}.json`);
      writeFileSync(path, run.stdout);
      shardFiles.push(path);
    }
    expect(sources(readFileSync(shardFiles[0] ?? "", "utf8"))).toHaveLength(3);
    expect(sources(readFileSync(shardFiles[1] ?? "", "utf8"))).toHaveLength(2);

    const merged = await runMain(["merge-summaries", "--json", "--summary", join(dir, "all.md"), ...shardFiles]);
    expect(merged.code).toBe(1);
    const byName = (json: string) =>
      (JSON.parse(json) as { source_name: string }[]).sort((a, b) => (a.source_name < b.source_name ? -1 : 1));
    expect(JSON.parse(merged.stdout)).toEqual(byName(whole.stdout));
    expect(sources(merged.stdout)).toEqual([...INPUTS].sort());
    expect(readFileSync(join(dir, "all.md"), "utf8")).toMatch(/Total: 5 files: 3 passed, 2 failed/);

    const text = await runMain(["merge-summaries", ...shardFiles]);
    expect(text.stdout.trim().split("\n").at(-1)).toMatch(/^total: 5 files: 3 passed, 2 failed \(\d+ errors?, \d+ warnings?\)$/);
    expect(text.stdout).toContain("invalid-docs-link__FRACTAL_MANIFEST__.json");
    expect(text.stdout).not.toContain("examples/fractal/__FRACTAL_MANIFEST__.json");
  });

  it("exits 0 when every merged input passes, 2 when one was unreadable or a file is not a summary array", async () => {
    const passing = join(dir, "passing.json");
    writeFileSync(passing, (await runMain(["validate", "--no-io-checks", "--json", INPUTS[0] ?? ""])).stdout);
    expect((await runMain(["merge-summaries", passing])).code).toBe(0);
    const missing = join(dir, "missing-input.json");
    writeFileSync(missing, (await runMain(["validate", "--json", join(dir, "nope.yaml")])).stdout);
    const withUnreadable = await runMain(["merge-summaries", passing, missing]);
    expect(withUnreadable.code).toBe(2);
    expect(withUnreadable.stdout).toMatch(/total: 2 files: 1 passed, 0 failed, 1 unreadable/);
    writeFileSync(join(dir, "object.json"), "{}");
    const bad = await runMain(["merge-summaries", passing, join(dir, "object.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/object\.json: not a JSON array of validation summaries/);
    expect((await runMain(["merge-summaries", join(dir, "absent.json")])).stderr).toMatch(/absent\.json: no such file/);
  });
});
