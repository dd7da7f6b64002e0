// kill -9 in the middle of `package` and `update-format -o`: the target is the old complete file or the new one,
// never a partial one, and the next run removes what the killed one left. Each child process is stopped at an
// exact point of its writes (test/helpers/fault-hooks.ts) and killed there. Croissant commits, exports and two
// concurrent writers are covered by test/copick/concurrency.test.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { saveBioimageioPackage } from "../../src/bioimageio/node/package.js";
import { updateHashesInFile } from "../../src/bioimageio/node/update-hashes.js";
import { FOREIGN_TEMP_IDLE_MS, removeStaleTemps, tempPathFor } from "../../src/engine/node/atomic-write.js";
import { BIOIMAGEIO_CORPUS } from "../helpers/corpus.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { validGeneric } from "../helpers/model.js";
import { runCli } from "../helpers/cli-process.js";

const tmp = mkdtempSync(join(tmpdir(), "hostile-faults-"));
const env = { BIOIMAGEIO_CACHE_PATH: join(tmp, "cache"), BIOIMAGE_SPECS_OFFLINE: "1", CI: "1" };

/** Runs the CLI until it reaches `faultAt`, then kills it with SIGKILL. */
async function killAt(faultAt: string, args: readonly string[]): Promise<void> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "--import", join(REPO, "test/helpers/fault-hooks.ts"), join(REPO, "src/cli/bin.ts"), ...args],
    { cwd: REPO, env: { ...process.env, ...env, FAULT_AT: faultAt }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never reached ${faultAt}: ${output}`)), 20_000);
    const watch = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(`FAULT ${faultAt}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", watch);
    child.stderr?.on("data", watch);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before ${faultAt}: ${output}`));
    });
  });
  child.kill("SIGKILL");
  expect(await exited).toBeNull();
}

const temps = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith(".tmp"));

describe("update-format -o killed with SIGKILL", () => {
  const folder = join(tmp, "format");
  mkdirSync(folder, { recursive: true });
  const source = join(folder, "model.bioimageio.yaml");
  cpSync(join(BIOIMAGEIO_CORPUS, "example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml"), source);
  const target = join(folder, "converted.yaml");

  test.each(["writeFile:1", "sync:1", "rename:1"])(
    "at %s: the old file stays, whole; the next run writes the new one and cleans up",
    async (at) => {
      const old = `# the previous conversion\nformat_version: 0.5.0\n${randomBytes(8).toString("hex")}: 1\n`;
      writeFileSync(target, old);
      await killAt(at, ["update-format", source, "-o", target]);
      expect(readFileSync(target, "utf8")).toBe(old);
      expect(temps(folder)).toHaveLength(1); // what the killed run left
      const run = await runCli(["update-format", source, "-o", target], env);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(target, "utf8")).toMatch(/^format_version: 0\.5\.\d+$/m);
      expect(temps(folder)).toEqual([]);
    },
  );
});

describe("package killed with SIGKILL", () => {
  const folder = join(tmp, "package");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "README.md"), "# data\n");
  const data = join(folder, "data.bin");
  const target = join(tmp, "out", "package.zip");
  mkdirSync(join(tmp, "out"), { recursive: true });

  /** Writes data.bin (4 MiB of fresh bytes) and a description declaring its hash. */
  async function version(): Promise<void> {
    writeFileSync(data, randomBytes(4 << 20));
    writeFileSync(join(folder, "rdf.yaml"), stringify({ ...validGeneric(), attachments: [{ source: "data.bin" }] }));
    await updateHashesInFile(join(folder, "rdf.yaml"));
  }

  test.each(["write:3", "sync:1", "rename:1"])(
    "at %s: the previous package stays, whole; the next run replaces it and cleans up",
    async (at) => {
      await version();
      await saveBioimageioPackage(folder, { outputPath: target });
      const previous = readFileSync(target);
      await version(); // new content: a new package would differ
      await killAt(at, ["package", folder, target, "--force"]);
      expect(readFileSync(target).equals(previous)).toBe(true);
      expect(temps(join(tmp, "out"))).toHaveLength(1);
      const run = await runCli(["package", folder, target, "--force"], env);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(target).equals(previous)).toBe(false);
      expect((await loadDescription(target)).valid).toBe(true);
      expect(temps(join(tmp, "out"))).toEqual([]);
    },
  );
});

describe("stale temp files", () => {
  test("removed when their process is gone, kept while it runs (another write in progress)", async () => {
    const folder = join(tmp, "stale");
    mkdirSync(folder, { recursive: true });
    const target = join(folder, "a.yaml");
    const dead = join(folder, ".a.yaml.4194999.0123456789ab.tmp"); // beyond the largest pid Linux hands out
    const live = join(folder, `.a.yaml.${process.ppid}.0123456789ab.tmp`);
    const mine = tempPathFor(target);
    const other = join(folder, ".b.yaml.4194999.0123456789ab.tmp");
    for (const path of [dead, live, mine, other]) {
      writeFileSync(path, "partial");
    }
    expect(await removeStaleTemps(target)).toEqual([dead]);
    expect(temps(folder).sort()).toEqual([live, mine, other].map((path) => path.slice(folder.length + 1)).sort());
  });
  test("another machine's (a shared cache on a network volume): removed only once untouched for a day", async () => {
    const folder = join(tmp, "stale-foreign");
    mkdirSync(folder, { recursive: true });
    const target = join(folder, "weights.bin");
    const mine = tempPathFor(target);
    const machine = basename(mine).split(".").at(-3)?.split("-")[0] ?? "";
    const foreign = machine === "00000000" ? "ffffffff" : "00000000";
    const deadHere = join(folder, `.weights.bin.${machine}-4194999.0123456789ab.tmp`);
    // pid 1 runs on every machine: on another one it says nothing, only the file's age does
    const busyThere = join(folder, `.weights.bin.${foreign}-4194999.0123456789ab.tmp`);
    const idleThere = join(folder, `.weights.bin.${foreign}-1.0123456789ab.tmp`);
    for (const path of [mine, deadHere, busyThere, idleThere]) {
      writeFileSync(path, "partial");
    }
    const old = (Date.now() - FOREIGN_TEMP_IDLE_MS - 60_000) / 1000;
    utimesSync(idleThere, old, old);
    expect((await removeStaleTemps(target)).sort()).toEqual([deadHere, idleThere].sort());
    expect(temps(folder).sort()).toEqual([mine, busyThere].map((path) => basename(path)).sort());
  });
});
