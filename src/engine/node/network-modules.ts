// node:http, https, stream and zlib, loaded on first use: in the CLI bundle the modules that make requests share
// chunks with the reading of local files, and loading these cost every run that downloads nothing tens of
// milliseconds (as node:crypto does, crypto.ts). Node-only.
import type * as Http from "node:http";
import type * as Https from "node:https";
import { createRequire } from "node:module";
import type * as Stream from "node:stream";
import type * as StreamPromises from "node:stream/promises";
import type * as Zlib from "node:zlib";

export interface NetworkModules {
  readonly http: typeof Http;
  readonly https: typeof Https;
  readonly stream: typeof Stream;
  readonly streamPromises: typeof StreamPromises;
  readonly zlib: typeof Zlib;
}

let network: NetworkModules | undefined;

export function networkModules(): NetworkModules {
  if (network === undefined) {
    const load = createRequire(import.meta.url);
    network = {
      http: load("node:http") as typeof Http,
      https: load("node:https") as typeof Https,
      stream: load("node:stream") as typeof Stream,
      streamPromises: load("node:stream/promises") as typeof StreamPromises,
      zlib: load("node:zlib") as typeof Zlib,
    };
  }
  return network;
}
