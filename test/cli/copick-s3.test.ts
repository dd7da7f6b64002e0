// The CLI on S3 (a real S3 protocol server on loopback): export to s3://, validate the metadata.json there
// (its CSVs' checksums verified on S3), splits set and list, credentials from the environment or --fs-args.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectOneLineError, runCli } from "../helpers/cli-process.js";
import { generateProject } from "../helpers/copick-project.js";
import { useS3Server } from "../helpers/s3-server.js";

const tmp = mkdtempSync(join(tmpdir(), "copick-s3-cli-"));
const s3 = useS3Server();

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("bioimage-specs copick on S3", () => {
  it("exports to s3://, validates the metadata.json there, sets and lists splits", async () => {
    const local = join(tmp, "project");
    generateProject(local, 3);
    s3.server.seedFolder(local, "src");
    const config = join(tmp, "s3.json");
    const raw = JSON.parse(readFileSync(join(local, "filesystem.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...raw, overlay_root: `s3://${s3.server.bucket}/src`, overlay_fs_args: s3.server.fsArgs }));
    const root = `s3://${s3.server.bucket}/published`;

    const exported = await runCli(
      ["copick", "export", config, "--project-root", root, "--base-url", root, "--split", "train=TS_00001"],
      s3.server.env,
    );
    expect([exported.code, exported.stderr, exported.stdout]).toEqual([
      0,
      "",
      `wrote ${root}/Croissant/metadata.json (3 runs, 6 voxel_spacings, 6 tomograms, 3 features, 6 picks, 3 meshes, 6 segmentations, 2 objects)\n`,
    ]);

    const valid = await runCli(["validate", `${root}/Croissant/metadata.json`], s3.server.env);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    // The CSVs next to it on S3 are hashed: a changed one fails its checksum.
    const runsKey = "published/Croissant/runs.csv";
    const runsCsv = (await s3.client.get(s3.server.bucket, runsKey))?.bytes ?? Buffer.alloc(0);
    await s3.client.put(s3.server.bucket, runsKey, Buffer.concat([runsCsv, Buffer.from("TS_99999,,\r\n")]));
    const tampered = await runCli(["validate", `${root}/Croissant/metadata.json`], s3.server.env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`Hash of downloaded file ${root}/Croissant/runs.csv is not identical`);
    await s3.client.put(s3.server.bucket, runsKey, runsCsv);

    const set = await runCli(["copick", "splits", "set", root, "--split", "val=TS_00002,TS_00003", "--json"], s3.server.env);
    expect([set.code, set.stderr, JSON.parse(set.stdout)]).toEqual([0, "", { train: ["TS_00001"], val: ["TS_00002", "TS_00003"] }]);
    // No AWS environment: the endpoint and the keys come from --fs-args.
    const listed = await runCli(["copick", "splits", "list", `${root}/Croissant`, "--fs-args", JSON.stringify(s3.server.fsArgs)], {
      AWS_ENDPOINT_URL: "",
      AWS_ACCESS_KEY_ID: "",
      AWS_SECRET_ACCESS_KEY: "",
    });
    expect([listed.code, listed.stderr, listed.stdout]).toEqual([
      0,
      "",
      "train (1): TS_00001\nval (2): TS_00002, TS_00003\nunassigned (0)\n",
    ]);
    const metadata = (await s3.client.get(s3.server.bucket, "published/Croissant/metadata.json"))?.bytes.toString() ?? "";
    expect(metadata).not.toContain("S3RVER");
  });

  it("names what is missing, and the protocols it supports", async () => {
    expectOneLineError(
      await runCli(["copick", "splits", "list", `s3://${s3.server.bucket}/nothing-here`], s3.server.env),
      /no metadata\.json there/,
    );
    expectOneLineError(
      await runCli(["copick", "splits", "list", "gs://bucket/proj"]),
      /gs:\/\/ is not supported here \(local paths, file:\/\/, local:\/\/, http\(s\):\/\/ and s3:\/\/ are\)/,
    );
    const validate = await runCli(["validate", "smb://host/share/metadata.json"]);
    expect([validate.code, validate.stderr]).toEqual([
      2,
      "smb://host/share/metadata.json: smb:// is not supported here (local paths, file://, local://, http(s):// and s3:// are)\n",
    ]);
    expectOneLineError(
      await runCli(["copick", "splits", "list", `s3://${s3.server.bucket}/x`, "--fs-args", "[1]"]),
      /--fs-args must be a JSON object/,
    );
  });
});
