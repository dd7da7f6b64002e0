// A streaming zip writer on node:zlib (Node only). One pass per file computes its SHA-256 and CRC-32 while
// deflating, so packaging hashes what it writes. Seekable targets get exact local headers (patched after the
// data) and fall back to storing an entry when deflate did not make it smaller; streams get data descriptors.
// Entries of 4 GiB and more use zip64. No timestamps from the machine: the same input gives the same bytes.
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import type { Writable } from "node:stream";
import { constants, crc32, createDeflateRaw } from "node:zlib";
import type { ByteStream } from "../bytes/streams.js";

export interface ZipEntrySource {
  /** Name in the archive (forward slashes). */
  readonly name: string;
  /** Opens the entry's content; may be called twice (the stored fallback re-reads it). */
  readonly open: () => ByteStream;
  /** Size in bytes, when known in advance (decides zip64 up front). */
  readonly size?: number;
  /** "store" for content that is already compressed; "deflate" otherwise. */
  readonly method: "store" | "deflate";
}

export interface WrittenEntry {
  readonly name: string;
  readonly size: number;
  readonly compressedSize: number;
  readonly method: "store" | "deflate";
  readonly sha256: string;
}

/** Suffixes of formats that are compressed already: deflating them again costs time and gains nothing. */
const COMPRESSED_SUFFIXES = /\.(zip|npz|gz|tgz|bz2|xz|zst|7z|png|jpe?g|gif|webp|tiff?|mp4|h5|hdf5|pt|pth|ckpt|keras)$/i;

export function defaultMethod(name: string): "store" | "deflate" {
  return COMPRESSED_SUFFIXES.test(name) ? "store" : "deflate";
}

const ZIP64_THRESHOLD = 0xf0000000; // below 4 GiB with room for deflate's worst-case growth
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01: reproducible output
const DOS_TIME = 0;

interface CentralRecord {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly offset: number;
  readonly flags: number;
}

/** Where the archive goes: a file handle (seekable) or a stream. */
type Target = { readonly kind: "file"; readonly handle: FileHandle } | { readonly kind: "stream"; readonly stream: Writable };

function le(bytes: number, value: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const dv = new DataView(out.buffer);
  if (bytes === 2) {
    dv.setUint16(0, value, true);
  } else if (bytes === 4) {
    dv.setUint32(0, value >>> 0, true);
  } else {
    dv.setUint32(0, value % 2 ** 32, true);
    dv.setUint32(4, Math.floor(value / 2 ** 32), true);
  }
  return out;
}

function bytesOf(...parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}

export class ZipWriter {
  private readonly target: Target;
  private readonly level: number;
  private position = 0;
  private readonly central: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private readonly onProgress: ((bytes: number) => void) | undefined;

  private constructor(target: Target, level: number, onProgress?: (bytes: number) => void) {
    this.target = target;
    this.level = level;
    this.onProgress = onProgress;
  }

  /** `onProgress` is told how many input bytes each chunk had (for a progress display). */
  static toFile(handle: FileHandle, level = 1, onProgress?: (bytes: number) => void): ZipWriter {
    return new ZipWriter({ kind: "file", handle }, level, onProgress);
  }

  static toStream(stream: Writable, level = 1, onProgress?: (bytes: number) => void): ZipWriter {
    return new ZipWriter({ kind: "stream", stream }, level, onProgress);
  }

