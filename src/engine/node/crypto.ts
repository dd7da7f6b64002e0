// node:crypto on first use: importing it loads a dozen modules (a few milliseconds of every CLI start-up), and
// most runs hash nothing (validation without IO checks, JSON manifests, ...). Node-only.
import { createRequire } from "node:module";
import type * as NodeCrypto from "node:crypto";

let crypto: typeof NodeCrypto | undefined;

export function nodeCrypto(): typeof NodeCrypto {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof NodeCrypto;
  return crypto;
}
