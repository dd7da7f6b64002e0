// Reading bytes into buffers the caller owns and reuses (Node only): the zip writer's slots, the IO checks' hashing.
// A buffer allocated per chunk costs page faults, which cost more than hashing or coding the chunk.
import { open } from "node:fs/promises";
import type { ByteStream } from "../bytes/streams.js";

/** Bytes, a buffer at a time, read into buffers the caller gives and reuses. */
export interface ChunkSource {
  /** The next bytes in `into`: as many as fit, fewer only at the end; empty at the end. */
  fill(into: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A stream's pieces copied into the buffers given. */
export function streamSource(stream: ByteStream): ChunkSource {
  const iterator = stream[Symbol.asyncIterator]();
  let piece: Uint8Array = new Uint8Array(0);
  let ended = false;
  return {
    async fill(into) {
      let filled = 0;
      while (filled < into.length) {
        if (piece.length === 0) {
          const next = ended ? undefined : await iterator.next();
          if (!next || next.done) {
            ended = true;
            break;
          }
          piece = next.value;
          continue;
        }
        const take = Math.min(piece.length, into.length - filled);
        into.set(piece.subarray(0, take), filled);
        piece = piece.subarray(take);
        filled += take;
      }
      return into.subarray(0, filled);
    },
    async close() {
      await iterator.return?.(undefined);
    },
  };
}

/** A file read straight into the buffers given (no buffer allocated per chunk: fresh memory costs page faults). */
export async function fileSource(path: string): Promise<ChunkSource> {
  const handle = await open(path, "r");
  let position = 0;
  return {
    async fill(into) {
      let filled = 0;
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, position);
        if (bytesRead === 0) {
          break;
        }
        filled += bytesRead;
        position += bytesRead;
      }
      return into.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
