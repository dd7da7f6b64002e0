// Deflate (RFC 1951) in independent chunks, as pigz does: each chunk is coded on its own and ends on a byte boundary
// after an empty stored block (a "sync flush"), without the final bit, so chunks coded on different threads join
// into one stream; DEFLATE_END closes it. Besides zlib, a coding of its own for bytes whose redundancy is in which
// values occur, not in repeats: float weights, whose exponent bytes take few values while the mantissa bytes look
// random. There zlib's match search costs nearly all its time and gains nothing that one Huffman code for the
// chunk's bytes does not gain too, at a tenth of the cost.
//
// A worker thread runs the source of these functions (WORKER_FUNCTIONS), so they call nothing outside this file but
// node:zlib, which is passed in.
import type { MessagePort } from "node:worker_threads";
import type * as zlib from "node:zlib";

/** Closes a stream of chunks: an empty final block with the fixed code (BFINAL=1, BTYPE=01, end-of-block). */
export const DEFLATE_END: Uint8Array = Uint8Array.of(0x03, 0x00);

/** Huffman code lengths for `freq` (0: the symbol does not occur), none longer than `limit` bits; deterministic. */
export function huffmanLengths(freq: ArrayLike<number>, limit: number): Uint8Array {
  const lengths = new Uint8Array(freq.length);
  const symbols: number[] = [];
  for (let s = 0; s < freq.length; s++) {
    if ((freq[s] ?? 0) > 0) {
      symbols.push(s);
    }
  }
  const m = symbols.length;
  if (m === 1) {
    lengths[symbols[0] as number] = 1; // one symbol still takes one bit
  }
  if (m <= 1) {
    return lengths;
  }
  let weights = symbols.map((s) => freq[s] as number);
  for (;;) {
    // leaves by (weight, symbol); internal nodes are made in order of weight: two queues suffice
    const order = weights.map((_, i) => i).sort((a, b) => (weights[a] as number) - (weights[b] as number) || a - b);
    const weight = new Float64Array(2 * m - 1);
    const parent = new Int32Array(2 * m - 1);
    for (let i = 0; i < m; i++) {
      weight[i] = weights[order[i] as number] as number;
    }
    let leaf = 0;
    let internal = m;
    for (let next = m; next < 2 * m - 1; next++) {
      for (let k = 0; k < 2; k++) {
        const child = leaf < m && (internal >= next || (weight[leaf] as number) <= (weight[internal] as number)) ? leaf++ : internal++;
        weight[next] = (weight[next] as number) + (weight[child] as number);
        parent[child] = next;
      }
    }
    // a parent is made after its children: walking down from the root gives every depth
    const depth = new Uint8Array(2 * m - 1);
    let longest = 0;
    for (let i = 2 * m - 3; i >= 0; i--) {
      depth[i] = (depth[parent[i] as number] as number) + 1;
    }
    for (let i = 0; i < m; i++) {
      lengths[symbols[order[i] as number] as number] = depth[i] as number;
      longest = Math.max(longest, depth[i] as number);
    }
    if (longest <= limit) {
      return lengths;
    }
    weights = weights.map((w) => (w >>> 1) | 1); // flatter weights give a shallower tree; all ones is balanced
  }
}

/** The canonical codes of `lengths` (RFC 1951 3.2.2), bit-reversed: deflate sends codes from their top bit. */
export function canonicalCodes(lengths: Uint8Array): Int32Array {
  const count = new Int32Array(16);
  for (const length of lengths) {
    count[length] = (count[length] as number) + 1;
  }
  count[0] = 0;
  const next = new Int32Array(16);
  let code = 0;
  for (let bits = 1; bits < 16; bits++) {
    code = (code + (count[bits - 1] as number)) << 1;
    next[bits] = code;
  }
  const codes = new Int32Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const length = lengths[s] as number;
    if (length > 0) {
      let forward = next[length] as number;
      next[length] = forward + 1;
      let reversed = 0;
      for (let b = 0; b < length; b++) {
        reversed = (reversed << 1) | (forward & 1);
        forward >>>= 1;
      }
      codes[s] = reversed;
    }
  }
  return codes;
}

