// Hostile zip archives beyond test/io/zip.test.ts (zip slip, absolute names, drive letters, backslashes,
// duplicates, symlinks, encrypted entries, one bomb, one truncation, one corrupt CRC): the limits as settings,
// zip64 records that lie, every truncation of a real package, AES, and what the CLI says. Always a ZipError (or
// a ReadError) naming the archive, never another exception.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import * as crcOf from "../../src/engine/bytes/crc32.js";
import { readAll } from "../../src/engine/bytes/streams.js";
import { settings } from "../../src/engine/node/settings.js";
import { bytesSource, DEFAULT_ZIP_LIMITS, ZipArchive, ZipError } from "../../src/engine/zip/reader.js";
import { expectOneLineError, runCli } from "../helpers/cli-process.js";

const dir = mkdtempSync(join(tmpdir(), "hostile-zip-"));
let counter = 0;

/** A zip written by Python's zipfile (`body` runs with `z` open for writing). */
function pyZip(body: string, method = "ZIP_STORED"): Uint8Array {
  const path = join(dir, `z${counter++}.zip`);
  execFileSync("python3", [
    "-c",
    `import sys, zipfile, warnings\nwarnings.simplefilter('ignore')\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.${method}) as z:\n  ${body}`,
    path,
  ]);
  return Uint8Array.from(readFileSync(path));
}

async function readEverything(bytes: Uint8Array, name = "a.zip"): Promise<number> {
  const archive = await ZipArchive.open(bytesSource(name, bytes));
  let total = 0;
  for (const entry of archive.entries.values()) {
    total += (await readAll(archive.stream(entry))).length;
  }
  return total;
}

function offsets(bytes: Uint8Array, signature: number[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (signature.every((b, k) => bytes[i + k] === b)) {
      found.push(i);
    }
  }
  return found;
}

const CENTRAL = [0x50, 0x4b, 0x01, 0x02];
const EOCD = [0x50, 0x4b, 0x05, 0x06];
const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

afterEach(() => vi.unstubAllEnvs());

describe("limits (zip bombs)", () => {
  test("total size: entries that expand to more than maxTotalSize, each within the ratio", async () => {
    const bytes = pyZip("for i in range(3): z.writestr(f'part{i}.bin', bytes(range(256)) * 4096)", "ZIP_DEFLATED");
    expect(await readEverything(bytes)).toBe(3 << 20);
    await expect(ZipArchive.open(bytesSource("t.zip", bytes), { ...DEFAULT_ZIP_LIMITS, maxTotalSize: 2 << 20 })).rejects.toThrow(
      "t.zip: entries expand to more than 2097152 bytes",
    );
  });

  test("entries: more than maxEntries is refused from the end record, before the directory is read", async () => {
    const bytes = pyZip("for i in range(20): z.writestr(f'f{i}', 'x')");
    await expect(ZipArchive.open(bytesSource("n.zip", bytes), { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 })).rejects.toThrow(
      "n.zip: too many entries (20 > 10)",
    );
  });

  test("a declared size that lies (a bomb that claims to be small) stops at the declared size", async () => {
    const bytes = pyZip("z.writestr('zeros', b'\\0' * (4 << 20))", "ZIP_DEFLATED");
    for (const at of offsets(bytes, CENTRAL)) {
      view(bytes).setUint32(at + 24, 1000, true); // uncompressed size: 1000
    }
    await expect(readEverything(bytes, "liar.zip")).rejects.toThrow("liar.zip: entry 'zeros' is larger than its declared size 1000");
  });

  test("BIOIMAGE_SPECS_ZIP_MAX_* are what loading a package uses", async () => {
    const path = join(dir, "ratio.zip");
    writeFileSync(path, pyZip("z.writestr('rdf.yaml', 'type: model\\n'); z.writestr('zeros', b'\\0' * (2 << 20))", "ZIP_DEFLATED"));
    await expect(loadDescription(path, { performIoChecks: false })).rejects.toThrow(/expands \d+-fold \(limit 1000\)/);
    vi.stubEnv("BIOIMAGE_SPECS_ZIP_MAX_RATIO", "100000");
    await expect(loadDescription(path, { performIoChecks: false })).resolves.toBeDefined();
    vi.stubEnv("BIOIMAGE_SPECS_ZIP_MAX_BYTES", "1000");
    await expect(loadDescription(path, { performIoChecks: false })).rejects.toThrow(/entries expand to more than 1000 bytes/);
    vi.stubEnv("BIOIMAGE_SPECS_ZIP_MAX_ENTRIES", "1");
    expect(settings().zipLimits).toEqual({ maxEntries: 1, maxTotalSize: 1000, maxRatio: 100000 });
  });
});

