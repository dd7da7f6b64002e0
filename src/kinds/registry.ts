// Which kind of document a file is (detected by content, or forced with --kind) and how to validate it.
// Each kind's validator is imported on demand, so the CLI loads only what its inputs need.
import { csvSchema } from "../../generated/data/copick/csv-schema.js";
import type { BuildOptions } from "../bioimageio/build.js";
import type { CroissantValidationOptions } from "../copick/validate.js";
import type { ValidationSummary } from "../engine/summary/summary.js";
import type { ManifestValidationOptions } from "../fractal/validate.js";
import { isRecord } from "../engine/records.js";

/**
 * The one options object every kind's validator takes as it is: each family reads its own fields (bioimage.io:
 * `formatVersion`, `io`; Fractal: `formatVersion`, `strict`, `collection`, `packageRoot`, `fileExists`; Croissant:
 * `croissantProfile`, `hashFile`) and all read `sourceName`, `locate` and `warningLevel`.
 */
export type ValidateOptions = BuildOptions &
  ManifestValidationOptions &
  CroissantValidationOptions & {
    /** `validate()`: force a kind (`bioimageio`, `croissant`, ...) instead of detecting it from the content. */
    readonly kind?: string | undefined;
  };

/** The kinds by name (`--kind`), in detection order: the first whose `detect` accepts a document wins. */
export const DOCUMENT_KIND_NAMES = [
  "croissant",
  "copick-config",
  "copick-picks",
  "copick-cdp-picks",
  "copick-csv",
  "fractal-manifest",
  "bioimageio",
] as const;
export type DocumentKindName = (typeof DOCUMENT_KIND_NAMES)[number];

export interface DocumentKind {
  /** The name used with `--kind`. */
  readonly name: DocumentKindName;
  readonly description: string;
  /** True when a parsed document looks like this kind (checked in registry order). */
  readonly detect: (value: unknown, fileName: string) => boolean;
  readonly validate: (value: unknown, options: ValidateOptions) => Promise<ValidationSummary>;
}

export const bioimageioKind = {
  name: "bioimageio",
  description: "bioimage.io resource description (rdf.yaml / bioimageio.yaml)",
  detect: (value) => isRecord(value) && ("format_version" in value || "type" in value),
  async validate(value, options) {
    const { validateFormat } = await import("../bioimageio/build.js");
    return validateFormat(value, options);
  },
} as const satisfies DocumentKind;

// Croissant's namespaces (`cr`, and `ml` of Croissant 0.8, which has no `conformsTo`; `rai` is under `cr`).
const CROISSANT_NAMESPACE = /^https?:\/\/mlcommons\.org\/(croissant|schema)\//;
const DATASET_TYPES = new Set(["sc:Dataset", "schema:Dataset", "https://schema.org/Dataset", "http://schema.org/Dataset"]);

/** A JSON-LD context that maps a term (or the vocabulary) to a Croissant namespace. */
function isCroissantContext(context: unknown): boolean {
  if (Array.isArray(context)) {
    return context.some(isCroissantContext);
  }
  const isCroissantIri = (value: unknown) => typeof value === "string" && CROISSANT_NAMESPACE.test(value);
  return (
    isRecord(context) && Object.values(context).some((term) => isCroissantIri(term) || (isRecord(term) && isCroissantIri(term["@id"])))
  );
}

export const croissantKind = {
  name: "croissant",
  description: "Croissant metadata.json (mlcroissant's checks; copick's profile too for a copick export)",
  // JSON-LD that says it is a Croissant (`conformsTo`, 1.0 and later), is a schema.org Dataset, or speaks
  // Croissant's vocabulary (0.8; a wrong @type too, which mlcroissant then reports).
  detect: (value) => {
    if (!isRecord(value) || !("@context" in value)) {
      return false;
    }
    const type = value["@type"];
    const types = Array.isArray(type) ? type : [type];
    return (
      "conformsTo" in value || types.some((t) => typeof t === "string" && DATASET_TYPES.has(t)) || isCroissantContext(value["@context"])
    );
  },
  async validate(value, options) {
    const { validateCroissant } = await import("../copick/validate.js");
    return validateCroissant(value, options);
  },
} as const satisfies DocumentKind;

