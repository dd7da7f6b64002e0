// bioimage.io packages (Node): a flat zip (or folder) with rdf.yaml and every referenced file at its root,
// references rewritten to bare file names. Written through a temp file renamed into place, then loaded back
// and validated. The reference: bioimageio.spec `_package.py`, `_internal/io_packaging.py`.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readdir, realpath, rename, rm, rmdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { Document } from "yaml";
import { RUYAML_QUOTING } from "../dump.js";
import type { ByteStream } from "../../engine/bytes/streams.js";
import {
  makeDirectory,
  removeStaleTemps,
  syncDirectory,
  tempPathFor,
  writeAtomic,
  isWriteFailure,
  writeErrorOf,
  writeTargetOf,
} from "../../engine/node/atomic-write.js";
import type { OpenedSource, SourceInput } from "./sources.js";
import type { DeflatePool } from "../../engine/node/deflate-pool.js";
import { defaultMethod, ZipWriter, type ZipEntrySource } from "../../engine/node/zip-writer.js";
import { zipThreadsFor } from "./zip-threads.js";
import type { DocPath } from "../../engine/summary/issue.js";
import { type LoadedDescription } from "../build.js";
import { fileNameOf, isUrl } from "../../engine/files.js";
import { fileRefs, isReservedName } from "../file-refs.js";
import type { FileResolver } from "../../engine/files.js";
import { type LoadOptions, loadDescription, loadSource } from "./load.js";
import { isRecord, setEntry } from "../../engine/records.js";

export const BIOIMAGEIO_YAML = "rdf.yaml";

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface PackageContentOptions extends Omit<LoadOptions, "formatVersion" | "updateHashes"> {
  /** Models: keep only the first of these weights formats that the model has (and fetch only its files). */
  readonly weightsPriorityOrder?: readonly string[];
}

export interface PackagedFile {
  /** The reference as written in the description. */
  readonly source: string;
  readonly sha256: string | null;
  readonly resolver: FileResolver;
}

export interface PackageContent {
  /** The description with every packaged reference rewritten to its file name in the package. */
  readonly rdf: Record<string, unknown>;
  /** File name in the package -> where it comes from. */
  readonly files: ReadonlyMap<string, PackagedFile>;
  readonly description: LoadedDescription;
  /** Releases the source (an open zip package); the files cannot be read afterwards. */
  close(): Promise<void>;
}

type Content = Record<string, unknown>;

/** Keeps the first present weights format of `order` and drops its `parent` (the reference's `package_weights`). */
export function keepWeightsFormat(content: unknown, order: readonly string[]): unknown {
  if (!isRecord(content) || content.type !== "model" || !isRecord(content.weights)) {
    return content;
  }
  const weights = content.weights;
  const chosen = order.find((format) => isRecord(weights[format]));
  if (chosen === undefined) {
    throw new PackageError(`None of the weight formats in \`weights_priority_order\` (${order.join(", ")}) is present in the given model.`);
  }
  const { parent: _parent, ...entry } = weights[chosen] as Content;
  return { ...content, weights: { [chosen]: entry } };
}

