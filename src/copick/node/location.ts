// Where copick data lives, and the few operations the engine needs on it (read, list, write, remove, exists),
// the same for every kind: a local path (bare, `file://` or `local://`, as fsspec takes them), an http(s) URL
// (read-only), or an S3 object or prefix (`s3://bucket/key`, reached with the s3fs arguments of the copick
// config's `*_fs_args` and the AWS environment; see engine/node/s3/config.ts). Other fsspec protocols are
// refused with an error naming the supported ones.
import { readdirSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { hasProtocol } from "../croissant-doc.js";
import { CopickError } from "../errors.js";
import { compareCodePoints } from "../../engine/python-repr.js";
import { makeDirectory, writeFileAtomic } from "../../engine/node/atomic-write.js";
import { ReadError } from "../../engine/node/read-source.js";
import { HttpFailure, httpGet } from "../../engine/node/http-get.js";
import { settings } from "../../engine/node/settings.js";
import { S3Client, S3Error } from "../../engine/node/s3/client.js";
import { type S3ConfigError, resolveS3Config } from "../../engine/node/s3/config.js";

/** An S3 client for one set of fs_args; shown as its endpoint only (locations never print credentials). */
export class S3Access {
  constructor(readonly client: S3Client) {}

  toJSON(): string {
    return this.client.config.endpoint;
  }
}

export type Location =
  | { readonly kind: "local"; readonly path: string }
  | { readonly kind: "http"; readonly url: string }
  /** `key` has no leading or trailing `/` ("" is the bucket's root). */
  | { readonly kind: "s3"; readonly bucket: string; readonly key: string; readonly access: S3Access };

export type FsArgs = Readonly<Record<string, unknown>>;

export const SUPPORTED = "local paths, file://, local://, http(s):// and s3:// are";

/** Bodies are held in memory: never more than this (copick projects keep large data in zarr stores, never read here). */
const MAX_BYTES = 1 << 30;

const clients = new Map<string, S3Access>();

/** One client per distinct configuration (connections and the concurrency limit are shared). */
function s3Access(fsArgs: FsArgs): S3Access {
  let config;
  try {
    config = resolveS3Config(fsArgs);
  } catch (error) {
    throw new CopickError(`S3 settings: ${(error as S3ConfigError).message}`);
  }
  const id = JSON.stringify(config);
  let access = clients.get(id);
  if (!access) {
    access = new S3Access(new S3Client(config));
    clients.set(id, access);
  }
  return access;
}

/** Closes the idle connections of every S3 client (a CLI exits at once). */
export function closeS3Clients(): void {
  for (const access of clients.values()) {
    access.client.close();
  }
}

/**
 * A location from a URL or path. `file://` and `local://` are stripped as text, like copick does (no
 * percent-decoding); relative paths are relative to the working directory, as in copick. `fsArgs` (a copick
 * `*_fs_args`) configure S3 access.
 */
export function locate(url: string, fsArgs: FsArgs = {}): Location {
  for (const prefix of ["file://", "local://"]) {
    if (url.startsWith(prefix)) {
      return { kind: "local", path: resolve(url.slice(prefix.length)) };
    }
  }
  if (/^https?:\/\//i.test(url)) {
    return { kind: "http", url };
  }
  const s3 = /^s3:\/\/([^/]+)\/*(.*)$/.exec(url);
  if (s3) {
    return { kind: "s3", bucket: s3[1] ?? "", key: (s3[2] ?? "").replace(/\/+$/, ""), access: s3Access(fsArgs) };
  }
  if (hasProtocol(url)) {
    throw new CopickError(`${url}: ${url.split(":")[0] ?? ""}:// is not supported here (${SUPPORTED})`);
  }
  return { kind: "local", path: resolve(url) };
}

export function locationText(location: Location): string {
  switch (location.kind) {
    case "local":
      return location.path;
    case "http":
      return location.url;
    case "s3":
      return `s3://${location.bucket}/${location.key}`;
  }
}

/** True when both name the same place (S3: same bucket and key, whatever the credentials). */
export function sameLocation(a: Location, b: Location): boolean {
  return locationText(a).replace(/\/+$/, "") === locationText(b).replace(/\/+$/, "");
}

/** A location below `location` (`parts` joined with `/`). */
export function child(location: Location, ...parts: string[]): Location {
  switch (location.kind) {
    case "local":
      return { kind: "local", path: join(location.path, ...parts) };
    case "http":
      return { kind: "http", url: [location.url.replace(/\/+$/, ""), ...parts].join("/") };
    case "s3":
      return { ...location, key: [location.key, ...parts].filter((p) => p !== "").join("/") };
  }
}

export function parent(location: Location): Location {
  switch (location.kind) {
    case "local":
      return { kind: "local", path: dirname(location.path) };
    case "http": {
      const url = new URL(location.url);
      url.pathname = url.pathname.replace(/\/[^/]*\/?$/, "") || "/";
      url.search = "";
      return { kind: "http", url: url.toString().replace(/\/$/, "") };
    }
    case "s3":
      return { ...location, key: location.key.includes("/") ? location.key.slice(0, location.key.lastIndexOf("/")) : "" };
  }
}

/** An S3 failure as the ReadError (or CopickError) the engine reports. */
function s3Failure(location: Location, error: unknown): Error {
  if (error instanceof S3Error) {
    return new ReadError(locationText(location), error.message.slice(error.url.length + 2));
  }
  return error as Error;
}

/** The body at `url`: idle and total time limits and the size limit of the settings (engine/node/http-get.ts). */
async function fetchBytes(url: string): Promise<Uint8Array | undefined> {
  const s = settings();
  const options = {
    userAgent: s.userAgent,
    idleSeconds: s.httpTimeoutSeconds,
    maxSeconds: s.httpMaxSeconds,
    maxBytes: Math.min(s.httpMaxBytes, MAX_BYTES),
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

/** The bytes at `location` and their version (S3: the ETag), or undefined when there is nothing there. */
export async function readVersioned(location: Location): Promise<{ bytes: Uint8Array; etag: string | undefined } | undefined> {
  if (location.kind === "s3") {
    try {
      const found = await location.access.client.get(location.bucket, location.key, Math.min(settings().httpMaxBytes, MAX_BYTES));
      return found === undefined ? undefined : { bytes: found.bytes, etag: found.etag };
    } catch (error) {
      throw s3Failure(location, error);
    }
  }
  const bytes = await readOptional(location);
  return bytes === undefined ? undefined : { bytes, etag: undefined };
}

/** The bytes at `location`, or undefined when there is nothing there (missing file, HTTP 404, no such key). */
export async function readOptional(location: Location): Promise<Uint8Array | undefined> {
  switch (location.kind) {
    case "http":
      return fetchBytes(location.url);
    case "s3":
      return (await readVersioned(location))?.bytes;
    case "local":
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
}

export async function readBytes(location: Location): Promise<Uint8Array> {
  const bytes = await readOptional(location);
  if (bytes === undefined) {
    throw new ReadError(
      locationText(location),
      location.kind === "http" ? "HTTP 404" : location.kind === "s3" ? "no such key" : "no such file",
    );
  }
  return bytes;
}

/** True when a file or folder exists there (S3: an object with that key, or objects below it). */
export async function exists(location: Location): Promise<boolean> {
  switch (location.kind) {
    case "local":
      return stat(location.path).then(
        () => true,
        () => false,
      );
    case "http":
      return (await readOptional(location)) !== undefined;
    case "s3":
      try {
        if ((await location.access.client.head(location.bucket, location.key)) !== undefined) {
          return true;
        }
        for await (const page of location.access.client.list(location.bucket, `${location.key}/`, { pageSize: 1 })) {
          return page.objects.length > 0 || page.prefixes.length > 0;
        }
        return false;
      } catch (error) {
        throw s3Failure(location, error);
      }
  }
}

/** Writes a file: locally through a temp file renamed into place (folders created), on S3 as one PUT. */
export async function writeFile(location: Location, bytes: string | Uint8Array): Promise<void> {
  switch (location.kind) {
    case "local":
      await makeDirectory(dirname(location.path));
      await writeFileAtomic(location.path, bytes);
      return;
    case "s3":
      try {
        await location.access.client.put(location.bucket, location.key, typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);
      } catch (error) {
        throw s3Failure(location, error);
      }
      return;
    case "http":
      throw new CopickError(`${location.url}: http(s) locations are read-only`);
  }
}

/** Creates a folder (S3 has none: a no-op there, as in s3fs). */
export async function makeDirs(location: Location): Promise<void> {
  if (location.kind === "local") {
    await makeDirectory(location.path);
  } else if (location.kind === "http") {
    throw new CopickError(`${location.url}: http(s) locations are read-only`);
  }
}

export async function removeFile(location: Location): Promise<void> {
  switch (location.kind) {
    case "local":
      await rm(location.path);
      return;
    case "s3":
      try {
        await location.access.client.delete(location.bucket, location.key);
      } catch (error) {
        throw s3Failure(location, error);
      }
      return;
    case "http":
      throw new CopickError(`${location.url}: http(s) locations are read-only`);
  }
}

export interface Entry {
  readonly name: string;
  /** A directory, or a symlink to one (S3: a common prefix). */
  readonly isDir: boolean;
  readonly isLink: boolean;
}

/**
 * A folder's entries the way copick's fsspec globs see a project: hidden entries (leading `.`) left out, sorted
 * by name (fsspec sorts glob results), directories told apart through symlinks. A missing folder lists as empty.
 * On S3, one level of a paginated listing (any number of keys, memory in proportion to the entries of that level).
 */
export async function listEntries(dir: Location): Promise<Entry[]> {
  let entries: Entry[];
  if (dir.kind === "s3") {
    entries = [];
    const prefix = dir.key === "" ? "" : `${dir.key}/`;
    try {
      for await (const page of dir.access.client.list(dir.bucket, prefix, { delimiter: "/" })) {
        for (const p of page.prefixes) {
          entries.push({ name: p.slice(prefix.length, -1), isDir: true, isLink: false });
        }
        for (const object of page.objects) {
          if (object.key !== prefix) {
            entries.push({ name: object.key.slice(prefix.length), isDir: false, isLink: false });
          }
        }
      }
    } catch (error) {
      throw s3Failure(dir, error);
    }
    entries = entries.filter((e) => e.name !== "" && !e.name.startsWith("."));
  } else if (dir.kind === "local") {
    let dirents;
    try {
      // synchronous: a folder of a copick run lists in ~13 µs (the folder of 10,000 runs in 10-20 ms, once), and the
      // thread pool's round trip doubled the CPU of an export's listing (110,000 folders for 10,000 runs: 3.0 s of
      // CPU against 1.45 s)
      dirents = readdirSync(dir.path, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        return [];
      }
      throw error;
    }
    entries = await Promise.all(
      dirents
        .filter((d) => !d.name.startsWith("."))
        .map(async (d): Promise<Entry> => {
          const isLink = d.isSymbolicLink();
          const isDir = isLink
            ? await stat(join(dir.path, d.name)).then(
                (s) => s.isDirectory(),
                () => false,
              )
            : d.isDirectory();
          return { name: d.name, isDir, isLink };
        }),
    );
  } else {
    throw new CopickError(`${dir.url}: an http(s) folder cannot be listed; publish the project as a Croissant`);
  }
  return entries.sort((a, b) => compareCodePoints(a.name, b.name));
}
