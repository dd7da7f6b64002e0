// The format 0.3 before-validators (bioimageio.spec generic/_v0_3_converter.py, `_remove_version_number` of
// generic/v0_3.py and `DatasetDescr._convert` of dataset/v0_3.py). They run on every 0.2.x and 0.3.x document,
// so a 0.3.0 name is cleaned as well, and a 0.3.x patch becomes 0.3.0 before the future-patch check sees it.
import { specs } from "../../../../generated/index.js";
import { datasetRulesV0_2 } from "../../dataset/0.2/rules.js";
import type { Rule } from "../../../engine/validation/rule.js";
import { ERROR } from "../../../engine/summary/types.js";
import type { Issue } from "../../../engine/summary/issue.js";
import { checkDocument } from "../../../engine/validation/engine.js";
import { loadedValidator } from "../../../engine/validation/validators.js";
import { convertFromOlderFormatV0_2, prepareGenericV0_2 } from "../0.2/prepare.js";
import { isLaterThan } from "../../format-version.js";
import {
  type Content,
  convertOlderFormat,
  normalizeSha256Values,
  type Prepared,
  type RebuildWhen,
  treatFuturePatchAsImplemented,
} from "../../prepare.js";
import { copyDocument, isRecord } from "../../../engine/records.js";
import { defineRuleInfo } from "../../../engine/validation/rule.js";
import { isHttpUrl } from "../../../engine/validation/url.js";
import { FILE_SOURCE_UNION, fileSourceBranchErrors, isRelativeFilePath } from "../../common/files.js";

type Mutable = Record<string, unknown>;

function isMutable(value: unknown): value is Mutable {
  return isRecord(value);
}

const NAME_CHARACTERS = /[A-Za-z0-9_+\- ()]/;

/** A 0.3 name: characters other than letters, digits, `_+- ()` become spaces; at most 128 characters. */
export function cleanName(name: string): string {
  return [...name]
    .map((c) => (NAME_CHARACTERS.test(c) ? c : " "))
    .slice(0, 128)
    .join("");
}

/**
 * The reference's `convert_from_older_format` of format 0.3, in place, for 0.2.x and 0.3.x (`X.Y.Z`) versions:
 * the 0.2 chain, `attachments: {files}` -> `[{source}]`, `download_url` and `rdf_source` dropped, other
 * characters of `name` replaced by spaces and the name cut to 128 characters, `format_version: 0.3.0`.
 * (The reference also converts `.tif` covers to PNG files, which needs the image and a place to write; it
 * fails without them and keeps the cover, as we do.) Throws `InvalidIntLiteral` where the reference's `int()` of
 * the version's first two parts raises.
 */
export function convertFromOlderFormatV0_3(data: Mutable): Issue[] {
  const fv = data.format_version ?? "0.2.0";
  if (typeof fv !== "string" || fv.split(".").length !== 3 || isLaterThan(fv, 0, 3)) {
    return [];
  }
  convertFromOlderFormatV0_2(data);
  if (isMutable(data.attachments)) {
    const files = data.attachments.files;
    data.attachments = Array.isArray(files) ? files.map((file: unknown) => ({ source: file })) : [];
  }
  const unreadCover = unreadCoverIssues(data.covers);
  if (unreadCover.length > 0) {
    return unreadCover;
  }
  delete data.download_url;
  delete data.rdf_source;
  if (typeof data.name === "string") {
    data.name = cleanName(data.name);
  }
  data.format_version = "0.3.0";
  return [];
}

export const CONVERT_COVERS = defineRuleInfo({
  id: "generic03.covers.file-source",
  description:
    "the format 0.3 conversion (of 0.2.x and 0.3.x documents) reads each cover that is a string as a file source, to convert TIFF covers: one that no branch of the union takes ends validation, its branches' errors at the root",
  severity: ERROR,
  messages: ["Input should be a valid URL, {problem}", "Value error, {path} is not a valid file path.", "Path does not point to a file"],
  reference: "src/bioimageio/spec/generic/_v0_3_converter.py:60",
});

/**
 * `convert_cover_images` reads each string cover with the file source union (IO checks off); the first one no
 * branch takes raises its ValidationError in the before-validator, which pydantic reports at the document's root.
 */
