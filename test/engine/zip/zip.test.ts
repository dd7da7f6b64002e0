// The zip writer and reader: standard tools accept what we write; we read what they write (zip64 too);
// hostile archives fail with a reason naming the entry.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readAll } from "../../../src/engine/bytes/streams.js";
import {
  chooseCoding,
  CODING_SAMPLE,
  defaultMethod,
  startZipThreads,
  ZIP_CHUNK,
  ZipWriter,
  type ZipWriterOptions,
} from "../../../src/engine/node/zip-writer.js";
import { bytesSource, ZipArchive } from "../../../src/engine/zip/reader.js";
import { floatWeights, noise } from "../../helpers/synthetic-bytes.js";

const dir = mkdtempSync(join(tmpdir(), "bioimage-specs-zip-"));

async function* one(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const text = new TextEncoder().encode("name: a model\n".repeat(500));
const binary = noise(200_000);

async function readBack(path: string): Promise<Map<string, Uint8Array>> {
  const archive = await ZipArchive.open(bytesSource(path, readFileSync(path)));
  const out = new Map<string, Uint8Array>();
  for (const entry of archive.entries.values()) {
    out.set(entry.name, await readAll(archive.stream(entry)));
  }
  return out;
}

function python(script: string, ...args: string[]): string {
  return execFileSync("python3", ["-c", script, ...args], { encoding: "utf8" });
}

describe("ZipWriter", () => {
  test("to a file: deflates text, stores what deflate cannot shrink; unzip -t and python zipfile accept it", async () => {
    const path = join(dir, "file.zip");
    const handle = await open(path, "w");
    const writer = ZipWriter.toFile(handle);
    const a = await writer.add({ name: "rdf.yaml", open: () => one(text), size: text.length, method: "deflate" });
    const b = await writer.add({ name: "weights.bin", open: () => one(binary), size: binary.length, method: "deflate" });
    const c = await writer.add({ name: "cover.png", open: () => one(binary), size: binary.length, method: defaultMethod("cover.png") });
    await writer.finish();
    await handle.close();
    expect([a.method, b.method, c.method]).toEqual(["deflate", "store", "store"]);
    expect(a.compressedSize).toBeLessThan(text.length / 10);
    expect(b.sha256).toBe(createHash("sha256").update(binary).digest("hex"));
    execFileSync("unzip", ["-tq", path]);
    expect(python("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", path).trim()).toBe("None");
    const back = await readBack(path);
    expect(back.get("rdf.yaml")).toEqual(text);
    expect(back.get("weights.bin")).toEqual(binary);
  });

  test("to a stream (data descriptors, zip64 headers for unknown sizes): standard tools accept it", async () => {
    const path = join(dir, "stream.zip");
    const out = createWriteStream(path);
    const writer = ZipWriter.toStream(out);
    await writer.add({ name: "rdf.yaml", open: () => one(text), method: "deflate" });
    await writer.add({ name: "weights.bin", open: () => one(binary), size: binary.length, method: "store" });
    await writer.finish();
    await new Promise((resolve) => out.end(resolve));
    execFileSync("unzip", ["-tq", path]);
    expect(python("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", path).trim()).toBe("None");
    expect((await readBack(path)).get("weights.bin")).toEqual(binary);
  });

  test("the same input gives the same bytes", async () => {
    const write = async (path: string): Promise<Buffer> => {
      const handle = await open(path, "w");
      const writer = ZipWriter.toFile(handle);
      await writer.add({ name: "a.txt", open: () => one(text), size: text.length, method: "deflate" });
      await writer.finish();
      await handle.close();
      return readFileSync(path);
    };
    expect(await write(join(dir, "r1.zip"))).toEqual(await write(join(dir, "r2.zip")));
  });
});

describe("ZipWriter, big entries", () => {
  // several chunks of each kind: weights (Huffman coded), text (zlib, with the previous chunk as dictionary),
  // noise (stored), and a last chunk shorter than the others
  const weights = floatWeights((3 * ZIP_CHUNK + 12_345) / 4);
  const log = new TextEncoder().encode(Array.from({ length: 60_000 }, (_, i) => `step ${i}: loss ${(1 / (i + 1)).toFixed(6)}\n`).join(""));
  const random = noise(2 * ZIP_CHUNK + 1);
  const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

  test("the coding is chosen from the entry's start: Huffman for weights, zlib for text, stored for noise", () => {
    expect(chooseCoding(weights.subarray(0, CODING_SAMPLE), 1)).toBe("huffman");
    expect(chooseCoding(log.subarray(0, CODING_SAMPLE), 1)).toBe("zlib");
    expect(chooseCoding(random.subarray(0, CODING_SAMPLE), 1)).toBe("store");
  });

  const write = async (path: string, options: ZipWriterOptions, fromFiles = false): Promise<{ methods: string[]; ratios: number[] }> => {
    const handle = await open(path, "w");
    const writer = ZipWriter.toFile(handle, options);
    const written = [];
    for (const [name, bytes] of [
      ["weights.onnx", weights],
      ["training.log", log],
      ["noise.bin", random],
    ] as const) {
      const file = join(dir, `source-${name}`);
      writeFileSync(file, bytes);
      written.push(await writer.add({ name, open: () => one(bytes), method: "deflate", ...(fromFiles ? { path: file } : {}) }));
    }
    await writer.finish();
    await handle.close();
    expect(written.map((w) => w.sha256)).toEqual([sha(weights), sha(log), sha(random)]);
    return { methods: written.map((w) => w.method), ratios: written.map((w) => w.compressedSize / w.size) };
  };

  test("the same bytes whatever the number of threads, from a stream or a file; unzip -t and python zipfile accept them", async () => {
    const inline = await write(join(dir, "threads-0.zip"), { threads: 0 });
    expect(inline.methods).toEqual(["deflate", "deflate", "store"]);
    expect(inline.ratios[0]).toBeLessThan(0.94);
    expect(inline.ratios[1]).toBeLessThan(0.2);
    await write(join(dir, "threads-1.zip"), { threads: 1 });
    await write(join(dir, "threads-3.zip"), { threads: 3 }, true);
    await write(join(dir, "started-2.zip"), { pool: startZipThreads(2) }, true); // threads started before the writer
    const bytes = readFileSync(join(dir, "threads-0.zip"));
    expect(sha(readFileSync(join(dir, "threads-1.zip")))).toBe(sha(bytes));
    expect(sha(readFileSync(join(dir, "threads-3.zip")))).toBe(sha(bytes));
    expect(sha(readFileSync(join(dir, "started-2.zip")))).toBe(sha(bytes));
    const path = join(dir, "threads-3.zip");
    execFileSync("unzip", ["-tq", path]);
    expect(execFileSync("python3", ["-m", "zipfile", "-t", path], { encoding: "utf8" })).toMatch(/Done testing/);
    const back = await readBack(path);
    expect([sha(back.get("weights.onnx") as Uint8Array), sha(back.get("training.log") as Uint8Array)]).toEqual([sha(weights), sha(log)]);
  });

  test("an entry whose source fails midway leaves the next entry's hash right", async () => {
    const handle = await open(join(dir, "failed-entry.zip"), "w");
    const writer = ZipWriter.toFile(handle, { threads: 2 });
    const failing = async function* (): AsyncGenerator<Uint8Array> {
      yield weights.subarray(0, 2 * ZIP_CHUNK + 7); // hashed on the pool's thread, then the source breaks
      throw new Error("disk gone");
    };
    await expect(writer.add({ name: "broken.onnx", open: failing, method: "deflate" })).rejects.toThrow("disk gone");
    const written = await writer.add({ name: "weights.onnx", open: () => one(weights), method: "deflate" });
    expect(written.sha256).toBe(sha(weights));
    await writer.close();
    await handle.close();
  });

  test("to a stream: what the threads give back is copied before their slots are reused", async () => {
    const path = join(dir, "big-stream.zip");
    const out = createWriteStream(path);
    const writer = ZipWriter.toStream(out, { threads: 2 });
    await writer.add({ name: "weights.onnx", open: () => one(weights), method: "deflate" });
    await writer.add({ name: "training.log", open: () => one(log), method: "deflate" });
    await writer.finish();
    await new Promise((resolve) => out.end(resolve));
    execFileSync("unzip", ["-tq", path]);
    const back = await readBack(path);
    expect(sha(back.get("weights.onnx") as Uint8Array)).toBe(sha(weights));
    expect(sha(back.get("training.log") as Uint8Array)).toBe(sha(log));
  });
});

describe("ZipArchive (reader)", () => {
  test("reads a zip64 archive written by Python (force_zip64) and checks CRCs", async () => {
    const path = join(dir, "py64.zip");
    python(
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n  with z.open('big.bin', 'w', force_zip64=True) as f: f.write(b'x' * 100000)\n  z.writestr('rdf.yaml', 'type: model')",
      path,
    );
    const back = await readBack(path);
    expect(back.get("big.bin")?.length).toBe(100000);
    expect(new TextDecoder().decode(back.get("rdf.yaml"))).toBe("type: model");
  });

  const hostile: [string, string, RegExp][] = [
    ["zip slip (..)", "z.writestr('../evil.txt', 'x')", /entry '\.\.\/evil\.txt' points outside the archive/],
    ["absolute path", "z.writestr(zipfile.ZipInfo('/etc/evil'), 'x')", /entry '\/etc\/evil' is an absolute path/],
    ["drive letter", "z.writestr(zipfile.ZipInfo('C:/evil'), 'x')", /is an absolute path/],
    ["backslash", "z.writestr(zipfile.ZipInfo('a\\\\..\\\\evil'), 'x')", /contains a backslash/],
    ["duplicate names", "z.writestr('a.txt', 'x'); z.writestr('a.txt', 'y')", /duplicate entry 'a\.txt'/],
    [
      "symbolic link",
      "i = zipfile.ZipInfo('link'); i.create_system = 3; i.external_attr = (0o120777 << 16); z.writestr(i, 'target')",
      /entry 'link' is a symbolic link/,
    ],
  ];
  test.each(hostile)("refuses %s", async (_name, write, reason) => {
    const path = join(dir, `hostile-${Math.random().toString(36).slice(2)}.zip`);
    python(
      `import sys, zipfile, warnings\nwarnings.simplefilter('ignore')\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n  ${write}`,
      path,
    );
    await expect(ZipArchive.open(bytesSource(path, readFileSync(path)))).rejects.toThrow(reason);
  });

  test("refuses encrypted entries", async () => {
    const path = join(dir, "encrypted.zip");
    python("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('secret', 'x')", path);
    const bytes = Uint8Array.from(readFileSync(path));
    const central = Buffer.from(bytes).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes[central + 8] = (bytes[central + 8] ?? 0) | 1; // the "encrypted" flag
    await expect(ZipArchive.open(bytesSource(path, bytes))).rejects.toThrow(/entry 'secret' is encrypted \(not supported\)/);
  });

  test("truncated and corrupt archives fail with a reason", async () => {
    const path = join(dir, "ok.zip");
    python("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('a.txt', 'hello' * 100)", path);
    const bytes = readFileSync(path);
    await expect(ZipArchive.open(bytesSource("cut.zip", bytes.subarray(0, 40)))).rejects.toThrow(/cut\.zip: not a zip archive/);
    const corrupt = Uint8Array.from(bytes);
    corrupt[40] = (corrupt[40] ?? 0) ^ 0xff; // inside the stored data: the CRC no longer matches
    const archive = await ZipArchive.open(bytesSource("corrupt.zip", corrupt));
    await expect(readAll(archive.stream(archive.entries.get("a.txt") as never))).rejects.toThrow(/entry 'a\.txt' is corrupt/);
  });

  test("zip bombs: an entry that expands too much is refused before reading it", async () => {
    const path = join(dir, "bomb.zip");
    python(
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z: z.writestr('zeros', b'\\0' * (20 << 20))",
      path,
    );
    await expect(ZipArchive.open(bytesSource(path, readFileSync(path)))).rejects.toThrow(/entry 'zeros' expands \d+-fold \(limit 1000\)/);
  });

  test("looksLikeZip recognises archives by content", () => {
    writeFileSync(join(dir, "x"), "");
    expect(ZipArchive.looksLikeZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(ZipArchive.looksLikeZip(new TextEncoder().encode("type: model"))).toBe(false);
  });
});
