// References from a stranger's description or Croissant: nothing is read, hashed, packaged or written outside the
// folder, archive or project it came with, unless the caller allows it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileNameOf } from "../../src/engine/files.js";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { PackageError, saveBioimageioPackage, saveBioimageioPackageAsFolder } from "../../src/bioimageio/node/package.js";
import { CopickError } from "../../src/copick/errors.js";
import { CopickRootMLC } from "../../src/copick/node/mlc-root.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import { copickExportProblems } from "../../src/copick/node/export-check.js";
import { validateCroissant } from "../../src/copick/validate.js";
import { ParseError } from "../../src/engine/load/parse-error.js";
import { ReadError } from "../../src/engine/node/read-source.js";
import { settings } from "../../src/engine/node/settings.js";
import { runCli } from "../helpers/cli-process.js";
import { generateProject, runName } from "../helpers/copick-project.js";
import { startServer, type TestServer } from "../helpers/http-server.js";
import { validGeneric } from "../helpers/model.js";

const tmp = mkdtempSync(join(tmpdir(), "hostile-refs-"));
const offline = { ...settings(), cachePath: mkdtempSync(join(tmpdir(), "hostile-refs-cache-")), offline: true };
const secret = join(tmp, "secret.txt");
writeFileSync(secret, "not yours");
let counter = 0;

