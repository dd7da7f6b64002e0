// Opening a description from anywhere (Node): a yaml/json file, a folder, a zip package (recognised by its
// content), an http(s) URL, or bytes/a stream; and a FileResolver for its references, relative to that root.
import { createReadStream } from "node:fs";
import { nodeCrypto } from "../../engine/node/crypto.js";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { FileNotFound, type FileResolver, fileNameOf, isUrl } from "../../engine/files.js";
import { findEntryName } from "../file-refs.js";
import type { ByteStream } from "../../engine/bytes/streams.js";
import { readAll } from "../../engine/bytes/streams.js";
import { tooLarge } from "../../engine/load/limits.js";
import { decodeText, fileRandomAccess, ReadError, readFileLimited } from "../../engine/node/read-source.js";
import { type RandomAccessSource, ZipArchive, bytesSource } from "../../engine/zip/reader.js";
import { archiveResolver, entryNameOf } from "../../engine/zip/resolver.js";
import { download, type DownloadOptions } from "../../engine/node/download.js";
import { type Settings, settings as currentSettings } from "../../engine/node/settings.js";

export type SourceInput = string | URL | Uint8Array | AsyncIterable<Uint8Array>;

export interface OpenedSource {
  /** The description's text. */
  readonly text: string;
  /** The entry file's name (`rdf.yaml`, `model.bioimageio.yaml`, ...). */
  readonly fileName: string;
  /** The source as given, for summaries. */
  readonly sourceName: string;
  /** The folder, archive or URL references are relative to (the summary's context.root). */
  readonly root: string;
  readonly kind: "file" | "folder" | "zip" | "url" | "bytes";
  readonly resolver: FileResolver;
  /** Releases the archive's file handle (zip sources); the resolver must not be used afterwards. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Expected sha256 of the source itself (a file, zip or URL). */
  readonly sha256?: string | null | undefined;
  /** For bytes and streams: the folder their relative references resolve against (default: cwd). */
  readonly root?: string | undefined;
  readonly settings?: Settings | undefined;
  readonly progress?: boolean | undefined;
}

const CHUNK = 1 << 20;

/** A relative reference, normalised; refuses absolute paths and paths that leave the root. */
function normalizeRelative(source: string, root: string): string {
  try {
    return entryNameOf(source, root);
  } catch (error) {
    throw new ReadError(source, (error as Error).message.slice(source.length + 2));
  }
}

function downloadOptions(options: OpenOptions, sha256?: string | null): DownloadOptions {
  return { sha256: sha256 || undefined, settings: options.settings, progress: options.progress };
}

async function* fileStream(path: string): ByteStream {
  try {
    yield* createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Uint8Array>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") {
      throw new FileNotFound(path);
    }
    throw error;
  }
}

/** URLs referenced from any root are downloaded through the cache. */
function urlStream(url: string, options: OpenOptions, sha256?: string): ByteStream {
  return (async function* () {
    const got = await download(url, { ...downloadOptions(options, sha256), verify: false });
    yield* fileStream(got.path);
  })();
}

/** Joins a relative path to a root URL as the reference does (zenodo's `/files/<name>/content` form included). */
export function joinUrl(root: string, relativePath: string): string {
  const url = new URL(root);
  const parts = url.pathname.replace(/^\/+|\/+$/g, "").split("/");
  if (url.hostname === "zenodo.org" && url.pathname.startsWith("/api/records/") && url.pathname.endsWith("/content")) {
    parts.splice(parts.length - 1, 0, relativePath);
  } else {
    parts.push(relativePath);
  }
  url.pathname = `/${parts.filter((p) => p !== "").join("/")}`;
  return url.toString();
}

/** The URL a description's references are relative to. */
function parentUrl(url: string): string {
  const parsed = new URL(url);
  const parts = parsed.pathname.split("/");
  if (parsed.hostname === "zenodo.org" && parsed.pathname.startsWith("/api/records/") && parsed.pathname.endsWith("/content")) {
    parts.splice(parts.length - 2, 1);
  } else {
    parts.pop();
  }
  parsed.pathname = parts.join("/");
  parsed.search = "";
  parsed.hash = "";
  return parsed.toString();
}

