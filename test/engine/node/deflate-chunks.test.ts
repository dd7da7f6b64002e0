// Huffman-coded deflate chunks: zlib inflates what they join into, byte for byte; the codes are complete and
// within deflate's limits; CRC-32s of chunks combine into the whole's.
import { createHash } from "node:crypto";
import { crc32 as zlibCrc32, inflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { crc32Combine } from "../../../src/engine/bytes/crc32.js";
import {
  DEFLATE_END,
  deflatedBound,
  huffmanChunk,
  huffmanLengths,
  HUFFMAN_THREAD_BYTES,
  huffmanScratch,
  sharedBufferOf,
  storedChunk,
  touchSlots,
} from "../../../src/engine/node/deflate-chunks.js";
import { floatWeights, noise } from "../../helpers/synthetic-bytes.js";

/** What the chunks inflate to, as one stream: its length and SHA-256 (toEqual on big buffers takes seconds). */
function inflated(...parts: Uint8Array[]): string {
  const bytes = inflateRawSync(Buffer.concat([...parts, DEFLATE_END]));
  return `${bytes.length} ${createHash("sha256").update(bytes).digest("hex")}`;
}

function identity(data: Uint8Array): string {
  return `${data.length} ${createHash("sha256").update(data).digest("hex")}`;
}

const cases: [string, Uint8Array][] = [
  ["float weights", floatWeights(50_000)],
  ["text", new TextEncoder().encode("name: a model\ndescription: segments nuclei\n".repeat(700))],
  ["one value", new Uint8Array(70_000).fill(42)],
  ["two values", Uint8Array.from({ length: 9_999 }, (_, i) => (i % 3 === 0 ? 1 : 200))],
  ["noise", noise(200_000)],
  ["empty", new Uint8Array(0)],
  ["one byte", Uint8Array.of(7)],
  ["odd length", floatWeights(1001).subarray(0, 4003)],
];

describe("huffmanChunk", () => {
  test.each(cases)("%s: inflates back to itself, alone and from an unaligned view", (_name, data) => {
    expect(inflated(huffmanChunk(data))).toBe(identity(data));
    const shifted = new Uint8Array(data.length + 3);
    shifted.set(data, 3);
    const view = shifted.subarray(3); // not aligned to 4 bytes: the portable loop
    expect(inflated(huffmanChunk(view))).toBe(identity(data));
  });

  test("lengths that end in 0 to 7 bytes past the packer's 8-byte steps inflate back to themselves", () => {
    const data = floatWeights(1100);
    for (let length = 4000; length < 4008; length++) {
      expect(inflated(huffmanChunk(data.subarray(0, length)))).toBe(identity(data.subarray(0, length)));
    }
  });

  test("float weights shrink by what zlib gets from them; noise is stored, a few bytes per 64 KiB larger", () => {
    const weights = floatWeights(1 << 18);
    expect(huffmanChunk(weights).length / weights.length).toBeLessThan(0.94);
    const random = noise(1 << 20);
    expect(huffmanChunk(random).length).toBe(storedChunk(random).length);
    expect(storedChunk(random).length).toBe(random.length + 5 * 17);
  });

  test("chunks coded apart join into one stream, into buffers of deflatedBound bytes, with the tables reused", () => {
    const data = Buffer.concat([floatWeights(100_000), noise(70_000), new Uint8Array(30_000), floatWeights(20_000, 5)]);
    const scratch = huffmanScratch();
    const parts: Uint8Array[] = [];
    for (let offset = 0; offset < data.length; offset += 65_536) {
      const chunk = data.subarray(offset, offset + 65_536);
      parts.push(huffmanChunk(chunk, scratch, new Uint8Array(deflatedBound(chunk.length))).slice());
    }
    expect(inflated(...parts)).toBe(identity(data));
  });

  /** Blocks of 4 KiB: every sixteenth (what the code is made from) holds one value, the others noise. */
  function misleading(length: number): Uint8Array {
    const data = noise(length);
    for (let block = 0; block * 4096 < length; block += 16) {
      data.fill(9, block * 4096, Math.min((block + 1) * 4096, length));
    }
    return data;
  }

  test("a chunk whose sample misleads the code is stored, not written past its buffer", () => {
    const data = misleading(1 << 18);
    const out = new Uint8Array(deflatedBound(data.length) + 64).fill(0xee);
    const coded = huffmanChunk(data, huffmanScratch(), out.subarray(0, deflatedBound(data.length)));
    expect(coded.length).toBe(storedChunk(data).length);
    expect(inflated(coded)).toBe(identity(data));
    expect(out.subarray(deflatedBound(data.length)).every((byte) => byte === 0xee)).toBe(true);
  });

  test("in a shared memory, chunks are coded where they lie, as a private memory codes them", () => {
    const chunk = 1 << 17;
    const room = deflatedBound(chunk);
    const slots = 5; // one each, and an unused one at the end
    const tables = slots * (chunk + room);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((tables + HUFFMAN_THREAD_BYTES) / 65536), maximum: 1024, shared: true });
    const shared = sharedBufferOf(memory);
    const scratch = huffmanScratch({ memory, at: tables });
    new Uint8Array(shared, 0, tables).fill(0xee);
    const inputs = [floatWeights(chunk / 4, 3), misleading(chunk), new TextEncoder().encode("a: b\n".repeat(chunk / 5)), noise(chunk)];
    for (const [k, data] of inputs.entries()) {
      const base = k * (chunk + room);
      new Uint8Array(shared, base, data.length).set(data);
      const inPlace = huffmanChunk(new Uint8Array(shared, base, data.length), scratch, new Uint8Array(shared, base + chunk, room));
      expect(inPlace.byteOffset).toBe(base + chunk); // written there, not copied
      expect(Buffer.from(inPlace).equals(huffmanChunk(data))).toBe(true);
      expect(new Uint8Array(shared, base + chunk + room, 64).every((byte) => byte === 0xee)).toBe(true); // the next slot untouched
    }
    // a small chunk from elsewhere goes through the scratch's own room; a big one cannot
    expect(Buffer.from(huffmanChunk(floatWeights(1000), scratch)).equals(huffmanChunk(floatWeights(1000)))).toBe(true);
    expect(() => huffmanChunk(floatWeights(chunk / 4), scratch)).toThrow(/outside the shared memory/);
  });
});

