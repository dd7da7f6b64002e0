// Two processes editing one Croissant: no lost update, no torn file; a writer killed mid-commit leaves the old or
// the new Croissant (finished by the next writer); stale locks are taken over, live ones waited for.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { LOCK_FILE } from "../../src/copick/node/lock.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import { generateProject, runName } from "../helpers/copick-project.js";
import { writer } from "../helpers/writer-process.js";

const tmp = mkdtempSync(join(tmpdir(), "copick-concurrency-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

async function project(runs: number): Promise<{ dir: string; metadata: string; config: string }> {
  const dir = mkdtempSync(join(tmp, `p${counter++}-`));
  const generated = generateProject(dir, runs);
  await exportCroissant(await openCopickProject(generated.configPath), dir, { baseUrl: "" });
  return { dir, metadata: join(dir, "Croissant", "metadata.json"), config: generated.configPath };
}

/** Every CSV matches the sha256 metadata.json gives it. */
function consistent(dir: string): boolean {
  const doc = JSON.parse(readFileSync(join(dir, "Croissant", "metadata.json"), "utf8"));
  return doc.distribution.every(
    (file: { contentUrl: string; sha256: string }) =>
      createHash("sha256")
        .update(readFileSync(join(dir, "Croissant", file.contentUrl.split("/").pop() ?? "")))
        .digest("hex") === file.sha256,
  );
}

describe("two processes on one Croissant", () => {
  it("both processes' split commits survive (each started from the same stale read)", async () => {
    const { dir, metadata } = await project(60);
    const go = join(dir, "go");
    const first = Array.from({ length: 30 }, (_, i) => runName(i));
    const second = Array.from({ length: 30 }, (_, i) => runName(30 + i));
    const a = writer(["set", metadata, go, "train", ...first]);
    const b = writer(["set", metadata, go, "val", ...second]);
    await Promise.all([a.ready, b.ready]);
    writeFileSync(go, "");
    expect([await a.exited, await b.exited], a.output() + b.output()).toEqual([0, 0]);
    const index = await CroissantIndex.fromUrl(metadata);
    expect(index.getAllSplits().get("train")).toEqual(first);
    expect(index.getAllSplits().get("val")).toEqual(second);
    expect(consistent(dir)).toBe(true);
    expect(readdirSync(join(dir, "Croissant")).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("a writer killed with SIGKILL mid-commit leaves a consistent Croissant; the next writer cleans up", async () => {
    const { dir, metadata } = await project(40);
    const runs = Array.from({ length: 40 }, (_, i) => runName(i));
    for (const delay of [40, 120, 200]) {
      const go = join(dir, `go${delay}`);
      const w = writer(["loop", metadata, go, "s", ...runs]);
      await w.ready;
      writeFileSync(go, "");
      await new Promise((done) => setTimeout(done, delay));
      w.child.kill("SIGKILL");
      await w.exited;
      const index = await CroissantIndex.fromUrl(metadata); // finishes an interrupted commit if there is one
      expect(consistent(dir)).toBe(true);
      await index.setSplit(runs[0] ?? "", "after-kill");
      expect(readdirSync(join(dir, "Croissant")).filter((f) => f.startsWith("."))).toEqual([]);
      expect((await CroissantIndex.fromUrl(metadata)).getSplit(runs[0] ?? "")).toBe("after-kill");
    }
  });

  it("an export killed with SIGKILL leaves the previous export or the new one, complete", async () => {
    const { dir, metadata, config } = await project(30);
    for (const delay of [80, 220]) {
      const go = join(dir, `go${delay}`);
      const w = writer(["export", config, go]);
      await w.ready;
      writeFileSync(go, "");
      await new Promise((done) => setTimeout(done, delay));
      w.child.kill("SIGKILL");
      await w.exited;
      const index = await CroissantIndex.fromUrl(metadata);
      expect(consistent(dir)).toBe(true);
      expect(index.runNames).toHaveLength(30);
      await index.setSplit(runName(1), "after-kill"); // a commit cleans up what the export left
      expect(readdirSync(join(dir, "Croissant")).filter((f) => f.startsWith("."))).toEqual([]);
    }
  });
});

describe("the lock file", () => {
  it("takes over a stale lock (its process is gone)", async () => {
    const { dir, metadata } = await project(2);
    writeFileSync(join(dir, "Croissant", LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: "then" }));
    const index = await CroissantIndex.fromUrl(metadata);
    await index.setSplit(runName(0), "train");
    expect((await CroissantIndex.fromUrl(metadata)).getSplit(runName(0))).toBe("train");
    expect(readdirSync(join(dir, "Croissant")).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("waits for a live lock and gives up with a message naming it", async () => {
    const { dir, metadata } = await project(2);
    const lock = join(dir, "Croissant", LOCK_FILE);
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), since: "now" }));
    const index = await CroissantIndex.fromUrl(metadata, { timeoutMs: 300 });
    await expect(index.setSplit(runName(0), "train")).rejects.toThrow(
      `${lock}: locked by process ${process.ppid} on ${hostname()} since now; gave up after 0 s (delete the file if that process is gone)`,
    );
    rmSync(lock);
    await index.commit(); // the change is still pending
    expect((await CroissantIndex.fromUrl(metadata)).getSplit(runName(0))).toBe("train");
  });
});