/**
 * How often each byte value occurs in `data`, counted in blocks of 4 KiB, every `stride`-th block (1: every byte).
 * Four counters in turn: fewer stalls on repeated values.
 */
export function byteHistogram(data: Uint8Array, stride = 1): Int32Array {
  const a = new Int32Array(256);
  const b = new Int32Array(256);
  const c = new Int32Array(256);
  const d = new Int32Array(256);
  // whole words where aligned (the order of the bytes in a word does not matter for counting)
  const words = data.byteOffset % 4 === 0 ? new Int32Array(data.buffer, data.byteOffset, data.length >>> 2) : undefined;
  for (let start = 0; start < data.length; start += 4096 * stride) {
    const end = Math.min(start + 4096, data.length);
    let i = start;
    if (words) {
      const last = end >>> 2;
      for (let k = start >>> 2; k < last; k++) {
        const w = words[k] as number;
        a[w & 0xff] = (a[w & 0xff] as number) + 1;
        b[(w >>> 8) & 0xff] = (b[(w >>> 8) & 0xff] as number) + 1;
        c[(w >>> 16) & 0xff] = (c[(w >>> 16) & 0xff] as number) + 1;
        d[w >>> 24] = (d[w >>> 24] as number) + 1;
      }
      i = last << 2;
    }
    for (; i < end; i++) {
      a[data[i] as number] = (a[data[i] as number] as number) + 1;
    }
  }
  for (let v = 0; v < 256; v++) {
    a[v] = (a[v] as number) + (b[v] as number) + (c[v] as number) + (d[v] as number);
  }
  return a;
}

/**
 * The literal code lengths for a histogram of bytes: 256 byte values and end-of-block (symbol 256). At most 13 bits,
 * so that the codes of two bytes and their length fit one 32-bit table entry (a longer limit gains next to nothing).
 */
export function literalLengths(histogram: Int32Array): Uint8Array {
  const freq = new Int32Array(257);
  freq.set(histogram);
  freq[256] = 1;
  return huffmanLengths(freq, 13);
}

/** Bits of a chunk's coded bytes and end-of-block, without its block header (for choosing how to compress). */
export function huffmanBits(histogram: Int32Array, lengths: Uint8Array): number {
  let bits = lengths[256] as number;
  for (let v = 0; v < 256; v++) {
    bits += (histogram[v] as number) * (lengths[v] as number);
  }
  return bits;
}

/**
 * The loops of huffmanChunk as a WebAssembly module: with a 64-bit accumulator flushed twice for each 8 bytes of
 * input and without a branch, V8 runs the packing about twice as fast as a loop in JavaScript, whose 32-bit
 * accumulator must be flushed by a branch after each pair of bytes (one the processor mispredicts half the time);
 * 8 bytes a step rather than 4 saved a fifth of its time (fewer loads and loop tests). `pack(in, end, out, limit,
 * acc, n)` codes the 64-bit words in [in, end) two bytes at a time through the pair table at `table`, after `n` bits
 * pending in `acc`, into bytes from `out`, and stops early once the output passes `limit` (it writes up to 24 bytes
 * past it); it returns where the output ends, with the bits still pending (fewer than 8) stored there, their count
 * in the global `bits` and where the input stopped in the global `stopped`. `fill(codes, lengths)` makes that table
 * for each chunk: for each pair of bytes (first byte low), their codes, first code low (26 bits), and their length
 * above. It imports its memory (`shared`: a shared one, which threads use at once, each with a table of its own), so
 * that chunks can be coded where they are.
 *
 * The code is written in WebAssembly's text format and assembled here: only the instructions it uses.
 */