/** A folder with rdf.yaml (a generic description whose attachments are `sources`) and README.md. */
function described(sources: readonly string[], extra: Record<string, unknown> = {}): string {
  const folder = join(tmp, `m${counter++}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "README.md"), "# hello\n");
  writeFileSync(join(folder, "rdf.yaml"), stringify({ ...validGeneric(), attachments: sources.map((source) => ({ source })), ...extra }));
  return folder;
}

describe("bioimage.io references", () => {
  // what the IO checks say, and what packaging without them says (the schema refuses some of them first)
  const escaping: [string, string, RegExp, RegExp][] = [
    ["parent folder", "../secret.txt", /reference points outside/, /reference points outside/],
    ["deeper parent", "a/../../secret.txt", /reference points outside/, /reference points outside/],
    ["absolute path", secret, /Value error, \/\S+ is an absolute path\./, /is invalid/],
    ["drive letter", "C:/Windows/win.ini", /is an absolute path/, /is an absolute path/],
    ["backslashes", "..\\secret.txt", /contains a backslash/, /cannot be a file name in a package/],
    ["file: URL", `file://${secret}`, /is a file: URL \(only relative paths and http\(s\) URLs are supported\)/, /is a file: URL/],
    ["s3: URL", "s3://bucket/key", /is a s3: URL/, /is a s3: URL/],
    ["NUL byte", "a\u0000b", /NUL/, /cannot be a file name in a package/],
  ];

  test.each(escaping)("%s: an error in the summary, nothing read", async (_name, source, reason) => {
    const folder = described([source]);
    const summary = (await loadDescription(folder, { settings: offline })).validationSummary;
    expect(summary.status).toBe("failed");
    expect(summary.errors.map((e) => e.msg).join("\n")).toMatch(reason);
  });

  test.each(escaping)(
    "%s: packaging refuses it, with or without IO checks, and writes nothing",
    async (_name, source, _checked, unchecked) => {
      const folder = described([source]);
      const output = join(folder, "out.zip");
      await expect(saveBioimageioPackage(folder, { settings: offline, outputPath: output })).rejects.toThrow(PackageError);
      await expect(saveBioimageioPackage(folder, { settings: offline, outputPath: output, performIoChecks: false })).rejects.toThrow(
        unchecked,
      );
      expect(readdirSync(folder).sort()).toEqual(["README.md", "rdf.yaml"]);
    },
  );

  test("a symbolic link to a file outside the folder is refused; one inside is followed", async () => {
    const folder = described(["outside.txt", "inside.txt"]);
    symlinkSync(secret, join(folder, "outside.txt"));
    writeFileSync(join(folder, "real.txt"), "mine");
    symlinkSync(join(folder, "real.txt"), join(folder, "inside.txt"));
    const summary = (await loadDescription(folder, { settings: offline })).validationSummary;
    expect(summary.errors.map((e) => `${e.loc.join(".")}: ${e.msg}`)).toEqual([
      `attachments.0: Value error, failed to read ${join(folder, "outside.txt")}: outside.txt: reference points outside ${folder} (through a symbolic link, to ${secret})`,
    ]);
    const output = join(tmp, `pkg${counter++}`);
    await expect(saveBioimageioPackageAsFolder(folder, { settings: offline, outputPath: output, performIoChecks: false })).rejects.toThrow(
      /through a symbolic link/,
    );
  });

  test("a FIFO among the references is not read (it would never end)", async () => {
    const folder = described(["pipe.bin"]);
    execFileSync("mkfifo", [join(folder, "pipe.bin")]);
    const summary = (await loadDescription(folder, { settings: offline })).validationSummary;
    expect(summary.errors.map((e) => e.msg).join("\n")).toMatch(/pipe\.bin: not a regular file|does not point to an existing file/);
  });

  test("in a zip package, references leaving the archive are refused", async () => {
    const zip = join(tmp, "escape.zip");
    const rdf = stringify({ ...validGeneric(), attachments: [{ source: "../secret.txt" }, { source: "/etc/hostname" }] });
    execFileSync("python3", [
      "-c",
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n  z.writestr('rdf.yaml', sys.argv[2])\n  z.writestr('README.md', '# hi')",
      zip,
      rdf,
    ]);
    const messages = (await loadDescription(zip, { settings: offline })).validationSummary.errors.map((e) => e.msg).join("\n");
    expect(messages).toMatch(/\.\.\/secret\.txt: reference points outside .*escape\.zip/);
    expect(messages).toMatch(/Value error, \/etc\/hostname is an absolute path\./); // the schema refuses it
  });

  test("reserved names: rdf.yaml in any case, and Windows device names, are not packaged", async () => {
    for (const reserved of ["RDF.yaml", "Model.Bioimageio.YAML", "nul.txt", "CON", "com1.png", "LPT9.bin"]) {
      const folder = described([reserved]);
      writeFileSync(join(folder, reserved), "x");
      await expect(saveBioimageioPackageAsFolder(folder, { settings: offline, outputPath: join(tmp, `pkg${counter++}`) })).rejects.toThrow(
        /Reserved file name|cannot be a file name in a package/,
      );
    }
  });

  test("names that differ only in case are packaged under different names (no file replaces another)", async () => {
    const folder = described(["a/Data.bin", "b/data.bin", "a/Data.bin"]);
    mkdirSync(join(folder, "a"));
    mkdirSync(join(folder, "b"));
    writeFileSync(join(folder, "a", "Data.bin"), "upper");
    writeFileSync(join(folder, "b", "data.bin"), "lower");
    const output = join(tmp, `pkg${counter++}`);
    await saveBioimageioPackageAsFolder(folder, { settings: offline, outputPath: output });
    expect(readdirSync(output).sort()).toEqual(["Data.bin", "README.md", "data_2.bin", "rdf.yaml"]);
    expect(readFileSync(join(output, "rdf.yaml"), "utf8")).toMatch(/source: Data\.bin[\s\S]*source: data_2\.bin[\s\S]*source: Data\.bin/);
  });

  describe("names that URLs decode to", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer((_request, response) => {
        response.end("payload");
      });
    });
    afterAll(() => server.close());

    test.each([
      ["..%2F..%2Fescaped.png", /'\.\.\/\.\.\/escaped\.png' .* cannot be a file name in a package/],
      ["a%5C..%5Cescaped.png", /cannot be a file name in a package/],
      ["x%00.png", /cannot be a file name in a package/],
    ])("a cover at %s", async (name, refused) => {
      const folder = described([], { covers: [`${server.url}/${name}`] });
      const output = join(tmp, `pkg${counter++}`);
      const packaging = saveBioimageioPackageAsFolder(folder, { settings: { ...offline, offline: false }, outputPath: output });
      await expect(packaging).rejects.toThrow(refused);
      expect(existsSync(join(tmp, "escaped.png"))).toBe(false);
      expect(server.requests).toEqual([]); // refused before anything was downloaded
    });

    test("a malformed %-escape or URL is a name as written, never an exception", () => {
      expect(fileNameOf("https://host/%E0%A4%A.png")).toBe("%E0%A4%A.png");
      expect(fileNameOf("http://[broken/x.png")).toBe("x.png");
    });
  });
});

