// Bytes with known statistics for the zip writer's tests and benchmarks.

/** Float32 values shaped like trained weights: small, roughly normal (their exponent bytes take few values). */
export function floatWeights(count: number, seed = 0x9e3779b9): Uint8Array {
  const values = new Float32Array(count);
  let x = seed;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < count; i++) {
    values[i] = (next() + next() + next() - 1.5) * 0.05;
  }
  return new Uint8Array(values.buffer);
}

/** Bytes that no coding shrinks (a linear congruential generator's top bytes). */
export function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1664525 + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
