// Deflating the chunks of an entry in parallel on worker threads (deflate-chunks.ts): joined in order, they are one
// deflate stream whatever thread coded them; the output depends on the input only, never on the number of threads.
//
// Chunks travel through slots of one shared WebAssembly memory, each with room for a chunk and its deflated form: a
// worker's Huffman coder reads the chunk and writes its output there (each worker has its tables after the slots),
// and the caller writes the output from there. Nothing is allocated or copied per chunk (fresh memory for each
// chunk cost more, in page faults, than the coding itself; copying each chunk into a coder's own memory and its
// output out again took 149 ms beside the packer's 460 ms when packaging 512 MiB).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type ChunkCoding,
  deflatedBound,
  HUFFMAN_THREAD_BYTES,
  sharedBufferOf,
  type ChunkReply,
  type ChunkServer,
  type ChunkRequest,
  serveChunks,
  WORKER_FUNCTIONS,
} from "./deflate-chunks.js";

/**
 * The workers run the source of these functions, so that they need no module file of their own: they work the same
 * from dist/, from the bundled CLI and from the TypeScript sources. (`__name` is what esbuild's keepNames adds.)
 */
const WORKER_SOURCE = [
  '"use strict";',
  "const __name = (f) => f;",
  ...WORKER_FUNCTIONS.map(String),
  "const { parentPort, workerData } = require('node:worker_threads');",
  `${serveChunks.name}(parentPort, workerData, require("node:zlib"));`,
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
  readonly request: ChunkRequest;
  readonly resolve: (out: Deflated) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The default number of deflating threads: one fewer than the cores the process may use (the calling thread, which
 * reads, hashes and writes, takes the last), at least one, up to 16 (more wait for the hashing). On 2 cores a second
 * deflating thread cost more in start-up and switching than it gained (bench/io.ts).
 */
export function defaultDeflateThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 16));
}

/**
 * Chunks a worker holds at once: one it codes and one waiting in its port, so that it goes on to the next without
 * waiting for the calling thread, busy hashing, to read its reply and send another. (With one, the thread slept a
 * third of its time on 2 cores; two saved about 2% of a packaging of 512 MiB.)
 */
const JOBS_PER_THREAD = 2;

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
  /** The slots, then each worker's tables. */
  private memory: { readonly memory: WebAssembly.Memory; readonly shared: SharedArrayBuffer } | undefined;
  private readonly freeSlots: number[] = [];
  private readonly waitingForSlot: (() => void)[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  /** Each worker's chunks, in the order it codes them (and replies). */
  private readonly running = new Map<Worker, Job[]>();
  private failure: Error | undefined;
  private closing = false;

  constructor(chunkSize: number, threads = defaultDeflateThreads()) {
    this.threads = Math.max(1, Math.floor(threads));
    // a chunk per thread and a few more on their way (read ahead, waiting to be written, being written), so that
    // a slow read or write does not stall the threads
    this.slots = this.threads + 6;
    this.chunkSize = (chunkSize + 3) & ~3;
    this.slotSize = this.chunkSize + deflatedBound(chunkSize);
  }

  /**
   * Starts every thread now rather than on first use: they boot, warm up and touch the slots (a few tens of
   * milliseconds each) while the caller does other work. Idle, they do not keep the process alive.
   */
  start(): this {
    while (this.all.length < this.threads) {
      this.spawn();
    }
    return this;
  }

  private allocate(): { readonly memory: WebAssembly.Memory; readonly shared: SharedArrayBuffer } {
    if (!this.memory) {
      const pages = Math.ceil((this.slots * this.slotSize + this.threads * HUFFMAN_THREAD_BYTES) / 65536);
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      this.memory = { memory, shared: sharedBufferOf(memory) };
      this.freeSlots.push(...Array.from({ length: this.slots }, (_, i) => this.slots - 1 - i));
    }
    return this.memory;
  }

  /** A free slot (waits for one). */
  async acquire(): Promise<Slot> {
    const { shared } = this.allocate();
    while (this.freeSlots.length === 0 && !this.failure) {
      await new Promise<void>((resolve) => this.waitingForSlot.push(resolve));
    }
    if (this.failure) {
      throw this.failure;
    }
    const index = this.freeSlots.pop() as number;
    return { index, input: new Uint8Array(shared, index * this.slotSize, this.chunkSize) };
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
    const request: ChunkRequest = { slot: slot.index, length, coding, level, dictionary };
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
      const worker = this.leastBusy();
      if (!worker) {
        return;
      }
      const job = this.queue.shift() as Job;
      this.running.get(worker)?.push(job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  /** The worker with the fewest chunks, under JOBS_PER_THREAD (a new one while all have one and more may start). */
  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    let fewest = JOBS_PER_THREAD;
    for (const [worker, jobs] of this.running) {
      if (jobs.length < fewest) {
        best = worker;
        fewest = jobs.length;
      }
    }
    return fewest > 0 && this.all.length < this.threads ? this.spawn() : best;
  }

  private spawn(): Worker {
    const thread = this.all.length;
    const workerData: ChunkServer = {
      memory: this.allocate().memory,
      tables: this.slots * this.slotSize + thread * HUFFMAN_THREAD_BYTES,
      slotSize: this.slotSize,
      chunkSize: this.chunkSize,
      slots: this.slots,
      thread,
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    worker.on("message", (reply: ChunkReply) => {
      const jobs = this.running.get(worker) ?? [];
      const job = jobs.shift();
      if (jobs.length === 0) {
        worker.unref();
      }
      if (job) {
        if ("error" in reply) {
          this.releaseSlot(reply.slot);
          job.reject(new Error(`deflate worker: ${reply.error}`));
        } else {
          const bytes = new Uint8Array(this.allocate().shared, reply.slot * this.slotSize + this.chunkSize, reply.length);
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
    this.all.push(worker);
    this.running.set(worker, []);
    return this.watch(worker);
  }

  /** A failed thread fails every chunk on its way and every later call. */
  private watch(worker: Worker): Worker {
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const job of [...[...this.running.values()].flatMap((jobs) => jobs.splice(0)), ...this.queue.splice(0)]) {
        job.reject(this.failure);
      }
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
    this.running.clear();
    await Promise.all(this.all.splice(0).map((worker) => worker.terminate()));
  }
}
