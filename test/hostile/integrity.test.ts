// sha256 mismatches are reported and never "fixed" unless asked (update-hashes); a file that changes while it is
// being packaged never lands in a package. (test/bioimageio/io-checks.test.ts and package.test.ts cover the
// wording of a mismatch, stale corpus hashes and a file changed after it was checked, simulated with knownFiles.)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { PackageError, saveBioimageioPackage } from "../../src/bioimageio/node/package.js";
import { updateHashes } from "../../src/bioimageio/node/update-hashes.js";
import { validGeneric } from "../helpers/model.js";
import { runCli } from "../helpers/cli-process.js";

const tmp = mkdtempSync(join(tmpdir(), "hostile-integrity-"));
const sha = (bytes: string | Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
let counter = 0;

function folderWith(files: Record<string, string>, attachments: { source: string; sha256?: string }[]): string {
  const folder = join(tmp, `f${counter++}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "README.md"), "# data\n");
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(folder, name), content);
  }
  writeFileSync(join(folder, "rdf.yaml"), stringify({ ...validGeneric(), attachments }));
  return folder;
}

describe("a sha256 that does not match", () => {
  const wrong = "0".repeat(64);

  test("is an error in the summary; the declared value and the file on disk stay as they were", async () => {
    const folder = folderWith({ "a.bin": "payload" }, [{ source: "a.bin", sha256: wrong }]);
    const before = readFileSync(join(folder, "rdf.yaml"));
    const loaded = await loadDescription(folder);
    expect(loaded.validationSummary.errors.map((e) => e.msg)).toEqual([
      `Value error, Sha256 mismatch for a.bin. Expected ${wrong}, got ${sha("payload")}. Update expected \`sha256\` or point to the matching file.`,
    ]);
    expect((loaded.content as { attachments: { sha256: string }[] }).attachments[0]?.sha256).toBe(wrong);
    expect(readFileSync(join(folder, "rdf.yaml")).equals(before)).toBe(true);
  });

  test("validate and package report it (exit 1) and change nothing; update-hashes is what fixes it", async () => {
    const folder = folderWith({ "a.bin": "payload" }, [{ source: "a.bin", sha256: wrong }]);
    const rdf = join(folder, "rdf.yaml");
    const before = readFileSync(rdf, "utf8");
    const validate = await runCli(["validate", rdf]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`Sha256 mismatch for a.bin. Expected ${wrong}`);
    const pack = await runCli(["package", folder, join(tmp, `p${counter++}.zip`)]);
    expect(pack.code).toBe(1);
    expect(pack.stderr).toContain("Sha256 mismatch for a.bin");
    expect(readFileSync(rdf, "utf8")).toBe(before);
    expect((await updateHashes(rdf)).validationSummary.errors).toEqual([]); // in memory only
    expect(readFileSync(rdf, "utf8")).toBe(before);
    const fix = await runCli(["update-hashes", rdf]);
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`attachments.0.sha256: ${wrong} -> ${sha("payload")}`);
    expect((await loadDescription(rdf)).validationSummary.errors).toEqual([]);
  });
});

describe("a file that changes while it is packaged", () => {
  test("is caught by the hash taken while it is copied: no package, no temp file", async () => {
    // b.bin declares no hash: the IO checks compute it, then it changes before the writer copies it
    const big = "a".repeat(3 << 20);
    const folder = folderWith({ "a.bin": big, "b.bin": "before" }, [{ source: "a.bin", sha256: sha(big) }, { source: "b.bin" }]);
    const out = join(tmp, `race${counter++}`);
    mkdirSync(out);
    let changed = false;
    const packaging = saveBioimageioPackage(folder, {
      outputPath: join(out, "package.zip"),
      onProgress: () => {
        if (!changed) {
          changed = true;
          writeFileSync(join(folder, "b.bin"), "after!");
        }
      },
    });
    await expect(packaging).rejects.toThrow(PackageError);
    await expect(packaging).rejects.toThrow(`Sha256 mismatch for b.bin. Expected ${sha("before")}, got ${sha("after!")}.`);
    expect(changed).toBe(true);
    expect(existsSync(join(out, "package.zip"))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });

  test("a file whose declared hash is checked only while copying (no second read) is caught too", async () => {
    const folder = folderWith({ "a.bin": "one" }, [{ source: "a.bin", sha256: sha("two") }]);
    const out = join(tmp, `declared${counter++}`);
    mkdirSync(out);
    await expect(saveBioimageioPackage(folder, { outputPath: join(out, "package.zip") })).rejects.toThrow(
      `Sha256 mismatch for a.bin. Expected ${sha("two")}, got ${sha("one")}.`,
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
