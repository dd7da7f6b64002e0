// What every writer leaves behind: a symbolic link stays a link and its target gets the new content with its mode
// (and owner) kept; a full disk or a read-only mount gives one clear line and leaves nothing (no temp file, no
// lock file, no empty folder); packaging into a folder that holds files is refused, and a package killed while
// written into a folder leaves only a temp folder, which the next run removes. The full disk and the read-only
// mount are real (a small tmpfs) where the machine allows it, and stood in for (fault-hooks.ts) everywhere.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, test } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { saveBioimageioPackage, saveBioimageioPackageAsFolder } from "../../src/bioimageio/node/package.js";
import { updateFormat } from "../../src/bioimageio/node/update.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { exportCroissant } from "../../src/copick/node/export.js";
import { LOCK_FILE } from "../../src/copick/node/lock.js";
import { openCopickProject } from "../../src/copick/node/open.js";
import { removeStaleTemps, tempPathFor, writeFileAtomic } from "../../src/engine/node/atomic-write.js";
import { download } from "../../src/engine/node/download.js";
import { settings } from "../../src/engine/node/settings.js";
import { expectOneLineError, runCli } from "../helpers/cli-process.js";
import { generateProject, runName } from "../helpers/copick-project.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { startServer } from "../helpers/http-server.js";
import { validGeneric } from "../helpers/model.js";
import { mountSmallDisk, type SmallDisk } from "../helpers/small-disk.js";

const tmp = mkdtempSync(join(tmpdir(), "hostile-writes-"));
let counter = 0;
const fresh = (): string => mkdtempSync(join(tmp, `w${counter++}-`));
const env = { BIOIMAGEIO_CACHE_PATH: join(tmp, "cache"), BIOIMAGE_SPECS_OFFLINE: "1", CI: "1" };
const offline = { ...settings(), offline: true, cachePath: join(tmp, "cache") };
const mode = (path: string): number => statSync(path).mode & 0o7777;
const asRoot = process.getuid?.() === 0;

/** Every file and folder under `dir`, relative, sorted (the filler of a small disk left out). */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name !== ".filler")
    .sort();
}

/** A valid description (generic) in a fresh folder, referencing a data file; its hashes are stale on purpose. */
function describedFolder(): string {
  const dir = fresh();
  writeFileSync(join(dir, "README.md"), "# data\n");
  writeFileSync(join(dir, "data.bin"), "payload");
  writeFileSync(join(dir, "rdf.yaml"), stringify({ ...validGeneric(), attachments: [{ source: "data.bin", sha256: "0".repeat(64) }] }));
  return dir;
}

/** `path` made a symbolic link (relative) to a file of `mode` in another folder; returns that file. */
function linkedElsewhere(path: string, content: string | Buffer, fileMode: number): string {
  const store = fresh();
  const real = join(store, `real-${counter++}`);
  writeFileSync(real, content);
  chmodSync(real, fileMode);
  symlinkSync(relative(join(path, ".."), real), path);
  return real;
}

