// What the page does with the files a user drops, without the DOM: each document (or zip package) is read,
// parsed with positions (`yaml` loaded only for YAML the fast path cannot read) and validated by the same code as
// the CLI (src/index.ts). Files dropped together are "at hand": a description's references and a Croissant's
// checksums are read from them. Nothing is fetched.
import {
  archiveResolver,
  blobSource,
  buildDescription,
  createSha256,
  type CroissantProfile,
  type DocumentKind,
  detectKind,
  type ErrorEntry,
  FileNotFound,
  type FileResolver,
  fileRefs,
  findEntryName,
  type HashFile,
  ioChecks,
  isUrl,
  ParseError,
  type ParsedSource,
  parseDescriptionText,
  parseSourceLazily,
  readAll,
  type ValidateOptions,
  ValidationSummary,
  ZipArchive,
  ZipError,
} from "../../src/index.js";

/** A dropped or picked file; `path` is its path relative to the drop (a picked folder), else its name. */
export interface InputFile {
  readonly path: string;
  readonly blob: Blob;
}

export interface PageOptions {
  readonly formatVersion: "discover" | "latest";
  readonly strict: boolean;
  readonly collection: boolean;
  readonly croissantProfile: CroissantProfile;
}

export const DEFAULT_OPTIONS: PageOptions = {
  formatVersion: "discover",
  strict: false,
  collection: false,
  croissantProfile: "mlcroissant",
};

export interface FileReport {
  /** The dropped file. */
  readonly path: string;
  /** What it was read as, in words. */
  readonly kind: string;
  readonly summary: ValidationSummary;
  /** The text the positions point into (for a package: its rdf.yaml). */
  readonly source?: { readonly name: string; readonly text: string };
  /** What the page could not check, and why. */
  readonly notes: readonly string[];
  /** What it verified beyond the document itself: the files read and their sha256. */
  readonly verified: readonly string[];
}

/** Text files above this size are refused rather than freezing the tab (descriptions are kilobytes). */
const MAX_TEXT_BYTES = 64 << 20;

const DOCUMENT_NAME = /\.(ya?ml|json|ndjson|jsonl|csv|zip)$/i;

/** Which dropped files are validated: all of one, or those that look like documents (the rest are data at hand). */
export function documentsOf(files: readonly InputFile[]): InputFile[] {
  return files.length === 1 ? [...files] : files.filter((file) => DOCUMENT_NAME.test(file.path));
}

