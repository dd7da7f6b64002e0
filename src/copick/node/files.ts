// Node-only file access for copick and Croissant: picks files read and written losslessly (atomic writes),
// and the checksum reader the Croissant checker uses.
import { nodeCrypto } from "../../engine/node/crypto.js";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type LosslessPicksFile, readPicks, writePicks } from "../picks.js";
import type { HashFile } from "../../croissant/check.js";
import { writeFileAtomic } from "../../engine/node/atomic-write.js";
import { ReadError } from "../../engine/node/read-source.js";
import { type Location, locate, readOptional } from "./location.js";

export async function readPicksFile(path: string): Promise<LosslessPicksFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ReadError(path, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
  }
  return readPicks(text, path);
}

export async function writePicksFile(path: string, picks: LosslessPicksFile): Promise<void> {
  await writeFileAtomic(path, writePicks(picks));
}

/** The local path of a content URL relative to `baseDir`, or undefined for remote URLs. */
function localPath(contentUrl: string, baseDir: string): string | undefined {
  if (contentUrl.startsWith("file://")) {
    return fileURLToPath(contentUrl);
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(contentUrl)) {
    return undefined; // http(s), s3, ...: not at hand
  }
  return isAbsolute(contentUrl) ? contentUrl : resolve(baseDir, contentUrl);
}

/** A `HashFile` reading files relative to `baseDir` (the folder of the metadata.json); missing files are skipped. */
export function nodeHashFile(baseDir: string): HashFile {
  return async (contentUrl, algorithm) => {
    const path = localPath(contentUrl, baseDir);
    if (path === undefined) {
      return undefined;
    }
    const hash = nodeCrypto().createHash(algorithm);
    try {
      for await (const chunk of createReadStream(path)) {
        hash.update(chunk as Buffer);
      }
    } catch {
      return undefined; // missing or unreadable: mlcroissant would fail later, at read time
    }
    return { path, hex: hash.digest("hex") };
  };
}

/**
 * A `HashFile` for a metadata.json anywhere (`baseDir` is its folder): local files as `nodeHashFile`, S3 objects
 * (`s3://` content URLs, or relative ones when the folder is on S3) read and hashed; http(s) is not at hand.
 */
export function locationHashFile(baseDir: Location): HashFile {
  if (baseDir.kind === "local") {
    return nodeHashFile(baseDir.path);
  }
  return async (contentUrl, algorithm) => {
    let location: Location | undefined;
    if (contentUrl.startsWith("s3://")) {
      location = locate(contentUrl);
    } else if (baseDir.kind === "s3" && !/^[A-Za-z][A-Za-z0-9+.-]+:/.test(contentUrl)) {
      const key = posix.normalize(posix.join(baseDir.key, contentUrl));
      location = key.startsWith("../") ? undefined : { ...baseDir, key };
    }
    if (location === undefined || location.kind !== "s3") {
      return undefined;
    }
    const bytes = await readOptional(location).catch(() => undefined);
    if (bytes === undefined) {
      return undefined; // missing or unreadable: mlcroissant would fail later, at read time
    }
    return { path: `s3://${location.bucket}/${location.key}`, hex: nodeCrypto().createHash(algorithm).update(bytes).digest("hex") };
  };
}