function expectLinkKept(link: string, real: string, fileMode: number): void {
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(join(link, "..", readlinkSync(link))).toBe(real);
  expect(mode(real)).toBe(fileMode);
  expect(readdirSync(join(real, "..")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}

describe("writes through symbolic links keep the link, and the target's mode", () => {
  test("writeFileAtomic: a relative link, an absolute one, a chain of two, a dangling one; a loop is an error", async () => {
    const dir = fresh();
    const relativeLink = join(dir, "relative.yaml");
    const real = linkedElsewhere(relativeLink, "old", 0o600);
    await writeFileAtomic(relativeLink, "new");
    expectLinkKept(relativeLink, real, 0o600);
    expect(readFileSync(real, "utf8")).toBe("new");

    const absolute = join(dir, "absolute.yaml");
    symlinkSync(real, absolute);
    const chain = join(dir, "chain.yaml");
    symlinkSync("absolute.yaml", chain);
    await writeFileAtomic(chain, "via the chain");
    expect([lstatSync(chain).isSymbolicLink(), lstatSync(absolute).isSymbolicLink(), readFileSync(real, "utf8")]).toEqual([
      true,
      true,
      "via the chain",
    ]);

    const dangling = join(dir, "dangling.yaml");
    const missing = join(fresh(), "not-yet.yaml");
    symlinkSync(missing, dangling);
    await writeFileAtomic(dangling, "created");
    expect([lstatSync(dangling).isSymbolicLink(), readFileSync(missing, "utf8")]).toEqual([true, "created"]);

    symlinkSync("loop-b", join(dir, "loop-a"));
    symlinkSync("loop-a", join(dir, "loop-b"));
    await expect(writeFileAtomic(join(dir, "loop-a"), "x")).rejects.toThrow(/loop-a: cannot write: too many levels of symbolic links/);
  });

  test.runIf(asRoot)("another user's file keeps its owner (as root)", async () => {
    const link = join(fresh(), "owned.yaml");
    const real = linkedElsewhere(link, "old", 0o640);
    chownSync(real, 65534, 65534);
    await writeFileAtomic(link, "new");
    expect([readFileSync(real, "utf8"), statSync(real).uid, statSync(real).gid, mode(real)]).toEqual(["new", 65534, 65534, 0o640]);
  });

  test("update-hashes in place: rdf.yaml a link to a 0600 file", async () => {
    const dir = describedFolder();
    const description = readFileSync(join(dir, "rdf.yaml"));
    const link = join(dir, "rdf.yaml");
    rmSync(link);
    const real = linkedElsewhere(link, description, 0o600);
    const run = await runCli(["update-hashes", link], env); // the CLI once, the API below
    expect(run.code, run.stderr).toBe(0);
    expectLinkKept(link, real, 0o600);
    expect(readFileSync(real, "utf8")).not.toContain("0".repeat(64));
  });

  test("update-format -o, package -o (a zip) onto links to 0640 files", async () => {
    const dir = describedFolder();
    await updateHashesInFile(join(dir, "rdf.yaml"));
    const converted = join(fresh(), "converted.yaml");
    const convertedReal = linkedElsewhere(converted, "old", 0o640);
    const zip = join(fresh(), "package.zip");
    const zipReal = linkedElsewhere(zip, "old", 0o640);
    await updateFormat(join(dir, "rdf.yaml"), { output: converted });
    await saveBioimageioPackage(dir, { outputPath: zip, settings: offline });
    expectLinkKept(converted, convertedReal, 0o640);
    expect(readFileSync(convertedReal, "utf8")).toMatch(/^format_version: /m);
    expectLinkKept(zip, zipReal, 0o640);
    expect((await loadDescription(zip, { settings: offline })).validationSummary.errors).toEqual([]);
  });

  test("package into a folder that is a link to an empty folder: the package lands there, the link stays", async () => {
    const dir = describedFolder();
    await updateHashesInFile(join(dir, "rdf.yaml"));
    const target = fresh();
    chmodSync(target, 0o750);
    const link = join(fresh(), "out");
    symlinkSync(target, link);
    await saveBioimageioPackageAsFolder(dir, { outputPath: link, settings: offline });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(target).sort()).toEqual(["README.md", "data.bin", "rdf.yaml"]);
    expect(mode(target)).toBe(0o750);
  });

  test("copick splits set and export --force: Croissant files that are links to 0600 files stay links", async () => {
    const dir = fresh();
    const generated = generateProject(dir, 2);
    const project = await openCopickProject(generated.configPath);
    await exportCroissant(project, dir, { baseUrl: "" });
    const croissant = join(dir, "Croissant");
    const reals = new Map<string, string>();
    for (const name of ["metadata.json", "runs.csv", "picks.csv"]) {
      const content = readFileSync(join(croissant, name));
      rmSync(join(croissant, name));
      reals.set(name, linkedElsewhere(join(croissant, name), content, 0o600));
    }
    const set = await runCli(["copick", "splits", "set", croissant, "--split", `train=${runName(0)}`], env);
    expect(set.code, set.stderr).toBe(0);
    expect(readFileSync(reals.get("runs.csv") ?? "", "utf8")).toMatch(new RegExp(`${runName(0)},,train`));
    await exportCroissant(project, dir, { baseUrl: "", force: true });
    for (const [name, real] of reals) {
      expectLinkKept(join(croissant, name), real, 0o600);
    }
    const check = await runCli(["validate", join(croissant, "metadata.json")], env);
    expect(check.code, check.stdout).toBe(0);
  });
});

describe("write targets that are not regular files, names at the length limit", () => {
  test("a device, a FIFO, a socket or a folder as -o is refused, never replaced (/dev/null became a zip, as root)", async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const dir = fresh();
    const targets: [string, string][] = [
      ["fifo", "a FIFO"],
      ["folder", "a folder"],
    ];
    execFileSync("mkfifo", [join(dir, "fifo")]);
    mkdirSync(join(dir, "folder"));
    if (asRoot) {
      execFileSync("mknod", [join(dir, "null"), "c", "1", "3"]); // what /dev/null is
      targets.push(["null", "a device"]);
    }
    const server = createServer(() => undefined).listen(join(dir, "socket"));
    targets.push(["socket", "a socket"]);
    try {
      for (const [name, what] of targets) {
        const target = join(dir, name);
        const before = lstatSync(target);
        await expect(updateFormat(join(source, "rdf.yaml"), { output: target })).rejects.toThrow(
          `${target}: not written: it is ${what}, not a regular file`,
        );
        await expect(saveBioimageioPackage(source, { outputPath: target, settings: offline })).rejects.toThrow(/not written: it is/);
        const after = lstatSync(target);
        expect([after.mode, after.ino, after.rdev]).toEqual([before.mode, before.ino, before.rdev]);
      }
      // through a link too, and a folder package onto a file
      symlinkSync(join(dir, "fifo"), join(dir, "link"));
      await expect(updateFormat(join(source, "rdf.yaml"), { output: join(dir, "link") })).rejects.toThrow(
        /fifo: not written: it is a FIFO/,
      );
      writeFileSync(join(dir, "file"), "x");
      await expect(saveBioimageioPackageAsFolder(source, { outputPath: join(dir, "file"), settings: offline })).rejects.toThrow(
        /file: not written: it is a regular file, not a folder/,
      );
      expect(tree(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    } finally {
      server.close();
    }
  });

  test("names of 250 bytes (the limit is 255): written, packaged; the temp names fit", async () => {
    const long = `${"m".repeat(245)}.yaml`;
    const longData = `${"d".repeat(120)}é${"d".repeat(120)}.bin`; // 250 bytes, a 2-byte character in the middle
    const source = fresh();
    writeFileSync(join(source, "README.md"), "# data\n");
    writeFileSync(join(source, longData), "payload");
    writeFileSync(join(source, "rdf.yaml"), stringify({ ...validGeneric(), attachments: [{ source: longData }] }));
    await updateHashesInFile(join(source, "rdf.yaml"));
    const out = fresh();
    await updateFormat(join(source, "rdf.yaml"), { output: join(out, long) });
    expect(readdirSync(out)).toEqual([long]);
    const folder = join(fresh(), "m".repeat(250));
    await saveBioimageioPackageAsFolder(source, { outputPath: folder, settings: offline });
    expect(readdirSync(folder).sort()).toEqual(["README.md", longData, "rdf.yaml"].sort());
    // a killed writer's temp file of such a name (its pid gone) is found and removed by the next write
    const mine = tempPathFor(join(out, long));
    expect(Buffer.byteLength(basename(mine))).toBeLessThanOrEqual(255);
    const stale = mine.replace(`-${process.pid}.`, "-4194999.");
    writeFileSync(stale, "partial");
    expect(await removeStaleTemps(join(out, long))).toEqual([stale]);
  });
});

/**
 * Runs `body` on a full disk: a real small tmpfs (`tmpfs`) when this machine allows it, and always on an ordinary
 * folder with the fault-hooks stand-in (`injected`). `free` bytes are left; `env` makes the CLI see that disk.
 */
function onFullDisk(
  name: string,
  free: number,
  body: (where: { dir: string; env: Record<string, string>; disk: SmallDisk | undefined }) => Promise<void>,
): void {
  const disk = mountSmallDisk(8 << 20);
  afterAll(() => disk?.unmount());
  test.runIf(disk !== undefined)(`${name} (a full tmpfs)`, async () => {
    const dir = mkdtempSync(join(disk?.dir ?? "", "t-"));
    await body({ dir, env: {}, disk });
  });
  test(`${name} (a full disk stood in for)`, async () => {
    await body({ dir: fresh(), env: { FAULT_DISK_FREE: String(free) }, disk: undefined });
  });
}

describe("a full disk leaves nothing behind", () => {
  onFullDisk("copick export: one line; no temp file, no lock file, no empty Croissant folder; then it works", 200, async (where) => {
    const generated = generateProject(where.dir, 2);
    const before = tree(where.dir);
    where.disk?.fill(4096); // the lock file's page, not the CSVs'
    const exportArgs = ["copick", "export", generated.configPath, "--project-root", where.dir, "--base-url", ""];
    const run = await runCli(exportArgs, { ...env, ...where.env });
    expectOneLineError(run, /no space left on the device/);
    expect(tree(where.dir)).toEqual(before);
    where.disk?.empty();
    const again = await runCli(exportArgs, env);
    expect(again.code, again.stderr).toBe(0);
  });

  onFullDisk("copick splits set: a lock file that cannot be written is removed; the next writer does not wait", 0, async (where) => {
    const generated = generateProject(where.dir, 2);
    await exportCroissant(await openCopickProject(generated.configPath), where.dir, { baseUrl: "" });
    const croissant = join(where.dir, "Croissant");
    where.disk?.fill(0);
    const run = await runCli(["copick", "splits", "set", croissant, "--split", `train=${runName(0)}`], { ...env, ...where.env });
    expectOneLineError(run, new RegExp(`${LOCK_FILE.replace(/\./g, "\\.")}: cannot create the lock file: no space left on the device`));
    expect(existsSync(join(croissant, LOCK_FILE))).toBe(false);
    where.disk?.empty();
    // a leftover empty lock made the next writer wait 9.9 s (until it looked stale), then fail
    const started = Date.now();
    await (await CroissantIndex.fromUrl(join(croissant, "metadata.json"))).setSplit(runName(0), "train");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  onFullDisk("package into a folder: no folder, no temp folder", 100, async (where) => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    where.disk?.fill(4096);
    const run = await runCli(["package", source, join(where.dir, "out")], { ...env, ...where.env });
    expectOneLineError(run, /no space left on the device/);
    expect(tree(where.dir)).toEqual([]);
  });

  onFullDisk("package as a zip, update-format -o: the old file whole, no temp file", 100, async (where) => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const zip = join(where.dir, "old.zip");
    const converted = join(where.dir, "converted.yaml");
    writeFileSync(zip, "the previous package");
    writeFileSync(converted, "the previous conversion");
    where.disk?.fill(0);
    for (const args of [
      ["package", source, zip, "--force"],
      ["update-format", join(source, "rdf.yaml"), "-o", converted],
    ]) {
      expectOneLineError(await runCli(args, { ...env, ...where.env }), /no space left on the device/);
    }
    expect([readFileSync(zip, "utf8"), readFileSync(converted, "utf8")]).toEqual(["the previous package", "the previous conversion"]);
    expect(tree(where.dir)).toEqual(["converted.yaml", "old.zip"]);
  });

  const disk = mountSmallDisk(1 << 20);
  afterAll(() => disk?.unmount());
  test.runIf(disk !== undefined)("a download into a full cache: a clear error naming the cache, nothing left in it", async () => {
    const server = await startServer((_request, response) => {
      response.end(Buffer.alloc(512 << 10, 7));
    });
    try {
      const cachePath = join(disk?.dir ?? "", "cache");
      disk?.fill(64 << 10);
      await expect(download(`${server.url}/big.bin`, { settings: { ...settings(), cachePath, offline: false } })).rejects.toThrow(
        /downloads\/[0-9a-f]+-big\.bin: cannot write to the download cache: no space left on the device/,
      );
      expect(readdirSync(join(cachePath, "downloads"))).toEqual([]);
    } finally {
      disk?.empty();
      await server.close();
    }
  });
});

describe("a read-only file system: what cannot be created, and why (it said 'ENOENT mkdir')", () => {
  const disk = mountSmallDisk(1 << 20, true);
  afterAll(() => disk?.unmount());
  const cases = (readOnly: string, faults: Record<string, string>) => async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const zip = await runCli(["package", source, join(readOnly, "sub", "out.zip")], { ...env, ...faults });
    expectOneLineError(zip, new RegExp(`${readOnly}/sub: cannot create the folder: read-only file system`));
    const cache = await runCli(["validate", "http://127.0.0.1:9/rdf.yaml"], {
      ...env,
      ...faults,
      BIOIMAGE_SPECS_OFFLINE: "0",
      BIOIMAGEIO_CACHE_PATH: join(readOnly, "cache"),
    });
    expectOneLineError(cache, new RegExp(`${readOnly}/cache: cannot create the folder: read-only file system`));
  };
  test.runIf(disk !== undefined)("package -o and the download cache on a read-only tmpfs", () => cases(disk?.dir ?? "", {})());
  test("package -o and the download cache on a read-only folder stood in for", () => {
    const dir = fresh();
    return cases(dir, { FAULT_READ_ONLY: dir })();
  });
});

describe("packaging into a folder", () => {
  test("a folder with files in it is refused (their stale files stayed); an empty one is used", async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const out = fresh();
    writeFileSync(join(out, "stale-weights.pt"), "from a previous package");
    const run = await runCli(["package", source, out, "--force"], env);
    expect(run.code, run.stderr).toBe(1); // a PackageError, as an invalid package: --force does not mix files in
    expect(run.stderr).toMatch(/the output folder is not empty \(1 entries\); packaging into it would mix its files/);
    expect(readdirSync(out)).toEqual(["stale-weights.pt"]);
    const empty = fresh();
    await saveBioimageioPackageAsFolder(source, { outputPath: empty, settings: offline });
    expect(readdirSync(empty).sort()).toEqual(["README.md", "data.bin", "rdf.yaml"]);
  });

  test("the description's own folder is completed in place (its other files stay)", async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    writeFileSync(join(source, "notes.txt"), "mine");
    await saveBioimageioPackageAsFolder(join(source, "rdf.yaml"), { outputPath: source, settings: offline });
    expect(readdirSync(source).sort()).toEqual(["README.md", "data.bin", "notes.txt", "rdf.yaml"]);
  });

  test("killed while writing: the folder does not exist; the next run removes the temp folder and writes it", async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const parent = fresh();
    const out = join(parent, "package");
    const child: ChildProcess = spawn(
      process.execPath,
      ["--import", "tsx", "--import", join(REPO, "test/helpers/fault-hooks.ts"), join(REPO, "src/cli/bin.ts"), "package", source, out],
      { cwd: REPO, env: { ...process.env, ...env, FAULT_AT: "sync:2" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    await new Promise<void>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`never reached the fault: ${output}`)), 20_000);
      child.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("FAULT sync:2")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([expect.stringMatching(/^\.package\.[0-9a-f]{8}-\d+\.[0-9a-f]{12}\.tmp$/)]);
    await saveBioimageioPackageAsFolder(source, { outputPath: out, settings: offline });
    expect(readdirSync(parent)).toEqual(["package"]);
    expect(readdirSync(out).sort()).toEqual(["README.md", "data.bin", "rdf.yaml"]);
  });

  test("a zip written through saveBioimageioPackage keeps an existing target's mode", async () => {
    const source = describedFolder();
    await updateHashesInFile(join(source, "rdf.yaml"));
    const zip = join(fresh(), "p.zip");
    writeFileSync(zip, "old");
    chmodSync(zip, 0o640);
    await saveBioimageioPackage(source, { outputPath: zip, settings: offline });
    expect(mode(zip)).toBe(0o640);
  });
});

test("the tree helper sees hidden files (what a failed write would leave)", () => {
  const dir = fresh();
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "sub", ".x.123.0123456789ab.tmp"), "");
  expect(tree(dir)).toEqual(["sub", "sub/.x.123.0123456789ab.tmp"]);
});
