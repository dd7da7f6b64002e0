// Which kind of document a file is (detected by content, or forced with --kind) and how to validate it.
// Each kind's validator is imported on demand, so the CLI loads only what its inputs need.
import { csvSchema } from "../../generated/data/copick/csv-schema.js";
import type { HashFile } from "../croissant/check.js";
import type { CopickExportCheck } from "../copick/validate.js";
import type { ValidationSummary } from "../engine/summary/summary.js";
import type { SourcePosition } from "../engine/summary/types.js";
import type { DocPath } from "../engine/summary/issue.js";
import { isRecord } from "../engine/records.js";

/** A parsed document and, when it came from a file, how to find positions in it (a ParsedSource is one). */
export interface DocumentInput {
  readonly value: unknown;
  readonly fileName: string;
  readonly locate?: (path: DocPath) => SourcePosition;
}

export interface KindValidationOptions {
  /** bioimage.io: "discover", "latest" or "X.Y"; Fractal manifests: "discover", "latest", "1" or "2". */
  readonly formatVersion?: string;
  readonly warningLevel?: "info" | "warning" | "alert" | "error";
  /** Report what the reference accepts silently (unknown keys, lax values). */
  readonly strict?: boolean;
  /** Croissant: "mlcroissant" (default) or "spec-1.1". */
  readonly croissantProfile?: "mlcroissant" | "spec-1.1";
  /** Croissant: reads the files next to the document, to verify checksums (the CLI passes Node's). */
  readonly hashFile?: HashFile;
  /** copick Croissant: what the copick engine makes of the export's sidecars (the CLI passes Node's). */
  readonly copickExport?: CopickExportCheck;
  /** Fractal manifests: also apply the rules fractal-server applies when it collects the tasks. */
  readonly collection?: boolean;
  /** Fractal manifests: the installed package's root, under which every executable must exist (needs `fileExists`). */
  readonly packageRoot?: string;
  /** Fractal manifests: whether a path exists (the CLI passes Node's; the browser has no file system). */
  readonly fileExists?: (path: string) => Promise<boolean>;
}

export interface DocumentKind {
  /** The name used with `--kind`. */
  readonly name: string;
  readonly description: string;
  /** True when a parsed document looks like this kind (checked in registry order). */
  readonly detect: (value: unknown, fileName: string) => boolean;
  readonly validate: (input: DocumentInput, options: KindValidationOptions) => Promise<ValidationSummary>;
}

export const bioimageioKind: DocumentKind = {
  name: "bioimageio",
  description: "bioimage.io resource description (rdf.yaml / bioimageio.yaml)",
  detect: (value) => isRecord(value) && ("format_version" in value || "type" in value),
  async validate(input, options) {
    const { buildDescription } = await import("../bioimageio/build.js");
    const description = await buildDescription(input.value, {
      ...(options.formatVersion ? { formatVersion: options.formatVersion } : {}),
      ...(options.warningLevel ? { warningLevel: options.warningLevel } : {}),
      sourceName: input.fileName,
      ...(input.locate ? { locate: input.locate } : {}),
    });
    return description.validationSummary;
  },
};

const summaryOptions = (input: DocumentInput, options: KindValidationOptions) => ({
  sourceName: input.fileName,
  ...(input.locate ? { locate: input.locate } : {}),
  ...(options.warningLevel ? { warningLevel: options.warningLevel } : {}),
});

export const croissantKind: DocumentKind = {
  name: "croissant",
  description: "Croissant metadata.json (mlcroissant's checks; copick's profile too for a copick export)",
  detect: (value) => {
    if (!isRecord(value) || !("@context" in value)) {
      return false;
    }
    const type = value["@type"];
    return "conformsTo" in value || type === "sc:Dataset" || (Array.isArray(type) && type.includes("sc:Dataset"));
  },
  async validate(source, options) {
    const { validateCroissant } = await import("../copick/validate.js");
    return validateCroissant(source.value, {
      ...summaryOptions(source, options),
      ...(options.hashFile ? { hashFile: options.hashFile } : {}),
      ...(options.copickExport ? { copickExport: options.copickExport } : {}),
      ...(options.croissantProfile ? { profile: options.croissantProfile } : {}),
    });
  },
};

