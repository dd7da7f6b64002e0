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

/** SHA-256 of the dropped files next to a Croissant; md5 and remote files are not at hand (mlcroissant skips them too). */
function droppedHashFile(files: ReadonlyMap<string, Blob>, folder: string): HashFile {
  return async (contentUrl, algorithm) => {
    const blob = /^[A-Za-z][A-Za-z0-9+.-]+:/.test(contentUrl) ? undefined : files.get(join(folder, contentUrl));
    if (!blob || algorithm !== "sha256") {
      return undefined;
    }
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

async function textOf(blob: Blob, what: string): Promise<string> {
  if (blob.size > MAX_TEXT_BYTES) {
    throw new Error(`${what} is ${blob.size} bytes, more than the ${MAX_TEXT_BYTES} bytes this page reads as text`);
  }
  return new TextDecoder().decode(await blob.arrayBuffer());
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
): Promise<{ summary: ValidationSummary; notes: string[] }> {
  const remote = remoteRefs(parsed.value);
  const knownFiles = Object.fromEntries(remote.map((url): [string, null] => [url, null]));
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
  return {
    summary: description.validationSummary,
    notes: remote.map((url) => `not checked: ${url} (this page makes no network requests)`),
  };
}

async function checkPackage(file: InputFile, options: PageOptions): Promise<FileReport> {
  const kind = "bioimage.io package (zip)";
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(blobSource(file.path, file.blob));
  } catch (error) {
    if (error instanceof ZipError) {
      return { path: file.path, kind, summary: loadFailure(file.path, error.message, "read_error"), notes: [] };
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
      return { path: file.path, kind, source, summary: loadFailure(name, error.reason, "parse_error", error), notes: [] };
    }
    throw error;
  }
  const { summary, notes } = await validateDescription(
    parsed,
    archiveResolver(archive),
    { root: file.path, sourceName: file.path },
    options,
  );
  return { path: file.path, kind, source, summary, notes };
}

async function checkDocument(file: InputFile, atHand: ReadonlyMap<string, Blob>, options: PageOptions): Promise<FileReport> {
  let text: string;
  let parsed: ParsedSource;
  try {
    text = await textOf(file.blob, file.path);
  } catch (error) {
    return { path: file.path, kind: "unreadable", summary: loadFailure(file.path, (error as Error).message, "read_error"), notes: [] };
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
      };
    }
    throw error;
  }
  const kind: DocumentKind = detectKind(parsed.value, file.path);
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
        };
      }
      throw error;
    }
  }
  const folder = folderOf(file.path);
  // Files dropped with a description are its folder; alone, its references cannot be checked.
  const withFiles = [...atHand.keys()].some((path) => path !== normalizePath(file.path));
  if (kind.name === "bioimageio" && withFiles) {
    const { summary, notes } = await validateDescription(
      parsed,
      droppedResolver(atHand, folder),
      { root: folder, sourceName: file.path },
      options,
    );
    return { path: file.path, kind: kind.description, source, summary, notes };
  }
  const summary = await kind.validate(parsed.value, {
    ...kindOptions(options),
    sourceName: parsed.fileName,
    locate: parsed.locate,
    hashFile: withFiles ? droppedHashFile(atHand, folder) : undefined,
  });
  const notes = withFiles
    ? []
    : kind.name === "bioimageio"
      ? ["not checked: referenced files and their sha256 (drop the zip package, or the description together with its files)"]
      : kind.name === "croissant"
        ? ["not checked: file checksums (drop metadata.json together with its files)"]
        : [];
  return { path: file.path, kind: kind.description, source, summary, notes };
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