export function packerModule(table: number, shared: boolean): Uint8Array<ArrayBuffer> {
  const locals = ["in", "end", "out", "limit", "acc32", "n32", "word", "acc", "n", "entry"]; // 6 i32 parameters, 4 i64
  const pair = (index: string): string => `
    ${index} i32.const 2 i32.shl i64.load32_u@table local.set entry
    local.get acc local.get entry i64.const 0x3ffffff i64.and local.get n i64.shl i64.or local.set acc
    local.get n local.get entry i64.const 26 i64.shr_u i64.add local.set n`;
  // the whole bytes of the accumulator out (8 bytes are written, the output moves past the whole ones): fewer than
  // 8 bits stay, room for two pairs (26 bits at most each)
  const flush = `
    local.get out local.get acc i64.store
    local.get out local.get n i64.const 3 i64.shr_u i32.wrap_i64 i32.add local.set out
    local.get acc local.get n i64.const 56 i64.and i64.shr_u local.set acc
    local.get n i64.const 7 i64.and local.set n`;
  const text = `
    local.get acc32 i64.extend_i32_u local.set acc local.get n32 i64.extend_i32_u local.set n
    ${flush}
    block local.get in local.get end i32.ge_u br_if 0
      loop
        local.get in i64.load local.set word
        ${pair("local.get word i32.wrap_i64 i32.const 0xffff i32.and")}
        ${pair("local.get word i32.wrap_i64 i32.const 16 i32.shr_u")}
        ${flush}
        ${pair("local.get word i64.const 32 i64.shr_u i32.wrap_i64 i32.const 0xffff i32.and")}
        ${pair("local.get word i64.const 48 i64.shr_u i32.wrap_i64")}
        ${flush}
        local.get in i32.const 8 i32.add local.tee in local.get end i32.lt_u
        local.get out local.get limit i32.lt_u
        i32.and br_if 0
      end
    end
    local.get out local.get acc i64.store
    local.get n i32.wrap_i64 global.set 0
    local.get in global.set 1
    local.get out end`;
  const uleb = (value: number): number[] => {
    const out: number[] = [];
    do {
      out.push((value & 0x7f) | (value >>> 7 === 0 ? 0 : 0x80));
      value >>>= 7;
    } while (value !== 0);
    return out;
  };
  const opcodes: Record<string, number[]> = {
    block: [0x02, 0x40],
    loop: [0x03, 0x40],
    end: [0x0b],
    br_if: [0x0d],
    "local.get": [0x20],
    "local.set": [0x21],
    "local.tee": [0x22],
    "global.set": [0x24],
    "i32.load": [0x28, 2, 0],
    "i64.load": [0x29, 3, 0], // 8-byte words (alignment is only a hint)
    "i32.load8_u": [0x2d, 0, 0],
    "i32.store@table": [0x36, 2, ...uleb(table)],
    "i32.or": [0x72],
    "i64.load32_u@table": [0x35, 2, ...uleb(table)],
    "i64.store": [0x37, 0, 0], // not aligned
    "i32.const": [0x41],
    "i64.const": [0x42],
    "i32.ge_u": [0x4f],
    "i32.lt_u": [0x49],
    "i32.add": [0x6a],
    "i32.and": [0x71],
    "i32.shl": [0x74],
    "i32.shr_u": [0x76],
    "i64.add": [0x7c],
    "i64.and": [0x83],
    "i64.or": [0x84],
    "i64.shl": [0x86],
    "i64.shr_u": [0x88],
    "i32.wrap_i64": [0xa7],
    "i64.extend_i32_u": [0xad],
  };
  const sleb = (value: number): number[] => (value >= 0x40 ? [(value & 0x7f) | 0x80, ...sleb(value >>> 7)] : [value]); // >= 0 only
  /** A function's body: its locals declared (`declared`, as the binary format counts them), then `code` assembled. */
  const assemble = (code: string, names: readonly string[], declared: readonly number[]): number[] => {
    const body: number[] = [...declared];
    const tokens = code
      .replace(/;;[^\n]*/g, "")
      .trim()
      .split(/\s+/);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as string;
      const op = opcodes[token];
      if (op === undefined) {
        throw new Error(`packer: unknown instruction ${token}`);
      }
      body.push(...op);
      if (token.startsWith("local.")) {
        body.push(names.indexOf(tokens[++t] as string));
      } else if (token.endsWith(".const")) {
        body.push(...sleb(Number(tokens[++t])));
      } else if (token === "br_if" || token === "global.set") {
        body.push(Number(tokens[++t]));
      }
    }
    return [...uleb(body.length), ...body];
  };
  const pack = assemble(text, locals, [1, 4, 0x7e]); // 4 i64
  // fill(codes, lengths): the pair table from the codes (i32 each) and lengths (a byte each) of the 256 bytes
  const fill = assemble(
    `
    loop
      local.get lengths local.get b i32.add i32.load8_u local.set lb
      local.get codes local.get b i32.const 2 i32.shl i32.add i32.load local.set cb
      i32.const 0 local.set a
      local.get b i32.const 10 i32.shl local.set at
      loop
        local.get lengths local.get a i32.add i32.load8_u local.set la
        local.get at
        local.get codes local.get a i32.const 2 i32.shl i32.add i32.load
        local.get cb local.get la i32.shl i32.or
        local.get la local.get lb i32.add i32.const 26 i32.shl i32.or
        i32.store@table
        local.get at i32.const 4 i32.add local.set at
        local.get a i32.const 1 i32.add local.tee a i32.const 256 i32.lt_u br_if 0
      end
      local.get b i32.const 1 i32.add local.tee b i32.const 256 i32.lt_u br_if 0
    end
    end`,
    ["codes", "lengths", "b", "a", "lb", "la", "cb", "at"],
    [1, 6, 0x7f], // 6 i32
  );
  const name = (text: string): number[] => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
  const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [2, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f, 0x60, 2, 0x7f, 0x7f, 0]), // 6 i32 -> i32; 2 i32 -> none
    // env.memory: a shared one declares its maximum (all of wasm32's), a private one only its minimum
    ...section(2, [1, ...name("env"), ...name("memory"), 0x02, ...(shared ? [0x03, 1, ...uleb(65536)] : [0x00, 1])]),
    ...section(3, [2, 0, 1]), // pack and fill, of those types
    ...section(6, [2, 0x7f, 0x01, 0x41, 0x00, 0x0b, 0x7f, 0x01, 0x41, 0x00, 0x0b]), // bits and stopped: mutable i32s, 0
    ...section(7, [4, ...name("pack"), 0x00, 0, ...name("fill"), 0x00, 1, ...name("bits"), 0x03, 0, ...name("stopped"), 0x03, 1]),
    ...section(10, [2, ...pack, ...fill]),
  ]);
}

