// File sources that need no IO (`_internal/io.py`): the suffix a field requires (`WithSuffix`) and the file
// names reserved for bioimage.io YAML files (`wo_special_file_name`). Both check the source's text only.
import { ERROR, type Loc } from "../../engine/summary/types.js";
import type { Rule, RuleFinding } from "../../engine/validation/rule.js";
import { httpUrlWords, isHttpUrl } from "../../engine/validation/url.js";
import { pyRepr } from "../../engine/python-repr.js";
import { defineRule } from "../../engine/validation/rule.js";
import { entriesOf, isRecord, type SharedFields } from "./doc.js";

/**
 * A path as Python's `str(PurePosixPath(...))` prints it: no `.` parts, single slashes (two leading ones kept), `.`
 * for nothing.
 */
export function posixPath(source: string): string {
  if (
    !source.includes("//") &&
    !source.includes("./") &&
    !source.startsWith("/") &&
    !source.endsWith("/") &&
    source !== "" &&
    source !== "."
  ) {
    return source; // already normal: the common case, no splitting
  }
  const root = source.startsWith("//") && !source.startsWith("///") ? "//" : source.startsWith("/") ? "/" : "";
  return (
    root +
      source
        .split("/")
        .filter((part) => part !== "" && part !== ".")
        .join("/") || "."
  );
}

/** Whether `RelativeFilePath` takes a path: not empty (`.`), not absolute, first part not `http:` or `https:`. */
export function isRelativeFilePath(value: string): boolean {
  const path = posixPath(value);
  return path !== "." && !path.startsWith("/") && !/^https?:$/.test(path.slice(0, path.indexOf("/") >>> 0));
}

/** Why `RelativeFilePath` refuses a path (`RelativePathBase.model_post_init`). */
export function relativePathProblem(value: string): { readonly msg: string; readonly type: string } {
  const path = posixPath(value);
  const msg =
    path === "."
      ? ". is not a valid file path."
      : path.startsWith("/")
        ? `${path} is an absolute path.`
        : `${path} looks like an http url.`;
  return { msg: `Value error, ${msg}`, type: "value_error" };
}

const PLAIN_URL = /^https?:\/\/[^/?#]*((?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?)(?:[?#]|$)/i;

function urlPath(source: string): string {
  // A plain path (no escapes, no dot segments) is what URL parsing would give; skip the parser then.
  const plain = PLAIN_URL.exec(source)?.[1];
  if (plain !== undefined) {
    return plain === "" ? "/" : plain;
  }
  try {
    return new URL(source).pathname;
  } catch {
    return source.replace(/^https?:\/\/[^/]*/i, "");
  }
}

/**
 * Whether a URL with this path is a zenodo API URL, whose path ends in `/content` after the file's name. The reference
 * asks the parsed URL (scheme and host in any case, surrounding spaces dropped): `validate_suffix` only its host,
 * `extract_file_name` also an https scheme.
 */
function isZenodoContent(source: string, path: string, { https }: { readonly https: boolean }): boolean {
  if (!path.startsWith("/api/records/") || !path.endsWith("/content")) {
    return false;
  }
  try {
    const url = new URL(source);
    return url.hostname === "zenodo.org" && (!https || url.protocol === "https:");
  } catch {
    return false;
  }
}

/** The last suffix, as the reference reads it (`validate_suffix`), or "no suffix". */
export function fileSuffix(source: string): string {
  if (isHttpUrl(source)) {
    let path = urlPath(source);
    if (!path.includes(".")) {
      return "no suffix";
    }
    if (isZenodoContent(source, path, { https: false })) {
      path = path.slice(0, -"/content".length);
    }
    return `.${path.split(".").pop() ?? ""}`;
  }
  const path = posixPath(source);
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name.endsWith(".")) {
    return "no suffix";
  }
  // Python's PurePath.suffix: leading dots belong to the stem
  let stem = 0;
  while (name[stem] === ".") {
    stem++;
  }
  const dot = name.lastIndexOf(".");
  return dot > stem ? name.slice(dot) : "no suffix";
}