async function* blobStream(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function normalizePath(path: string): string {
  return path
    .split("/")
    .filter((part) => part !== "" && part !== ".")
    .join("/");
}

/** The folder of `path` ("" at the top) and a path relative to it. */
const folderOf = (path: string): string => path.split("/").slice(0, -1).join("/");
const join = (folder: string, relative: string): string => normalizePath(folder === "" ? relative : `${folder}/${relative}`);

/** References relative to `folder`, read from the dropped files; URLs are never fetched (see `remoteRefs`). */
function droppedResolver(files: ReadonlyMap<string, Blob>, folder: string): FileResolver {
  const fileOf = (source: string) => (source.split("/").includes("..") ? undefined : files.get(join(folder, source)));
  return {
    describe: (source) => (isUrl(source) ? source : join(folder, source)),
    isLocal: (source) => !isUrl(source),
    exists: (source) => Promise.resolve(fileOf(source) !== undefined),
    open(source) {
      const blob = fileOf(source);
      if (!blob) {
        throw new FileNotFound(join(folder, source));
      }
      return blobStream(blob);
    },
    size: (source) => Promise.resolve(fileOf(source)?.size),
  };
}

/**
 * What a Croissant's checksums came to, by file name: hashed, or why not. The checker may ask for one file under
 * several URLs (its `contentUrl` against the base URL, then relative to metadata.json): the best outcome counts.
 */
class ChecksumRecord {
  private readonly outcomes = new Map<string, { readonly rank: number; readonly text: string }>();

  note(contentUrl: string, rank: number, text: string): void {
    const name = contentUrl.split("/").pop() ?? contentUrl;
    if ((this.outcomes.get(name)?.rank ?? -1) < rank) {
      this.outcomes.set(name, { rank, text });
    }
  }

  get hashed(): string[] {
    return [...this.outcomes.values()].filter((o) => o.rank === HASHED).map((o) => o.text);
  }

  get skipped(): string[] {
    return [...this.outcomes.values()].filter((o) => o.rank < HASHED).map((o) => o.text);
  }
}

const REMOTE = 0;
const NOT_AT_HAND = 1;
const HASHED = 2;

/**
 * SHA-256 of the dropped files next to a Croissant; md5 and remote files are not at hand (mlcroissant skips them
 * too). `record` collects what was hashed and what was not, for the report.
 */
function droppedHashFile(files: ReadonlyMap<string, Blob>, folder: string, record: ChecksumRecord): HashFile {
  return async (contentUrl, algorithm) => {
    const remote = /^[A-Za-z][A-Za-z0-9+.-]+:/.test(contentUrl);
    const blob = remote ? undefined : files.get(join(folder, contentUrl));
    if (remote) {
      record.note(contentUrl, REMOTE, `${contentUrl} (remote: this page makes no network requests)`);
      return undefined;
    }
    if (!blob || algorithm !== "sha256") {
      record.note(
        contentUrl,
        NOT_AT_HAND,
        `${contentUrl} (${!blob ? "not dropped with metadata.json" : `${algorithm}, not computed in the browser`})`,
      );
      return undefined;
    }
    record.note(contentUrl, HASHED, `${join(folder, contentUrl)}: read, sha256 matches the Croissant's`);
    const hasher = createSha256();
    for await (const chunk of blobStream(blob)) {
      hasher.update(chunk);
    }
    return { path: join(folder, contentUrl), hex: hasher.digestHex() };
  };
}

/** URL references of a bioimage.io description: listed as known so that IO checks skip them (no network). */
function remoteRefs(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [];
  }
  const doc = value as Record<string, unknown>;
  try {
    return fileRefs(doc, String(doc.type), String(doc.format_version))
      .map((ref) => ref.source)
      .filter(isUrl);
  } catch {
    return []; // a malformed description: validation reports it
  }
}

function loadFailure(path: string, message: string, type: string, position?: { line: number; col: number }): ValidationSummary {
  const entry: ErrorEntry = {
    loc: [],
    msg: message,
    type,
    with_traceback: false,
    traceback_md: "",
    traceback_html: "",
    rule: "load",
    ...(position ? { position: { file: path, ...position } } : {}),
  };
  return new ValidationSummary({
    name: "bioimage-specs validation",
    source_name: path,
    type: "unknown",
    format_version: "unknown",
    details: [
      {
        name: "read and parse the source",
        status: "failed",
        loc: [],
        errors: [entry],
        warnings: [],
        context: null,
        recommended_env: null,
        saved_conda_compare: null,
      },
    ],
  });
}

const WHAT_TO_DROP =
  "drop a bioimage.io description (rdf.yaml, *.bioimageio.yaml) or zip package, a Fractal manifest, a copick config, picks file or CSV, or a Croissant metadata.json";

/** Binary formats users drop by mistake, by their first bytes. */
const MAGIC: readonly [string, readonly number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["a TIFF image", [0x4d, 0x4d, 0x00, 0x2a]],
  ["a PDF", [0x25, 0x50, 0x44, 0x46]],
  ["a NumPy array", [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]],
  ["a gzip file", [0x1f, 0x8b]],
];

/** Why `bytes` are not a text document, or undefined when they are UTF-8 text. */
function notText(bytes: Uint8Array): string | undefined {
  const magic = MAGIC.find(([, head]) => head.every((byte, i) => bytes[i] === byte));
  if (magic) {
    return magic[0];
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return "binary data";
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return "not UTF-8 text";
  }
}