/** Room for the coded form of a chunk of `capacity` bytes: deflatedBound, and what the packer writes past it. */
function codedRoom(capacity: number): number {
  return deflatedBound(capacity) + 64;
}

/**
 * Where a scratch's parts lie in the packer's memory, from `tables`: the pair table (65536 entries of 4 bytes), the
 * chunk's codes (257 of 4 bytes) and their lengths, then room for a chunk of `capacity` bytes at `input` and its
 * coded form, up to `end`. A shared memory's scratch has room for the chunks of warmUpHuffman only (bigger ones are
 * coded where they are); a private one grows (reserve).
 */
function scratchLayout(tables: number, shared: boolean): { codes: number; lengths: number; input: number; capacity: number; end: number } {
  const codes = tables + (1 << 18);
  const input = codes + 4096;
  const capacity = shared ? 4096 : 0;
  return { codes, lengths: codes + 2048, input, capacity, end: input + capacity + codedRoom(capacity) };
}

/** Bytes a thread needs of a shared memory (huffmanScratch's `at`). */
export const HUFFMAN_THREAD_BYTES = scratchLayout(0, true).end;

/**
 * What huffmanChunk reuses from chunk to chunk (making it each time would cost more than the coding): the packer's
 * instance and its memory, which holds the tables at `tables`, then room for a chunk at `input` and its coded form
 * after it. A private memory grows as chunks need; a shared one is the pool's: its chunks are coded where they are.
 */