export const copickConfigKind: DocumentKind = {
  name: "copick-config",
  description: "copick project config (filesystem, cryoet_data_portal or mlcroissant)",
  detect: (value) =>
    isRecord(value) &&
    ("pickable_objects" in value || ["filesystem", "cryoet_data_portal", "mlcroissant"].includes(value.config_type as string)),
  async validate(source, options) {
    const { validateCopickConfig } = await import("../copick/validate.js");
    return validateCopickConfig(source.value, summaryOptions(source, options));
  },
};

export const copickPicksKind: DocumentKind = {
  name: "copick-picks",
  description: "copick picks file (ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json)",
  detect: (value) => isRecord(value) && "pickable_object_name" in value,
  async validate(source, options) {
    const { validatePicks } = await import("../copick/validate.js");
    return validatePicks(source.value, summaryOptions(source, options));
  },
};

export const copickCdpPicksKind: DocumentKind = {
  name: "copick-cdp-picks",
  description: "CryoET Data Portal NDJSON picks (one record with a location per line)",
  detect: (value) => Array.isArray(value) && value.length > 0 && value.every((record) => isRecord(record) && "location" in record),
  async validate(source, options) {
    const { validateCdpPicks } = await import("../copick/validate.js");
    return validateCdpPicks(Array.isArray(source.value) ? source.value : [source.value], summaryOptions(source, options));
  },
};

/** A CSV parses to records of cells; copick's sidecars are told apart by their header. */
function csvRecords(value: unknown): string[][] | undefined {
  return Array.isArray(value) && value.every((r) => Array.isArray(r) && r.every((c) => typeof c === "string"))
    ? (value as string[][])
    : undefined;
}

export const copickCsvKind: DocumentKind = {
  name: "copick-csv",
  description: "copick Croissant CSV sidecar (runs.csv, picks.csv, ...)",
  detect: (value) => {
    const header = csvRecords(value)?.[0];
    return header !== undefined && COPICK_HEADERS.includes(header.join(","));
  },
  async validate(source, options) {
    const { validateCopickCsv } = await import("../copick/validate.js");
    return validateCopickCsv(csvRecords(source.value) ?? [], { ...summaryOptions(source, options), fileName: source.fileName });
  },
};

// The headers of copick's CSV sidecars (specs/copick/data/csv-schema.json), for detection without loading more.
const COPICK_HEADERS = csvSchema.map((csv) => csv.columns.map((c) => c.name).join(","));

/** "1" or "2" from --format-version (a major version, "latest" = 2); undefined to read `manifest_version`. */
function fractalManifestVersion(formatVersion: string | undefined): "1" | "2" | undefined {
  if (formatVersion === undefined || formatVersion.toLowerCase() === "discover") {
    return undefined;
  }
  const major = formatVersion.toLowerCase() === "latest" ? "2" : /^([12])(\.0)*$/.exec(formatVersion)?.[1];
  if (major !== "1" && major !== "2") {
    throw new Error(`Fractal manifests have versions 1 and 2, not "${formatVersion}"`);
  }
  return major;
}

export const fractalManifestKind: DocumentKind = {
  name: "fractal-manifest",
  description: "Fractal task-package manifest (__FRACTAL_MANIFEST__.json)",
  // bioimage.io descriptions never have these keys; a broken manifest may lack one of them.
  detect: (value, fileName) =>
    (isRecord(value) && ("manifest_version" in value || "task_list" in value)) || /(^|[\\/])__FRACTAL_MANIFEST__\.json$/.test(fileName),
  async validate(source, options) {
    const { validateManifest } = await import("../fractal/validate.js");
    const manifestVersion = fractalManifestVersion(options.formatVersion);
    return validateManifest(source.value, {
      ...summaryOptions(source, options),
      ...(manifestVersion ? { manifestVersion } : {}),
      ...(options.strict ? { strict: true } : {}),
      ...(options.collection ? { collection: true } : {}),
      ...(options.packageRoot !== undefined ? { packageRoot: options.packageRoot } : {}),
      ...(options.fileExists ? { fileExists: options.fileExists } : {}),
    });
  },
};

/** In detection order: the first whose `detect` accepts a document wins; bioimage.io is the fallback. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  croissantKind,
  copickConfigKind,
  copickPicksKind,
  copickCdpPicksKind,
  copickCsvKind,
  fractalManifestKind,
  bioimageioKind,
];

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.name === name);
}

export function detectKind(value: unknown, fileName: string): DocumentKind {
  return DOCUMENT_KINDS.find((kind) => kind.detect(value, fileName)) ?? bioimageioKind;
}