/** The reference's error for a source without one of `suffixes` (a Python tuple when there are several). */
export function suffixFinding(source: string, suffixes: readonly string[], caseSensitive: boolean, loc: Loc): RuleFinding | undefined {
  const actual = fileSuffix(source);
  const ok = caseSensitive ? suffixes.includes(actual) : suffixes.some((s) => s.toLowerCase() === actual.toLowerCase());
  if (ok) {
    return undefined;
  }
  const expected =
    suffixes.length === 1 ? `Expected suffix ${suffixes[0] ?? ""}` : `Expected a suffix from (${suffixes.map((s) => `'${s}'`).join(", ")})`;
  return { loc, msg: `Value error, ${expected}, but got ${actual}` };
}

/** The file name a source points to (zenodo API URLs name the file before `/content`). */
export function fileName(source: string): string {
  if (isHttpUrl(source)) {
    const path = urlPath(source);
    const parts = path.split("/");
    return (isZenodoContent(source, path, { https: true }) ? parts[parts.length - 2] : parts[parts.length - 1]) ?? "";
  }
  const path = posixPath(source);
  return path.slice(path.lastIndexOf("/") + 1);
}

/** rdf.yaml, bioimageio.yaml, model.yaml, or any name ending in `.` and one of them. */
const RESERVED_NAME = /(?:^|\.)(?:rdf|bioimageio|model)\.yaml$/;

export function isReservedFileName(name: string): boolean {
  return RESERVED_NAME.test(name);
}

const MAY_BE_RESERVED = /\.yaml|[\t\n\r]/;

/** A quick test that most sources fail: a reserved name ends in .yaml (URL parsing drops tabs and line breaks). */
export function mayBeReservedName(source: string): boolean {
  return MAY_BE_RESERVED.test(source);
}

export function reservedNameFinding(source: string, loc: Loc): RuleFinding | undefined {
  if (!mayBeReservedName(source) || !isReservedFileName(fileName(source))) {
    return undefined;
  }
  return { loc, msg: reservedNameMessage(isHttpUrl(source) ? urlStr(source) : posixPath(source)) };
}

/** A validated `HttpUrl` as `str()` gives it: the parsed URL written out again (no surrounding spaces, lower-case scheme, ...). */
function urlStr(source: string): string {
  try {
    return new URL(source).href;
  } catch {
    return source;
  }
}

function reservedNameMessage(shown: string): string {
  return `Value error, '${shown}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.`;
}

/**
 * The same check of a file description (format 0.3 and model 0.5 `FileDescr_`), which the reference runs on the
 * description itself: its message shows the description as Python's `str()` of the model does.
 */
export function reservedFileDescrFinding(descr: { readonly source: string; readonly sha256?: unknown }, loc: Loc): RuleFinding | undefined {
  const { source, sha256 } = descr;
  if (!mayBeReservedName(source) || !isReservedFileName(fileName(source))) {
    return undefined;
  }
  const shownSource = isHttpUrl(source) ? pyRepr(urlStr(source)) : `RelativePath(${pyRepr(posixPath(source))})`;
  const shownSha256 = typeof sha256 === "string" ? pyRepr(sha256) : "None";
  return { loc, msg: reservedNameMessage(`source=${shownSource} sha256=${shownSha256}`) };
}

/** A file source field and where its sources sit: a single source, a `{source}`, a list of sources or of `{source}`. */
export interface SourceField {
  readonly path: readonly string[];
  readonly form: "single" | "file-descr" | "list" | "file-descr-list";
}

/** A source of a field, where it sits, and the file description holding it (a `{source}` form). */
interface FieldSource {
  readonly source: string;
  readonly loc: Loc;
  readonly descr?: Readonly<Record<string, unknown>>;
}

/** Every source of `field` in `doc`; a file description's loc is the entry's, as in the reference. */
export function sourcesOf(doc: SharedFields, field: SourceField): FieldSource[] {
  let value: unknown = doc;
  for (const key of field.path) {
    value = isRecord(value) ? value[key] : undefined;
  }
  const described = field.form === "file-descr" || field.form === "file-descr-list";
  const sourceAt = (item: unknown, loc: Loc): FieldSource[] => {
    const source = described ? (isRecord(item) ? item.source : undefined) : item;
    return typeof source !== "string" ? [] : described && isRecord(item) ? [{ source, loc, descr: item }] : [{ source, loc }];
  };
  if (field.form === "single" || field.form === "file-descr") {
    return sourceAt(value, [...field.path]);
  }
  return Array.isArray(value) ? value.flatMap((item: unknown, i) => sourceAt(item, [...field.path, i])) : [];
}