describe("zip64", () => {
  /**
   * One stored entry, written by hand so that every zip64 field can lie: the central entry's 32-bit sizes and
   * offset are 0xffffffff and `extra` holds the zip64 extra field; the end records are zip64 ones.
   */
  function handZip(options: { extraLength?: number; locatorOffset?: number; size?: number } = {}): Uint8Array {
    const name = new TextEncoder().encode("big.bin");
    const data = new TextEncoder().encode("hello zip64");
    const { crc32 } = crcOf;
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = view(local);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 45, true);
    lv.setUint32(14, crc32(data), true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const extraLength = options.extraLength ?? 24;
    const central = new Uint8Array(46 + name.length + 4 + extraLength);
    const cv = view(central);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 45, true);
    cv.setUint32(16, crc32(data), true);
    cv.setUint32(20, 0xffffffff, true);
    cv.setUint32(24, 0xffffffff, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, 4 + extraLength, true);
    cv.setUint32(42, 0xffffffff, true);
    central.set(name, 46);
    const e = 46 + name.length;
    cv.setUint16(e, 0x0001, true);
    cv.setUint16(e + 2, extraLength, true);
    const fields = [options.size ?? data.length, data.length, 0];
    fields.forEach((value, k) => {
      if (8 * k + 8 <= extraLength) {
        cv.setUint32(e + 4 + 8 * k, value % 2 ** 32, true);
        cv.setUint32(e + 8 + 8 * k, Math.floor(value / 2 ** 32), true);
      }
    });
    const cdOffset = local.length;
    const z64 = new Uint8Array(56 + 20 + 22);
    const zv = view(z64);
    zv.setUint32(0, 0x06064b50, true);
    zv.setUint32(4, 44, true);
    zv.setUint32(24, 1, true);
    zv.setUint32(32, 1, true);
    zv.setUint32(40, central.length, true);
    zv.setUint32(48, cdOffset, true);
    zv.setUint32(56, 0x07064b50, true);
    zv.setUint32(56 + 8, options.locatorOffset ?? cdOffset + central.length, true);
    zv.setUint32(56 + 16, 1, true);
    zv.setUint32(76, 0x06054b50, true);
    zv.setUint16(76 + 10, 0xffff, true);
    zv.setUint32(76 + 12, 0xffffffff, true);
    zv.setUint32(76 + 16, 0xffffffff, true);
    const out = new Uint8Array(local.length + central.length + z64.length);
    out.set(local, 0);
    out.set(central, local.length);
    out.set(z64, local.length + central.length);
    return out;
  }

  test("the hand-written zip64 archive reads (so the lies below are the only difference)", async () => {
    expect(await readEverything(handZip())).toBe(11);
  });

  test("a zip64 end record pointing past the end of the file", async () => {
    const bytes = handZip({ locatorOffset: 10_000 });
    await expect(ZipArchive.open(bytesSource("z.zip", bytes))).rejects.toThrow("z.zip: corrupt zip64 end of central directory");
  });

  test("a zip64 extra field too short for the sizes it must hold", async () => {
    for (const extraLength of [0, 4, 8, 16]) {
      await expect(ZipArchive.open(bytesSource("x.zip", handZip({ extraLength })))).rejects.toThrow(
        "x.zip: entry 'big.bin' has a corrupt zip64 extra field",
      );
    }
  });

  test("zip64 sizes of 2^60 are refused by the limits, not allocated", async () => {
    await expect(ZipArchive.open(bytesSource("h.zip", handZip({ size: 2 ** 60 })))).rejects.toThrow(
      /^h\.zip: entry 'big\.bin' expands \d+-fold \(limit 1000\)$/,
    );
    const noRatio = { ...DEFAULT_ZIP_LIMITS, maxRatio: Number.POSITIVE_INFINITY };
    await expect(ZipArchive.open(bytesSource("h.zip", handZip({ size: 2 ** 60 })), noRatio)).rejects.toThrow(
      "h.zip: entries expand to more than 68719476736 bytes",
    );
  });

  test("a central directory size beyond what its entries could take", async () => {
    const bytes = pyZip("z.writestr('a', 'x')");
    const eocd = offsets(bytes, EOCD).at(-1) ?? 0;
    view(bytes).setUint32(eocd + 12, 0xfffffff0, true);
    await expect(ZipArchive.open(bytesSource("c.zip", bytes))).rejects.toThrow(/c\.zip: truncated archive|corrupt central directory/);
  });
});

