// Settings from environment variables (the reference's BIOIMAGEIO_* settings, plus a few of ours). Read when
// used, not at import, so that tests and long-running processes see changes.
import { homedir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from "../load/limits.js";
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from "../zip/reader.js";

function flag(name: string, fallback: boolean): boolean {
  const value = process.env[name]?.trim().toLowerCase();
  if (value === undefined || value === "") {
    return fallback;
  }
  return !["0", "false", "no", "off"].includes(value);
}

function number(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The user cache directory, as platformdirs' `user_cache_dir("bioimageio")`. */
function defaultCacheDir(): string {
  if (process.platform === "win32") {
    return join(process.env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "bioimageio", "Cache");
  }
  if (process.platform === "darwin") {
    return join(homedir(), "Library", "Caches", "bioimageio");
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "bioimageio");
}

export interface Settings {
  /** BIOIMAGEIO_CACHE_PATH: where downloads are kept. */
  readonly cachePath: string;
  /** BIOIMAGEIO_HTTP_TIMEOUT: seconds without progress before a request is abandoned (default 10). */
  readonly httpTimeoutSeconds: number;
  /** BIOIMAGEIO_HTTP_RETRIES: retries after a network error, a timeout or an HTTP 5xx/429 (default 3). */
  readonly httpRetries: number;
  /** BIOIMAGEIO_OFFLINE: never use the network; files must be cached or in knownFiles. */
  readonly offline: boolean;
  /** BIOIMAGEIO_PERFORM_IO_CHECKS: default of `performIoChecks` for loadDescription (default true, as the reference). */
  readonly performIoChecks: boolean;
  /** BIOIMAGEIO_USER_AGENT: the User-Agent header of downloads. */
  readonly userAgent: string;
  /** BIOIMAGEIO_HYPHA_UPLOAD: the artifact manager's `create` endpoint used by `upload`. */
  readonly hyphaUpload: string;
  /** BIOIMAGEIO_HYPHA_UPLOAD_TOKEN: the upload token (no default). */
  readonly hyphaUploadToken: string | undefined;
  /** CI: no progress output on CI even on a terminal. */
  readonly ci: boolean;
  /** BIOIMAGE_SPECS_MAX_DOCUMENT_BYTES, _MAX_DEPTH, _MAX_YAML_ALIASES: what one document may cost to parse. */
  readonly documentLimits: DocumentLimits;
  /** BIOIMAGE_SPECS_ZIP_MAX_ENTRIES, _ZIP_MAX_BYTES, _ZIP_MAX_RATIO: what an archive may expand to. */
  readonly zipLimits: ZipLimits;
  /** BIOIMAGE_SPECS_HTTP_MAX_BYTES: largest download (default 64 GiB). */
  readonly httpMaxBytes: number;
  /** BIOIMAGE_SPECS_HTTP_MAX_SECONDS: longest download, however steadily it progresses (default 3600: a slow drip ends). */
  readonly httpMaxSeconds: number;
}

export function settings(): Settings {
  const ci = flag("CI", false);
  return {
    cachePath: process.env.BIOIMAGEIO_CACHE_PATH || defaultCacheDir(),
    httpTimeoutSeconds: number("BIOIMAGEIO_HTTP_TIMEOUT", 10),
    httpRetries: Math.floor(number("BIOIMAGEIO_HTTP_RETRIES", 3)),
    offline: flag("BIOIMAGEIO_OFFLINE", false),
    performIoChecks: flag("BIOIMAGEIO_PERFORM_IO_CHECKS", true),
    userAgent: process.env.BIOIMAGEIO_USER_AGENT || (ci ? "ci" : "bioimage-specs"),
    hyphaUpload: process.env.BIOIMAGEIO_HYPHA_UPLOAD || "https://hypha.aicell.io/public/services/artifact-manager/create",
    hyphaUploadToken: process.env.BIOIMAGEIO_HYPHA_UPLOAD_TOKEN || undefined,
    ci,
    documentLimits: {
      maxDocumentBytes: number("BIOIMAGE_SPECS_MAX_DOCUMENT_BYTES", DEFAULT_DOCUMENT_LIMITS.maxDocumentBytes),
      maxDepth: Math.floor(number("BIOIMAGE_SPECS_MAX_DEPTH", DEFAULT_DOCUMENT_LIMITS.maxDepth)),
      maxAliasCount: Math.floor(number("BIOIMAGE_SPECS_MAX_YAML_ALIASES", DEFAULT_DOCUMENT_LIMITS.maxAliasCount)),
    },
    zipLimits: {
      maxEntries: Math.floor(number("BIOIMAGE_SPECS_ZIP_MAX_ENTRIES", DEFAULT_ZIP_LIMITS.maxEntries)),
      maxTotalSize: number("BIOIMAGE_SPECS_ZIP_MAX_BYTES", DEFAULT_ZIP_LIMITS.maxTotalSize),
      maxRatio: number("BIOIMAGE_SPECS_ZIP_MAX_RATIO", DEFAULT_ZIP_LIMITS.maxRatio),
    },
    httpMaxBytes: number("BIOIMAGE_SPECS_HTTP_MAX_BYTES", 2 ** 36),
    httpMaxSeconds: number("BIOIMAGE_SPECS_HTTP_MAX_SECONDS", 3600),
  };
}
