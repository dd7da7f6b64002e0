// Files a document references, as every family reads them: http(s) URLs or paths relative to the document, their
// file names, and the FileResolver that reads them (a folder, an archive, a URL, or what a web page was given).
// Browser-safe.
import type { ByteStream } from "./bytes/streams.js";

/** A missing file (as opposed to one that could not be read for another reason). */
export class FileNotFound extends Error {
  constructor(readonly location: string) {
    super(`${location} does not point to an existing file`);
    this.name = "FileNotFound";
  }
}

/** How a document's file references are read: relative to its folder, archive or URL. */
export interface FileResolver {
  /** Where a source points, for messages (an absolute path, a URL, `archive.zip/name`). */
  describe(source: string): string;
  /** True for sources inside the document's own folder or archive (which must exist with IO checks). */
  isLocal(source: string): boolean;
  exists(source: string): Promise<boolean>;
  /** The file's bytes; fails with FileNotFound when it does not exist. `sha256`, when known, lets a cache answer. */
  open(source: string, sha256?: string): ByteStream;
  /** The file's size when it can be known without reading it. */
  size?(source: string): Promise<number | undefined>;
  /** The path of the file on this machine, for a source that is one (a package writer reads it straight). */
  localPath?(source: string): Promise<string | undefined>;
}

/** An http(s) URL (any other reference is a path relative to the document). */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The last path segment of a source (for URLs, of its path; zenodo's `/files/<name>/content` form too). */
export function fileNameOf(source: string): string {
  const url = isUrl(source) && URL.canParse(source) ? new URL(source) : undefined;
  if (url) {
    const parts = url.pathname.split("/");
    const zenodo = url.hostname === "zenodo.org" && url.pathname.startsWith("/api/records/") && url.pathname.endsWith("/content");
    const name = (zenodo ? parts.at(-2) : parts.at(-1)) ?? "";
    try {
      return decodeURIComponent(name);
    } catch {
      return name; // a malformed %-escape: the name as written
    }
  }
  return source.split("/").at(-1) ?? source;
}
