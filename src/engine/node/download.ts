// Downloads through a cache directory (the GET itself, its limits and Content-Encoding: http-get.ts): retries with
// backoff on network errors, timeouts (BIOIMAGEIO_HTTP_TIMEOUT) and HTTP 5xx/429, never on a limit or a redirect
// loop; a progress line on a terminal only, the sha256 computed while downloading, and writes through a temp file
// renamed into place (nothing of a failed download stays). Offline, only the cache answers.
import { nodeCrypto } from "./crypto.js";
import { open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileNameOf } from "../files.js";
import { isWriteFailure, makeDirectory, removeStaleTemps, tempPathFor, writeErrorOf } from "./atomic-write.js";
import { HttpFailure, httpGet } from "./http-get.js";
import { type Settings, settings as currentSettings } from "./settings.js";

export class DownloadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`failed to download ${url}: ${reason}`);
    this.name = "DownloadError";
  }
}

export interface DownloadOptions {
  /** Expected sha256: a cached copy with this hash is used without any request; a download must match it. */
  readonly sha256?: string | null | undefined;
  readonly settings?: Settings | undefined;
  /** Show a progress line (default: when stderr is a terminal and not on CI). */
  readonly progress?: boolean | undefined;
  /** Largest body accepted, in bytes, or a function of its first bytes (default: the settings' httpMaxBytes). */
  readonly maxBytes?: number | ((head: Uint8Array) => number) | undefined;
  /** false: `sha256` only selects a cached copy; a download that differs is returned, for the caller to report. */
  readonly verify?: boolean;
}

export interface Downloaded {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly fromCache: boolean;
}

function cacheFiles(cachePath: string, url: string): { data: string; hash: string } {
  const key = nodeCrypto().createHash("sha256").update(url).digest("hex").slice(0, 40);
  const name =
    fileNameOf(url)
      .replace(/[^A-Za-z0-9._-]/g, "_")
      .slice(0, 80) || "download";
  const base = join(cachePath, "downloads", `${key}-${name}`);
  return { data: base, hash: `${base}.sha256` };
}