function unreadCoverIssues(covers: unknown): Issue[] {
  const unread = Array.isArray(covers)
    ? covers.findIndex((c: unknown) => typeof c === "string" && !isHttpUrl(c) && !isRelativeFilePath(c))
    : -1;
  if (unread < 0 || !Array.isArray(covers)) {
    return [];
  }
  return fileSourceBranchErrors(covers[unread], FILE_SOURCE_UNION).map(({ tag, msg, type }) => ({
    loc: [tag],
    path: ["covers", unread],
    msg,
    type,
    severity: ERROR,
    rule: CONVERT_COVERS.id,
  }));
}

/**
 * The deprecated `version_number` moves to `version` unless a version is given (`_remove_version_number` of the
 * descriptions and of linked resources: generic, dataset, application, notebook 0.3 and model 0.5).
 */
export function removeVersionNumber(data: Mutable): void {
  const versionNumber = data.version_number;
  delete data.version_number;
  if (versionNumber !== undefined && versionNumber !== null && (data.version === undefined || data.version === null)) {
    data.version = versionNumber;
  }
}

export function prepareGenericV0_3(content: Content): Prepared {
  const data: Mutable = copyDocument(content);
  let unread: Issue[] = [];
  const failed = convertOlderFormat(data, (d: Mutable) => {
    unread = convertFromOlderFormatV0_3(d);
  });
  const issues = [...failed, ...unread];
  if (issues.length > 0) {
    return { content: data, issues };
  }
  removeVersionNumber(data);
  return { content: normalizeSha256Values(data), issues: [] };
}

/** The person fields format 0.3 keeps (`_author_conv`, `_maintainer_conv`). */
function person(value: unknown): unknown {
  if (!isMutable(value)) {
    return value;
  }
  const out: Mutable = {};
  for (const key of ["name", "github_user", "affiliation", "email", "orcid"]) {
    if (value[key] !== undefined) {
      out[key] = value[key];
    }
  }
  return out;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A dataset 0.2 document as the dataset 0.2 description validates it (with its issues), or undefined when it has errors. */
function validatedAsDatasetV0_2(content: Content): { readonly content: Mutable; readonly issues: readonly Issue[] } | undefined {
  const patched = treatFuturePatchAsImplemented(prepareGenericV0_2(content).content, specs["bioimageio/dataset/0.2"].formatVersion);
  const key = "bioimageio/dataset/0.2";
  const issues = checkDocument<unknown>(
    patched.content,
    loadedValidator(key),
    specs[key].unions,
    datasetRulesV0_2 as readonly Rule<unknown>[],
  );
  return issues.some((i) => i.severity >= ERROR) ? undefined : { content: patched.content, issues: [...patched.issues, ...issues] };
}

/**
 * Dataset 0.3: a valid dataset 0.2 document is rebuilt from its validated fields (`DatasetDescr._convert`,
 * which keeps neither `id_emoji` nor `version_number`), then converted like any 0.2 document. The reference
 * decides "valid" once per validation pass; its warnings pass treats 0.2 warnings as errors and converts
 * such a document without the rebuild (`rebuildWhen: "spotless"`).
 */
export function prepareDatasetV0_3(content: Content, rebuildWhen: RebuildWhen = "valid"): Prepared {
  const fv = content.format_version;
  const validated =
    content.type === "dataset" && typeof fv === "string" && fv.startsWith("0.2.") ? validatedAsDatasetV0_2(content) : undefined;
  if (!validated || (rebuildWhen === "spotless" && validated.issues.length > 0)) {
    return prepareGenericV0_3(content);
  }
  const old = validated.content;
  const rebuilt: Mutable = {
    attachments: isMutable(old.attachments) ? list(old.attachments.files).map((source) => ({ source })) : [],
    authors: list(old.authors).map(person),
    badges: list(old.badges),
    cite: list(old.cite).map((c) => (isMutable(c) ? { text: c.text, doi: c.doi ?? null, url: c.url ?? null } : c)),
    config: old.config ?? {},
    covers: list(old.covers),
    description: old.description,
    format_version: "0.3.0",
    links: list(old.links),
    maintainers: list(old.maintainers).map(person),
    name: old.name,
    tags: list(old.tags),
    type: old.type,
  };
  for (const key of ["documentation", "git_repo", "icon", "id", "license", "source", "uploader", "version"]) {
    if (old[key] !== undefined && old[key] !== null) {
      rebuilt[key] = old[key];
    }
  }
  return { ...prepareGenericV0_3(rebuilt), rebuilt: { spotless: validated.issues.length === 0 } };
}
