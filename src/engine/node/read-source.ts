// Reading a description file from disk (Node only).
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { type DocumentLimits, tooLarge } from "../load/limits.js";
import type { ParsedSource } from "../load/parse-core.js";
import { parseSourceLazily } from "../load/parse-lazily.js";
import { type RandomAccessSource, ZipArchive } from "../zip/reader.js";
import { settings } from "./settings.js";

/** An input that could not be read at all (missing, a directory, not UTF-8 text, too large). */
export class ReadError extends Error {
  readonly fileName: string;
  readonly reason: string;
  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.name = "ReadError";
    this.fileName = fileName;
    this.reason = reason;
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ReadError(name, "not UTF-8 text");
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT"
    ? "no such file"
    : code === "EISDIR"
      ? "is a directory"
      : code === "EACCES"
        ? "permission denied"
        : (error as Error).message;
}

/**
 * A regular file's bytes, refused beyond `maxBytes`: never a device or a FIFO (`/dev/zero` never ends), and never
 * more than the limit read, even from a file that grows while it is read.
 */
export async function readFileLimited(path: string, maxBytes: number, name = path): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK); // opening a FIFO must not wait for a writer
  } catch (error) {
    throw new ReadError(name, reasonOf(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new ReadError(name, "is a directory");
    }
    if (!info.isFile()) {
      throw new ReadError(name, "not a regular file");
    }
    if (info.size > maxBytes) {
      throw new ReadError(name, tooLarge(info.size, maxBytes));
    }
    return await readWhole(handle, info.size, name);
  } catch (error) {
    throw error instanceof ReadError ? error : new ReadError(name, reasonOf(error));
  } finally {
    await handle.close();
  }
}

/**
 * A local input read with one open when it is a document: a regular file that is not a zip archive, refused
 * beyond `maxBytes` as readFileLimited refuses it. Anything else (a folder, a zip package, a device, no such file)
 * is undefined: the caller opens it another way, and words what is wrong. Synchronous: the CLI reads its inputs
 * one after the other, and four round trips through the thread pool per file cost more than the reading.
 */
export function readDocumentFile(path: string, maxBytes: number): Uint8Array | undefined {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK); // opening a FIFO must not wait for a writer
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      return undefined;
    }
    if (info.size > maxBytes) {
      const tail = new Uint8Array(Math.min(info.size, ZipArchive.TAIL_LENGTH));
      if (ZipArchive.isZipBytes(readAtSync(fd, new Uint8Array(4), 0), readAtSync(fd, tail, info.size - tail.length))) {
        return undefined;
      }
      throw new ReadError(path, tooLarge(info.size, maxBytes));
    }
    // one byte more than the size: a file that grows while it is read is refused
    const bytes = readAtSync(fd, new Uint8Array(info.size + 1), 0);
    if (bytes.length > info.size) {
      throw new ReadError(path, "changed while it was read");
    }
    return ZipArchive.isZipBytes(bytes.subarray(0, 4), bytes.subarray(Math.max(0, bytes.length - ZipArchive.TAIL_LENGTH)))
      ? undefined
      : bytes;
  } catch (error) {
    throw error instanceof ReadError ? error : new ReadError(path, reasonOf(error));
  } finally {
    closeSync(fd);
  }
}

/** `buffer` filled from `position` on (or up to the end of the file): the bytes read. */
function readAtSync(fd: number, buffer: Uint8Array, position: number): Uint8Array {
  let done = 0;
  while (done < buffer.length) {
    const read = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (read === 0) {
      break;
    }
    done += read;
  }
  return buffer.subarray(0, done);
}

/** A file of `size` bytes, refused when it grows while it is read. */
async function readWhole(handle: FileHandle, size: number, name: string): Promise<Uint8Array> {
  const buffer = new Uint8Array(size + 1);
  let done = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
    if (bytesRead === 0) {
      break;
    }
    done += bytesRead;
    if (done > size) {
      throw new ReadError(name, "changed while it was read");
    }
  }
  return buffer.subarray(0, done);
}

/** A text file's content (UTF-8, within the document size limit). */
export async function readTextFile(path: string, limits: DocumentLimits = settings().documentLimits): Promise<string> {
  return decodeText(await readFileLimited(path, limits.maxDocumentBytes), path);
}

export async function readSourceFile(path: string, limits: DocumentLimits = settings().documentLimits): Promise<ParsedSource> {
  return parseSourceLazily(await readTextFile(path, limits), path, limits);
}

/** A RandomAccessSource over a file on disk. */
export async function fileRandomAccess(path: string): Promise<RandomAccessSource & { close(): Promise<void> }> {
  const handle = await open(path, "r");
  return { ...handleSource(handle, (await handle.stat()).size, path), close: () => handle.close() };
}

function handleSource(handle: FileHandle, size: number, name: string): RandomAccessSource {
  return {
    name,
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, offset + done);
        if (bytesRead === 0) {
          break;
        }
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    },
  };
}