export interface HuffmanScratch {
  readonly pack: (input: number, end: number, out: number, limit: number, acc: number, n: number) => number;
  readonly fill: (codes: number, lengths: number) => void;
  readonly bits: WebAssembly.Global;
  readonly stopped: WebAssembly.Global;
  readonly memory: WebAssembly.Memory;
  /** The shared memory's buffer (it never grows): chunks and outputs in it are not copied. */
  readonly shared: SharedArrayBuffer | undefined;
  /** Where the chunk's codes and their lengths go (scratchLayout). */
  readonly codes: number;
  readonly lengths: number;
  readonly input: number;
  /** The largest chunk the room at `input` takes. */
  capacity: number;
}

/** The buffer of a shared WebAssembly memory (typed as an ArrayBuffer by TypeScript's library). */
export function sharedBufferOf(memory: WebAssembly.Memory): SharedArrayBuffer {
  const buffer: unknown = memory.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) {
    throw new Error("expected a shared WebAssembly memory");
  }
  return buffer;
}

/** A scratch with a private memory, or one using `shared` from `at` (HUFFMAN_THREAD_BYTES of it). */
export function huffmanScratch(shared?: { readonly memory: WebAssembly.Memory; readonly at: number }): HuffmanScratch {
  const memory = shared?.memory ?? new WebAssembly.Memory({ initial: 1 });
  const tables = shared?.at ?? 0;
  const { codes, lengths, input, capacity } = scratchLayout(tables, shared !== undefined);
  const module = new WebAssembly.Module(packerModule(tables, shared !== undefined));
  const { exports } = new WebAssembly.Instance(module, { env: { memory } });
  return {
    pack: exports.pack as HuffmanScratch["pack"],
    fill: exports.fill as HuffmanScratch["fill"],
    bits: exports.bits as WebAssembly.Global,
    stopped: exports.stopped as WebAssembly.Global,
    memory,
    shared: shared ? sharedBufferOf(memory) : undefined,
    codes,
    lengths,
    input,
    capacity,
  };
}

/** Room at `input` for a chunk of `n` bytes and its coded form (a private memory grows; a shared one has what it has). */
function reserve(scratch: HuffmanScratch, n: number): void {
  if (n <= scratch.capacity) {
    return;
  }
  if (scratch.shared) {
    throw new Error(`huffmanChunk: a chunk of ${n} bytes outside the shared memory (room for ${scratch.capacity})`);
  }
  const capacity = Math.max(n, 1 << 16);
  const pages = Math.ceil((scratch.input + capacity + codedRoom(capacity) - scratch.memory.buffer.byteLength) / 65536);
  if (pages > 0) {
    scratch.memory.grow(pages);
  }
  scratch.capacity = capacity;
}

/** Where huffmanChunk writes: whole little-endian 32-bit words, `n` bits pending in `acc`. */
interface BitSink {
  readonly view: DataView;
  pos: number;
  acc: number;
  n: number;
}

/** Appends the low `length` (<= 30) bits of `value`. */
function putBits(sink: BitSink, value: number, length: number): void {
  sink.acc |= value << sink.n;
  sink.n += length;
  if (sink.n >= 32) {
    sink.view.setInt32(sink.pos, sink.acc, true);
    sink.pos += 4;
    sink.n -= 32;
    sink.acc = value >>> (length - sink.n);
  }
}

/**
 * The header of a dynamic block with these literal lengths and two one-bit distance codes (no distance is ever
 * sent, but inflaters want a distance code): HLIT, HDIST, HCLEN, the code-length code, the lengths run-length coded.
 */
