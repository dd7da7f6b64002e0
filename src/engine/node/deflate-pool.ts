// Deflating chunks of an entry in parallel on worker threads, as pigz does: each chunk is coded on its own and ends
// byte-aligned without the final bit, so the chunks, joined in order, are one deflate stream whatever thread coded
// them. The output depends on the input only, never on the number of threads.
//
// Chunks travel through slots of one shared buffer, each with room for a chunk and its deflated form: a worker
// reads the chunk and writes its output in place, and the caller writes the output from there. Nothing is
// allocated per chunk (fresh memory for each chunk cost more, in page faults, than the coding itself).
import { availableParallelism } from "node:os";
import { type MessagePort, Worker } from "node:worker_threads";
import type * as zlib from "node:zlib";
import {
  deflatedBound,
  HUFFMAN_DEFLATE_FUNCTIONS,
  huffmanChunk,
  type HuffmanScratch,
  huffmanScratch,
  warmUpHuffman,
} from "../bytes/huffman-deflate.js";

/** How a chunk is coded: one Huffman code for its bytes (huffman-deflate.ts), or zlib at a level. */
export type ChunkCoding = "huffman" | "zlib";

export interface ChunkTask {
  readonly data: Uint8Array;
  readonly coding: ChunkCoding;
  readonly level: number;
  /** zlib: the 32 KiB before the chunk, so that matches reach back into the previous chunk (as pigz does). */
  readonly dictionary?: Uint8Array | undefined;
}

/** A thread's tables for Huffman coding (made, and the code warmed up, on its first Huffman chunk). */
export interface ThreadState {
  scratch: HuffmanScratch | undefined;
}

/**
 * One chunk deflated into `out` (deflatedBound of its size), not final, ending on a byte boundary: what the workers
 * run, and the calling thread without them. Returns the part of `out` written.
 */
export function deflateChunk(task: ChunkTask, out: Uint8Array, state: ThreadState, z: typeof zlib, warm: boolean): Uint8Array {
  if (task.coding === "huffman") {
    if (!state.scratch) {
      state.scratch = huffmanScratch();
      if (warm) {
        warmUpHuffman(state.scratch);
      }
    }
    return huffmanChunk(task.data, state.scratch, out);
  }
  const options: zlib.ZlibOptions = { level: task.level, finishFlush: z.constants.Z_SYNC_FLUSH };
  const deflated = z.deflateRawSync(task.data, task.dictionary ? { ...options, dictionary: task.dictionary } : options);
  if (deflated.length > out.length) {
    throw new Error(`deflate produced ${deflated.length} bytes for ${task.data.length} (room for ${out.length})`);
  }
  out.set(deflated);
  return out.subarray(0, deflated.length);
}

interface Request {
  readonly slot: number;
  readonly length: number;
  readonly coding: ChunkCoding;
  readonly level: number;
  readonly dictionary: Uint8Array | undefined;
}

type Reply = { readonly slot: number; readonly length: number; readonly crc: number } | { readonly slot: number; readonly error: string };

/**
 * A worker's loop over requests naming a slot of the shared buffer: the chunk is at its start, the output goes
 * after it; the reply has the output's length and the chunk's CRC-32.
 */