export function folderResolver(root: string, options: OpenOptions = {}): FileResolver {
  const absoluteRoot = resolve(root);
  const pathOf = (source: string): string => {
    const path = resolve(absoluteRoot, normalizeRelative(source, absoluteRoot));
    if (path !== absoluteRoot && !path.startsWith(absoluteRoot + sep)) {
      throw new ReadError(source, `reference points outside ${absoluteRoot}`);
    }
    return path;
  };
  let realRoot: Promise<string> | undefined;
  /** The path of a reference whose file, once symbolic links are followed, is still inside the root. */
  const confined = async (source: string): Promise<string> => {
    const path = pathOf(source);
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) {
      return path; // missing: reading it fails as a missing file
    }
    realRoot ??= realpath(absoluteRoot).catch(() => absoluteRoot);
    const top = await realRoot;
    if (real !== top && !real.startsWith(top.endsWith(sep) ? top : top + sep)) {
      throw new ReadError(source, `reference points outside ${absoluteRoot} (through a symbolic link, to ${real})`);
    }
    return path;
  };
  async function* confinedStream(source: string): ByteStream {
    const path = await confined(source);
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && !info.isFile()) {
      throw new ReadError(source, "not a regular file"); // a FIFO or a device would never end
    }
    yield* fileStream(path);
  }
  return {
    describe: (source) => (isUrl(source) ? source : resolve(absoluteRoot, source)),
    isLocal: (source) => !isUrl(source),
    async exists(source) {
      if (isUrl(source)) {
        return true;
      }
      const path = await confined(source); // a reference that leaves the folder is an error, not a missing file
      try {
        return (await stat(path)).isFile();
      } catch {
        return false;
      }
    },
    open: (source, sha256) => (isUrl(source) ? urlStream(source, options, sha256) : confinedStream(source)),
    async size(source) {
      return isUrl(source) ? undefined : (await stat(await confined(source))).size;
    },
    async localPath(source) {
      if (isUrl(source)) {
        return undefined;
      }
      const path = await confined(source);
      return (await stat(path).catch(() => undefined))?.isFile() ? path : undefined;
    },
  };
}

export function zipResolver(archive: ZipArchive, options: OpenOptions = {}): FileResolver {
  return archiveResolver(archive, (url, sha256) => urlStream(url, options, sha256));
}

export function urlResolver(rootUrl: string, options: OpenOptions = {}): FileResolver {
  const urlOf = (source: string): string => (isUrl(source) ? source : joinUrl(rootUrl, normalizeRelative(source, rootUrl)));
  return {
    describe: urlOf,
    isLocal: () => false,
    exists: () => Promise.resolve(true),
    open: (source, sha256) => urlStream(urlOf(source), options, sha256),
    size: () => Promise.resolve(undefined),
  };
}

async function openZip(
  access: RandomAccessSource & { close?(): Promise<void> },
  sourceName: string,
  options: OpenOptions,
): Promise<OpenedSource> {
  const limits = options.settings ?? currentSettings();
  const close = async (): Promise<void> => access.close?.();
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(access, limits.zipLimits);
  } catch (error) {
    await close();
    throw error;
  }
  const entryName = findEntryName([...archive.entries.keys()].filter((name) => !name.includes("/")));
  if (entryName === undefined) {
    await close();
    throw new ReadError(
      sourceName,
      "no rdf.yaml in the package (looked for rdf.yaml, bioimageio.yaml, model.yaml and *.rdf.yaml, *.bioimageio.yaml, *.model.yaml at its root)",
    );
  }
  const entry = archive.entries.get(entryName) as NonNullable<ReturnType<typeof archive.entries.get>>;
  const name = `${sourceName}/${entryName}`;
  let bytes: Uint8Array;
  try {
    if (entry.size > limits.documentLimits.maxDocumentBytes) {
      throw new ReadError(name, tooLarge(entry.size, limits.documentLimits.maxDocumentBytes));
    }
    bytes = await readAll(archive.stream(entry), limits.documentLimits.maxDocumentBytes, name);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    close,
    text: decodeText(bytes, name),
    fileName: entryName,
    sourceName,
    root: sourceName,
    kind: "zip",
    resolver: zipResolver(archive, options),
  };
}

function checkSha(name: string, actual: string, expected: string | null | undefined): void {
  if (expected && expected.trim().toLowerCase() !== actual) {
    throw new ReadError(name, `sha256 mismatch: expected ${expected.trim().toLowerCase()}, got ${actual}`);
  }
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = nodeCrypto().createHash("sha256");
  for await (const chunk of fileStream(path)) {
    hash.update(chunk);
  }
  return hash.digest("hex");
}