function putDynamicHeader(sink: BitSink, literal: Uint8Array): void {
  const all = [...literal, 1, 1];
  const symbols: number[] = []; // code-length symbol, extra bits value, extra bit count
  for (let i = 0; i < all.length;) {
    const value = all[i] as number;
    let run = 1;
    while (i + run < all.length && all[i + run] === value) {
      run++;
    }
    if (value === 0 && run >= 11) {
      const k = Math.min(run, 138);
      symbols.push(18, k - 11, 7);
      i += k;
    } else if (value === 0 && run >= 3) {
      symbols.push(17, run - 3, 3);
      i += run;
    } else {
      symbols.push(value, 0, 0);
      i++;
      for (let left = value === 0 ? 0 : run - 1; left >= 3;) {
        const k = Math.min(left, 6);
        symbols.push(16, k - 3, 2);
        i += k;
        left -= k;
      }
    }
  }
  const freq = new Int32Array(19);
  for (let j = 0; j < symbols.length; j += 3) {
    freq[symbols[j] as number] = (freq[symbols[j] as number] as number) + 1;
  }
  if (freq.filter((f) => f > 0).length < 2) {
    freq[freq[0] === 0 ? 0 : 1] = 1; // the code-length code must be complete: two symbols at least
  }
  const lengths = huffmanLengths(freq, 7);
  const codes = canonicalCodes(lengths);
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  let hclen = 19;
  while (hclen > 4 && lengths[order[hclen - 1] as number] === 0) {
    hclen--;
  }
  putBits(sink, 2 << 1, 3); // BFINAL=0, BTYPE=10 (dynamic)
  putBits(sink, literal.length - 257, 5);
  putBits(sink, 2 - 1, 5);
  putBits(sink, hclen - 4, 4);
  for (let j = 0; j < hclen; j++) {
    putBits(sink, lengths[order[j] as number] as number, 3);
  }
  for (let j = 0; j < symbols.length; j += 3) {
    const symbol = symbols[j] as number;
    putBits(sink, codes[symbol] as number, lengths[symbol] as number);
    if ((symbols[j + 2] as number) > 0) {
      putBits(sink, symbols[j + 1] as number, symbols[j + 2] as number);
    }
  }
}

/**
 * Room enough for a chunk of `n` bytes deflated by huffmanChunk, or by zlib with a sync flush (whose bound is
 * n + n/4096 + n/16384 + 13 and the flush), aligned to 4 bytes.
 */
export function deflatedBound(n: number): number {
  return (n + (n >>> 10) + 64) & ~3;
}

/** `data` as stored blocks of at most 65535 bytes (not final) in `out`, for chunks that coding would not shrink. */
export function storedChunk(data: Uint8Array, out: Uint8Array = new Uint8Array(deflatedBound(data.length))): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff));
  let pos = 0;
  for (let b = 0; b < blocks; b++) {
    const piece = data.subarray(b * 0xffff, (b + 1) * 0xffff);
    out[pos] = 0; // BFINAL=0, BTYPE=00, then padding to the byte
    out[pos + 1] = piece.length & 0xff;
    out[pos + 2] = piece.length >>> 8;
    out[pos + 3] = ~piece.length & 0xff;
    out[pos + 4] = (~piece.length >>> 8) & 0xff;
    out.set(piece, pos + 5);
    pos += 5 + piece.length;
  }
  return out.subarray(0, pos);
}

/**
 * `data` as one dynamic Huffman block of literals (stored blocks when that is not smaller), not final, ending on a
 * byte boundary: chunks coded this way, one after the other and then DEFLATE_END, are one deflate stream. Written
 * into `out` (at least deflatedBound(data.length) bytes, aligned to 4); returns the part written.
 */
