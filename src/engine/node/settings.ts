// Settings from environment variables, in one scheme: a setting the reference (bioimageio.spec) has keeps its
// name there (`BIOIMAGEIO_CACHE_PATH`, `BIOIMAGEIO_HTTP_TIMEOUT`, ...: one environment serves both tools); every
// setting of ours is `BIOIMAGE_SPECS_*`. Two of ours once had `BIOIMAGEIO_*` names the reference does not know
// (`BIOIMAGEIO_OFFLINE`, `BIOIMAGEIO_HTTP_RETRIES`): still read, with a deprecation warning. A variable in one
// scheme named like a setting of the other (`BIOIMAGE_SPECS_HTTP_TIMEOUT`) is not silently ignored: a warning
// names the right one. Read when used, not at import, so that tests and long-running processes see changes.
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from "../load/limits.js";
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from "../zip/reader.js";
import { userCacheDir } from "./user-cache-dir.js";

/** The reference's settings that we read (their `BIOIMAGEIO_` names). */
const REFERENCE_NAMES = ["CACHE_PATH", "HTTP_TIMEOUT", "PERFORM_IO_CHECKS", "USER_AGENT", "HYPHA_UPLOAD", "HYPHA_UPLOAD_TOKEN"];
/** Ours (their `BIOIMAGE_SPECS_` names). */
const OUR_NAMES = [
  "OFFLINE",
  "HTTP_RETRIES",
  "HTTP_MAX_BYTES",
  "HTTP_MAX_SECONDS",
  "HTTP_MAX_RATIO",
  "MAX_DOCUMENT_BYTES",
  "MAX_DEPTH",
  "MAX_YAML_ALIASES",
  "ZIP_MAX_ENTRIES",
  "ZIP_MAX_BYTES",
  "ZIP_MAX_RATIO",
  // read by the built CLI's launcher (cli/bundle-loader.ts), before any of this is loaded
  "CODE_CACHE",
];
/** Old names of ours, still read. */
const DEPRECATED: Readonly<Record<string, string>> = {
  BIOIMAGE_SPECS_OFFLINE: "BIOIMAGEIO_OFFLINE",
  BIOIMAGE_SPECS_HTTP_RETRIES: "BIOIMAGEIO_HTTP_RETRIES",
};

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (!warned.has(key)) {
    warned.add(key);
    process.emitWarning(message, { type: "DeprecationWarning", code: "BIOIMAGE_SPECS_SETTING" });
  }
}

/** Warns about variables of one scheme named like a setting of the other: they would be ignored. */
function warnAboutMisnamed(): void {
  for (const name of Object.keys(process.env)) {
    const ours = /^BIOIMAGE_SPECS_(.+)$/.exec(name)?.[1];
    const theirs = /^BIOIMAGEIO_(.+)$/.exec(name)?.[1];
    if (ours !== undefined && !OUR_NAMES.includes(ours)) {
      const hint = REFERENCE_NAMES.includes(ours) ? ` (this setting is the reference's: BIOIMAGEIO_${ours})` : "";
      warnOnce(name, `${name} is not a setting and is ignored${hint}`);
    } else if (theirs !== undefined && OUR_NAMES.includes(theirs) && DEPRECATED[`BIOIMAGE_SPECS_${theirs}`] !== name) {
      warnOnce(name, `${name} is not a setting and is ignored (did you mean BIOIMAGE_SPECS_${theirs}?)`);
    }
  }
}

/** The value of setting `name`, or of its deprecated old name (with a warning). */
function read(name: string): string | undefined {
  const value = process.env[name];
  if (value !== undefined) {
    return value;
  }
  const old = DEPRECATED[name];
  if (old !== undefined && process.env[old] !== undefined) {
    warnOnce(old, `${old} is deprecated: use ${name}`);
    return process.env[old];
  }
  return undefined;
}

function flag(name: string, fallback: boolean): boolean {
  const value = read(name)?.trim().toLowerCase();
  if (value === undefined || value === "") {
    return fallback;
  }
  return !["0", "false", "no", "off"].includes(value);
}

function number(name: string, fallback: number): number {
  const text = read(name);
  const value = Number(text);
  return text !== undefined && text.trim() !== "" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export interface Settings {
  /** BIOIMAGEIO_CACHE_PATH: where downloads are kept. */
  readonly cachePath: string;
  /** BIOIMAGEIO_HTTP_TIMEOUT: seconds without progress before a request is abandoned (default 10). */
  readonly httpTimeoutSeconds: number;
  /** BIOIMAGE_SPECS_HTTP_RETRIES: retries after a network error, a timeout or an HTTP 5xx/429 (default 3). */
  readonly httpRetries: number;
  /** BIOIMAGE_SPECS_OFFLINE: never use the network; files must be cached or in knownFiles. */
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
  /**
   * BIOIMAGE_SPECS_HTTP_MAX_RATIO: largest expansion of a compressed (Content-Encoding) body beyond its first MiB
   * (default 100: text compresses 3-30-fold, a deflate bomb up to 1032-fold).
   */
  readonly httpMaxRatio: number;
}

export function settings(): Settings {
  warnAboutMisnamed();
  const ci = flag("CI", false);
  return {
    cachePath: process.env.BIOIMAGEIO_CACHE_PATH || userCacheDir("bioimageio"),
    httpTimeoutSeconds: number("BIOIMAGEIO_HTTP_TIMEOUT", 10),
    httpRetries: Math.floor(number("BIOIMAGE_SPECS_HTTP_RETRIES", 3)),
    offline: flag("BIOIMAGE_SPECS_OFFLINE", false),
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
    httpMaxRatio: number("BIOIMAGE_SPECS_HTTP_MAX_RATIO", 100),
  };
}
