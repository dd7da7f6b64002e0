// The copick engine on Croissant: a generated filesystem project exported and opened again with CroissantIndex and
// CopickRootMLC (Mode A, Mode B, over HTTP), rows, commits, splits, picks written in both modes.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import type { CopickRootFS } from "../../src/copick/node/fs-project.js";
import { CopickRootMLC } from "../../src/copick/node/mlc-root.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import type { ProjectSource } from "../../src/copick/node/project.js";
import { readPicks } from "../../src/copick/picks.js";
import { generateProject } from "../helpers/copick-project.js";

const tmp = mkdtempSync(join(tmpdir(), "copick-engine-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

const SPLITS = { train: ["TS_00001", "TS_00002"], val: ["TS_00003"] };

/** A generated project of four runs, exported with splits (relative URLs unless a base URL is given). */
async function exported(baseUrl = ""): Promise<{ dir: string; metadata: string; fs: CopickRootFS }> {
  const dir = mkdtempSync(join(tmp, `p${counter++}-`));
  const project = generateProject(dir, 4);
  const fs = (await openCopickProject(project.configPath)) as CopickRootFS;
  await exportCroissant(fs, dir, { baseUrl, splits: SPLITS, datePublished: "2026-01-01" });
  return { dir, metadata: join(dir, "Croissant", "metadata.json"), fs };
}

/** Everything a project lists, as comparable text, picks with their points. */
async function describeProject(root: ProjectSource & { runs(): Promise<readonly { name: string }[]> }): Promise<string[]> {
  const out: string[] = [];
  for (const run of await root.runs()) {
    const r = run as Awaited<ReturnType<ProjectSource["runs"]>>[number];
    for (const vs of await r.voxelSpacings()) {
      for (const tomo of await vs.tomograms()) {
        out.push(
          `${r.name} tomogram ${tomo.tomoType}@${vs.voxelSize} features ${(await tomo.features()).map((f) => f.featureType).join(",")}`,
        );
      }
    }
    for (const pick of await r.picks()) {
      const bytes = await pick.readBytes();
      const points = bytes ? readPicks(new TextDecoder().decode(bytes)).points : undefined;
      out.push(`${r.name} picks ${pick.objectName}:${pick.userId}/${pick.sessionId} ${JSON.stringify(points)}`);
    }
    for (const mesh of await r.meshes()) {
      out.push(`${r.name} mesh ${mesh.objectName}:${mesh.userId}/${mesh.sessionId} ${(await mesh.readBytes())?.byteLength}`);
    }
    for (const seg of await r.segmentations()) {
      out.push(`${r.name} segmentation ${seg.name}:${seg.userId}/${seg.sessionId}@${seg.voxelSize} ${seg.isMultilabel}`);
    }
  }
  return out.sort();
}

describe("round trip: filesystem project -> export -> Croissant", () => {
  it("CroissantIndex reads back every row the export wrote", async () => {
    const { metadata, dir } = await exported();
    const index = await CroissantIndex.fromUrl(metadata);
    expect(index.writable).toBe(true);
    expect(index.baseUrl).toBe(dir); // relative export: the project root
    expect(index.runNames).toEqual(["TS_00001", "TS_00002", "TS_00003", "TS_00004"]);
    expect(index.rows("copick/picks")).toHaveLength(8);
    expect(index.rows("copick/segmentations")[1]).toEqual({
      run: "TS_00001",
      voxel_size: 20,
      user_id: "bob",
      session_id: "3",
      name: "organelles",
      is_multilabel: true,
      url: "ExperimentRuns/TS_00001/Segmentations/20.000_bob_3_organelles-multilabel.zarr",
      portal_object_name: null,
      portal_session_id: null,
      portal_annotation_id: null,
      portal_annotation_file_id: null,
    });
    expect(index.resolveUrl("ExperimentRuns/TS_00001/Picks/alice_1_ribosome.json")).toEqual({
      kind: "local",
      path: join(dir, "ExperimentRuns/TS_00001/Picks/alice_1_ribosome.json"),
    });
    expect(Object.fromEntries(index.getAllSplits())).toEqual(SPLITS);
    expect(index.getSplit("TS_00004")).toBeNull();
    expect(() => index.getSplit("TS_09999")).toThrow("Run 'TS_09999' is not in the Croissant index.");
    await expect(index.setSplit("TS_09999", "train")).rejects.toThrow("Run 'TS_09999' is not in the Croissant index.");
  });

  it("Mode A and Mode B list the same runs, artifacts, picks and splits as the filesystem project", async () => {
    const { metadata, dir, fs } = await exported(`file://${join(tmp, "moved-away")}`);
    const expected = await describeProject(fs);
    expect(expected).toHaveLength(4 * (2 + 2 + 1 + 2));
    // The export named another base URL: read it from where it is (copick's croissant_base_url).
    const modeA = await CopickRootMLC.open(metadata, { baseUrlOverride: dir });
    expect(modeA.mode).toBe("A");
    expect(modeA.staticIsOverlay).toBe(true);
    expect(await describeProject(modeA)).toEqual(expected);
    expect(Object.fromEntries(modeA.splits())).toEqual(SPLITS);
    expect((await modeA.getRunsInSplit("train")).map((r) => r.name)).toEqual(["TS_00001", "TS_00002"]);
    expect(modeA.config).toMatchObject({ name: "generated", userId: "tester", sessionId: "0" });
    expect(modeA.config.pickableObjects.map((o) => o.name)).toEqual(["ribosome", "proteasome", "membrane"]);

    const overlay = join(tmp, `overlay${counter++}`);
    const modeB = await CopickRootMLC.open(metadata, { baseUrlOverride: dir, overlayRoot: overlay });
    expect(modeB.mode).toBe("B");
    expect(modeB.staticIsOverlay).toBe(false);
    expect(await describeProject(modeB)).toEqual(expected);
    expect(Object.fromEntries(modeB.splits())).toEqual(SPLITS);
    const run = (await modeB.runs())[0];
    expect((await run?.picks())?.every((p) => p.readOnly)).toBe(true);

    // Mode B on the project itself: nothing is listed twice.
    const sameAsStatic = await CopickRootMLC.open(metadata, { baseUrlOverride: dir, overlayRoot: dir });
    expect(sameAsStatic.staticIsOverlay).toBe(true);
    expect(await describeProject(sameAsStatic)).toEqual(expected);
  });

  it("resolves tomogram, feature, segmentation and object locations", async () => {
    const { metadata, dir } = await exported();
    const root = await CopickRootMLC.open(metadata);
    const run = await root.getRun("TS_00002");
    const vs = await run?.getVoxelSpacing(10);
    const tomogram = await vs?.getTomogram("wbp");
    expect(tomogram?.location).toEqual({ kind: "local", path: join(dir, "ExperimentRuns/TS_00002/VoxelSpacing10.000/wbp.zarr") });
    const [features] = (await tomogram?.features()) ?? [];
    expect(features?.location).toEqual({
      kind: "local",
      path: join(dir, "ExperimentRuns/TS_00002/VoxelSpacing10.000/wbp_sobel_features.zarr"),
    });
    const [seg] = (await run?.segmentations()) ?? [];
    expect(seg?.location).toEqual({ kind: "local", path: join(dir, "ExperimentRuns/TS_00002/Segmentations/10.000_alice_1_membrane.zarr") });
    expect((await root.getObject("ribosome"))?.location).toEqual({ kind: "local", path: join(dir, "Objects/ribosome.zarr") });
    expect((await root.getObject("membrane"))?.location).toBeUndefined(); // not a particle: no density map
  });
});

describe("the other way: a Croissant as the source", () => {
  it("re-exporting a project read from its Croissant gives the same bytes (copick's exporter on an mlcroissant root)", async () => {
    const { metadata, dir } = await exported();
    const target = mkdtempSync(join(tmp, `again${counter++}-`));
    const root = await CopickRootMLC.open(metadata);
    await exportCroissant(root, target, { baseUrl: "", splits: SPLITS, datePublished: "2026-01-01" });
    for (const file of readdirSync(join(dir, "Croissant"))) {
      expect(readFileSync(join(target, "Croissant", file), "utf8"), file).toBe(readFileSync(join(dir, "Croissant", file), "utf8"));
    }
  });

  it("fromFile opens an mlcroissant config (Mode B with overlay_root); refresh sees another writer's changes", async () => {
    const { metadata, dir } = await exported();
    const config = join(dir, "mlcroissant.json");
    const overlay = join(tmp, `overlay${counter++}`);
    writeFileSync(
      config,
      JSON.stringify({
        config_type: "mlcroissant",
        pickable_objects: [],
        croissant_url: metadata,
        overlay_root: `local://${overlay}`,
        static_fs_args: {},
      }),
    );
    const fromFile = await CopickRootMLC.fromFile(config);
    expect([fromFile.mode, fromFile.overlayRoot]).toEqual(["B", overlay]);
    expect(fromFile.config.pickableObjects).toHaveLength(3); // from copick:config, the config's list being empty
    const writer = await CopickRootMLC.open(metadata);
    await writer.newRun("TS_00005");
    await writer.setSplits({ test: ["TS_00005"] });
    expect(fromFile.splits().get("test")).toBeUndefined();
    await fromFile.refresh();
    expect(fromFile.splits().get("test")).toEqual(["TS_00005"]);
    expect((await fromFile.runs()).map((r) => r.name)).toContain("TS_00005");
    writeFileSync(config, JSON.stringify({ config_type: "mlcroissant", pickable_objects: [] }));
    await expect(CopickRootMLC.fromFile(config)).rejects.toThrow(`invalid copick config:\n  ${config}: croissant_url: Field required`);
  });

  it("writes the dataset fields it is given, and copick's defaults otherwise", async () => {
    const { dir, fs } = await exported();
    const options = {
      baseUrl: "",
      force: true,
      description: "Described",
      license: "CC0-1.0",
      citeAs: "Someone (2026)",
      datasetName: "Named",
    };
    await exportCroissant(fs, dir, options);
    const doc = JSON.parse(readFileSync(join(dir, "Croissant", "metadata.json"), "utf8"));
    expect([doc.name, doc.description, doc.license, doc.citeAs, doc.version]).toEqual([
      "Named",
      "Described",
      "CC0-1.0",
      "Someone (2026)",
      "1.0.0",
    ]);
    expect(doc.datePublished).toBe(new Date().toISOString().slice(0, 10));
    expect(doc["copick:config"].name).toBe("generated"); // the config keeps the project's own name
  });
});

describe("writing through CopickRootMLC", () => {
  it("Mode A: new picks go into the project, picks.csv gets their row with the sha256 of the bytes", async () => {
    const { metadata, dir } = await exported();
    const root = await CopickRootMLC.open(metadata);
    const run = await root.getRun("TS_00004");
    const picks = await run?.newPicks("ribosome", "7", { userId: "carol" });
    await picks?.store({ points: [{ location: { x: 1, y: 2, z: 3 }, score: 0.25, instance_id: 2n ** 63n }], voxel_spacing: 10 });
    const path = join(dir, "ExperimentRuns/TS_00004/Picks/carol_7_ribosome.json");
    const bytes = readFileSync(path);
    const reopened = await CroissantIndex.fromUrl(metadata);
    expect(reopened.findRow("copick/picks", { run: "TS_00004", user_id: "carol", session_id: "7", object_name: "ribosome" })).toMatchObject(
      {
        voxel_size: 10,
        url: "ExperimentRuns/TS_00004/Picks/carol_7_ribosome.json",
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
    );
    const again = await (await (await CopickRootMLC.open(metadata)).getRun("TS_00004"))?.getPicks({ userId: "carol" });
    expect((await again?.[0]?.load())?.points).toEqual([
      { location: { x: 1, y: 2, z: 3 }, transformation_: expect.any(Array), instance_id: 2n ** 63n, score: 0.25 },
    ]);
    await expect(run?.newPicks("ribosome", "7", { userId: "carol" })).rejects.toThrow(
      "Picks for ribosome by user/tool carol already exist in session 7.",
    );
    await expect(run?.newPicks("ribosomes", "7")).rejects.toThrow("Object name ribosomes not found in pickable objects.");

    const mesh = await run?.newMesh("membrane", "7", new Uint8Array([1, 2, 3]));
    expect((await CroissantIndex.fromUrl(metadata)).rows("copick/meshes").at(-1)).toMatchObject({
      user_id: "tester",
      sha256: createHash("sha256")
        .update(new Uint8Array([1, 2, 3]))
        .digest("hex"),
    });
    await mesh?.delete();
    await picks?.delete();
    const final = await CroissantIndex.fromUrl(metadata);
    expect(final.rows("copick/picks")).toHaveLength(8);
    expect(final.rows("copick/meshes")).toHaveLength(4);
    expect(existsSync(path)).toBe(false);

    const newRun = await root.newRun("TS_new");
    expect((await CroissantIndex.fromUrl(metadata)).runNames).toContain("TS_new");
    expect(existsSync(join(dir, "ExperimentRuns", newRun.name))).toBe(true);
  });

  it("refuses writes whose names (from a stranger's CSV) would leave the project", async () => {
    const { metadata, dir } = await exported();
    const index = await CroissantIndex.fromUrl(metadata);
    await index.addRow("copick/runs", { name: "../../escaped" });
    const root = await CopickRootMLC.open(metadata);
    const run = await root.getRun("../../escaped");
    await expect(run?.newPicks("ribosome", "1")).rejects.toThrow("'../../escaped' cannot be a folder or file name");
    await expect(root.newRun("a/b")).rejects.toThrow("Run name: 'a/b' cannot be a folder or file name");
    expect(existsSync(join(dir, "..", "escaped"))).toBe(false);
  });

  it("Mode B: writes land in the overlay, the Croissant stays as it was, overlay runs are listed, splits are refused", async () => {
    const { metadata, dir } = await exported();
    const before = readdirSync(join(dir, "Croissant")).map((f) => readFileSync(join(dir, "Croissant", f), "utf8"));
    const overlay = join(tmp, `overlay${counter++}`);
    const root = await CopickRootMLC.open(metadata, { overlayRoot: overlay });
    const run = await root.getRun("TS_00001");
    const [staticPicks] = (await run?.picks()) ?? [];
    await expect(staticPicks?.store({ points: [] })).rejects.toThrow("is read-only");
    const picks = await run?.newPicks("proteasome", "9");
    await picks?.store({ points: [{ location: { x: 5, y: 6, z: 7 } }] });
    expect(existsSync(join(overlay, "ExperimentRuns/TS_00001/Picks/tester_9_proteasome.json"))).toBe(true);
    await root.newRun("TS_overlay_only");
    await expect(root.setSplits({ train: ["TS_00004"] })).rejects.toThrow("the Croissant is read-only in Mode B");
    await expect(run?.setSplit("val")).rejects.toThrow("read-only in Mode B");
    expect(readdirSync(join(dir, "Croissant")).map((f) => readFileSync(join(dir, "Croissant", f), "utf8"))).toEqual(before);

    const reopened = await CopickRootMLC.open(metadata, { overlayRoot: overlay });
    expect((await reopened.runs()).map((r) => r.name)).toEqual(["TS_00001", "TS_00002", "TS_00003", "TS_00004", "TS_overlay_only"]);
    const listed = (await (await reopened.getRun("TS_00001"))?.picks())?.map(
      (p) => `${p.objectName}:${p.userId}/${p.sessionId}:${p.readOnly}`,
    );
    expect(listed).toEqual(["ribosome:alice/1:true", "proteasome:bob/2:true", "proteasome:tester/9:false"]);
  });
});

describe("CroissantIndex commits", () => {
  it("adds, replaces (in place) and removes rows; batch commits once; CSV sha256s are patched into metadata.json", async () => {
    const { metadata, dir } = await exported();
    const index = await CroissantIndex.fromUrl(metadata);
    const before = readFileSync(metadata, "utf8");
    await index.batch(async () => {
      await index.addRow("copick/tomograms", { run: "TS_00001", voxel_size: 10, tomo_type: "wbp", url: "elsewhere/wbp.zarr" });
      await index.addRow("copick/tomograms", { run: "TS_00004", voxel_size: 7.5, tomo_type: "new", url: "x.zarr" });
      await index.removeRow("copick/features", { run: "TS_00002", voxel_size: 10, tomo_type: "wbp", feature_type: "sobel" });
      expect(readFileSync(metadata, "utf8")).toBe(before); // deferred
    });
    const tomograms = readFileSync(join(dir, "Croissant/tomograms.csv"), "utf8").split("\r\n");
    expect(tomograms[1]).toBe("TS_00001,10.0,wbp,elsewhere/wbp.zarr,,");
    expect(tomograms.at(-2)).toBe("TS_00004,7.5,new,x.zarr,,");
    expect(readFileSync(join(dir, "Croissant/features.csv"), "utf8")).not.toContain("TS_00002");
    const doc = JSON.parse(readFileSync(metadata, "utf8"));
    for (const file of doc.distribution) {
      const bytes = readFileSync(join(dir, "Croissant", file.contentUrl.split("/").pop()));
      expect(createHash("sha256").update(bytes).digest("hex"), file["@id"]).toBe(file.sha256);
    }
    expect(readdirSync(join(dir, "Croissant")).filter((f) => f.startsWith("."))).toEqual([]);
    await expect(index.addRow("copick/tomograms", { run: "TS_00001", voxel_size: "10" })).rejects.toThrow("must be a number or null");
  });

  it("keeps the copick/splits table in step with runs.csv on every split change", async () => {
    const { metadata } = await exported();
    const root = await CopickRootMLC.open(metadata);
    const table = (): unknown => {
      const doc = JSON.parse(readFileSync(metadata, "utf8"));
      const runSplit = doc.recordSet[0].field[2];
      const splits = doc.recordSet.find((rs: { "@id": string }) => rs["@id"] === "copick/splits");
      return {
        references: runSplit.references?.field["@id"],
        names: splits?.data.map((d: Record<string, string>) => d["copick/splits/name"]),
      };
    };
    expect(table()).toEqual({ references: "copick/splits/name", names: ["train", "val"] });
    await root.setSplits({ test: ["TS_00004"], "fold-1": ["TS_00001"] });
    expect(table()).toEqual({ references: "copick/splits/name", names: ["fold-1", "train", "val", "test"] });
    await root.setSplits({ holdout: ["TS_00002"] }, { clearExisting: true });
    expect(Object.fromEntries(root.splits())).toEqual({ holdout: ["TS_00002"] });
    expect(table()).toEqual({ references: "copick/splits/name", names: ["holdout"] });
    await root.clearSplits();
    expect(table()).toEqual({ references: undefined, names: undefined });
    expect(readFileSync(metadata, "utf8")).not.toContain("copick/splits");
    await expect(root.clearSplits(["nope"])).rejects.toThrow("Unassign references unknown runs: 'nope'");
  });

  it("reload drops uncommitted changes and sees other writers; another index's commit is not lost", async () => {
    const { metadata } = await exported();
    const first = await CroissantIndex.fromUrl(metadata);
    const second = await CroissantIndex.fromUrl(metadata);
    await first.setSplit("TS_00004", "test");
    await second.setSplit("TS_00003", "train"); // second read the Croissant before first's commit
    await first.reload();
    expect(first.getSplit("TS_00004")).toBe("test");
    expect(first.getSplit("TS_00003")).toBe("train");
    await first.batch(async () => first.setSplit("TS_00001", null));
    await first.batch(async () => {
      await first.setSplit("TS_00002", "x");
      await first.reload();
    });
    expect(first.getSplit("TS_00002")).toBe("train");
    expect(first.getSplit("TS_00001")).toBeNull();
  });

  it("refuses a CSV whose bytes do not match metadata.json, naming the file", async () => {
    const { metadata, dir } = await exported();
    writeFileSync(join(dir, "Croissant/runs.csv"), "name,portal_run_id,split\r\nTS_00001,,\r\n");
    await expect(CroissantIndex.fromUrl(metadata)).rejects.toThrow(
      new RegExp(`^${join(dir, "Croissant/runs.csv")}: sha256 is [0-9a-f]{64} but metadata.json says [0-9a-f]{64}`),
    );
    expect((await CroissantIndex.fromUrl(metadata, { verifyChecksums: false })).runNames).toEqual(["TS_00001"]);
  });
});

describe("over HTTP", () => {
  let server: Server;
  let origin = "";
  let root = "";
  beforeAll(async () => {
    ({ dir: root } = await exported());
    server = createServer((request, response) => {
      const path = join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
      if (!path.startsWith(root) || !existsSync(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200).end(readFileSync(path));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("reads the Croissant and resolves URLs against the project's URL; commits are refused", async () => {
    const index = await CroissantIndex.fromUrl(`${origin}/Croissant/metadata.json`);
    expect(index.writable).toBe(false);
    expect(index.baseUrl).toBe(origin);
    expect(index.rows("copick/picks")).toHaveLength(8);
    expect(index.resolveUrl("ExperimentRuns/a.json")).toEqual({ kind: "http", url: `${origin}/ExperimentRuns/a.json` });
    await expect(index.setSplit("TS_00001", "val")).rejects.toThrow(
      `Croissant at ${origin}/Croissant/metadata.json is not writable; cannot commit.`,
    );
  });

  it("Mode A lists and loads picks over HTTP, and refuses to write; Mode B writes into a local overlay", async () => {
    const remote = await CopickRootMLC.open(`${origin}/Croissant/metadata.json`);
    const [picks] = (await (await remote.getRun("TS_00002"))?.picks()) ?? [];
    expect((await picks?.load())?.points).toHaveLength(3);
    await expect(remote.newRun("TS_x")).rejects.toThrow("Cannot write in Mode A: the Croissant's base URL http://127.0.0.1");
    const overlay = join(tmp, `overlay${counter++}`);
    const modeB = await CopickRootMLC.open(`${origin}/Croissant/metadata.json`, { overlayRoot: overlay });
    const run = await modeB.getRun("TS_00002");
    await run?.newPicks("ribosome", "5");
    expect((await run?.picks())?.map((p) => `${p.userId}:${p.readOnly}`)).toEqual(["alice:true", "bob:true", "tester:false"]);
  });

  it("reports a missing Croissant as a read error naming the URL", async () => {
    await expect(CroissantIndex.fromUrl(`${origin}/nothing/metadata.json`)).rejects.toThrow(`${origin}/nothing/metadata.json: HTTP 404`);
  });
});
