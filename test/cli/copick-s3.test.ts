// The CLI on S3 (a real S3 protocol server on loopback): export to s3://, validate the metadata.json there
// (its CSVs' checksums verified on S3), splits set and list, credentials from the environment or --fs-args.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Client } from "../../src/engine/node/s3/client.js";
import { resolveS3Config } from "../../src/engine/node/s3/config.js";
import { expectOneLineError, runCli } from "../helpers/cli-process.js";
import { generateProject } from "../helpers/copick-project.js";
import { type TestS3Server, startS3Server } from "../helpers/s3-server.js";

const tmp = mkdtempSync(join(tmpdir(), "copick-s3-cli-"));
let server: TestS3Server;
let client: S3Client;

beforeAll(async () => {
  server = await startS3Server();
  client = new S3Client(resolveS3Config(server.fsArgs));
});
afterAll(async () => {
  client.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe("bioimage-specs copick on S3", () => {
  it("exports to s3://, validates the metadata.json there, sets and lists splits", async () => {
    const local = join(tmp, "project");
    generateProject(local, 3);
    await server.seed(files(local).map((path) => [`src/${relative(local, path)}`, readFileSync(path)] as const));
    const config = join(tmp, "s3.json");
    const raw = JSON.parse(readFileSync(join(local, "filesystem.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...raw, overlay_root: `s3://${server.bucket}/src`, overlay_fs_args: server.fsArgs }));
    const root = `s3://${server.bucket}/published`;

    const exported = await runCli(
      ["copick", "export", config, "--project-root", root, "--base-url", root, "--split", "train=TS_00001"],
      server.env,
    );
    expect([exported.code, exported.stderr, exported.stdout]).toEqual([
      0,
      "",
      `wrote ${root}/Croissant/metadata.json (3 runs, 6 voxel_spacings, 6 tomograms, 3 features, 6 picks, 3 meshes, 6 segmentations, 2 objects)\n`,
    ]);

    const valid = await runCli(["validate", `${root}/Croissant/metadata.json`], server.env);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    // The CSVs next to it on S3 are hashed: a changed one fails its checksum.
    const runsKey = "published/Croissant/runs.csv";
    const runsCsv = (await client.get(server.bucket, runsKey))?.bytes ?? Buffer.alloc(0);
    await client.put(server.bucket, runsKey, Buffer.concat([runsCsv, Buffer.from("TS_99999,,\r\n")]));
    const tampered = await runCli(["validate", `${root}/Croissant/metadata.json`], server.env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`Hash of downloaded file ${root}/Croissant/runs.csv is not identical`);
    await client.put(server.bucket, runsKey, runsCsv);

    const set = await runCli(["copick", "splits", "set", root, "--split", "val=TS_00002,TS_00003", "--json"], server.env);
    expect([set.code, set.stderr, JSON.parse(set.stdout)]).toEqual([0, "", { train: ["TS_00001"], val: ["TS_00002", "TS_00003"] }]);
    // No AWS environment: the endpoint and the keys come from --fs-args.
    const listed = await runCli(["copick", "splits", "list", `${root}/Croissant`, "--fs-args", JSON.stringify(server.fsArgs)], {
      AWS_ENDPOINT_URL: "",
      AWS_ACCESS_KEY_ID: "",
      AWS_SECRET_ACCESS_KEY: "",
    });
    expect([listed.code, listed.stderr, listed.stdout]).toEqual([
      0,
      "",
      "train (1): TS_00001\nval (2): TS_00002, TS_00003\nunassigned (0)\n",
    ]);
    const metadata = (await client.get(server.bucket, "published/Croissant/metadata.json"))?.bytes.toString() ?? "";
    expect(metadata).not.toContain("S3RVER");
  });

  it("names what is missing, and the protocols it supports", async () => {
    expectOneLineError(
      await runCli(["copick", "splits", "list", `s3://${server.bucket}/nothing-here`], server.env),
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
      await runCli(["copick", "splits", "list", `s3://${server.bucket}/x`, "--fs-args", "[1]"]),
      /--fs-args must be a JSON object/,
    );
  });
});
