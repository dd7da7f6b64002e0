// Reading zip archives without node: imports (the web page reads packages too): central directory, zip64,
// streamed and checked entries. Hostile archives fail with a ZipError naming the archive and the entry.
import { crc32 } from "../bytes/crc32.js";
import { type ByteStream, inflateRaw } from "../bytes/streams.js";

/** Random access to the archive's bytes (a file, a Blob, a buffer). */
export interface RandomAccessSource {
  readonly name: string;
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
  readonly localHeaderOffset: number;
  readonly isDirectory: boolean;
}

export interface ZipLimits {
  /** Most entries an archive may have. */
  readonly maxEntries: number;
  /** Most bytes all entries may expand to. */
  readonly maxTotalSize: number;
  /** Largest expansion ratio of an entry bigger than 1 MiB (zip bombs). */
  readonly maxRatio: number;
}

/** Defaults (Node: BIOIMAGE_SPECS_ZIP_MAX_ENTRIES, BIOIMAGE_SPECS_ZIP_MAX_BYTES, BIOIMAGE_SPECS_ZIP_MAX_RATIO). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100_000, maxTotalSize: 2 ** 36, maxRatio: 1000 };

/** A central directory entry is 46 bytes plus a name, an extra field and a comment of at most 64 KiB each. */
const MAX_CENTRAL_ENTRY = 46 + 3 * 0xffff;
/** Read whole into memory: 100,000 entries with long names take under 30 MiB. */
const MAX_CENTRAL_DIRECTORY = 1 << 28;

export class ZipError extends Error {
  constructor(archive: string, reason: string) {
    super(`${archive}: ${reason}`);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 1 << 20;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, offset: number): number {
  return dv.getUint32(offset, true) + dv.getUint32(offset + 4, true) * 2 ** 32;
}

const utf8 = new TextDecoder("utf-8");
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8 || bytes.every((b) => b < 0x80)) {
    return utf8.decode(bytes);
  }
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : (CP437_HIGH[b - 0x80] ?? "?"))).join("");
}

/** Why an entry name is unsafe to extract or to resolve a reference against, or undefined when it is fine. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes("\\")) {
    return "contains a backslash";
  }
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) {
    return "is an absolute path";
  }
  if (name.split("/").some((part) => part === "..")) {
    return "points outside the archive (..)";
  }
  if (name.includes("\0")) {
    return "contains a NUL character";
  }
  return undefined;
}

/** Where an entry's bytes may lie: its name's length (the local header repeats it) and where the next entry starts. */
interface EntryBounds {
  readonly nameLength: number;
  /** The directory's flag: the name is UTF-8 (else CP437). */
  readonly utf8: boolean;
  readonly end: number;
}

/** How many of a source's last bytes hold its end of central directory record, if it has one. */
const TAIL_LENGTH = 22 + 0xffff;

/** Where the last end of central directory record starts in `tail` (a source's last bytes), or -1. */
function endRecordIn(tail: Uint8Array): number {
  // candidates found natively by the signature's first byte (`P`, rare in a text file), then compared whole
  if (tail.length < 22) {
    return -1;
  }
  const tv = view(tail);
  for (let i = tail.lastIndexOf(0x50, tail.length - 22); i >= 0; i = i === 0 ? -1 : tail.lastIndexOf(0x50, i - 1)) {
    if (tv.getUint32(i, true) === EOCD) {
      return i;
    }
  }
  return -1;
}

/** The end of central directory record: at `offset` in the source, within `tail` (the source's last bytes) at `at`. */
async function findEndRecord(source: RandomAccessSource): Promise<{ tail: Uint8Array; at: number; offset: number } | undefined> {
  const tailLength = Math.min(source.size, TAIL_LENGTH);
  const tail = await source.read(source.size - tailLength, tailLength);
  const at = endRecordIn(tail);
  return at < 0 ? undefined : { tail, at, offset: source.size - tailLength + at };
}

