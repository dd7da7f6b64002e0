// Browser-safe pieces for reading a package where no file system exists (the web page): a zip archive as a
// FileResolver for IO checks, and a Blob/File as the archive's random-access source.
import { FileNotFound, type FileResolver, isUrl } from "../files.js";
import type { ByteStream } from "../bytes/streams.js";
import { type RandomAccessSource, unsafeEntryName, type ZipArchive } from "./reader.js";

/** A relative reference as an entry name; references that leave the archive, and URLs other than http(s), are refused. */
export function entryNameOf(source: string, archiveName: string): string {
  const unsafe = unsafeEntryName(source);
  if (unsafe) {
    throw new Error(unsafe.includes("..") ? `${source}: reference points outside ${archiveName}` : `${source}: reference ${unsafe}`);
  }
  // `file:///etc/passwd`, `s3://...`: not a relative path (a one-letter scheme is a drive letter, refused above)
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]+):/.exec(source)?.[1];
  if (scheme !== undefined) {
    throw new Error(`${source}: reference is a ${scheme}: URL (only relative paths and http(s) URLs are supported)`);
  }
  return source
    .split("/")
    .filter((part) => part !== "" && part !== ".")
    .join("/");
}

/**
 * References of a description inside `archive`, relative to its root. URLs go to `fetchUrl` (the page's fetch, or
 * the Node download cache); without it they cannot be read.
 */
export function archiveResolver(archive: ZipArchive, fetchUrl?: (url: string, sha256?: string) => ByteStream): FileResolver {
  const entryOf = (source: string) => archive.entries.get(entryNameOf(source, archive.name));
  return {
    describe: (source) => (isUrl(source) ? source : `${archive.name}/${source}`),
    isLocal: (source) => !isUrl(source),
    exists: (source) => Promise.resolve(isUrl(source) || entryOf(source)?.isDirectory === false),
    open(source, sha256) {
      if (isUrl(source)) {
        if (!fetchUrl) {
          throw new Error(`${source}: remote files cannot be read here`);
        }
        return fetchUrl(source, sha256);
      }
      const entry = entryOf(source);
      if (!entry || entry.isDirectory) {
        throw new FileNotFound(`${archive.name}/${source}`);
      }
      return archive.stream(entry);
    },
    size: (source) => Promise.resolve(isUrl(source) ? undefined : entryOf(source)?.size),
  };
}

/** A Blob (a browser File) as the random-access source of a zip archive: only the parts read are loaded. */
export function blobSource(name: string, blob: Blob): RandomAccessSource {
  return {
    name,
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
