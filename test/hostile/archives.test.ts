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
  function handZip(options: { extraLength?: number; locatorOffset?: number; size?: number; recordSignature?: number } = {}): Uint8Array {
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
    zv.setUint32(0, options.recordSignature ?? 0x06064b50, true);
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

  test("a zip64 locator pointing past the end of the file: the record before it is read, as Python's zipfile does", async () => {
    expect(await readEverything(handZip({ locatorOffset: 10_000 }))).toBe(11);
  });

  test("bytes before a zip64 archive: the offsets it records are shifted, as Python's zipfile shifts them", async () => {
    expect(await readEverything(new Uint8Array([...new TextEncoder().encode("#!/bin/sh\nexit 0\n"), ...handZip()]))).toBe(11);
  });

  test("a zip64 end record that is neither before its locator nor where it points", async () => {
    for (const locatorOffset of [10_000, 0]) {
      const bytes = handZip({ locatorOffset, recordSignature: 0x06064b51 });
      await expect(ZipArchive.open(bytesSource("z.zip", bytes))).rejects.toThrow("z.zip: corrupt zip64 end of central directory");
    }
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

describe("entries that share bytes, names that differ, bytes before the archive", () => {
  /**
   * `count` central-directory entries (w00.bin, w01.bin, ...) that all point at one deflated entry of 2 MiB
   * (ratio about 200, within every per-entry limit): inflating each would inflate the same bytes again.
   */
  function overlapping(count: number, extra = ""): Uint8Array {
    const path = join(dir, `overlap${counter++}.zip`);
    execFileSync("python3", [
      "-c",
      `import sys, zipfile, struct, io, random
random.seed(1)
data = bytes(random.randrange(256) for _ in range(1024)) * 2048
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
  z.writestr('w00.bin', data)
  ${extra || "pass"}
raw = buf.getvalue()
count, cd_size, cd_off = struct.unpack('<HII', raw[-12:-2])
cd = raw[cd_off:cd_off + cd_size]
first = cd[:46 + 7]
rest = cd[46 + 7:]
entries = b''.join(first[:46] + ('w%02d.bin' % i).encode() for i in range(int(sys.argv[2]))) + rest
eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, count - 1 + int(sys.argv[2]), count - 1 + int(sys.argv[2]), len(entries), cd_off, 0)
open(sys.argv[1], 'wb').write(raw[:cd_off] + entries + eocd)`,
      path,
      String(count),
    ]);
    return Uint8Array.from(readFileSync(path));
  }

  test("20 entries over one deflated entry: refused from the directory, before anything is inflated", async () => {
    const bytes = overlapping(20);
    let read = 0;
    const source = {
      ...bytesSource("overlap.zip", bytes),
      read: (offset: number, length: number) => ((read += length), Promise.resolve(bytes.subarray(offset, offset + length))),
    };
    const started = Date.now();
    await expect(ZipArchive.open(source)).rejects.toThrow("overlap.zip: entries 'w00.bin' and 'w01.bin' overlap (possible zip bomb)");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(read).toBeLessThan(70_000); // the end record's search and the directory: not the 12 KiB of deflated data twice
    expect(await readEverything(overlapping(1))).toBe(2 << 20); // one of them alone is a fine archive
  });

  test("through the CLI: validate says so in one line (it inflated and hashed every copy before)", async () => {
    const path = join(dir, "overlap.zip");
    writeFileSync(path, overlapping(20, "z.writestr('rdf.yaml', 'type: generic\\n')"));
    expectOneLineError(await runCli(["validate", path]), /overlap\.zip: entries 'w00\.bin' and 'w01\.bin' overlap \(possible zip bomb\)/);
  });

  test("an entry whose data runs into the central directory", async () => {
    const bytes = pyZip("z.writestr('a.txt', 'hello')");
    for (const at of offsets(bytes, CENTRAL)) {
      view(bytes).setUint32(at + 20, 40, true); // compressed size: past the local data, into the directory
      view(bytes).setUint32(at + 24, 40, true);
    }
    await expect(ZipArchive.open(bytesSource("into.zip", bytes))).rejects.toThrow("into.zip: entry 'a.txt' overlaps the central directory");
  });

  test("a local header naming another file than the directory does (as Python's zipfile, refused when read)", async () => {
    const same = pyZip("z.writestr('rdf.yaml', 'type: generic\\n'); z.writestr('data.bin', 'payload')");
    const local = offsets(same, [0x50, 0x4b, 0x03, 0x04])[1] ?? 0;
    same.set(new TextEncoder().encode("evil.exe"), local + 30);
    await expect(readEverything(same, "names.zip")).rejects.toThrow(
      "names.zip: entry 'data.bin': its local header names it 'evil.exe' (the directory and the header differ)",
    );
    const longer = pyZip("z.writestr('data.bin', 'payload')");
    view(longer).setUint16(26, 9, true); // the local name now takes one byte of the data
    await expect(readEverything(longer, "len.zip")).rejects.toThrow(/len\.zip: entry 'data\.bin': its local header names it/);
  });

  test("bytes before the archive (a self-extracting zip): read as Python's zipfile and the reference read it", async () => {
    const rdf =
      "format_version: 0.3.0\ntype: generic\nname: prepended\ndescription: bytes before the archive\nauthors: [{name: me}]\ncite: [{text: x, doi: 10.1234/x}]\nlicense: MIT\ndocumentation: README.md\n";
    const archive = pyZip(`z.writestr('rdf.yaml', ${JSON.stringify(rdf)}); z.writestr('README.md', '# hi')`, "ZIP_DEFLATED");
    const script = new TextEncoder().encode("#!/bin/sh\necho self-extracting\nexit 0\n");
    const prepended = new Uint8Array([...script, ...archive]);
    expect(await readEverything(prepended)).toBe(rdf.length + 4);
    const path = join(dir, "prepended.zip");
    writeFileSync(path, prepended);
    // the reference (bioimageio.spec 0.5.7.2): valid-format, no errors, IO checks on
    const loaded = await loadDescription(path);
    expect([loaded.validationSummary.status, loaded.validationSummary.errors]).toEqual(["valid-format", []]);
    expect((await loadDescription(prepended)).validationSummary.errors).toEqual([]);
    const run = await runCli(["validate", path]);
    expect(run.code, run.stderr).toBe(0);
  });
});