export function huffmanChunk(
  data: Uint8Array,
  scratch: HuffmanScratch = huffmanScratch(),
  out: Uint8Array = new Uint8Array(deflatedBound(data.length)),
): Uint8Array {
  // the code comes from a sixteenth of the chunk (every sixteenth block of 4 KiB), every byte value counted once at least
  const histogram = byteHistogram(data, 16);
  let counted = 0;
  for (let v = 0; v < 256; v++) {
    counted += histogram[v] as number;
    histogram[v] = (histogram[v] as number) + 1;
  }
  const literal = literalLengths(histogram);
  // the header takes under 300 bytes; the sync flush's stored block 5 bytes and up to 7 bits before it
  if (((huffmanBits(histogram, literal) / 8) * data.length) / Math.max(counted, 1) + 300 >= data.length) {
    return storedChunk(data, out);
  }
  const codes = canonicalCodes(literal);
  // a chunk and its output in the shared memory are coded where they are; others are copied in and out
  const inPlace = scratch.shared !== undefined && data.buffer === scratch.shared && out.buffer === scratch.shared;
  if (!inPlace) {
    reserve(scratch, data.length);
  }
  const memory = scratch.memory.buffer;
  const input = inPlace ? data.byteOffset : scratch.input;
  const output = inPlace ? out.byteOffset : scratch.input + scratch.capacity;
  const room = inPlace ? out.length : codedRoom(scratch.capacity);
  if (!inPlace) {
    new Uint8Array(memory).set(data, input);
  }
  new Int32Array(memory, scratch.codes, 257).set(codes);
  new Uint8Array(memory, scratch.lengths, 257).set(literal);
  scratch.fill(scratch.codes, scratch.lengths);
  const view = new DataView(memory, output, room);
  const sink: BitSink = { view, pos: 0, acc: 0, n: 0 };
  putDynamicHeader(sink, literal);
  const done = data.length & ~7;
  // the packer writes up to 24 bytes past its limit
  sink.pos = scratch.pack(input, input + done, output + sink.pos, output + room - 32, sink.acc, sink.n) - output;
  sink.acc = view.getInt32(sink.pos, true);
  sink.n = scratch.bits.value as number;
  // a chunk unlike its sample may code longer than it is: stored then (the tail, up to 7 bytes and the end of the
  // block, needs 20 bytes at most with the pending bits; the sync flush's 4 after it)
  if ((scratch.stopped.value as number) < input + done || sink.pos + 20 > data.length || sink.pos + 24 > out.length) {
    return storedChunk(data, out);
  }
  for (let i = done; i < data.length; i++) {
    putBits(sink, codes[data[i] as number] as number, literal[data[i] as number] as number);
  }
  putBits(sink, codes[256] as number, literal[256] as number);
  putBits(sink, 0, 3); // sync flush: an empty stored block, BFINAL=0
  putBits(sink, 0, (32 - sink.n) & 7); // to the byte
  const tail = sink.n >>> 3;
  view.setInt32(sink.pos, sink.acc, true);
  const length = sink.pos + tail;
  if (!inPlace) {
    out.set(new Uint8Array(memory, output, length));
  }
  out.set([0x00, 0x00, 0xff, 0xff], length);
  return out.subarray(0, length + 4);
}

/**
 * Codes small inputs until V8 has optimised every path: without this, the first big chunks of a thread run their
 * loops in the interpreter and in on-stack-replaced code that keeps falling back to it (several times slower).
 */
export function warmUpHuffman(scratch: HuffmanScratch): void {
  const sample = new Uint8Array(1027);
  for (let i = 0; i < sample.length; i++) {
    sample[i] = ((i * 2654435761) >>> 28) + (i % 7 === 0 ? 200 : 0);
  }
  for (let round = 0; round < 16; round++) {
    huffmanChunk(sample.subarray(round & 3), scratch); // aligned and not, odd lengths and even
  }
}

/** How a chunk is coded: one Huffman code for its bytes (huffmanChunk), or zlib at a level. */
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