async function openLocal(path: string, sourceName: string, options: OpenOptions): Promise<OpenedSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ReadError(sourceName, "no such file");
  }
  if (info.isDirectory()) {
    const names = (await readdir(path, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    const entry = findEntryName(names);
    if (entry === undefined) {
      throw new ReadError(sourceName, "no rdf.yaml in this folder (looked for rdf.yaml, bioimageio.yaml, model.yaml and *.rdf.yaml, ...)");
    }
    return { ...(await openLocal(join(path, entry), sourceName, options)), kind: "folder", fileName: entry };
  }
  if (!info.isFile()) {
    throw new ReadError(sourceName, "not a regular file"); // a device or a FIFO may never end
  }
  if (options.sha256) {
    checkSha(sourceName, await sha256OfFile(path), options.sha256);
  }
  const access = await fileRandomAccess(path);
  if (await ZipArchive.isZip(access)) {
    return openZip(access, sourceName, options); // the archive stays open for its references until close()
  }
  await access.close();
  const limits = (options.settings ?? currentSettings()).documentLimits;
  return fileSource(decodeText(await readFileLimited(path, limits.maxDocumentBytes, sourceName), sourceName), path, sourceName, options);
}

/** The text of the description file at `path` (as read, or as an editor holds it): its references resolve next to it. */
export function fileSource(text: string, path: string, sourceName: string, options: OpenOptions = {}): OpenedSource {
  const root = dirname(resolve(path));
  return {
    text,
    fileName: basename(path),
    sourceName,
    root: relative(process.cwd(), root) || ".",
    kind: "file",
    resolver: folderResolver(root, options),
    close: () => Promise.resolve(),
  };
}

/** True for an async iterable (read safely: a caller may hand anything, a Proxy that throws included). */
function isByteStream(input: unknown): input is AsyncIterable<Uint8Array> {
  try {
    return typeof input === "object" && input !== null && typeof Reflect.get(input, Symbol.asyncIterator) === "function";
  } catch {
    return false;
  }
}

/** Opens a description source; fails with a ReadError (a clear one-line reason) when it cannot. */
export async function openSource(input: SourceInput, options: OpenOptions = {}): Promise<OpenedSource> {
  if (input instanceof URL || (typeof input === "string" && isUrl(input))) {
    const url = input.toString();
    const s = options.settings ?? currentSettings();
    let got;
    try {
      // a description is refused as soon as it passes the document limit (nothing of it stays in the cache); a
      // zip package, known by its first bytes, may be as large as any download
      const maxBytes = (head: Uint8Array): number => (ZipArchive.looksLikeZip(head) ? s.httpMaxBytes : s.documentLimits.maxDocumentBytes);
      got = await download(url, { ...downloadOptions(options, options.sha256), maxBytes });
    } catch (error) {
      throw new ReadError(url, (error as Error).message.replace(`failed to download ${url}: `, "download failed: "));
    }
    const access = await fileRandomAccess(got.path);
    if (await ZipArchive.isZip(access)) {
      return openZip({ ...access, name: url }, url, options);
    }
    await access.close();
    const fileName = fileNameOf(url) || "rdf.yaml";
    const root = parentUrl(url);
    return {
      text: decodeText(await readFileLimited(got.path, s.documentLimits.maxDocumentBytes, url), url),
      fileName,
      sourceName: url,
      root,
      kind: "url",
      resolver: urlResolver(root, options),
      close: () => Promise.resolve(),
    };
  }
  if (typeof input === "string") {
    return openLocal(input, input, options);
  }
  if (!(input instanceof Uint8Array) && !isByteStream(input)) {
    throw new ReadError("in-memory", "not a source (a path, a URL, bytes or a stream of bytes)");
  }
  const bytes = input instanceof Uint8Array ? input : await readAll(input, Number.POSITIVE_INFINITY, "stream");
  const limits = options.settings ?? currentSettings();
  if (options.sha256) {
    checkSha("in-memory", nodeCrypto().createHash("sha256").update(bytes).digest("hex"), options.sha256);
  }
  if (await ZipArchive.isZip(bytesSource("in-memory.zip", bytes))) {
    return openZip(bytesSource("in-memory.zip", bytes), "in-memory.zip", options);
  }
  if (bytes.length > limits.documentLimits.maxDocumentBytes) {
    throw new ReadError("in-memory", tooLarge(bytes.length, limits.documentLimits.maxDocumentBytes));
  }
  const root = resolve(options.root ?? ".");
  return {
    text: decodeText(bytes, "in-memory"),
    fileName: "rdf.yaml",
    sourceName: "in-memory",
    root: relative(process.cwd(), root) || ".",
    kind: "bytes",
    resolver: folderResolver(root, options),
    close: () => Promise.resolve(),
  };
}