export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private readonly source: RandomAccessSource;
  private readonly bounds: ReadonlyMap<ZipEntry, EntryBounds>;

  private constructor(source: RandomAccessSource, entries: Map<string, ZipEntry>, bounds: Map<ZipEntry, EntryBounds>) {
    this.source = source;
    this.entries = entries;
    this.bounds = bounds;
  }

  /** True when the bytes start like a zip archive (local file header or an empty archive's end record). */
  static looksLikeZip(head: Uint8Array): boolean {
    return (
      head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0))
    );
  }

  /**
   * True for a zip archive, also one with bytes before it (a self-extracting archive, a script with a zip
   * appended): as Python's `zipfile.is_zipfile`, which the reference asks, an end record near the end is enough.
   */
  static async isZip(source: RandomAccessSource): Promise<boolean> {
    return ZipArchive.looksLikeZip(await source.read(0, 4)) || (await findEndRecord(source)) !== undefined;
  }

  /** isZip for a source at hand: its first bytes and its last `ZipArchive.TAIL_LENGTH` (or all of it). */
  static isZipBytes(head: Uint8Array, tail: Uint8Array): boolean {
    return ZipArchive.looksLikeZip(head) || endRecordIn(tail) >= 0;
  }

  static readonly TAIL_LENGTH = TAIL_LENGTH;

  static async open(source: RandomAccessSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    const fail = (reason: string): never => {
      throw new ZipError(source.name, reason);
    };
    const end = (await findEndRecord(source)) ?? fail("not a zip archive (no end of central directory record)");
    const tv = view(end.tail);
    const eocd = end.at;
    let count = tv.getUint16(eocd + 10, true);
    let cdSize = tv.getUint32(eocd + 12, true);
    let cdOffset = tv.getUint32(eocd + 16, true);
    /** Where the central directory ends: the end record, or the zip64 end record before it. */
    let cdEnd = end.offset;
    if (
      (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
      eocd >= 20 &&
      tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR
    ) {
      // as Python's zipfile: the zip64 end record right before its locator (the offset the locator records is
      // wrong when bytes precede the archive); else where the locator says
      let z64At = end.offset - 20 - 56;
      let z64 = view(await source.read(Math.max(z64At, 0), 56));
      if (z64At < 0 || z64.byteLength < 56 || z64.getUint32(0, true) !== ZIP64_EOCD) {
        z64At = u64(tv, eocd - 20 + 8);
        z64 = view(await source.read(z64At, 56));
      }
      if (z64.byteLength < 56 || z64.getUint32(0, true) !== ZIP64_EOCD) {
        fail("corrupt zip64 end of central directory");
      }
      count = u64(z64, 32);
      cdSize = u64(z64, 40);
      cdOffset = u64(z64, 48);
      cdEnd = z64At;
    }
    // bytes before the archive shift every offset it records (Python's zipfile computes the same `concat`)
    const prepended = cdEnd - cdSize - cdOffset;
    if (prepended > 0) {
      cdOffset += prepended;
    }
    if (count > limits.maxEntries) {
      fail(`too many entries (${count} > ${limits.maxEntries})`);
    }
    if (cdOffset + cdSize > source.size) {
      fail("truncated archive (central directory beyond the end of the file)");
    }
    if (cdSize > Math.min(Math.max(count, 1) * MAX_CENTRAL_ENTRY, MAX_CENTRAL_DIRECTORY)) {
      fail(`corrupt central directory (${cdSize} bytes for ${count} entries)`);
    }
    const cd = await source.read(cdOffset, cdSize);
    const dv = view(cd);
    const entries = new Map<string, ZipEntry>();
    const names = new Map<ZipEntry, { nameLength: number; utf8: boolean }>();
    let total = 0;
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || dv.getUint32(p, true) !== CENTRAL) {
        fail("corrupt central directory");
      }
      const flags = dv.getUint16(p + 8, true);
      const method = dv.getUint16(p + 10, true);
      const crc = dv.getUint32(p + 16, true);
      let compressedSize = dv.getUint32(p + 20, true);
      let size = dv.getUint32(p + 24, true);
      const nameLength = dv.getUint16(p + 28, true);
      const extraLength = dv.getUint16(p + 30, true);
      const commentLength = dv.getUint16(p + 32, true);
      const versionMadeBy = dv.getUint16(p + 4, true);
      const externalAttributes = dv.getUint32(p + 38, true);
      let localHeaderOffset = dv.getUint32(p + 42, true);
      const name = decodeName(cd.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
      const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
      const ev = view(extra);
      for (let e = 0; e + 4 <= extra.length;) {
        const id = ev.getUint16(e, true);
        const length = ev.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          const end = Math.min(q + length, extra.length);
          // each field is there only when its 32-bit slot says 0xffffffff; a field cut short is corrupt
          const next = (): number => {
            if (q + 8 > end) {
              fail(`entry '${decodeName(cd.subarray(p + 46, p + 46 + nameLength), true)}' has a corrupt zip64 extra field`);
            }
            q += 8;
            return u64(ev, q - 8);
          };
          if (size === 0xffffffff) {
            size = next();
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = next();
          }
          if (localHeaderOffset === 0xffffffff) {
            localHeaderOffset = next();
          }
        }
        e += 4 + length;
      }
      p += 46 + nameLength + extraLength + commentLength;
      if (prepended > 0) {
        localHeaderOffset += prepended;
      }
      const unsafe = unsafeEntryName(name);
      if (unsafe) {
        fail(`entry '${name}' ${unsafe}`);
      }
      if (flags & 0x1 || method === 99) {
        fail(`entry '${name}' is encrypted (not supported)`);
      }
      if (versionMadeBy >> 8 === 3 && ((externalAttributes >>> 16) & 0o170000) === 0o120000) {
        fail(`entry '${name}' is a symbolic link (not supported)`);
      }
      if (method !== 0 && method !== 8) {
        fail(`entry '${name}' uses compression method ${method} (only stored and deflated entries are supported)`);
      }
      if (entries.has(name)) {
        fail(`duplicate entry '${name}'`);
      }
      if (localHeaderOffset + 30 + compressedSize > source.size) {
        fail(`truncated archive (entry '${name}' extends beyond the end of the file)`);
      }
      if (size > 2 ** 20 && compressedSize > 0 && size / compressedSize > limits.maxRatio) {
        fail(`entry '${name}' expands ${Math.round(size / compressedSize)}-fold (limit ${limits.maxRatio})`);
      }
      total += size;
      if (total > limits.maxTotalSize) {
        fail(`entries expand to more than ${limits.maxTotalSize} bytes`);
      }
      const entry = { name, method, compressedSize, size, crc32: crc, localHeaderOffset, isDirectory: name.endsWith("/") };
      entries.set(name, entry);
      names.set(entry, { nameLength, utf8: (flags & 0x800) !== 0 });
    }
    return new ZipArchive(source, entries, ZipArchive.boundsOf(names, cdOffset, fail));
  }

  /**
   * Each entry's bytes must end before the next entry (in file order) begins, and the last before the central
   * directory: entries that share bytes would inflate the same data again and again (a bomb that every per-entry
   * limit passes). Checked from the directory, before anything is inflated.
   */
  private static boundsOf(
    names: Map<ZipEntry, { nameLength: number; utf8: boolean }>,
    cdOffset: number,
    fail: (reason: string) => never,
  ): Map<ZipEntry, EntryBounds> {
    const inOrder = [...names.keys()].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    const bounds = new Map<ZipEntry, EntryBounds>();
    inOrder.forEach((entry, i) => {
      const next = inOrder[i + 1];
      const limit = next?.localHeaderOffset ?? cdOffset;
      const { nameLength, utf8 } = names.get(entry) ?? { nameLength: 0, utf8: true };
      if (entry.localHeaderOffset + 30 + nameLength + entry.compressedSize > limit) {
        fail(
          next === undefined
            ? `entry '${entry.name}' overlaps the central directory`
            : `entries '${entry.name}' and '${next.name}' overlap (possible zip bomb)`,
        );
      }
      bounds.set(entry, { nameLength, utf8, end: limit });
    });
    return bounds;
  }

  get name(): string {
    return this.source.name;
  }

  /** The entry's bytes, decompressed, checked against its size and CRC-32 as they stream. */
  async *stream(entry: ZipEntry): ByteStream {
    const bounds = this.bounds.get(entry) ?? this.bounds.get(this.entries.get(entry.name) as ZipEntry);
    if (bounds === undefined) {
      throw new ZipError(this.source.name, `entry '${entry.name}' is not in this archive`);
    }
    const headerBytes = await this.source.read(entry.localHeaderOffset, 30 + bounds.nameLength);
    const header = view(headerBytes);
    if (header.byteLength < 30 + bounds.nameLength || header.getUint32(0, true) !== LOCAL) {
      throw new ZipError(this.source.name, `corrupt local header of entry '${entry.name}'`);
    }
    // as Python's zipfile: the name the local header gives must be the directory's (else a reader that trusts the
    // headers, as streaming unzippers do, sees other files than we checked)
    const localName = decodeName(headerBytes.subarray(30), bounds.utf8);
    if (header.getUint16(26, true) !== bounds.nameLength || localName !== entry.name) {
      throw new ZipError(
        this.source.name,
        `entry '${entry.name}': its local header names it '${localName}' (the directory and the header differ)`,
      );
    }
    const dataStart = entry.localHeaderOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
    if (dataStart + entry.compressedSize > bounds.end) {
      throw new ZipError(this.source.name, `entry '${entry.name}' overlaps the next one (possible zip bomb)`);
    }
    const source = this.source;
    async function* raw(): ByteStream {
      for (let offset = 0; offset < entry.compressedSize; offset += CHUNK) {
        yield await source.read(dataStart + offset, Math.min(CHUNK, entry.compressedSize - offset));
      }
    }
    let crc = 0;
    let size = 0;
    try {
      for await (const chunk of entry.method === 8 ? inflateRaw(raw()) : raw()) {
        size += chunk.length;
        if (size > entry.size) {
          throw new ZipError(this.source.name, `entry '${entry.name}' is larger than its declared size ${entry.size}`);
        }
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipError) {
        throw error;
      }
      throw new ZipError(this.source.name, `entry '${entry.name}' is corrupt (${(error as Error).message})`);
    }
    if (size !== entry.size || crc !== entry.crc32) {
      throw new ZipError(this.source.name, `entry '${entry.name}' is corrupt (size or CRC-32 does not match)`);
    }
  }
}

/** A RandomAccessSource over bytes in memory. */
export function bytesSource(name: string, bytes: Uint8Array): RandomAccessSource {
  return {
    name,
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}