describe("copick: a stranger's Croissant names files only inside its project", () => {
  let project: string;
  beforeAll(async () => {
    project = join(tmp, "copick");
    const generated = generateProject(project, 2);
    await exportCroissant(await openCopickProject(generated.configPath), project, { baseUrl: "" });
  });

  /** A copy of the project whose picks.csv `url` cells are `url` (its sha256 updated, as a stranger would). */
  function tampered(url: string, baseUrl?: string): string {
    const dir = join(tmp, `copick${counter++}`);
    execFileSync("cp", ["-r", project, dir]);
    const csvPath = join(dir, "Croissant", "picks.csv");
    const lines = readFileSync(csvPath, "utf8").split("\r\n");
    const header = (lines[0] ?? "").split(",");
    const column = header.indexOf("url");
    const csv = lines
      .map((line, i) =>
        i === 0 || line === ""
          ? line
          : line
              .split(",")
              .map((cell, c) => (c === column ? url : cell))
              .join(","),
      )
      .join("\r\n");
    writeFileSync(csvPath, csv);
    const metadataPath = join(dir, "Croissant", "metadata.json");
    const doc = JSON.parse(readFileSync(metadataPath, "utf8"));
    for (const file of doc.distribution) {
      if (String(file.contentUrl).endsWith("picks.csv")) {
        file.sha256 = createHash("sha256").update(csv).digest("hex");
      }
    }
    if (baseUrl !== undefined) {
      doc["copick:baseUrl"] = baseUrl;
    }
    writeFileSync(metadataPath, JSON.stringify(doc, null, 2));
    return metadataPath;
  }

  const firstPicks = async (metadata: string, options: { allowOutsideProject?: boolean } = {}) => {
    const root = await CopickRootMLC.open(metadata, options);
    const run = await root.getRun(runName(0));
    const picks = (await run?.picks()) ?? [];
    return picks[0]?.load();
  };

  test.each([
    ["a parent path", "../../../secret.txt"],
    ["a file: URL", `file://${secret}`],
    ["a local:// URL", `local://${secret}`],
  ])("a url cell with %s is refused, naming the file", async (_name, url) => {
    const metadata = tampered(url);
    await expect(firstPicks(metadata)).rejects.toThrow(CopickError);
    await expect(firstPicks(metadata)).rejects.toThrow(/points to .*secret\.txt, outside the project .*; pass allowOutsideProject/);
  });

  test("a base URL outside the project neither reads nor writes there (Mode A)", async () => {
    const metadata = tampered("ExperimentRuns/x.json", `file://${tmp}`);
    await expect(firstPicks(metadata)).rejects.toThrow(/outside the project/);
    const root = await CopickRootMLC.open(metadata);
    await expect(root.newRun("TS_new")).rejects.toThrow(/base URL .* outside the project/);
    expect(existsSync(join(tmp, "ExperimentRuns"))).toBe(false);
  });

  test("allowOutsideProject reads what the caller allows (here: a picks file kept elsewhere)", async () => {
    const elsewhere = join(tmp, "elsewhere.json");
    writeFileSync(elsewhere, readFileSync(join(project, "ExperimentRuns", runName(0), "Picks", "alice_1_ribosome.json")));
    const metadata = tampered(`file://${elsewhere}`);
    await expect(firstPicks(metadata)).rejects.toThrow(/outside the project/);
    expect((await firstPicks(metadata, { allowOutsideProject: true }))?.points).toHaveLength(3);
  });

  test("paths inside the project are read as before", async () => {
    expect((await firstPicks(join(project, "Croissant", "metadata.json")))?.points).toHaveLength(3);
  });

  test("an absolute path is joined to the base URL (as copick does): a missing file inside the project", async () => {
    const metadata = tampered(secret);
    await expect(firstPicks(metadata)).rejects.toThrow(ReadError);
    await expect(firstPicks(metadata)).rejects.toThrow(/copick\d+\/tmp\/.*secret\.txt: no such file/);
  });

  test("a read error is a ReadError or a CopickError, never a crash", async () => {
    const metadata = tampered("ExperimentRuns/missing.json");
    await expect(firstPicks(metadata)).rejects.toSatisfy((error) => error instanceof ReadError || error instanceof CopickError);
  });

  test.each([
    ["a parent path", "../../../secret.txt"],
    ["a file: URL", `file://${secret}`],
  ])("validate: a url cell with %s fails validation, as the engine refuses it (it said passed)", async (_name, url) => {
    const metadata = tampered(url);
    const run = await runCli(["validate", metadata]);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/distribution\.\d+: picks\.csv: row 1: url '[^']*secret\.txt' points to .*secret\.txt, outside the project/);
    const summary = await validateCroissant(JSON.parse(readFileSync(metadata, "utf8")), {
      copickExport: () => copickExportProblems(metadata),
    });
    expect(summary.status).toBe("failed");
    expect(summary.errors.map((e) => e.msg)).toContainEqual(expect.stringMatching(/^picks\.csv: row 1: url .* outside the project/));
  });

  test("validate: a base URL elsewhere is a warning (a published Croissant names where it was written)", async () => {
    const metadata = tampered("ExperimentRuns/x.json", `file://${tmp}`);
    const run = await runCli(["validate", metadata]); // (its contentUrls no longer match that base URL: errors of their own)
    expect(run.stdout).not.toMatch(/error: .*outside the project/);
    expect(run.stdout).toMatch(
      /warning: \(root\): metadata\.json: the base URL file:\/\/.* is not where this Croissant lies .*only with baseUrlOverride/,
    );
    // its url cells are read against the project where it lies: one that leaves it is still an error
    const escaping = tampered("../../../secret.txt", `file://${tmp}`);
    expect((await runCli(["validate", escaping])).stdout).toMatch(/picks\.csv: row 1: url '\.\.\/\.\.\/\.\.\/secret\.txt' points to/);
  });

  test("validate: a NUL in a run name fails validation (the CSV and the Croissant); the engine refuses it with a ParseError", async () => {
    const dir = join(tmp, `copick${counter++}`);
    execFileSync("cp", ["-r", project, dir]);
    const csvPath = join(dir, "Croissant", "runs.csv");
    const csv = readFileSync(csvPath, "utf8").replace(runName(0), `${runName(0)}\u0000x`);
    writeFileSync(csvPath, csv);
    const metadataPath = join(dir, "Croissant", "metadata.json");
    const doc = JSON.parse(readFileSync(metadataPath, "utf8"));
    for (const file of doc.distribution) {
      if (String(file.contentUrl).endsWith("runs.csv")) {
        file.sha256 = createHash("sha256").update(csv).digest("hex");
      }
    }
    writeFileSync(metadataPath, JSON.stringify(doc, null, 2));
    const ofCsv = await runCli(["validate", csvPath]);
    expect(ofCsv.code, ofCsv.stdout + ofCsv.stderr).toBe(1);
    expect(ofCsv.stdout).toMatch(/runs\.csv:2:1: error: 0\.name: contains a NUL character/);
    const ofCroissant = await runCli(["validate", metadataPath]);
    expect(ofCroissant.code, ofCroissant.stdout + ofCroissant.stderr).toBe(1);
    expect(ofCroissant.stdout).toMatch(/runs\.csv: the copick engine cannot read it: .*runs\.csv:2:1: a NUL character in column name/);
    await expect(CopickRootMLC.open(metadataPath).then((root) => root.runs())).rejects.toThrow(ParseError);
  });

  test("validate: a project of our own passes (the engine reads every url inside it)", async () => {
    const run = await runCli(["validate", join(project, "Croissant", "metadata.json")]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });

  test("a planted commit journal renames nothing but our temp files onto the Croissant's own files", async () => {
    const dir = join(tmp, `copick${counter++}`);
    execFileSync("cp", ["-r", project, dir]);
    const croissant = join(dir, "Croissant");
    writeFileSync(join(croissant, "planted.json"), '{"evil": true}');
    const config = readFileSync(join(dir, "filesystem.json"), "utf8");
    for (const renames of [
      [["planted.json", "metadata.json"]], // not a temp file of ours
      [[".metadata.json.123.0123456789ab.tmp", "../filesystem.json"]], // not one of the Croissant's files
      [[".x.123.0123456789ab.tmp", "planted.json"]],
    ]) {
      writeFileSync(join(croissant, ".copick-commit.journal"), JSON.stringify({ renames }));
      await expect(CopickRootMLC.open(join(croissant, "metadata.json")).then((root) => root.runs())).rejects.toThrow(
        /unreadable commit journal \(not a list of renames\); inspect and remove it/,
      );
    }
    expect(readFileSync(join(dir, "filesystem.json"), "utf8")).toBe(config);
    expect(JSON.parse(readFileSync(join(croissant, "metadata.json"), "utf8")).evil).toBeUndefined();
  });
});