  private async write(bytes: Uint8Array): Promise<void> {
    if (this.target.kind === "file") {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await this.target.handle.write(bytes, done, bytes.length - done, this.position + done);
        done += bytesWritten;
      }
    } else {
      const stream = this.target.stream;
      if (!stream.write(bytes)) {
        await new Promise<void>((resolve, reject) => {
          const onError = (error: Error): void => reject(error);
          stream.once("error", onError);
          stream.once("drain", () => {
            stream.off("error", onError);
            resolve();
          });
        });
      }
    }
    this.position += bytes.length;
  }

  private async patch(offset: number, bytes: Uint8Array): Promise<void> {
    if (this.target.kind === "file") {
      await this.target.handle.write(bytes, 0, bytes.length, offset);
    }
  }

  /** Streams one entry into the archive; returns its sizes and the SHA-256 of its content. */
  async add(entry: ZipEntrySource): Promise<WrittenEntry> {
    if (this.names.has(entry.name)) {
      throw new Error(`duplicate zip entry name '${entry.name}'`);
    }
    this.names.add(entry.name);
    const seekable = this.target.kind === "file";
    const first = await this.writeEntry(entry, entry.method, seekable);
    if (seekable && first.method === "deflate" && first.record.compressedSize >= first.written.size) {
      // deflate did not help: rewrite the entry stored, from the same offset (its bytes are counted again)
      this.onProgress?.(-first.written.size);
      this.central.pop();
      this.position = first.record.offset;
      await this.target.handle.truncate(this.position);
      return (await this.writeEntry(entry, "store", true)).written;
    }
    return first.written;
  }

  private async writeEntry(
    entry: ZipEntrySource,
    method: "store" | "deflate",
    seekable: boolean,
  ): Promise<{ method: "store" | "deflate"; record: CentralRecord; written: WrittenEntry }> {
    const name = new TextEncoder().encode(entry.name);
    const zip64 = entry.size === undefined || entry.size >= ZIP64_THRESHOLD;
    const flags = 0x800 | (seekable ? 0 : 0x8); // UTF-8 names; data descriptor when the header cannot be patched
    const methodCode = method === "deflate" ? 8 : 0;
    const offset = this.position;
    const extra = zip64 ? bytesOf(le(2, 0x0001), le(2, 16), le(8, 0), le(8, 0)) : new Uint8Array(0);
    const header = bytesOf(
      le(4, 0x04034b50),
      le(2, zip64 ? 45 : 20),
      le(2, flags),
      le(2, methodCode),
      le(2, DOS_TIME),
      le(2, DOS_DATE),
      le(4, 0),
      le(4, zip64 ? 0xffffffff : 0),
      le(4, zip64 ? 0xffffffff : 0),
      le(2, name.length),
      le(2, extra.length),
      name,
      extra,
    );
    await this.write(header);
    const hash = createHash("sha256");
    let crc = 0;
    let size = 0;
    const dataStart = this.position;
    if (method === "store") {
      for await (const chunk of entry.open()) {
        hash.update(chunk);
        crc = crc32(chunk, crc);
        size += chunk.length;
        this.onProgress?.(chunk.length);
        await this.write(chunk);
      }
    } else {
      const deflate = createDeflateRaw({ level: this.level, chunkSize: 1 << 20, strategy: constants.Z_DEFAULT_STRATEGY });
      const feed = (async () => {
        try {
          for await (const chunk of entry.open()) {
            hash.update(chunk);
            crc = crc32(chunk, crc);
            size += chunk.length;
            this.onProgress?.(chunk.length);
            if (!deflate.write(chunk)) {
              await new Promise((resolve) => deflate.once("drain", resolve));
            }
          }
          deflate.end();
        } catch (error) {
          deflate.destroy(error as Error);
        }
      })();
      for await (const chunk of deflate) {
        await this.write(chunk as Buffer);
      }
      await feed;
    }
    const compressedSize = this.position - dataStart;
    if (!zip64 && (size >= 0xffffffff || compressedSize >= 0xffffffff)) {
      throw new Error(`zip entry '${entry.name}' grew beyond its announced size ${entry.size ?? "?"}`);
    }
    if (seekable) {
      await this.patch(offset + 14, bytesOf(le(4, crc), le(4, zip64 ? 0xffffffff : compressedSize), le(4, zip64 ? 0xffffffff : size)));
      if (zip64) {
        await this.patch(offset + 30 + name.length + 4, bytesOf(le(8, size), le(8, compressedSize)));
      }
    } else {
      await this.write(
        zip64
          ? bytesOf(le(4, 0x08074b50), le(4, crc), le(8, compressedSize), le(8, size))
          : bytesOf(le(4, 0x08074b50), le(4, crc), le(4, compressedSize), le(4, size)),
      );
    }
    const record: CentralRecord = { name, method: methodCode, crc, size, compressedSize, offset, flags };
    this.central.push(record);
    return { method, record, written: { name: entry.name, size, compressedSize, method, sha256: hash.digest("hex") } };
  }

  /** Writes the central directory (zip64 records when needed); the target stays open. */
  async finish(): Promise<number> {
    const cdOffset = this.position;
    for (const r of this.central) {
      const big = r.size >= 0xffffffff || r.compressedSize >= 0xffffffff || r.offset >= 0xffffffff;
      const extra = big ? bytesOf(le(2, 0x0001), le(2, 24), le(8, r.size), le(8, r.compressedSize), le(8, r.offset)) : new Uint8Array(0);
      await this.write(
        bytesOf(
          le(4, 0x02014b50),
          le(2, (3 << 8) | 45), // made by Unix, so that the permission bits below are read
          le(2, big ? 45 : 20),
          le(2, r.flags),
          le(2, r.method),
          le(2, DOS_TIME),
          le(2, DOS_DATE),
          le(4, r.crc),
          le(4, big ? 0xffffffff : r.compressedSize),
          le(4, big ? 0xffffffff : r.size),
          le(2, r.name.length),
          le(2, extra.length),
          le(2, 0),
          le(2, 0),
          le(2, 0),
          le(4, (0o100644 << 16) >>> 0),
          le(4, big ? 0xffffffff : r.offset),
          r.name,
          extra,
        ),
      );
    }
    const cdSize = this.position - cdOffset;
    const count = this.central.length;
    if (count >= 0xffff || cdOffset >= 0xffffffff || cdSize >= 0xffffffff) {
      const z64Offset = this.position;
      await this.write(
        bytesOf(
          le(4, 0x06064b50),
          le(8, 44),
          le(2, 45),
          le(2, 45),
          le(4, 0),
          le(4, 0),
          le(8, count),
          le(8, count),
          le(8, cdSize),
          le(8, cdOffset),
        ),
      );
      await this.write(bytesOf(le(4, 0x07064b50), le(4, 0), le(8, z64Offset), le(4, 1)));
    }
    await this.write(
      bytesOf(
        le(4, 0x06054b50),
        le(2, 0),
        le(2, 0),
        le(2, Math.min(count, 0xffff)),
        le(2, Math.min(count, 0xffff)),
        le(4, Math.min(cdSize, 0xffffffff)),
        le(4, Math.min(cdOffset, 0xffffffff)),
        le(2, 0),
      ),
    );
    return this.position;
  }
}
