// copick URIs (copick/util/uri.py) as export filters: `ribosome:alice/*` (picks, meshes),
// `membrane:*/*@10.0?multilabel=true` (segmentations), `wbp@10.0` (tomograms), `wbp@10.0:sobel` (features).
// Glob patterns by default (fnmatch, case-sensitive as on POSIX), `re:` for regular expressions matched at the
// start; missing parts match everything. Browser-safe.
import { CopickError } from "./errors.js";
import { pyFloatRepr } from "./pyjson.js";

export type UriObjectType = "picks" | "mesh" | "segmentation" | "tomogram" | "feature";

/** What a URI is matched against. */
export interface UriTarget {
  readonly objectName?: string;
  readonly userId?: string;
  readonly sessionId?: string;
  readonly voxelSize?: number;
  readonly isMultilabel?: boolean;
  readonly tomoType?: string;
  readonly featureType?: string;
}

interface ParsedUri {
  readonly regex: boolean;
  readonly name: string;
  readonly userId: string;
  readonly sessionId: string;
  readonly voxelSpacing: string;
  readonly featureType: string;
  readonly multilabel: boolean | undefined;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** `name`, `name:user` or `name:user/session`; a second `:` is an error, as in copick. */
function userSession(uri: string, type: UriObjectType, main: string): { name: string; userId: string; sessionId: string } {
  const parts = main.split(":");
  if (parts.length > 2) {
    throw new CopickError(`Invalid ${type === "segmentation" ? "segmentation" : type} URI format: '${uri}'`);
  }
  const [name = "", session] = parts;
  if (session === undefined) {
    return { name, userId: "*", sessionId: "*" };
  }
  const [userId, sessionId = "*"] = splitOnce(session, "/");
  return { name, userId, sessionId };
}

/** copick's `parse_copick_uri`. */
function parseUri(input: string, type: UriObjectType): ParsedUri {
  let uri = input.trim();
  const regex = uri.startsWith("re:");
  if (regex) {
    uri = uri.slice(3);
  }
  let multilabel: boolean | undefined;
  const [path, query] = splitOnce(uri, "?");
  if (query !== undefined) {
    uri = path;
    const value = new URLSearchParams(query).get("multilabel");
    if (value !== null) {
      multilabel = ["true", "1", "yes"].includes(value.toLowerCase());
    }
  }
  const base = { regex, name: "*", userId: "*", sessionId: "*", voxelSpacing: "*", featureType: "*", multilabel: undefined };
  if (type === "picks" || type === "mesh") {
    return { ...base, ...userSession(input, type, uri) };
  }
  if (type === "segmentation") {
    const [main, voxelSpacing = "*"] = splitOnce(uri, "@");
    return { ...base, ...userSession(input, type, main), voxelSpacing, multilabel };
  }
  const [name, rest] = splitOnce(uri, "@");
  if (type === "tomogram" || rest === undefined) {
    return { ...base, name, voxelSpacing: rest ?? "*" };
  }
  const [voxelSpacing, featureType = "*"] = splitOnce(rest, ":");
  return { ...base, name, voxelSpacing, featureType };
}

/** Python's fnmatch.translate, anchored. */
function globRegExp(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*") {
      out += "[\\s\\S]*";
    } else if (ch === "?") {
      out += "[\\s\\S]";
    } else if (ch === "[") {
      let j = i + 1;
      if (pattern[j] === "!") {
        j++;
      }
      if (pattern[j] === "]") {
        j++;
      }
      while (j < pattern.length && pattern[j] !== "]") {
        j++;
      }
      if (j >= pattern.length) {
        out += "\\[";
        continue;
      }
      let set = pattern.slice(i + 1, j).replaceAll("\\", "\\\\");
      if (set.startsWith("!")) {
        set = `^${set.slice(1)}`;
      } else if (set.startsWith("^")) {
        set = `\\${set}`;
      }
      out += `[${set}]`;
      i = j;
    } else {
      out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  return new RegExp(`^(?:${out})$`, "u");
}

/** Glob characters make a value a pattern; with `re:`, everything is one (copick's `_is_pattern`). */
function isPattern(value: string, regex: boolean): boolean {
  return value === "*" || regex || /[*?[]/.test(value);
}

function matches(value: string, pattern: string, regex: boolean): boolean {
  if (pattern === "*") {
    return true;
  }
  if (!regex) {
    return globRegExp(pattern).test(value);
  }
  try {
    return new RegExp(pattern, "uy").test(value); // Python's re.match: anchored at the start only
  } catch (error) {
    throw new CopickError(`Invalid regex pattern '${pattern}': ${(error as Error).message}`);
  }
}

/** copick's `_matches_numeric_pattern`: numbers compare as numbers, other patterns match Python's str(float). */
function matchesNumber(value: number, pattern: string, regex: boolean): boolean {
  if (pattern === "*") {
    return true;
  }
  const number = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(pattern) ? Number(pattern) : undefined;
  if (!regex && number !== undefined) {
    return value === number;
  }
  return matches(pyFloatRepr(value), pattern, regex);
}

/** A predicate for one URI, following copick's resolution (exact matches when no part is a pattern). */
export function copickUriMatcher(uri: string, type: UriObjectType): (target: UriTarget) => boolean {
  const p = parseUri(uri, type);
  const text = (value: string | undefined, pattern: string): boolean =>
    pattern === "" || (isPattern(pattern, p.regex) ? matches(value ?? "", pattern, p.regex) : value === pattern);
  switch (type) {
    case "picks":
    case "mesh":
      return (t) => text(t.objectName, p.name) && text(t.userId, p.userId) && text(t.sessionId, p.sessionId);
    case "segmentation": {
      // Without a pattern copick calls get_segmentations(voxel_size=float(vs)), which ignores a non-number.
      const exact = ![p.name, p.userId, p.sessionId, p.voxelSpacing].some((v) => v !== "" && isPattern(v, p.regex));
      const exactVoxel = Number.isNaN(Number(p.voxelSpacing)) || p.voxelSpacing.trim() === "" ? undefined : Number(p.voxelSpacing);
      return (t) =>
        text(t.objectName, p.name) &&
        text(t.userId, p.userId) &&
        text(t.sessionId, p.sessionId) &&
        (exact
          ? exactVoxel === undefined || t.voxelSize === exactVoxel
          : p.voxelSpacing === "" || matchesNumber(t.voxelSize ?? Number.NaN, p.voxelSpacing, p.regex)) &&
        (p.multilabel === undefined || t.isMultilabel === p.multilabel);
    }
    case "tomogram":
    case "feature":
      return (t) =>
        (p.voxelSpacing === "" || matchesNumber(t.voxelSize ?? Number.NaN, p.voxelSpacing, p.regex)) &&
        text(t.tomoType, p.name) &&
        (type === "tomogram" || text(t.featureType, p.featureType));
  }
}

/** A predicate for a list of URIs (their union), or undefined for no filter. */
export function copickUriFilter(uris: readonly string[] | undefined, type: UriObjectType): ((target: UriTarget) => boolean) | undefined {
  if (uris === undefined) {
    return undefined;
  }
  const matchers = uris.map((uri) => copickUriMatcher(uri, type));
  return (target) => matchers.some((match) => match(target));
}