async function cached(files: { data: string; hash: string }): Promise<{ sha256: string; size: number } | undefined> {
  try {
    const [hash, info] = await Promise.all([readFile(files.hash, "utf8"), stat(files.data)]);
    return { sha256: hash.trim(), size: info.size };
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class Retryable extends Error {}

function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
}

async function fetchOnce(url: string, target: string, s: Settings, options: DownloadOptions): Promise<{ sha256: string; size: number }> {
  const progress = options.progress ?? (process.stderr.isTTY === true && !s.ci);
  let response;
  try {
    response = await httpGet(url, {
      userAgent: s.userAgent,
      idleSeconds: s.httpTimeoutSeconds,
      maxSeconds: s.httpMaxSeconds,
      maxBytes: options.maxBytes ?? s.httpMaxBytes,
      maxRatio: s.httpMaxRatio,
    });
  } catch (error) {
    throw retryableOrNot(url, error);
  }
  if (response.status < 200 || response.status > 299) {
    response.cancel();
    const reason = `HTTP ${response.status} ${response.statusText}`.trim();
    if (response.status >= 500 || response.status === 429) {
      throw new Retryable(reason);
    }
    throw new DownloadError(url, reason);
  }
  const handle = await open(target, "w").catch((error: unknown) => {
    response.cancel();
    throw writeErrorOf(target, "write to the download cache", error);
  });
  try {
    const hash = nodeCrypto().createHash("sha256");
    let size = 0;
    let shown = 0;
    try {
      for await (const chunk of response.body()) {
        size += chunk.length;
        hash.update(chunk);
        await handle.write(chunk);
        if (progress && Date.now() - shown > 200) {
          shown = Date.now();
          const total = response.length === undefined ? "" : ` / ${formatBytes(response.length)}`;
          process.stderr.write(`\rDownloading ${fileNameOf(url)}: ${formatBytes(size)}${total}   `);
        }
      }
    } catch (error) {
      throw retryableOrNot(url, error);
    }
    if (progress && shown > 0) {
      process.stderr.write("\n");
    }
    await handle.sync();
    return { sha256: hash.digest("hex"), size };
  } catch (error) {
    response.cancel();
    throw error;
  } finally {
    await handle.close();
  }
}

/** A failed GET as a retry (a network error) or the final error (a size limit, a redirect loop, ...). */
function retryableOrNot(url: string, error: unknown): Error {
  if (error instanceof HttpFailure) {
    return error.retryable ? new Retryable(error.message) : new DownloadError(url, error.message);
  }
  return error as Error;
}

/** A URL's content as a file in the cache. */
export async function download(url: string, options: DownloadOptions = {}): Promise<Downloaded> {
  const s = options.settings ?? currentSettings();
  const files = cacheFiles(s.cachePath, url);
  const expected = options.sha256 ? options.sha256.trim().toLowerCase() : undefined;
  const hit = await cached(files);
  // offline, any cached copy is the answer when the caller compares hashes itself (verify: false)
  const usable = expected === undefined || hit?.sha256 === expected || (s.offline && options.verify === false);
  if (hit && usable && (expected !== undefined || s.offline)) {
    return { path: files.data, ...hit, fromCache: true };
  }
  if (s.offline) {
    throw new DownloadError(
      url,
      hit ? `offline, and the cached copy has sha256 ${hit.sha256}` : "offline (BIOIMAGE_SPECS_OFFLINE), and not in the cache",
    );
  }
  await makeDirectory(join(s.cachePath, "downloads"));
  await removeStaleTemps(files.data); // what a killed download left
  const temp = tempPathFor(files.data);
  const hashTemp = tempPathFor(files.hash);
  let lastReason = "";
  try {
    for (let attempt = 0; attempt <= s.httpRetries; attempt++) {
      if (attempt > 0) {
        await sleep(Math.min(200 * 2 ** (attempt - 1), 5000));
      }
      try {
        const got = await fetchOnce(url, temp, s, options);
        if (expected !== undefined && got.sha256 !== expected && options.verify !== false) {
          throw new DownloadError(url, `sha256 mismatch: expected ${expected}, got ${got.sha256}`);
        }
        await writeFile(hashTemp, got.sha256);
        await rename(temp, files.data);
        await rename(hashTemp, files.hash);
        return { path: files.data, ...got, fromCache: false };
      } catch (error) {
        if (!(error instanceof Retryable)) {
          throw error;
        }
        lastReason = error.message;
      }
    }
  } catch (error) {
    throw isWriteFailure(error) ? writeErrorOf(files.data, "write to the download cache", error) : error;
  } finally {
    await Promise.all([rm(temp, { force: true }), rm(hashTemp, { force: true })]);
  }
  if (hit && expected === undefined) {
    return { path: files.data, ...hit, fromCache: true }; // the network failed: the cached copy is the best we have
  }
  throw new DownloadError(url, `${lastReason} (after ${s.httpRetries + 1} attempts)`);
}

/** Puts bytes into the cache as the content of `url` (seeding a cache for offline use). */
export async function addToCache(url: string, bytes: Uint8Array, s: Settings = currentSettings()): Promise<Downloaded> {
  const files = cacheFiles(s.cachePath, url);
  await makeDirectory(join(s.cachePath, "downloads"));
  const sha256 = nodeCrypto().createHash("sha256").update(bytes).digest("hex");
  const [dataTemp, hashTemp] = [tempPathFor(files.data), tempPathFor(files.hash)];
  try {
    await writeFile(dataTemp, bytes);
    await writeFile(hashTemp, sha256);
    await rename(dataTemp, files.data);
    await rename(hashTemp, files.hash);
  } catch (error) {
    throw isWriteFailure(error) ? writeErrorOf(files.data, "write to the download cache", error) : error;
  } finally {
    await Promise.all([rm(dataTemp, { force: true }), rm(hashTemp, { force: true })]);
  }
  return { path: files.data, sha256, size: bytes.length, fromCache: true };
}