export const copickConfigKind = {
  name: "copick-config",
  description: "copick project config (filesystem, cryoet_data_portal or mlcroissant)",
  detect: (value) =>
    isRecord(value) &&
    ("pickable_objects" in value || ["filesystem", "cryoet_data_portal", "mlcroissant"].includes(value.config_type as string)),
  async validate(value, options) {
    const { validateCopickConfig } = await import("../copick/validate.js");
    return validateCopickConfig(value, options);
  },
} as const satisfies DocumentKind;

export const copickPicksKind = {
  name: "copick-picks",
  description: "copick picks file (ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json)",
  detect: (value) => isRecord(value) && "pickable_object_name" in value,
  async validate(value, options) {
    const { validatePicks } = await import("../copick/validate.js");
    return validatePicks(value, options);
  },
} as const satisfies DocumentKind;

export const copickCdpPicksKind = {
  name: "copick-cdp-picks",
  description: "CryoET Data Portal NDJSON picks (one record with a location per line)",
  detect: (value) => Array.isArray(value) && value.length > 0 && value.every((record) => isRecord(record) && "location" in record),
  async validate(value, options) {
    const { validateCdpPicks } = await import("../copick/validate.js");
    return validateCdpPicks(Array.isArray(value) ? value : [value], options);
  },
} as const satisfies DocumentKind;

/** A CSV parses to records of cells; copick's sidecars are told apart by their header. */
function csvRecords(value: unknown): string[][] | undefined {
  return Array.isArray(value) && value.every((r) => Array.isArray(r) && r.every((c) => typeof c === "string"))
    ? (value as string[][])
    : undefined;
}

export const copickCsvKind = {
  name: "copick-csv",
  description: "copick Croissant CSV sidecar (runs.csv, picks.csv, ...)",
  detect: (value) => {
    const header = csvRecords(value)?.[0];
    return header !== undefined && COPICK_HEADERS.includes(header.join(","));
  },
  async validate(value, options) {
    const { validateCopickCsv } = await import("../copick/validate.js");
    return validateCopickCsv(csvRecords(value) ?? [], options);
  },
} as const satisfies DocumentKind;

// The headers of copick's CSV sidecars (specs/copick/data/csv-schema.json), for detection without loading more.
const COPICK_HEADERS = csvSchema.map((csv) => csv.columns.map((c) => c.name).join(","));

export const fractalManifestKind = {
  name: "fractal-manifest",
  description: "Fractal task-package manifest (__FRACTAL_MANIFEST__.json)",
  // bioimage.io descriptions never have these keys; a broken manifest may lack one of them.
  detect: (value, fileName) =>
    (isRecord(value) && ("manifest_version" in value || "task_list" in value)) || /(^|[\\/])__FRACTAL_MANIFEST__\.json$/.test(fileName),
  async validate(value, options) {
    const { validateManifest } = await import("../fractal/validate.js");
    return validateManifest(value, options);
  },
} as const satisfies DocumentKind;

const KINDS: { readonly [K in DocumentKindName]: DocumentKind & { readonly name: K } } = {
  croissant: croissantKind,
  "copick-config": copickConfigKind,
  "copick-picks": copickPicksKind,
  "copick-cdp-picks": copickCdpPicksKind,
  "copick-csv": copickCsvKind,
  "fractal-manifest": fractalManifestKind,
  bioimageio: bioimageioKind,
};

/** In detection order: the first whose `detect` accepts a document wins; bioimage.io is the fallback. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_KIND_NAMES.map((name) => KINDS[name]);

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.name === name);
}

export function detectKind(value: unknown, fileName: string): DocumentKind {
  return DOCUMENT_KINDS.find((kind) => kind.detect(value, fileName)) ?? bioimageioKind;
}
