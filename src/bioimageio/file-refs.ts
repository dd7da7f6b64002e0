// Where a description references files, per type and format version: the reference's `FileDescr_`/`FileSource_`
// fields (those it checks with IO checks and includes when packaging). Browser-safe; paths into the parsed
// document, so that checks report the reference's locs and packaging can rewrite the values.
import type { DocPath } from "../engine/summary/issue.js";
import { isUrl } from "../engine/files.js";
import { isRecord } from "../engine/records.js";
import { WEIGHTS_FORMATS } from "./weights-formats.js";

export interface FileRef {
  /** The file source as written: a relative path or an http(s) URL. */
  readonly source: string;
  /** Where the value that holds the source is (rewritten when packaging). */
  readonly valuePath: DocPath;
  /** The reference's loc for problems of this file: the file description, or the field for a bare source. */
  readonly loc: DocPath;
  /** Where its sha256 is or would go; undefined for fields without a hash (covers, documentation, ...). */
  readonly sha256Path?: DocPath;
  /** The declared sha256, null when the field may have one but has none. */
  readonly sha256?: string | null;
  /** The value to write at `valuePath` when the file is renamed (composite strings like `file.py:Callable`). */
  readonly withSource: (newSource: string) => unknown;
  /** Weights format, for refs inside a weights entry (packaging can keep one format only). */
  readonly weightsFormat?: string;
  /** Only URLs are packaged from this field when false (a badge icon that is a URL stays a link). */
  readonly packageUrls: boolean;
}

type Content = Readonly<Record<string, unknown>>;

const same = (s: string): string => s;

function plain(source: unknown, path: DocPath, weightsFormat?: string): FileRef[] {
  if (typeof source !== "string" || source === "") {
    return [];
  }
  return [{ source, valuePath: path, loc: path, withSource: same, packageUrls: true, ...(weightsFormat ? { weightsFormat } : {}) }];
}

/** A `{source, sha256}` file description at `path`. */
function described(value: unknown, path: DocPath, weightsFormat?: string): FileRef[] {
  if (!isRecord(value) || typeof value.source !== "string" || value.source === "") {
    return [];
  }
  const sha256 = typeof value.sha256 === "string" ? value.sha256 : null;
  return [
    {
      source: value.source,
      valuePath: [...path, "source"],
      loc: path,
      sha256Path: [...path, "sha256"],
      sha256,
      withSource: same,
      packageUrls: true,
      ...(weightsFormat ? { weightsFormat } : {}),
    },
  ];
}

function list(value: unknown, path: DocPath, each: (item: unknown, itemPath: DocPath) => FileRef[]): FileRef[] {
  return Array.isArray(value) ? value.flatMap((item, i) => each(item, [...path, i])) : [];
}

function badges(content: Content): FileRef[] {
  return list(content.badges, ["badges"], (badge, path) =>
    isRecord(badge) && typeof badge.icon === "string" && !isUrl(badge.icon)
      ? [{ source: badge.icon, valuePath: [...path, "icon"], loc: [...path, "icon"], withSource: same, packageUrls: false }]
      : [],
  );
}

/** An `icon` that is not a 1-2 character emoji is a file (generic 0.3). */
function icon(content: Content): FileRef[] {
  return typeof content.icon === "string" && [...content.icon].length > 2 ? plain(content.icon, ["icon"]) : [];
}

function generic03(content: Content): FileRef[] {
  return [
    ...list(content.covers, ["covers"], plain),
    ...badges(content),
    ...list(content.attachments, ["attachments"], described),
    ...icon(content),
    ...plain(content.documentation, ["documentation"]),
  ];
}

function generic02(content: Content): FileRef[] {
  const attachments = isRecord(content.attachments) ? content.attachments.files : undefined;
  return [
    ...list(content.covers, ["covers"], plain),
    ...badges(content),
    ...list(attachments, ["attachments", "files"], plain),
    ...plain(content.documentation, ["documentation"]),
  ];
}

function weightsEntries(content: Content): [string, Record<string, unknown>][] {
  const weights = content.weights;
  if (!isRecord(weights)) {
    return [];
  }
  return WEIGHTS_FORMATS.flatMap((format) => {
    const entry = weights[format];
    return isRecord(entry) ? [[format, entry] as [string, Record<string, unknown>]] : [];
  });
}

