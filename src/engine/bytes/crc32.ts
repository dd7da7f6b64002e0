// CRC-32 (zip's checksum) without node: imports; Node code prefers zlib.crc32 where speed matters.

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** Continues `crc` (0 to start) over `data`. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) {
    c = (TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return ~c >>> 0;
}

/** a(x) * b(x) modulo the CRC-32 polynomial, in the reflected bit order zip's CRC uses (bit 31 is x^0). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  let bMultiple = b >>> 0;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if (a & m) {
      product ^= bMultiple;
    }
    bMultiple = bMultiple & 1 ? (bMultiple >>> 1) ^ 0xedb88320 : bMultiple >>> 1;
  }
  return product >>> 0;
}

/**
 * The CRC-32 of A followed by B from the CRC-32 of each and B's length (zlib's crc32_combine): chunks checksummed
 * on different threads give the checksum of the whole. Appending `length` bytes multiplies A's remainder by
 * x^(8 * length); that power is built from squares (x^1, x^2, x^4, ...) by the bits of 8 * length.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  let power = 0x80000000; // x^0
  let square = 0x40000000; // x^1, then x^2, x^4, ...
  for (let bits = lengthB * 8; bits > 0; bits = Math.floor(bits / 2)) {
    if (bits % 2 === 1) {
      power = multiplyModP(square, power);
    }
    square = multiplyModP(square, square);
  }
  return (multiplyModP(power, crcA) ^ crcB) >>> 0;
}
