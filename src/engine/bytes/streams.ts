// Byte-stream helpers shared by the browser-safe readers (zip, npy, images).

export type ByteStream = AsyncIterable<Uint8Array>;

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Reads a whole stream, refusing more than `limit` bytes (a file expected to be small must stay small). */
export async function readAll(stream: ByteStream, limit = Number.POSITIVE_INFINITY, what = "file"): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) {
      throw new Error(`${what} is larger than the limit of ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks);
}

/** Pulls exactly-sized pieces out of a chunked stream: the header/body parsers need "the next n bytes". */
export class ChunkReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private pending: Uint8Array = new Uint8Array(0);
  private done = false;

  constructor(stream: ByteStream) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let have = 0;
    while (have < n) {
      if (this.pending.length === 0) {
        if (this.done) {
          break;
        }
        const next = await this.iterator.next();
        if (next.done) {
          this.done = true;
          break;
        }
        this.pending = next.value;
        continue;
      }
      const take = Math.min(n - have, this.pending.length);
      parts.push(this.pending.subarray(0, take));
      this.pending = this.pending.subarray(take);
      have += take;
    }
    return parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
  }

  /** The rest of the stream, chunk by chunk. */
  async *rest(): AsyncGenerator<Uint8Array> {
    if (this.pending.length > 0) {
      const first = this.pending;
      this.pending = new Uint8Array(0);
      yield first;
    }
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        break;
      }
      yield next.value;
    }
  }

  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.iterator.return?.();
    }
  }
}

/** Inflates a raw-deflate stream with the platform's DecompressionStream (browsers and Node >= 20). */
export async function* inflateRaw(stream: ByteStream, format: "deflate-raw" | "deflate" = "deflate-raw"): AsyncGenerator<Uint8Array> {
  const decompressor = new DecompressionStream(format);
  const writer = decompressor.writable.getWriter();
  const pump = (async () => {
    try {
      for await (const chunk of stream) {
        await writer.write(chunk as Uint8Array<ArrayBuffer>);
      }
      await writer.close();
    } catch (error) {
      await writer.abort(error).catch(() => undefined);
    }
  })();
  const reader = decompressor.readable.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      yield value as Uint8Array;
    }
  } finally {
    // cancel (not just release) so that a consumer stopping early does not leave the pump blocked on backpressure
    await reader.cancel().catch(() => undefined);
    await pump;
  }
}