/** No source of `fields` may use a reserved bioimage.io YAML file name. */
export function reservedFileNames(fields: readonly SourceField[]): Rule<SharedFields> {
  return defineRule<SharedFields>({
    id: "common.file.reserved-name",
    description: "file sources may not be named rdf.yaml, bioimageio.yaml, model.yaml (or *.rdf.yaml, ...)",
    severity: ERROR,
    messages: ["Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files."],
    reference: "src/bioimageio/spec/_internal/io.py:351",
    *check(doc, context) {
      for (const field of fields) {
        for (const { source, loc, descr } of sourcesOf(doc, field)) {
          // a file description is checked itself, and shown as its str()
          const finding = !context.isValid(loc)
            ? undefined
            : descr
              ? reservedFileDescrFinding({ source, sha256: descr.sha256 }, loc)
              : reservedNameFinding(source, loc);
          if (finding) {
            yield finding;
          }
        }
      }
    },
  });
}

/** The reference's `FilePath` branch of a file source union (an existing absolute path: not in the schemas). */
export const FILE_PATH_BRANCH =
  "function-after[validate_file(), lax-or-strict[lax=union[json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]],function-after[path_validator(), str]],strict=json-or-python[json=function-after[path_validator(), str],python=is-instance[Path]]]]";

export type FileSourceBranch = "url" | "relative" | "path";

/** The branches of a file source union as pydantic tags them, in its order. */
export interface FileSourceUnion {
  readonly branches: readonly { readonly branch: FileSourceBranch; readonly tag: string }[];
}

/** `HttpUrl | RelativeFilePath | FilePath` (`FileSource`: covers, documentation, attachments, ...). */
export const FILE_SOURCE_UNION: FileSourceUnion = {
  branches: [
    { branch: "url", tag: "function-after[HttpUrl(), str]" },
    { branch: "relative", tag: "RelativeFilePath" },
    { branch: "path", tag: FILE_PATH_BRANCH },
  ],
};

/** A union of those branches each wrapped in a suffix check (`Annotated[HttpUrl, WithSuffix(...)]`, ...: the notebook source). */
export const SUFFIXED_FILE_SOURCE_UNION: FileSourceUnion = {
  branches: (["url", "path", "relative"] as const).map((branch) => ({
    branch,
    tag: `function-after[validate(), ${FILE_SOURCE_UNION.branches.find((b) => b.branch === branch)?.tag ?? ""}]`,
  })),
};

/** One branch's error: its tag, to append to the field's loc. */
export interface BranchError {
  readonly tag: string;
  readonly msg: string;
  readonly type: string;
}

/**
 * Why every branch of a file source union refuses `value`, each once, as pydantic lists them. `accepted`: the
 * branch that read the value and the error of the check after it (a suffix), for a union whose branches are checked.
 * The FilePath branch needs an existing file, relative to the reference's working directory: a description's is
 * not there.
 */
export function fileSourceBranchErrors(
  value: unknown,
  union: FileSourceUnion,
  accepted?: { readonly branch: FileSourceBranch; readonly msg: string },
): BranchError[] {
  const words = (branch: FileSourceBranch): { readonly msg: string; readonly type: string } => {
    if (branch === accepted?.branch) {
      return { msg: accepted.msg, type: "value_error" };
    }
    if (typeof value !== "string") {
      return branch === "url"
        ? { msg: "Input should be a valid string", type: "string_type" }
        : { msg: `Input is not a valid path for <class 'pathlib.${branch === "path" ? "Path" : "PurePath"}'>`, type: "path_type" };
    }
    return branch === "url"
      ? httpUrlWords(value)
      : branch === "relative"
        ? relativePathProblem(value)
        : { msg: "Path does not point to a file", type: "path_not_file" };
  };
  return union.branches.map(({ branch, tag }) => ({ tag, ...words(branch) }));
}

/** The icon union's file source branch in format 0.3 (and model 0.5): it refuses reserved file names. */
const ICON_FILE_SOURCE = `function-after[wo_special_file_name(), union[function-after[HttpUrl(), str],RelativeFilePath,${FILE_PATH_BRANCH}]]`;