function model05(content: Content): FileRef[] {
  const tensors = (field: "inputs" | "outputs"): FileRef[] =>
    list(content[field], [field], (tensor, path) =>
      isRecord(tensor)
        ? [...described(tensor.test_tensor, [...path, "test_tensor"]), ...described(tensor.sample_tensor, [...path, "sample_tensor"])]
        : [],
    );
  const weights = weightsEntries(content).flatMap(([format, entry]) => {
    const path = ["weights", format];
    return [
      ...described(entry, path, format),
      ...(isRecord(entry.architecture) && "source" in entry.architecture
        ? described(entry.architecture, [...path, "architecture"], format)
        : []),
      ...described(entry.dependencies, [...path, "dependencies"], format),
      ...described(entry.external_data, [...path, "external_data"], format),
    ];
  });
  return [...generic03(content), ...tensors("inputs"), ...tensors("outputs"), ...weights];
}

/** `file.py:Callable` (a local architecture), or undefined for `package.module.Callable`. */
function callableFile(value: string): { file: string; callable: string } | undefined {
  const colon = value.lastIndexOf(":");
  if (colon <= 0 || /^https?:\/\/[^:]*$/i.test(value)) {
    return undefined;
  }
  return { file: value.slice(0, colon), callable: value.slice(colon + 1) };
}

function model04(content: Content): FileRef[] {
  const weights = weightsEntries(content).flatMap(([format, entry]) => {
    const path = ["weights", format];
    const refs = described(entry, path, format);
    if (typeof entry.architecture === "string") {
      const local = callableFile(entry.architecture);
      if (local) {
        refs.push({
          source: local.file,
          valuePath: [...path, "architecture"],
          loc: [...path, "architecture_sha256"],
          sha256Path: [...path, "architecture_sha256"],
          sha256: typeof entry.architecture_sha256 === "string" ? entry.architecture_sha256 : null,
          withSource: (s) => `${s}:${local.callable}`,
          weightsFormat: format,
          packageUrls: true,
        });
      }
    }
    if (typeof entry.dependencies === "string" && entry.dependencies.includes(":")) {
      const [manager, ...file] = entry.dependencies.split(":");
      refs.push({
        source: file.join(":"),
        valuePath: [...path, "dependencies"],
        loc: [...path, "dependencies"],
        withSource: (s) => `${manager ?? ""}:${s}`,
        weightsFormat: format,
        packageUrls: true,
      });
    }
    return refs;
  });
  return [
    ...generic02(content),
    ...(["test_inputs", "test_outputs", "sample_inputs", "sample_outputs"] as const).flatMap((field) =>
      list(content[field], [field], plain),
    ),
    ...weights,
  ];
}

/**
 * The file references of a description, by its type and format version (major.minor). Unknown types are
 * generic; unknown versions fall back to the generic fields of their major version.
 */
export function fileRefs(content: Content, type: string, formatVersion: string): FileRef[] {
  const minor = formatVersion.split(".").slice(0, 2).join(".");
  if (type === "model") {
    return minor === "0.5" ? model05(content) : minor === "0.4" || minor === "0.3" ? model04(content) : generic03(content);
  }
  if (type === "application") {
    return [...(minor === "0.2" ? generic02(content) : generic03(content)), ...plain(content.source, ["source"])];
  }
  return minor === "0.2" ? generic02(content) : generic03(content);
}

const RESERVED = ["rdf.yaml", "bioimageio.yaml", "model.yaml"];

/** `rdf.yaml`, `bioimageio.yaml`, `model.yaml` and `*.rdf.yaml` ... name bioimage.io YAML files only. */
export function isReservedName(fileName: string): boolean {
  return RESERVED.some((name) => fileName === name || fileName.endsWith(`.${name}`));
}

/** The entry file of a folder or zip, as the reference picks it: rdf.yaml, bioimageio.yaml, model.yaml, then `*.<those>`. */
export function findEntryName(names: readonly string[]): string | undefined {
  const sorted = [...names].sort();
  for (const reserved of RESERVED) {
    const found = sorted.find((name) => name === reserved || name.endsWith(`.${reserved}`));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}
