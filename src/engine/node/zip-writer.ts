// A streaming zip writer on node:zlib (Node only). One pass per file computes its SHA-256 and CRC-32 while
// deflating, so packaging hashes what it writes. How an entry is compressed is decided from its first chunk:
// stored when deflate would save under 5%, one Huffman code per chunk when that saves as much as zlib does (float
// weights: several times faster), zlib otherwise. Big entries go through the slots of a pool of threads
// (deflate-pool.ts): local files are read straight into them, the calling thread hashes each chunk while the next
// is read and the pool's threads checksum and deflate them into one deflate stream, and the calling thread writes
// what comes back, in order. (A thread of its own for the hashing, tried first, competed on 2 cores with the reads.) Seekable
// targets get exact local headers (patched after the data) and fall back to storing an entry when deflate did not
// make it smaller; streams get data descriptors. Entries of 4 GiB and more use zip64. No timestamps from the
// machine and chunks independent of the threads: the same input gives the same bytes.
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { ByteStream } from "../bytes/streams.js";
import { crc32Combine } from "../bytes/crc32.js";
import { type ChunkSource, fileSource, streamSource } from "./chunk-source.js";
import {
  byteHistogram,
  type ChunkCoding,
  DEFLATE_END,
  deflateChunk,
  deflatedBound,
  huffmanBits,
  literalLengths,
  type ThreadState,
} from "./deflate-chunks.js";
import { defaultDeflateThreads, DeflatePool, type Slot } from "./deflate-pool.js";
import * as zlib from "node:zlib";
import { crc32 } from "node:zlib";

export interface ZipEntrySource {
  /** Name in the archive (forward slashes). */
  readonly name: string;
  /** Opens the entry's content; may be called twice (the stored fallback re-reads it). */
  readonly open: () => ByteStream;
  /** The content as a file on this machine: read straight into the writer's buffers instead of through `open`. */
  readonly path?: string | undefined;
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

/** Entries are read, hashed and deflated in chunks of this size; the output depends on it (not on the threads). */
export const ZIP_CHUNK = 1 << 20;
/**
 * What the choice of coding looks at: the start of the entry. Its trial deflate is on the way to the first chunk's
 * coding (64 KiB: 2 ms; 256 KiB took 7 ms, and the same choice for weights, text and noise).
 */
export const CODING_SAMPLE = 64 << 10;
/** Deflate that saves less than this share of the sample does not pay for itself: the entry is stored. */
const MIN_SAVING = 0.05;
/** Huffman coding is taken when its output is at most this much larger than zlib's (it is ten times faster). */
const HUFFMAN_TOLERANCE = 0.01;

/** A chunk ready to be written: its bytes, the CRC-32 and size of what they hold, and who gets the buffer back. */
interface Written {
  readonly bytes: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly release: () => void;
}

/** How an entry's bytes go into the archive, decided from a sample of its start. */
export type EntryCoding = "store" | ChunkCoding;

/** Store, Huffman or zlib for an entry that starts with `sample` (deterministic: a function of the bytes). */
export function chooseCoding(sample: Uint8Array, level: number): EntryCoding {
  if (level === 0 || sample.length === 0) {
    return "zlib";
  }
  const histogram = byteHistogram(sample);
  const huffman = huffmanBits(histogram, literalLengths(histogram)) / 8;
  const deflated = zlib.deflateRawSync(sample, { level }).length;
  if (Math.min(huffman, deflated) > sample.length * (1 - MIN_SAVING)) {
    return "store";
  }
  return huffman <= deflated * (1 + HUFFMAN_TOLERANCE) ? "huffman" : "zlib";
}

export interface ZipWriterOptions {
  /** zlib level 0-9 (default 1, as the reference). */
  readonly level?: number;
  /** Told how many input bytes each chunk had (for a progress display). */
  readonly onProgress?: ((bytes: number) => void) | undefined;
  /** Threads deflating the chunks of big entries (default: one fewer than the cores, at least one; 0: the calling thread only). */
  readonly threads?: number | undefined;
  /** Threads started earlier (startZipThreads), which the writer takes over, instead of its own. */
  readonly pool?: DeflatePool | undefined;
}

/**
 * The threads of a ZipWriter (ZipWriterOptions.pool) started now, so that they boot while the caller does other
 * work (checking what it will write).
 */
export function startZipThreads(threads = defaultDeflateThreads()): DeflatePool {
  return new DeflatePool(ZIP_CHUNK, threads).start();
}

/** A file target is flushed to the disk every so many bytes while it is written, so that the final fsync is short. */
const SYNC_EVERY = 64 << 20;

export class ZipWriter {
  private readonly target: Target;
  private readonly level: number;
  private position = 0;
  private readonly central: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private readonly onProgress: ((bytes: number) => void) | undefined;
  /** undefined: deflate in the calling thread. */
  private readonly pool: DeflatePool | undefined;
  private readonly here: ThreadState = { scratch: undefined };
  /** Reused for chunks read and deflated in the calling thread (two of each: one written while the next is read). */
  private buffers: { readonly input: Uint8Array[]; readonly output: Uint8Array[] } | undefined;
  private unsynced = 0;
  private syncing: Promise<void> = Promise.resolve();