function setIn(content: Content, path: DocPath, value: unknown): void {
  let node: unknown = content;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[segment];
  }
  (node as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

function getIn(content: unknown, path: DocPath): unknown {
  let node = content;
  for (const segment of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return node;
}

/** CON, PRN, AUX, NUL, COM0-9 and LPT0-9, with any extension, name devices on Windows. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** `name.ext` -> `name_2.ext` (the reference splits at the first dot: `a.tar.gz` -> `a_2.tar.gz`). */
function alternativeName(name: string, i: number): string {
  const [stem, ...ext] = name.split(".");
  return [`${stem ?? ""}_${i}`, ...ext].join(".");
}

/** The package's rdf.yaml and files (the reference's `get_resource_package_content`); the description must be valid. */
export async function getResourcePackageContent(source: SourceInput, options: PackageContentOptions = {}): Promise<PackageContent> {
  return packageContent(source, options, false);
}

/**
 * With `hashWhileWriting`, local files with a declared sha256 are not hashed by the IO checks: the writer hashes
 * them as it copies them and fails on a mismatch, so that each file is read once (what makes big weights fast).
 */
async function packageContent(source: SourceInput, options: PackageContentOptions, hashWhileWriting: boolean): Promise<PackageContent> {
  const order = options.weightsPriorityOrder;
  const { description, opened } = await loadSource(source, {
    ...options,
    ...(order && order.length > 0 ? { transform: (content: unknown) => keepWeightsFormat(content, order) } : {}),
    ...(hashWhileWriting ? { hashedElsewhere: (ref: string) => !isUrl(ref) } : {}),
  });
  try {
    return collectContent(source, description, opened);
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** A file the IO checks made (a generated cover): packaged from memory, as the reference packages its temp file. */
function generatedFileResolver(name: string, bytes: Uint8Array): FileResolver {
  return {
    describe: () => `${name} (generated)`,
    isLocal: () => true,
    exists: async () => true,
    open: async function* () {
      yield bytes;
    },
    size: async () => bytes.length,
  };
}

function collectContent(source: SourceInput, description: LoadedDescription, opened: OpenedSource): PackageContent {
  const name = typeof source === "string" || source instanceof URL ? source.toString() : "in-memory";
  if (!description.valid) {
    throw new PackageError(`${name} is invalid:\n${description.validationSummary.format("text")}`);
  }
  const rdf = structuredClone(description.content) as Content;
  delete rdf.rdf_source;
  const files = new Map<string, PackagedFile>();
  const refs = fileRefs(description.content as Content, description.type, description.formatVersion);
  for (const ref of refs) {
    let fileName = fileNameOf(ref.source);
    if (fileName === "") {
      throw new PackageError(`${name}: got an empty file name for source ${ref.source}`);
    }
    // a URL's last segment is decoded: `..%2F..%2Fx` must not become a path that leaves the package or its folder;
    // Windows device names cannot be unpacked there
    // eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
    if (fileName === "." || fileName === ".." || /[/\\\u0000-\u001f\u007f]/.test(fileName) || WINDOWS_DEVICE.test(fileName)) {
      throw new PackageError(`${name}: '${fileName}' (from ${ref.source}) cannot be a file name in a package (${ref.valuePath.join(".")})`);
    }
    // `RDF.yaml` is rdf.yaml on a case-insensitive file system
    if (isReservedName(fileName) || isReservedName(fileName.toLowerCase())) {
      throw new PackageError(
        `${name}: Reserved file name '${fileName}' not allowed for a file to be packaged (${ref.valuePath.join(".")})`,
      );
    }
    // names that differ only in case clash too: unpacked on macOS or Windows, one would replace the other
    const spelled = (candidate: string): string | undefined =>
      [...files.keys()].find((taken) => taken.toLowerCase() === candidate.toLowerCase());
    const taken = spelled(fileName);
    if (taken !== undefined && files.get(taken)?.source !== ref.source) {
      const free = Array.from({ length: 18 }, (_, i) => alternativeName(fileName, i + 2)).find((candidate) => {
        const other = spelled(candidate);
        return other === undefined || files.get(other)?.source === ref.source;
      });
      if (free === undefined) {
        throw new PackageError(`${name}: Too many file name clashes for ${fileName}`);
      }
      fileName = spelled(free) ?? free;
    } else if (taken !== undefined) {
      fileName = taken; // the same file again: its first spelling
    }
    const declared = ref.sha256Path ? getIn(description.content, ref.sha256Path) : undefined;
    const made = description.valid ? description.generatedFiles?.get(ref.source) : undefined;
    const resolver = made === undefined ? opened.resolver : generatedFileResolver(ref.source, made);
    files.set(fileName, { source: ref.source, sha256: typeof declared === "string" ? declared : null, resolver });
    setIn(rdf, ref.valuePath, ref.withSource(fileName));
  }
  return { rdf, files, description, close: () => opened.close() };
}

/** YAML 1.2 as the reference writes it: `%YAML 1.2` header, 2-space mappings, indented sequences. */
export function toYaml(content: unknown): string {
  const doc = new Document(content, { version: "1.2", customTags: RUYAML_QUOTING });
  if (doc.directives) {
    doc.directives.yaml.explicit = true;
  }
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 88, minContentWidth: 0 });
}

export interface SavePackageOptions extends PackageContentOptions {
  /** Default: a new `*.bioimageio.zip` in the temp folder. */
  readonly outputPath?: string;
  /** "deflate" (default; already-compressed formats are stored) or "store" (nothing compressed). */
  readonly compression?: "deflate" | "store";
  /** zlib level 0-9 (default 1, as the reference). */
  readonly compressionLevel?: number;
  /** Keep a package that does not validate (default: it is an error). */
  readonly allowInvalid?: boolean;
  /** Told the bytes written so far and the total (when every size is known), after each chunk. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
  /** Told when a phase starts: checking the source and its files, writing the zip, validating the package. */
  readonly onPhase?: (phase: PackagePhase) => void;
}

export type PackagePhase = "check" | "write" | "validate";

/** Sums what `onProgress` needs: bytes done and, when all sizes are known, the total. */
async function progressOf(
  content: PackageContent,
  report: SavePackageOptions["onProgress"],
): Promise<((bytes: number) => void) | undefined> {
  if (!report) {
    return undefined;
  }
  let total: number | undefined = 0;
  for (const file of content.files.values()) {
    const size = await file.resolver.size?.(file.source).catch(() => undefined);
    total = size === undefined || total === undefined ? undefined : total + size;
  }
  let done = 0;
  return (bytes) => {
    done += bytes;
    report(done, total);
  };
}

/** The files first, rdf.yaml last (as the reference): a reader that finds rdf.yaml finds a complete package. */
function zipEntries(content: PackageContent, compression: "deflate" | "store"): ZipEntrySource[] {
  const entries: ZipEntrySource[] = [];
  for (const [name, file] of content.files) {
    entries.push({ name, method: compression === "store" ? "store" : defaultMethod(name), open: () => file.resolver.open(file.source) });
  }
  const yaml = new TextEncoder().encode(toYaml(content.rdf));
  entries.push({
    name: BIOIMAGEIO_YAML,
    size: yaml.length,
    method: compression === "store" ? "store" : "deflate",
    open: async function* (): ByteStream {
      yield yaml;
    },
  });
  return entries;
}

async function writeZip(writer: ZipWriter, content: PackageContent, options: SavePackageOptions): Promise<Record<string, string>> {
  const written: Record<string, string> = {};
  try {
    for (const entry of zipEntries(content, options.compression ?? "deflate")) {
      const file = content.files.get(entry.name);
      const size = file ? await file.resolver.size?.(file.source) : undefined;
      const path = file ? await file.resolver.localPath?.(file.source) : undefined;
      const result = await writer.add({ ...entry, ...(size === undefined ? {} : { size }), path });
      if (file?.sha256 && file.sha256 !== result.sha256) {
        // hashed while writing: a file that changed since it was checked does not slip into the package
        throw new PackageError(
          `Sha256 mismatch for ${file.source}. Expected ${file.sha256}, got ${result.sha256}. Update expected \`sha256\` or point to the matching file.`,
        );
      }
      setEntry(written, entry.name, result.sha256); // a file may be named `__proto__`
    }
    await writer.finish();
  } finally {
    await writer.close(); // the deflate threads, when a file failed
  }
  return written;
}

/** Writes the package as a zip (the reference's `save_bioimageio_package`) and returns its path. */
export async function saveBioimageioPackage(source: SourceInput, options: SavePackageOptions = {}): Promise<string> {
  options.onPhase?.("check");
  const pool = zipThreadsFor(source); // they boot while the source is checked
  try {
    const content = await packageContent(source, options, true);
    try {
      return await writePackage(content, options, pool);
    } finally {
      await content.close();
    }
  } finally {
    await pool?.close();
  }
}

async function writePackage(content: PackageContent, options: SavePackageOptions, pool?: DeflatePool): Promise<string> {
  const outputPath = resolve(options.outputPath ?? join(tmpdir(), `${randomBytes(8).toString("hex")}.bioimageio.zip`));
  await makeDirectory(dirname(outputPath));
  options.onPhase?.("write");
  const written = await writeAtomic(outputPath, async (handle) =>
    writeZip(
      ZipWriter.toFile(handle, { level: options.compressionLevel ?? 1, onProgress: await progressOf(content, options.onProgress), pool }),
      content,
      options,
    ),
  );
  // the files were hashed while written: the package's own check need not read them again
  const knownFiles: Record<string, string | null> = { ...written };
  delete knownFiles[BIOIMAGEIO_YAML];
  options.onPhase?.("validate");
  const reloaded = await loadDescription(outputPath, {
    performIoChecks: options.performIoChecks ?? true,
    knownFiles,
    warningLevel: "error",
    ...(options.settings ? { settings: options.settings } : {}),
  });
  if (!reloaded.valid && !options.allowInvalid) {
    throw new PackageError(`Exported package at '${outputPath}' is invalid:\n${reloaded.validationSummary.format("text")}`);
  }
  return outputPath;
}

/** Writes the package to a stream (no validation afterwards, as the reference's `save_bioimageio_package_to_stream`). */
export async function saveBioimageioPackageToStream(
  source: SourceInput,
  options: Omit<SavePackageOptions, "outputPath" | "allowInvalid"> & { readonly outputStream: Writable },
): Promise<Writable> {
  const content = await packageContent(source, options, true);
  try {
    await writeZip(ZipWriter.toStream(options.outputStream, { level: options.compressionLevel ?? 1 }), content, options);
  } finally {
    await content.close();
  }
  return options.outputStream;
}

async function writeStreamAtomic(path: string, stream: ByteStream): Promise<void> {
  await writeAtomic(path, async (handle) => {
    for await (const chunk of stream) {
      await handle.write(chunk);
    }
  });
}

/**
 * Writes the package's files into a folder (the reference's `save_bioimageio_package_as_folder`); returns the
 * folder. The package is built in a temp folder beside it and renamed into place, so that a failure (a full disk)
 * or a kill never leaves a partial package; a folder that exists must be empty (the reference writes into it and
 * keeps what was there, which mixes a previous package's stale files into the new one) unless it is the
 * description's own folder, which is completed in place.
 */
export async function saveBioimageioPackageAsFolder(
  source: SourceInput,
  options: PackageContentOptions & { readonly outputPath?: string } = {},
): Promise<string> {
  const content = await getResourcePackageContent(source, options);
  try {
    return await writeFolder(content, options.outputPath, await descriptionFolder(source));
  } finally {
    await content.close();
  }
}

/** The folder of a local description given as a folder or a YAML/JSON file (not a zip), with links resolved. */
async function descriptionFolder(source: SourceInput): Promise<string | undefined> {
  if (typeof source !== "string" || isUrl(source)) {
    return undefined;
  }
  const info = await stat(source).catch(() => undefined);
  const folder = info?.isDirectory() ? source : info?.isFile() && /^\.(ya?ml|json)$/i.test(extname(source)) ? dirname(source) : undefined;
  return folder === undefined ? undefined : realpath(folder).catch(() => undefined);
}

async function writeFiles(content: PackageContent, folder: string): Promise<void> {
  for (const [name, file] of content.files) {
    const target = join(folder, name);
    const from = file.resolver.describe(file.source);
    if (resolve(from) === target && (await stat(target).catch(() => undefined))?.isFile()) {
      continue; // already there (packaging a folder into itself)
    }
    await writeStreamAtomic(target, file.resolver.open(file.source));
  }
  await writeStreamAtomic(
    join(folder, BIOIMAGEIO_YAML),
    (async function* () {
      yield new TextEncoder().encode(toYaml(content.rdf));
    })(),
  );
}

async function writeFolder(content: PackageContent, outputPath: string | undefined, ownFolder: string | undefined): Promise<string> {
  const given = resolve(outputPath ?? join(tmpdir(), `bioimageio-package-${randomBytes(8).toString("hex")}`));
  const { path: folder, mode } = await writeTargetOf(given, true); // a symbolic link to a folder: the folder it names
  if (ownFolder !== undefined && (await realpath(folder).catch(() => folder)) === ownFolder) {
    await writeFiles(content, folder);
    return given;
  }
  let existing: string[] | undefined;
  try {
    existing = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw writeErrorOf(folder, "write into the folder", error);
    }
  }
  if (existing !== undefined && existing.length > 0) {
    throw new PackageError(
      `${given}: the output folder is not empty (${existing.length} entries); packaging into it would mix its files with the package's. Remove it or choose another folder.`,
    );
  }
  await makeDirectory(dirname(folder));
  await removeStaleTemps(folder); // a killed run's half-written package
  const temp = tempPathFor(folder);
  try {
    await mkdir(temp);
    if (mode !== undefined) {
      await chmod(temp, mode);
    }
    await writeFiles(content, temp);
    if (existing !== undefined) {
      await rmdir(folder); // empty: not every system renames a folder onto an empty one
    }
    await rename(temp, folder);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw isWriteFailure(error) ? writeErrorOf(folder, "write the package", error) : error;
  }
  await syncDirectory(dirname(folder));
  return given;
}