export interface ChunkRequest {
  readonly slot: number;
  readonly length: number;
  readonly coding: ChunkCoding;
  readonly level: number;
  readonly dictionary: Uint8Array | undefined;
}

/** The output's length and the CRC-32 of the chunk (what the zip needs of it), or why it failed. */
export type ChunkReply =
  { readonly slot: number; readonly length: number; readonly crc: number } | { readonly slot: number; readonly error: string };

/** Where a worker finds the pool's shared memory and its own part of it (DeflatePool passes it as workerData). */
export interface ChunkServer {
  readonly memory: WebAssembly.Memory;
  /** Where this thread's tables start (after the slots). */
  readonly tables: number;
  readonly slotSize: number;
  readonly chunkSize: number;
  readonly slots: number;
  /** This thread's number: the slot it touches first. */
  readonly thread: number;
}

/**
 * Touches every page of the slots, one slot per turn of the event loop, from slot `first` on: a page's first write
 * costs a fault (about 13 µs on a virtual machine; 3,500 for 7 slots of 2 MiB), which a thread waiting for its first
 * chunk pays better than the reads and coding of the first chunks. An atomic add of 0 leaves the bytes as they
 * are, so a slot that is already being filled is not disturbed.
 */
export function touchSlots(memory: WebAssembly.Memory, slotSize: number, slots: number, first: number): void {
  const words = new Int32Array(sharedBufferOf(memory));
  const touch = (k: number): void => {
    if (k === slots) {
      return;
    }
    const slot = (first + k) % slots;
    for (let page = (slot * slotSize) >>> 2; page < ((slot + 1) * slotSize) >>> 2; page += 1024) {
      Atomics.add(words, page, 0);
    }
    setImmediate(() => touch(k + 1));
  };
  touch(0);
}

/**
 * A worker's loop over requests naming a slot of the shared memory: the chunk is at its start, the output goes
 * after it (Huffman coding reads and writes them there, with the thread's tables at `tables`); the reply has the
 * output's length and the chunk's CRC-32 (checksummed here, before the coding reads it again from the cache, rather
 * than on the calling thread, which hashes).
 */
export function serveChunks(port: MessagePort, server: ChunkServer, z: typeof zlib): void {
  const { memory, slotSize, chunkSize } = server;
  const shared = sharedBufferOf(memory); // one object: huffmanChunk knows the slots by it
  // ready for the first chunk before it comes: a pool may be started while its caller does other work
  const state: ThreadState = { scratch: huffmanScratch({ memory, at: server.tables }) };
  warmUpHuffman(state.scratch as HuffmanScratch);
  port.on("message", (request: ChunkRequest) => {
    try {
      const base = request.slot * slotSize;
      const data = new Uint8Array(shared, base, request.length);
      const crc = z.crc32(data);
      const task = { data, coding: request.coding, level: request.level, dictionary: request.dictionary };
      const out = deflateChunk(task, new Uint8Array(shared, base + chunkSize, slotSize - chunkSize), state, z, true);
      port.postMessage({ slot: request.slot, length: out.length, crc });
    } catch (error) {
      port.postMessage({ slot: request.slot, error: error instanceof Error ? error.message : String(error) });
    }
  });
  touchSlots(memory, slotSize, server.slots, server.thread);
}

/** serveChunks and everything it calls, for a worker thread that runs their source. */
export const WORKER_FUNCTIONS: readonly ((...args: never[]) => unknown)[] = [
  huffmanLengths,
  canonicalCodes,
  byteHistogram,
  literalLengths,
  huffmanBits,
  putBits,
  putDynamicHeader,
  deflatedBound,
  codedRoom,
  scratchLayout,
  packerModule,
  reserve,
  sharedBufferOf,
  storedChunk,
  huffmanScratch,
  huffmanChunk,
  warmUpHuffman,
  deflateChunk,
  touchSlots,
  serveChunks,
];