async function textOf(blob: Blob, what: string): Promise<string> {
  if (blob.size > MAX_TEXT_BYTES) {
    throw new Error(`${what} is ${blob.size} bytes, more than the ${MAX_TEXT_BYTES} bytes this page reads as text`);
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const binary = notText(bytes);
  if (binary !== undefined) {
    throw new Error(`${what} is not a text document (${binary}): ${WHAT_TO_DROP}`);
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A document that no kind recognises is read as a bioimage.io description (the reference's fallback, which names
 * what is missing); on this page, where any file may be dropped, a mapping with none of bioimage.io's keys and no
 * description's file name is said to be unknown instead.
 */
function unrecognised(value: unknown, path: string, kind: DocumentKind): string | undefined {
  if (kind.name !== "bioimageio" || /(^|\/)(rdf\.ya?ml|bioimageio\.ya?ml|[^/]*\.bioimageio\.ya?ml|[^/]*\.rdf\.ya?ml)$/i.test(path)) {
    return undefined;
  }
  const isMapping = typeof value === "object" && value !== null && !Array.isArray(value);
  if (isMapping && ("type" in value || "format_version" in value)) {
    return undefined;
  }
  const shape = isMapping
    ? `a mapping with keys ${Object.keys(value).slice(0, 5).join(", ")}${Object.keys(value).length > 5 ? ", …" : ""}`
    : `a ${Array.isArray(value) ? "list" : typeof value}`;
  return `${path} is not a document this page knows (${shape}; none of bioimage.io's type and format_version, a Fractal manifest's task_list, a copick or Croissant document's keys): ${WHAT_TO_DROP}`;
}

function kindOptions(options: PageOptions): ValidateOptions {
  return {
    formatVersion: options.formatVersion,
    croissantProfile: options.croissantProfile,
    strict: options.strict,
    collection: options.collection,
  };
}

/** A bioimage.io description with IO checks against `resolver` (a package, or the files dropped with it). */
async function validateDescription(
  parsed: ParsedSource,
  resolver: FileResolver,
  where: { readonly root: string; readonly sourceName: string },
  options: PageOptions,
): Promise<{ summary: ValidationSummary; notes: string[]; verified: string[] }> {
  const remote = remoteRefs(parsed.value);
  const knownFiles: Record<string, string | null> = Object.fromEntries(remote.map((url): [string, null] => [url, null]));
  const description = await buildDescription(parsed.value, {
    formatVersion: options.formatVersion,
    sourceName: where.sourceName,
    locate: parsed.locate,
    context: {
      file_name: parsed.fileName.split("/").pop() ?? parsed.fileName,
      original_source_name: where.sourceName,
      root: where.root,
      perform_io_checks: true,
      known_files: knownFiles,
    },
    io: ioChecks({ resolver, createHasher: createSha256, knownFiles }),
  });
  // The IO checks add every file they read, with its sha256, to knownFiles (URLs stay null: not fetched).
  const verified = Object.entries(knownFiles)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([name, sha256]) => `${name}: read, sha256 ${sha256.slice(0, 12)}…`);
  return {
    summary: description.validationSummary,
    notes: remote.map((url) => `not checked: ${url} (this page makes no network requests)`),
    verified,
  };
}

async function checkPackage(file: InputFile, options: PageOptions): Promise<FileReport> {
  const kind = "bioimage.io package (zip)";
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(blobSource(file.path, file.blob));
  } catch (error) {
    if (error instanceof ZipError) {
      return { path: file.path, kind, summary: loadFailure(file.path, error.message, "read_error"), notes: [], verified: [] };
    }
    throw error;
  }
  const entryName = findEntryName([...archive.entries.keys()].filter((name) => !name.includes("/")));
  const entry = entryName === undefined ? undefined : archive.entries.get(entryName);
  if (entryName === undefined || entry === undefined) {
    return {
      path: file.path,
      kind,
      summary: loadFailure(file.path, `${file.path}: no rdf.yaml or *.bioimageio.yaml at the root of the package`, "read_error"),
      notes: [],
      verified: [],
    };
  }
  const name = `${file.path}/${entryName}`;
  const text = new TextDecoder().decode(await readAll(archive.stream(entry), MAX_TEXT_BYTES, name));
  const source = { name, text };
  let parsed: ParsedSource;
  try {
    parsed = await parseDescriptionText(text, name);
  } catch (error) {
    if (error instanceof ParseError) {
      return { path: file.path, kind, source, summary: loadFailure(name, error.reason, "parse_error", error), notes: [], verified: [] };
    }
    throw error;
  }
  const { summary, notes, verified } = await validateDescription(
    parsed,
    archiveResolver(archive),
    { root: file.path, sourceName: file.path },
    options,
  );
  return { path: file.path, kind, source, summary, notes, verified };
}

async function checkDocument(file: InputFile, atHand: ReadonlyMap<string, Blob>, options: PageOptions): Promise<FileReport> {
  let text: string;
  let parsed: ParsedSource;
  try {
    text = await textOf(file.blob, file.path);
  } catch (error) {
    return {
      path: file.path,
      kind: "not a document",
      summary: loadFailure(file.path, (error as Error).message, "read_error"),
      notes: [],
      verified: [],
    };
  }
  const source = { name: file.path, text };
  try {
    parsed = await parseSourceLazily(text, file.path);
  } catch (error) {
    if (error instanceof ParseError) {
      return {
        path: file.path,
        kind: "unparsable",
        source,
        summary: loadFailure(file.path, error.reason, "parse_error", error),
        notes: [],
        verified: [],
      };
    }
    throw error;
  }
  const kind: DocumentKind = detectKind(parsed.value, file.path);
  const unknown = unrecognised(parsed.value, file.path, kind);
  if (unknown !== undefined) {
    return {
      path: file.path,
      kind: "not a document",
      source,
      summary: loadFailure(file.path, unknown, "unknown_document"),
      notes: [],
      verified: [],
    };
  }
  if (kind.name === "bioimageio" && /\.json$/i.test(file.path)) {
    try {
      parsed = await parseDescriptionText(text, file.path); // as the reference reads it: YAML
    } catch (error) {
      if (error instanceof ParseError) {
        return {
          path: file.path,
          kind: kind.description,
          source,
          summary: loadFailure(file.path, error.reason, "parse_error", error),
          notes: [],
          verified: [],
        };
      }
      throw error;
    }
  }
  const folder = folderOf(file.path);
  // Files dropped with a description are its folder; alone, its references cannot be checked.
  const withFiles = [...atHand.keys()].some((path) => path !== normalizePath(file.path));
  if (kind.name === "bioimageio" && withFiles) {
    const { summary, notes, verified } = await validateDescription(
      parsed,
      droppedResolver(atHand, folder),
      { root: folder, sourceName: file.path },
      options,
    );
    return { path: file.path, kind: kind.description, source, summary, notes, verified };
  }
  const checksums = new ChecksumRecord();
  const summary = await kind.validate(parsed.value, {
    ...kindOptions(options),
    sourceName: parsed.fileName,
    locate: parsed.locate,
    hashFile: withFiles ? droppedHashFile(atHand, folder, checksums) : undefined,
  });
  const notes = withFiles
    ? checksums.skipped.length > 0
      ? [`not checked: the checksums of ${checksums.skipped.join(", ")}`]
      : []
    : kind.name === "bioimageio"
      ? ["not checked: referenced files and their sha256 (drop the zip package, or the description together with its files)"]
      : kind.name === "croissant"
        ? ["not checked: file checksums (drop metadata.json together with its files)"]
        : [];
  return { path: file.path, kind: kind.description, source, summary, notes, verified: checksums.hashed };
}

/** Validates every document among `files`; the other files are the data at hand. */
export async function checkFiles(files: readonly InputFile[], options: PageOptions = DEFAULT_OPTIONS): Promise<FileReport[]> {
  const atHand = new Map(files.map((file) => [normalizePath(file.path), file.blob]));
  const reports: FileReport[] = [];
  for (const file of documentsOf(files)) {
    const isZip = await ZipArchive.isZip(blobSource(file.path, file.blob));
    reports.push(isZip ? await checkPackage(file, options) : await checkDocument(file, atHand, options));
  }
  return reports;
}
