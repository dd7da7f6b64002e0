// The weights file of the IO figures (bench/io.ts and the reference side by side): float32 values shaped like trained
// ones (test/helpers/synthetic-bytes.ts), written 4 MiB at a time, each piece from its own seed.
import { open } from "node:fs/promises";
import { floatWeights } from "../test/helpers/synthetic-bytes.js";

const MiB = 1 << 20;

/** Writes `mib` MiB of float weights (a multiple of 4) to `path`. */
export async function writeFloatWeights(path: string, mib: number): Promise<void> {
  const handle = await open(path, "w");
  try {
    for (let piece = 0; piece < mib / 4; piece++) {
      await handle.write(floatWeights(MiB, 0x9e3779b9 + piece));
    }
  } finally {
    await handle.close();
  }
}