  private constructor(target: Target, options: ZipWriterOptions) {
    this.target = target;
    this.level = options.level ?? 1;
    this.onProgress = options.onProgress;
    const threads = options.threads ?? defaultDeflateThreads();
    this.pool = options.pool ?? (threads > 0 ? new DeflatePool(ZIP_CHUNK, threads) : undefined);
  }

  static toFile(handle: FileHandle, options: ZipWriterOptions = {}): ZipWriter {
    return new ZipWriter({ kind: "file", handle }, options);
  }

  static toStream(stream: Writable, options: ZipWriterOptions = {}): ZipWriter {
    return new ZipWriter({ kind: "stream", stream }, options);
  }

  private async write(bytes: Uint8Array): Promise<void> {
    if (this.target.kind === "file") {
      const handle = this.target.handle;
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, this.position + done);
        done += bytesWritten;
      }
      this.unsynced += bytes.length;
      if (this.unsynced >= SYNC_EVERY) {
        // the disk writes what is there while the next chunks are deflated (one flush at a time)
        this.unsynced = 0;
        await this.syncing;
        this.syncing = handle.datasync();
        this.syncing.catch(() => undefined);
      }
    } else {
      const stream = this.target.stream;
      // a copy: the stream may keep it past this call, and the writer's buffers are reused
      if (!stream.write(new Uint8Array(bytes))) {
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
    const source = entry.path === undefined ? streamSource(entry.open()) : await fileSource(entry.path);
    try {
      return await this.writeEntryFrom(source, entry, method, seekable);
    } finally {
      await source.close();
    }
  }

  private async writeEntryFrom(
    source: ChunkSource,
    entry: ZipEntrySource,
    method: "store" | "deflate",
    seekable: boolean,
  ): Promise<{ method: "store" | "deflate"; record: CentralRecord; written: WrittenEntry }> {
    this.buffers ??= {
      input: [new Uint8Array(ZIP_CHUNK), new Uint8Array(ZIP_CHUNK), new Uint8Array(ZIP_CHUNK)],
      output: [
        new Uint8Array(deflatedBound(ZIP_CHUNK)),
        new Uint8Array(deflatedBound(ZIP_CHUNK)),
        new Uint8Array(deflatedBound(ZIP_CHUNK)),
      ],
    };
    const { input, output } = this.buffers;
    let chunk = await source.fill(input[0] as Uint8Array);
    const coding = method === "store" ? "store" : chooseCoding(chunk.subarray(0, CODING_SAMPLE), this.level);
    // an entry of one chunk is deflated here: starting a worker would cost more than it saves
    const pool = coding !== "store" && chunk.length === ZIP_CHUNK ? this.pool : undefined;
    const name = new TextEncoder().encode(entry.name);
    const zip64 = entry.size === undefined || entry.size >= ZIP64_THRESHOLD;
    const flags = 0x800 | (seekable ? 0 : 0x8); // UTF-8 names; data descriptor when the header cannot be patched
    const methodCode = coding === "store" ? 0 : 8;
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
    // Chunks are read ahead (the next read starts before this chunk is hashed, so that the disk and the hashing
    // overlap), hashed here, deflated (on the pool's threads, or here) and written in order, one write at a time. A
    // chunk keeps its buffer until written: a slot of the pool, or one of three buffers here.
    const pending: Promise<Written>[] = [];
    let writing: Promise<void> = Promise.resolve();
    const writeNext = async (): Promise<void> => {
      const out = await (pending.shift() as Promise<Written>);
      await writing;
      crc = crc32Combine(crc, out.crc, out.size);
      writing = this.write(out.bytes).finally(() => out.release());
      writing.catch(() => undefined);
    };
    const queue = (out: Promise<Written>): void => {
      out.catch(() => undefined); // awaited in turn by writeNext
      pending.push(out);
    };
    let dictionary: Uint8Array | undefined;
    let slot: Slot | undefined;
    let next: { readonly slot: Slot | undefined; readonly read: Promise<Uint8Array> } | undefined;
    try {
      if (pool) {
        slot = await pool.acquire();
        slot.input.set(chunk); // the first chunk, read before the coding was chosen
        chunk = slot.input.subarray(0, chunk.length);
      }
      for (let k = 0; chunk.length > 0; k++) {
        size += chunk.length;
        this.onProgress?.(chunk.length);
        const length = chunk.length;
        if (pool && slot) {
          const deflated = pool.deflate(slot, length, coding as ChunkCoding, this.level, dictionary);
          slot = undefined; // the chunk's until it is written
          // a slot for the next read: at most slots - 3 chunks wait, beside this one and the one being written
          while (pending.length > pool.slots - 3) {
            await writeNext(); // what is written gives its slot back
          }
          const nextSlot = await pool.acquire();
          next = { slot: nextSlot, read: source.fill(nextSlot.input) };
          hash.update(chunk); // the pool's thread checksums it
          queue(deflated.then((out) => ({ ...out, size: length })));
        } else {
          // the buffers of chunk k - 2 are free once chunk k - 1 is on its way to the disk (writeNext waits for k - 2)
          while (pending.length > 0) {
            await writeNext();
          }
          next = { slot: undefined, read: source.fill(input[(k + 1) % 3] as Uint8Array) };
          hash.update(chunk);
          const bytes =
            coding === "store"
              ? chunk
              : deflateChunk({ data: chunk, coding, level: this.level, dictionary }, output[k % 3] as Uint8Array, this.here, zlib, false);
          queue(Promise.resolve({ bytes, crc: crc32(chunk), size: length, release: () => undefined }));
        }
        dictionary = coding === "zlib" ? chunk.slice(-32768) : undefined;
        const { slot: nextSlot, read } = next;
        next = undefined;
        chunk = await read.catch((error: unknown) => {
          if (nextSlot) {
            pool?.release(nextSlot);
          }
          throw error;
        });
        slot = nextSlot;
      }
      while (pending.length > 0) {
        await writeNext();
      }
      await writing;
    } finally {
      if (slot) {
        pool?.release(slot);
      }
      if (next) {
        // a failure while a read was on its way: its slot comes back once the read is over
        await next.read.catch(() => undefined);
        if (next.slot) {
          pool?.release(next.slot);
        }
      }
      // after a failure: the chunks on their way give their slots back, unwritten
      for (const out of pending.splice(0)) {
        (await out.catch(() => undefined))?.release();
      }
      await writing.catch(() => undefined);
    }
    if (coding !== "store") {
      await this.write(DEFLATE_END);
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
    const written: WrittenEntry = {
      name: entry.name,
      size,
      compressedSize,
      method: coding === "store" ? "store" : "deflate",
      sha256: hash.digest("hex"),
    };
    return { method: written.method, record, written };
  }

  /** Ends the deflate threads (finish() does too); for a writer given up before its end. */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  /** Writes the central directory (zip64 records when needed); the target stays open. */
  async finish(): Promise<number> {
    await this.close();
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
    await this.syncing;
    return this.position;
  }
}
