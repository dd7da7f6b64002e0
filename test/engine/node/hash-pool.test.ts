import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPool } from "../../../src/engine/node/hash-pool.js";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

describe("hashPool", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hash-pool-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("hashes many files on its threads, each answer for its own file, bytes kept when asked", async () => {
    const files = Array.from({ length: 300 }, (_, i) => {
      const path = join(dir, `f${i}.bin`);
      const bytes = Buffer.from(`file ${i} `.repeat(i + 1));
      writeFileSync(path, bytes);
      return { path, bytes };
    });
    const pool = hashPool(2);
    try {
      const hashed = await Promise.all(files.map((f, i) => pool.hash(f.path, i % 2 === 0)));
      hashed.forEach((h, i) => {
        const file = files[i];
        expect(h?.sha256).toBe(sha256(file?.bytes ?? new Uint8Array()));
        expect(h?.size).toBe(file?.bytes.byteLength);
        expect(h?.bytes === undefined).toBe(i % 2 === 1);
        if (h?.bytes) {
          expect(Buffer.from(h.bytes).equals(file?.bytes ?? Buffer.alloc(0))).toBe(true);
        }
      });
    } finally {
      await pool.close();
    }
  });

  it("streams a file larger than its read buffer, and hashes an empty one", async () => {
    const big = new Uint8Array(3 * (1 << 20) + 12345).map((_, i) => (i * 31) & 0xff);
    writeFileSync(join(dir, "big.bin"), big);
    writeFileSync(join(dir, "empty.bin"), "");
    const pool = hashPool(1);
    try {
      expect(await pool.hash(join(dir, "big.bin"))).toEqual({ sha256: sha256(big), size: big.byteLength });
      expect(await pool.hash(join(dir, "empty.bin"), true)).toEqual({ sha256: sha256(new Uint8Array()), size: 0, bytes: new Uint8Array() });
    } finally {
      await pool.close();
    }
  });

  it("answers undefined for a missing file and rejects with the reason for a folder; a closed pool refuses", async () => {
    mkdirSync(join(dir, "folder"));
    const pool = hashPool(1);
    expect(await pool.hash(join(dir, "nope.json"))).toBeUndefined();
    expect(await pool.hash(join(dir, "nope", "below.json"), true)).toBeUndefined();
    await expect(pool.hash(join(dir, "folder"))).rejects.toThrow("is a directory");
    await pool.close();
    await expect(pool.hash(join(dir, "f1.bin"))).rejects.toThrow("closed");
  });
});