describe("touchSlots", () => {
  test("touches every slot without changing a byte, even of a slot being filled meanwhile", async () => {
    const slotSize = 3 * 4096 + 512;
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    const bytes = new Uint8Array(sharedBufferOf(memory), 0, 4 * slotSize);
    const pattern = floatWeights(bytes.length / 4, 7);
    bytes.set(pattern);
    touchSlots(memory, slotSize, 4, 2);
    const filled = noise(slotSize);
    bytes.set(filled, slotSize); // a slot filled while the others are touched
    await new Promise((resolve) => setTimeout(resolve, 50)); // a slot a turn of the event loop
    const expected = Uint8Array.from(pattern);
    expected.set(filled, slotSize);
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
  });
});

describe("huffmanLengths", () => {
  const kraft = (lengths: Uint8Array): number => [...lengths].filter((l) => l > 0).reduce((sum, l) => sum + 2 ** -l, 0);

  test("a complete code within the limit, even for frequencies that want deeper trees", () => {
    const fibonacci = [1, 1];
    while (fibonacci.length < 30) {
      fibonacci.push((fibonacci.at(-1) as number) + (fibonacci.at(-2) as number));
    }
    for (const limit of [7, 13, 15]) {
      const lengths = huffmanLengths(fibonacci, limit);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(limit);
      expect(kraft(lengths)).toBe(1);
    }
    expect(Math.max(...huffmanLengths(fibonacci, 40))).toBe(29); // unlimited, the tree is as deep as the list
  });

  test("unused symbols get no code; a single symbol gets one bit", () => {
    expect([...huffmanLengths([0, 5, 0, 0], 15)]).toEqual([0, 1, 0, 0]);
    expect([...huffmanLengths([3, 0, 3, 6], 15)]).toEqual([2, 0, 2, 1]);
  });
});

describe("crc32Combine", () => {
  test("the CRC-32 of chunks checksummed apart is the whole's", () => {
    const data = Buffer.concat([noise(100_000), floatWeights(10_000)]);
    for (const cut of [0, 1, 4096, 65_537, data.length]) {
      const [a, b] = [data.subarray(0, cut), data.subarray(cut)];
      expect(crc32Combine(zlibCrc32(a), zlibCrc32(b), b.length)).toBe(zlibCrc32(data));
    }
  });
});