function serveChunks(port: MessagePort, shared: SharedArrayBuffer, slotSize: number, chunkSize: number, z: typeof zlib): void {
  const state: ThreadState = { scratch: undefined };
  port.on("message", (request: Request) => {
    try {
      const base = request.slot * slotSize;
      const data = new Uint8Array(shared, base, request.length);
      const task = { data, coding: request.coding, level: request.level, dictionary: request.dictionary };
      const out = deflateChunk(task, new Uint8Array(shared, base + chunkSize, slotSize - chunkSize), state, z, true);
      port.postMessage({ slot: request.slot, length: out.length, crc: z.crc32(data) });
    } catch (error) {
      port.postMessage({ slot: request.slot, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/**
 * The workers run the source of these functions, so that they need no module file of their own: they work the same
 * from dist/, from the bundled CLI and from the TypeScript sources. (`__name` is what esbuild's keepNames adds.)
 */
const WORKER_SOURCE = [
  '"use strict";',
  "const __name = (f) => f;",
  ...[...HUFFMAN_DEFLATE_FUNCTIONS, deflateChunk, serveChunks].map(String),
  "const { parentPort, workerData } = require('node:worker_threads');",
  `${serveChunks.name}(parentPort, workerData.shared, workerData.slotSize, workerData.chunkSize, require("node:zlib"));`,
].join("\n");

/** A place for one chunk on its way through the pool: fill `input`, then hand it to deflate(). */
export interface Slot {
  readonly index: number;
  /** Room for a chunk (the pool's chunk size). */
  readonly input: Uint8Array;
}

/** A chunk's deflated bytes, in its slot until released, and the chunk's CRC-32. */
export interface Deflated {
  readonly bytes: Uint8Array;
  readonly crc: number;
  /** Gives the slot back (after the bytes are written). */
  release(): void;
}

interface Job {
  readonly request: Request;
  readonly resolve: (out: Deflated) => void;
  readonly reject: (error: Error) => void;
}

/** The default number of threads: the cores the process may use, up to 16 (more wait for the hashing thread). */
export function defaultDeflateThreads(): number {
  return Math.min(availableParallelism(), 16);
}

/**
 * Deflates chunks of up to `chunkSize` bytes on `threads` workers (at least one), started on first use. Idle
 * workers do not keep the process alive; close() ends them.
 */
export class DeflatePool {
  readonly threads: number;
  /** How many chunks can be on their way at once (a slot each). */
  readonly slots: number;
  private readonly chunkSize: number;
  private readonly slotSize: number;
  private shared: SharedArrayBuffer | undefined;
  private readonly freeSlots: number[] = [];
  private readonly waitingForSlot: (() => void)[] = [];
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private failure: Error | undefined;
  private closing = false;

  constructor(chunkSize: number, threads = defaultDeflateThreads()) {
    this.threads = Math.max(1, Math.floor(threads));
    this.slots = this.threads + 2;
    this.chunkSize = (chunkSize + 3) & ~3;
    this.slotSize = this.chunkSize + deflatedBound(chunkSize);
  }

  /** A free slot (waits for one). */
  async acquire(): Promise<Slot> {
    if (!this.shared) {
      this.shared = new SharedArrayBuffer(this.slots * this.slotSize);
      this.freeSlots.push(...Array.from({ length: this.slots }, (_, i) => this.slots - 1 - i));
    }
    while (this.freeSlots.length === 0 && !this.failure) {
      await new Promise<void>((resolve) => this.waitingForSlot.push(resolve));
    }
    if (this.failure) {
      throw this.failure;
    }
    const index = this.freeSlots.pop() as number;
    return { index, input: new Uint8Array(this.shared, index * this.slotSize, this.chunkSize) };
  }

  /** Gives a slot back unused. */
  release(slot: Slot): void {
    this.releaseSlot(slot.index);
  }

  private releaseSlot(index: number): void {
    this.freeSlots.push(index);
    this.waitingForSlot.shift()?.();
  }

  /** The first `length` bytes of the slot's input deflated on a worker; the slot is the result's until released. */
  deflate(slot: Slot, length: number, coding: ChunkCoding, level: number, dictionary?: Uint8Array): Promise<Deflated> {
    const request: Request = { slot: slot.index, length, coding, level, dictionary };
    return new Promise<Deflated>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.all.length < this.threads ? this.spawn() : undefined);
      if (!worker) {
        return;
      }
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { shared: this.shared, slotSize: this.slotSize, chunkSize: this.chunkSize },
    });
    this.all.push(worker);
    worker.on("message", (reply: Reply) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (job) {
        if ("error" in reply) {
          this.releaseSlot(reply.slot);
          job.reject(new Error(`deflate worker: ${reply.error}`));
        } else {
          const bytes = new Uint8Array(this.shared as SharedArrayBuffer, reply.slot * this.slotSize + this.chunkSize, reply.length);
          let released = false;
          job.resolve({
            bytes,
            crc: reply.crc,
            release: () => {
              if (!released) {
                released = true;
                this.releaseSlot(reply.slot);
              }
            },
          });
        }
      }
      this.dispatch();
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const job of [...this.running.values(), ...this.queue.splice(0)]) {
        job.reject(this.failure);
      }
      this.running.clear();
      for (const wake of this.waitingForSlot.splice(0)) {
        wake();
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0 && !this.closing) {
        fail(new Error(`deflate worker stopped (exit code ${code})`));
      }
    });
    return worker;
  }

  /** Ends the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.splice(0).map((worker) => worker.terminate()));
    this.idle.length = 0;
  }
}
