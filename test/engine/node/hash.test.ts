// sha256OfFile: the file's SHA-256 whatever its size against the chunk it is read in, and a missing file's error.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sha256OfFile } from "../../../src/engine/node/hash.js";
import { noise } from "../../helpers/synthetic-bytes.js";

const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-hash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sha256OfFile", () => {
  const MiB = 1 << 20;
  test.each([0, 1, MiB - 1, MiB, MiB + 1, 3 * MiB + 5])("%d bytes: node:crypto's digest of the whole", async (size) => {
    const bytes = noise(size);
    const path = join(dir, `f${size}`);
    writeFileSync(path, bytes);
    expect(await sha256OfFile(path)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  test("a missing file: the file system's error", async () => {
    await expect(sha256OfFile(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
