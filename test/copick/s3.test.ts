// copick projects on S3, against a real S3 protocol server on loopback (test/helpers/s3-s3.server.ts): export,
// Mode A and Mode B, splits, two writer processes, a server error in the middle of a commit, a listing across
// pages, credentials kept out of the export, unsupported protocols, and servers without conditional writes.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { locate } from "../../src/copick/node/location.js";
import { CopickRootMLC } from "../../src/copick/node/mlc-root.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import { COPICK_CSVS } from "../../src/copick/csv-schema.js";
import { generateProject, runName } from "../helpers/copick-project.js";
import { writer } from "../helpers/writer-process.js";
import { startS3Server, useS3Server } from "../helpers/s3-server.js";

const tmp = mkdtempSync(join(tmpdir(), "copick-s3-"));
const s3 = useS3Server();
let counter = 0;
const SECRET = "do-not-export-this-secret-7f3a";
const CSV_NAMES = COPICK_CSVS.map((csv) => csv.csvName);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function must<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error("expected a value");
  }
  return value;
}

// The server accepts any secret: one that must never reach an export stands in for a real one.
const fsArgs = (): Record<string, unknown> => ({ ...s3.server.fsArgs, secret: SECRET, client_kwargs: { region_name: "us-east-1" } });

/** A generated project (`runs` runs) uploaded under a new prefix, with its local twin and an S3 config. */
async function s3Project(runs: number): Promise<{ local: string; prefix: string; url: string; config: string }> {
  const local = mkdtempSync(join(tmp, `p${counter}-`));
  const prefix = `proj${counter++}`;
  generateProject(local, runs);
  s3.server.seedFolder(local, prefix);
  const config = join(local, "s3.json");
  const raw = JSON.parse(readFileSync(join(local, "filesystem.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(config, JSON.stringify({ ...raw, overlay_root: `s3://${s3.server.bucket}/${prefix}`, overlay_fs_args: fsArgs() }));
  return { local, prefix, url: `s3://${s3.server.bucket}/${prefix}`, config };
}

const text = async (key: string): Promise<string> => (await s3.client.get(s3.server.bucket, key))?.bytes.toString("utf8") ?? "(missing)";

/** Every CSV on S3 matches the sha256 its metadata.json gives it, and no commit leftovers remain. */
async function consistent(prefix: string): Promise<void> {
  const doc = JSON.parse(await text(`${prefix}/Croissant/metadata.json`)) as { distribution: { contentUrl: string; sha256: string }[] };
  for (const file of doc.distribution) {
    const bytes = (await s3.client.get(s3.server.bucket, `${prefix}/Croissant/${file.contentUrl.split("/").pop() ?? ""}`))?.bytes;
    expect(bytes && createHash("sha256").update(bytes).digest("hex"), file.contentUrl).toBe(file.sha256);
  }
  const leftovers: string[] = [];
  for await (const page of s3.client.list(s3.server.bucket, `${prefix}/Croissant/.`)) {
    leftovers.push(...page.objects.map((o) => o.key));
  }
  expect(leftovers).toEqual([]);
}

async function exported(runs: number): Promise<{ prefix: string; url: string; metadata: string; local: string }> {
  const project = await s3Project(runs);
  await exportCroissant(await openCopickProject(project.config), project.url, {
    baseUrl: project.url,
    fsArgs: fsArgs(),
    datePublished: "2026-01-01",
  });
  return { ...project, metadata: `${project.url}/Croissant/metadata.json` };
}

describe("copick projects on S3", () => {
  it("exports a filesystem project on S3 to S3, byte for byte the export of the same project on disk, without credentials", async () => {
    const { local, prefix, url } = await exported(3);
    await exportCroissant(await openCopickProject(join(local, "filesystem.json")), local, { baseUrl: url, datePublished: "2026-01-01" });
    for (const name of ["metadata.json", ...CSV_NAMES]) {
      const onS3 = await text(`${prefix}/Croissant/${name}`);
      expect(onS3, name).toBe(readFileSync(join(local, "Croissant", name), "utf8"));
      expect(onS3).not.toContain(SECRET);
      expect(onS3).not.toContain("S3RVER");
      expect(onS3).not.toContain("fs_args");
    }
    expect((await text(`${prefix}/Croissant/picks.csv`)).split("\r\n")).toHaveLength(3 * 2 + 2);
    await consistent(prefix);
    await expect(exportCroissant(await openCopickProject(join(local, "s3.json")), url, { baseUrl: url, fsArgs: fsArgs() })).rejects.toThrow(
      `Croissant already exists at ${url}/Croissant/metadata.json. Pass force: true`,
    );
  });

  it("Mode A on S3: new picks and a mesh go into the project on S3 with their rows; splits set and read back", async () => {
    const { prefix, metadata } = await exported(2);
    const root = await CopickRootMLC.open(metadata, { fsArgs: fsArgs() });
    expect(root.mode).toBe("A");
    const run = await root.getRun(runName(1));
    const picks = await must(run).newPicks("ribosome", "7", { userId: "carol" });
    await picks.store({ points: [{ location: { x: 1, y: 2, z: 3 } }], voxel_spacing: 10 });
    await must(run).newMesh("membrane", "7", new Uint8Array([103, 108, 84, 70]), { userId: "carol" });
    await root.setSplits({ train: [runName(0)], test: [runName(1)] });

    const reopened = await CopickRootMLC.open(metadata, { fsArgs: fsArgs() });
    const again = (await must(await reopened.getRun(runName(1))).getPicks({ userId: "carol" }))[0];
    expect((await must(again).load()).points?.[0]?.location).toEqual({ x: 1, y: 2, z: 3 });
    const key = `${prefix}/ExperimentRuns/${runName(1)}/Picks/carol_7_ribosome.json`;
    const bytes = must(await s3.client.get(s3.server.bucket, key)).bytes;
    const row = reopened.index.findRow("copick/picks", { run: runName(1), user_id: "carol", session_id: "7", object_name: "ribosome" });
    expect(row?.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect((await must(await reopened.getRun(runName(1))).meshes()).map((m) => `${m.userId}_${m.sessionId}_${m.objectName}`)).toContain(
      "carol_7_membrane",
    );
    expect(Object.fromEntries(reopened.splits())).toEqual({ train: [runName(0)], test: [runName(1)] });
    await consistent(prefix);
  });

  it("Mode B: the Croissant on S3 stays as it was; writes land in the overlay, local or on S3", async () => {
    const { prefix, metadata } = await exported(2);
    const before = await text(`${prefix}/Croissant/metadata.json`);
    const localOverlay = mkdtempSync(join(tmp, "overlay-"));
    for (const overlayRoot of [localOverlay, `s3://${s3.server.bucket}/overlay${counter++}`]) {
      const root = await CopickRootMLC.open(metadata, { fsArgs: fsArgs(), overlayRoot, overlayFsArgs: fsArgs() });
      expect(root.mode).toBe("B");
      const run = await root.getRun(runName(0));
      await (await must(run).newPicks("proteasome", "9", { userId: "dave" })).store({ points: [], voxel_spacing: 10 });
      await root.newRun("TS_overlay");
      await expect(root.setSplits({ train: [runName(0)] })).rejects.toThrow("read-only in Mode B");
      const reopened = await CopickRootMLC.open(metadata, { fsArgs: fsArgs(), overlayRoot, overlayFsArgs: fsArgs() });
      const mine = await must(await reopened.getRun(runName(0))).getPicks({ userId: "dave" });
      expect(mine.map((p) => p.objectName)).toEqual(["proteasome"]);
      expect(must(mine[0]).location).toMatchObject(
        overlayRoot.startsWith("s3://")
          ? {
              kind: "s3",
              key: `${overlayRoot.slice(`s3://${s3.server.bucket}/`.length)}/ExperimentRuns/${runName(0)}/Picks/dave_9_proteasome.json`,
            }
          : { kind: "local" },
      );
      // Static picks still come from the Croissant's rows, read from S3.
      expect((await must(await reopened.getRun(runName(0))).getPicks({ userId: "alice" })).length).toBe(1);
    }
    expect(await text(`${prefix}/Croissant/metadata.json`)).toBe(before);
  });

  it("two writer processes on one Croissant on S3 lose no update (each starts from the same stale read)", async () => {
    const { prefix, metadata } = await exported(12);
    const go = join(tmp, `go${counter++}`);
    const first = Array.from({ length: 6 }, (_, i) => runName(i));
    const second = Array.from({ length: 6 }, (_, i) => runName(6 + i));
    const writers = [
      writer(["set", metadata, go, "train", ...first], s3.server.env),
      writer(["set", metadata, go, "val", ...second], s3.server.env),
    ];
    await Promise.all(writers.map((w) => w.ready));
    writeFileSync(go, "");
    expect(await Promise.all(writers.map((w) => w.exited)), writers.map((w) => w.output()).join("")).toEqual([0, 0]);
    const index = await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() });
    expect(Object.fromEntries(index.getAllSplits())).toEqual({ train: first, val: second });
    await consistent(prefix);
  }, 60_000);

  it("a server error in the middle of a commit leaves the old or the new Croissant, finished by the next reader", async () => {
    const { prefix, metadata } = await exported(3);
    const isPut = (name: string) => (r: { method: string; key: string }) => r.method === "PUT" && r.key === `${prefix}/Croissant/${name}`;
    // After the commit point (metadata.json written), the CSV copies fail: the next reader rolls forward.
    const index = await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() });
    s3.server.fail(isPut("runs.csv"), 10);
    await expect(index.setSplit(runName(0), "train")).rejects.toThrow(
      `s3://${s3.server.bucket}/${prefix}/Croissant/runs.csv: HTTP 500 InternalError`,
    );
    s3.server.healthy();
    expect((await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() })).getSplit(runName(0))).toBe("train");
    await consistent(prefix);
    // Before the commit point (metadata.json refused), the next reader rolls back; the change is still pending.
    const other = await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() });
    s3.server.fail(isPut("metadata.json"), 10);
    await expect(other.setSplit(runName(1), "val")).rejects.toThrow("metadata.json: HTTP 500 InternalError");
    s3.server.healthy();
    const rolledBack = await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() });
    expect([rolledBack.getSplit(runName(0)), rolledBack.getSplit(runName(1))]).toEqual(["train", null]);
    await consistent(prefix);
    await other.commit();
    expect((await CroissantIndex.fromUrl(metadata, { fsArgs: fsArgs() })).getSplit(runName(1))).toBe("val");
    await consistent(prefix);
  });

  it("lists a project on S3 whose runs span several listing pages (1,001 runs)", async () => {
    const prefix = `paged${counter++}`;
    const names = Array.from({ length: 1001 }, (_, i) => runName(i));
    s3.server.seed(names.map((name) => [`${prefix}/ExperimentRuns/${name}/Picks/alice_1_ribosome.json`, "{}"] as const));
    const config = join(tmp, `paged${counter}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        config_type: "filesystem",
        name: "paged",
        pickable_objects: [],
        overlay_root: `s3://${s3.server.bucket}/${prefix}`,
        overlay_fs_args: fsArgs(),
      }),
    );
    const before = s3.server.requests.length;
    const runs = await (await openCopickProject(config)).runs();
    expect(runs.map((r) => r.name)).toEqual(names);
    expect(s3.server.requests.slice(before).filter((r) => r.method === "GET" && r.query.includes("list-type=2"))).toHaveLength(2);
  });

  it("refuses unsupported protocols, naming the supported ones", async () => {
    expect(() => locate("gs://bucket/proj")).toThrow(
      "gs://bucket/proj: gs:// is not supported here (local paths, file://, local://, http(s):// and s3:// are)",
    );
    const config = join(tmp, "smb.json");
    writeFileSync(
      config,
      JSON.stringify({ config_type: "filesystem", name: "x", pickable_objects: [], overlay_root: "smb://host/share/proj" }),
    );
    await expect(openCopickProject(config)).rejects.toThrow("smb://host/share/proj: smb:// is not supported here");
  });

  it("on a server without conditional writes, commits fall back to a best-effort lock (and still commit)", async () => {
    const plain = await startS3Server({ conditionalWrites: false });
    try {
      const args = { ...plain.fsArgs };
      const local = mkdtempSync(join(tmp, "plain-"));
      generateProject(local, 2);
      const url = `s3://${plain.bucket}/proj`;
      await exportCroissant(await openCopickProject(join(local, "filesystem.json")), url, { baseUrl: "", fsArgs: args });
      const index = await CroissantIndex.fromUrl(`${url}/Croissant/metadata.json`, { fsArgs: args });
      await index.setSplit(runName(0), "train");
      expect((await CroissantIndex.fromUrl(`${url}/Croissant/metadata.json`, { fsArgs: args })).getSplit(runName(0))).toBe("train");
      const metadataPuts = plain.requests.filter((r) => r.method === "PUT" && r.key === "proj/Croissant/metadata.json");
      expect(metadataPuts.map((r) => r.conditional)).toEqual([false, false]);
      const serverPuts = s3.server.requests.filter((r) => r.method === "PUT" && r.key.endsWith("/Croissant/metadata.json"));
      expect(serverPuts.length > 0 && serverPuts.every((r) => r.conditional)).toBe(true);
    } finally {
      await plain.close();
    }
  });
});