/** A badge icon's branches (`BadgeDescr.icon` of generic/v0_2.py, also in format 0.3 and model 0.4). */
const BADGE_ICON_FILE = `function-after[wo_special_file_name(), union[${FILE_PATH_BRANCH},RelativeFilePath]]`;
const BADGE_ICON_URLS = ["function-after[HttpUrl(), str]", "function-wrap[wrap_val()]"] as const;

/**
 * A badge icon that is a relative path with a reserved file name fails its file branch (the after-validator), and
 * as no URL the two URL branches of the union, each reporting why.
 */
export const badgeIconReservedName = defineRule<SharedFields>({
  id: "common.badge.icon-reserved-name",
  description: "a badge icon that is a file may not have a reserved bioimage.io YAML file name (then every branch of the icon union fails)",
  severity: ERROR,
  messages: [
    "Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
    "Input should be a valid URL, {problem}",
  ],
  reference: "src/bioimageio/spec/generic/v0_2.py:150",
  *check(doc, context) {
    // (model 0.5 shares these rules, and models have no badges: they are extra there)
    for (const [i, badge] of doc.type === "model" ? [] : entriesOf(doc.badges).entries()) {
      const icon = isRecord(badge) ? badge.icon : undefined;
      const loc = ["badges", i, "icon"];
      if (typeof icon !== "string" || isHttpUrl(icon) || !context.isValid(loc)) {
        continue;
      }
      const finding = reservedNameFinding(icon, [...loc, BADGE_ICON_FILE]);
      if (finding) {
        yield { ...finding, path: loc };
        for (const tag of BADGE_ICON_URLS) {
          yield { loc: [...loc, tag], path: loc, ...httpUrlWords(icon) };
        }
      }
    }
  },
});

/** An icon that names a reserved file fails the union `emoji | FileSource | None` in both branches. */
export const iconReservedName = defineRule<SharedFields>({
  id: "common.icon.reserved-name",
  description:
    "an icon (format 0.3) is an emoji of 1 or 2 characters or a file source; a file source with a reserved bioimage.io YAML file name fails both",
  severity: ERROR,
  messages: [
    "String should have at most 2 characters",
    "Value error, '{source}' not allowed here as its filename is reserved to identify 'rdf.yaml' (or equivalent) files.",
  ],
  reference: "src/bioimageio/spec/generic/v0_3.py:332",
  *check(doc, context) {
    const icon = doc.icon;
    const finding =
      typeof icon === "string" && context.isValid(["icon"]) ? reservedNameFinding(icon, ["icon", ICON_FILE_SOURCE]) : undefined;
    if (finding) {
      yield { loc: ["icon", "constrained-str"], path: ["icon"], msg: "String should have at most 2 characters", type: "string_too_long" };
      yield { ...finding, path: ["icon"] };
    }
  },
});

/** The image suffixes of covers (the reference's `VALID_COVER_IMAGE_EXTENSIONS`, which every format version uses). */
export const COVER_SUFFIXES = [".gif", ".jpeg", ".jpg", ".png", ".svg", ".tif", ".tiff"] as const;

/** Sources of `field` must end with one of `suffixes`; a reserved file name is reported instead (it is checked first). */
export function fileSuffixes(field: SourceField, suffixes: readonly string[], caseSensitive: boolean): Rule<SharedFields> {
  return defineRule<SharedFields>({
    id: "common.file.suffix",
    description: "covers are images (.gif, .jpeg, .jpg, .png, .svg, .tif, .tiff), documentation ends with .md",
    severity: ERROR,
    messages: [
      "Value error, Expected suffix {suffix}, but got {actual}",
      "Value error, Expected a suffix from {suffixes}, but got {actual}",
    ],
    reference: "src/bioimageio/spec/_internal/io.py:876",
    *check(doc, context) {
      for (const { source, loc } of sourcesOf(doc, field)) {
        const finding =
          context.isValid(loc) && !isReservedFileName(fileName(source)) ? suffixFinding(source, suffixes, caseSensitive, loc) : undefined;
        if (finding) {
          yield finding;
        }
      }
    },
  });
}