describe("truncated and corrupt archives", () => {
  const pkg = pyZip("z.writestr('rdf.yaml', 'type: model\\n' * 40)\n  z.writestr('weights.bin', bytes(range(256)) * 20)", "ZIP_DEFLATED");

  test(`every truncation of a package (${pkg.length} prefixes): a ZipError, never another exception`, async () => {
    const outcomes = new Map<string, number>();
    for (let length = 0; length < pkg.length; length++) {
      try {
        await readEverything(pkg.subarray(0, length), "cut.zip");
        outcomes.set("read", (outcomes.get("read") ?? 0) + 1);
      } catch (error) {
        expect(error).toBeInstanceOf(ZipError);
        const reason = (error as Error).message.replace(/'[^']*'/g, "'…'");
        outcomes.set(reason, (outcomes.get(reason) ?? 0) + 1);
      }
    }
    expect(outcomes.get("read")).toBeUndefined(); // a truncated archive never passes as complete
  });

  const start = offsets(pkg, CENTRAL)[0] ?? 0;
  test(`every single-byte corruption of the central directory and the end record (${pkg.length - start} bytes): a ZipError or the right bytes`, async () => {
    const original = await readEverything(pkg);
    for (let at = start; at < pkg.length; at++) {
      const bytes = Uint8Array.from(pkg);
      bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      const outcome = await readEverything(bytes).catch((error: unknown) => error);
      if (typeof outcome === "number") {
        expect(outcome).toBe(original); // a flipped comment length or attribute: the same content
      } else {
        expect(outcome).toBeInstanceOf(ZipError);
      }
    }
  });

  test("AES-encrypted entries (method 99) are refused as encrypted", async () => {
    const bytes = pyZip("z.writestr('secret', 'x')");
    for (const at of offsets(bytes, CENTRAL)) {
      view(bytes).setUint16(at + 10, 99, true);
    }
    await expect(ZipArchive.open(bytesSource("aes.zip", bytes))).rejects.toThrow("aes.zip: entry 'secret' is encrypted (not supported)");
  });

  test("the CLI: one line naming the archive and the reason, exit 2", async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["slip.zip", pyZip("z.writestr('../evil', 'x')"), /slip\.zip: entry '\.\.\/evil' points outside the archive/],
      ["cut.zip", pkg.subarray(0, pkg.length - 30), /cut\.zip: /],
      [
        "bomb.zip",
        pyZip("z.writestr('rdf.yaml', 'a: 1'); z.writestr('z', b'\\0' * (4 << 20))", "ZIP_DEFLATED"),
        /bomb\.zip: entry 'z' expands/,
      ],
      ["empty.zip", pyZip("pass"), /empty\.zip: no rdf\.yaml in the package/],
    ];
    for (const [name, bytes, reason] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expectOneLineError(await runCli(["validate", path]), reason);
    }
  });
});
