// Downloads through a cache directory: timeouts (no progress for BIOIMAGEIO_HTTP_TIMEOUT seconds), retries with
// backoff on network errors, timeouts and HTTP 5xx/429, a progress line on a terminal only, the sha256 computed
// while downloading, and writes through a temp file renamed into place. Offline, only the cache answers.
import { nodeCrypto } from "./crypto.js";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileNameOf } from "../files.js";
import { removeStaleTemps, tempPathFor } from "./atomic-write.js";
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
  /** Largest body accepted, in bytes (default: the settings' httpMaxBytes). */
  readonly maxBytes?: number;
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
  const controller = new AbortController();
  const timeoutMs = s.httpTimeoutSeconds * 1000;
  let timer = setTimeout(() => controller.abort(), timeoutMs);
  const touch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  };
  // progress resets the idle timer: a server dripping a byte at a time would hold it forever without a deadline
  let pastDeadline = false;
  const deadline = setTimeout(() => {
    pastDeadline = true;
    controller.abort();
  }, s.httpMaxSeconds * 1000);
  const tooSlow = (): DownloadError => new DownloadError(url, `took longer than ${s.httpMaxSeconds} s (BIOIMAGE_SPECS_HTTP_MAX_SECONDS)`);
  const progress = options.progress ?? (process.stderr.isTTY === true && !s.ci);
  const handle = await open(target, "w");
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: "follow", headers: { "User-Agent": s.userAgent } });
    } catch (error) {
      if (pastDeadline) {
        throw tooSlow();
      }
      throw new Retryable(controller.signal.aborted ? `no response within ${s.httpTimeoutSeconds} s` : causeOf(error));
    }
    if (!response.ok) {
      const reason = `HTTP ${response.status} ${response.statusText}`.trim();
      await response.body?.cancel();
      if (response.status >= 500 || response.status === 429) {
        throw new Retryable(reason);
      }
      throw new DownloadError(url, reason);
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    const limit = options.maxBytes ?? s.httpMaxBytes;
    if (declared > limit) {
      await response.body?.cancel();
      throw new DownloadError(url, `body of ${declared} bytes exceeds the limit of ${limit} bytes`);
    }
    const hash = nodeCrypto().createHash("sha256");
    let size = 0;
    let shown = 0;
    try {
      for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
        touch();
        size += chunk.length;
        if (size > limit) {
          controller.abort();
          throw new DownloadError(url, `body exceeds the limit of ${limit} bytes`);
        }
        hash.update(chunk);
        await handle.write(chunk);
        if (progress && Date.now() - shown > 200) {
          shown = Date.now();
          const total = Number.isFinite(declared) ? ` / ${formatBytes(declared)}` : "";
          process.stderr.write(`\rDownloading ${fileNameOf(url)}: ${formatBytes(size)}${total}   `);
        }
      }
    } catch (error) {
      if (error instanceof DownloadError) {
        throw error;
      }
      if (pastDeadline) {
        throw tooSlow();
      }
      throw new Retryable(controller.signal.aborted ? `stalled for ${s.httpTimeoutSeconds} s` : causeOf(error));
    }
    if (progress && shown > 0) {
      process.stderr.write("\n");
    }
    if (Number.isFinite(declared) && size !== declared) {
      throw new Retryable(`received ${size} bytes, but Content-Length says ${declared}`);
    }
    await handle.sync();
    return { sha256: hash.digest("hex"), size };
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
    await handle.close();
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
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
      hit ? `offline, and the cached copy has sha256 ${hit.sha256}` : "offline (BIOIMAGEIO_OFFLINE), and not in the cache",
    );
  }
  await mkdir(join(s.cachePath, "downloads"), { recursive: true });
  await removeStaleTemps(files.data); // what a killed download left
  const temp = tempPathFor(files.data);
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
        const hashTemp = tempPathFor(files.hash);
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
  } finally {
    await rm(temp, { force: true });
  }
  if (hit && expected === undefined) {
    return { path: files.data, ...hit, fromCache: true }; // the network failed: the cached copy is the best we have
  }
  throw new DownloadError(url, `${lastReason} (after ${s.httpRetries + 1} attempts)`);
}

/** Puts bytes into the cache as the content of `url` (seeding a cache for offline use). */
export async function addToCache(url: string, bytes: Uint8Array, s: Settings = currentSettings()): Promise<Downloaded> {
  const files = cacheFiles(s.cachePath, url);
  await mkdir(join(s.cachePath, "downloads"), { recursive: true });
  const sha256 = nodeCrypto().createHash("sha256").update(bytes).digest("hex");
  const [dataTemp, hashTemp] = [tempPathFor(files.data), tempPathFor(files.hash)];
  await writeFile(dataTemp, bytes);
  await writeFile(hashTemp, sha256);
  await rename(dataTemp, files.data);
  await rename(hashTemp, files.hash);
  return { path: files.data, sha256, size: bytes.length, fromCache: true };
}
