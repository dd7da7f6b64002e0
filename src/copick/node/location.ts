// Where copick data lives: a local path (bare, `file://` or `local://`, as fsspec takes them) or an http(s) URL
// (read-only). Other fsspec schemes (s3://, ssh://, ...) are refused with a clear error.
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { hasProtocol } from "../croissant-doc.js";
import { CopickError } from "../errors.js";
import { ReadError } from "../../engine/node/read-source.js";
import { HttpFailure, httpGet } from "../../engine/node/http-get.js";
import { settings } from "../../engine/node/settings.js";

export type Location = { readonly kind: "local"; readonly path: string } | { readonly kind: "http"; readonly url: string };

/** Bodies are held in memory: never more than this (copick projects keep large data in zarr stores, never read here). */
const MAX_HTTP_BYTES = 1 << 30;

/**
 * A location from a URL or path. `file://` and `local://` are stripped as text, like copick does (no
 * percent-decoding); relative paths are relative to the working directory, as in copick.
 */
export function locate(url: string): Location {
  for (const prefix of ["file://", "local://"]) {
    if (url.startsWith(prefix)) {
      return { kind: "local", path: resolve(url.slice(prefix.length)) };
    }
  }
  if (/^https?:\/\//i.test(url)) {
    return { kind: "http", url };
  }
  if (hasProtocol(url)) {
    throw new CopickError(
      `${url}: ${url.split(":")[0] ?? ""}:// is not supported here (local paths, file://, local:// and http(s):// are)`,
    );
  }
  return { kind: "local", path: resolve(url) };
}

export function locationText(location: Location): string {
  return location.kind === "local" ? location.path : location.url;
}

/** A location below `location` (`parts` joined with `/`). */
export function child(location: Location, ...parts: string[]): Location {
  if (location.kind === "local") {
    return { kind: "local", path: join(location.path, ...parts) };
  }
  const base = location.url.replace(/\/+$/, "");
  return { kind: "http", url: [base, ...parts].join("/") };
}

export function parent(location: Location): Location {
  if (location.kind === "local") {
    return { kind: "local", path: dirname(location.path) };
  }
  const url = new URL(location.url);
  url.pathname = url.pathname.replace(/\/[^/]*\/?$/, "") || "/";
  url.search = "";
  return { kind: "http", url: url.toString().replace(/\/$/, "") };
}

/** The body at `url`: idle and total time limits and the size limit of the settings (engine/node/http-get.ts). */
async function fetchBytes(url: string): Promise<Uint8Array | undefined> {
  const s = settings();
  const options = {
    userAgent: s.userAgent,
    idleSeconds: s.httpTimeoutSeconds,
    maxSeconds: s.httpMaxSeconds,
    maxBytes: Math.min(s.httpMaxBytes, MAX_HTTP_BYTES),
    maxRatio: s.httpMaxRatio,
  };
  try {
    const response = await httpGet(url, options);
    if (response.status === 404 || response.status === 410) {
      response.cancel();
      return undefined;
    }
    if (response.status < 200 || response.status > 299) {
      response.cancel();
      throw new ReadError(url, `HTTP ${response.status}`);
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body()) {
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    throw error instanceof HttpFailure ? new ReadError(url, `cannot fetch: ${error.message}`) : error;
  }
}

/** The bytes at `location`, or undefined when there is nothing there (missing file, HTTP 404). */
export async function readOptional(location: Location): Promise<Uint8Array | undefined> {
  if (location.kind === "http") {
    return fetchBytes(location.url);
  }
  try {
    return await readFile(location.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return undefined;
    }
    throw new ReadError(location.path, code === "EISDIR" ? "is a directory" : (error as Error).message);
  }
}

export async function readBytes(location: Location): Promise<Uint8Array> {
  const bytes = await readOptional(location);
  if (bytes === undefined) {
    throw new ReadError(locationText(location), location.kind === "http" ? "HTTP 404" : "no such file");
  }
  return bytes;
}

/** True when a local path exists (http locations: never asked, they are read instead). */
export async function localExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
