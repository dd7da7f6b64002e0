// node:crypto's SHA-256 behind the browser-safe Hasher interface (native, several times faster than the TS one).
import { nodeCrypto } from "./crypto.js";
import type { Hasher, HasherFactory } from "../bytes/sha256.js";

export const nodeSha256: HasherFactory = (): Hasher => {
  const hash = nodeCrypto().createHash("sha256");
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => hash.digest("hex"),
  };
};
