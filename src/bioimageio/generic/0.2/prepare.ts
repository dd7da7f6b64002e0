// The format 0.2 before-validators (bioimageio.spec generic/_v0_2_converter.py and the value fixes of
// generic/v0_2.py): the 0.2.0-0.2.3 -> 0.2.4 patch chain, author strings, DOI and GitHub URL prefixes, and the
// normalisations the 0.2 schemas assume (slash-free person names, lower-case ids).
import { copyDocument, isRecord } from "../../../engine/records.js";
import { withoutDoiPrefixes } from "../../common/cite.js";
import { isLaterThan } from "../../format-version.js";
import { type Content, convertOlderFormat, type Prepared } from "../../prepare.js";

type Mutable = Record<string, unknown>;

function isMutable(value: unknown): value is Mutable {
  return isRecord(value);
}

const withoutSlashes = (s: string): string => s.replaceAll("/", "").replaceAll("\\", "");

/**
 * Slashes removed from the names of persons. The converter's `remove_slashes_from_names` copies any sequence into a
 * list (`sequences`: a string becomes the list of its characters).
 */
function removeSlashesFromPersonNames(data: Mutable, groups: readonly string[], sequences = false): void {
  for (const group of groups) {
    const persons = data[group];
    if (Array.isArray(persons) || (sequences && typeof persons === "string")) {
      data[group] = [...persons].map((p: unknown) =>
        isMutable(p) && typeof p.name === "string" ? { ...p, name: withoutSlashes(p.name) } : p,
      );
    }
  }
}

const GITHUB_PREFIX = "https://github.com/";

/**
 * The reference's `convert_from_older_format` of format 0.2, in place: does nothing for a later format;
 * otherwise author strings become `{name}`, 0.2.0/0.2.1 -> 0.2.2 -> (slashes removed from names) 0.2.3 ->
 * (`config.bioimageio.nickname`/`nickname_icon` -> `id`/`id_emoji`) 0.2.4, then DOI prefixes are removed from
 * citations and `https://github.com/` from GitHub user names. Throws `InvalidIntLiteral` where the reference's
 * `int()` of the version's first two parts raises.
 */
export function convertFromOlderFormatV0_2(data: Mutable): void {
  if (!("format_version" in data)) {
    return;
  }
  const fv = data.format_version;
  if (typeof fv === "string" && isLaterThan(fv, 0, 2)) {
    return;
  }
  if (Array.isArray(data.authors)) {
    data.authors = data.authors.map((a: unknown) => (typeof a === "string" ? { name: a } : a));
  }
  if (data.format_version === "0.2.0" || data.format_version === "0.2.1") {
    data.format_version = "0.2.2";
  }
  if (data.format_version === "0.2.2") {
    if (typeof data.name === "string") {
      data.name = withoutSlashes(data.name);
    }
    removeSlashesFromPersonNames(data, ["authors", "maintainers"], true);
    data.format_version = "0.2.3";
  }
  if (data.format_version === "0.2.3") {
    const bioimageio = isMutable(data.config) ? data.config.bioimageio : undefined;
    if (isMutable(bioimageio)) {
      if (bioimageio.nickname !== undefined && bioimageio.nickname !== null) {
        data.id = bioimageio.nickname;
      }
      if (bioimageio.nickname_icon !== undefined && bioimageio.nickname_icon !== null) {
        data.id_emoji = bioimageio.nickname_icon;
      }
    }
    data.format_version = "0.2.4";
  }
  if ("cite" in data) {
    data.cite = withoutDoiPrefixes(data.cite);
  }
  for (const group of ["authors", "maintainers"]) {
    const persons = data[group];
    if (Array.isArray(persons)) {
      data[group] = persons.map((p: unknown) =>
        isMutable(p) && typeof p.github_user === "string" && p.github_user.startsWith(GITHUB_PREFIX)
          ? { ...p, github_user: p.github_user.slice(GITHUB_PREFIX.length) }
          : p,
      );
    }
  }
}

/**
 * Before validation with a format 0.2 description: the patch chain, then what the 0.2 field validators change
 * without complaint (author strings, slashes in person names, an upper-case `id`).
 */
export function prepareGenericV0_2(content: Content): Prepared {
  const data: Mutable = copyDocument(content);
  const failed = convertOlderFormat(data, convertFromOlderFormatV0_2);
  if (failed.length > 0) {
    return { content: data, issues: failed };
  }
  // `accept_author_strings`: a string entry is an author's name (a string is a sequence of names, too)
  if (Array.isArray(data.authors) || typeof data.authors === "string") {
    data.authors = [...data.authors].map((a: unknown) => (typeof a === "string" ? { name: a } : a));
  }
  removeSlashesFromPersonNames(data, ["authors", "maintainers"]);
  if (isMutable(data.uploader) && typeof data.uploader.name === "string") {
    data.uploader = { ...data.uploader, name: withoutSlashes(data.uploader.name) };
  }
  if (typeof data.id === "string") {
    data.id = data.id.toLowerCase();
  }
  return { content: data, issues: [] };
}
