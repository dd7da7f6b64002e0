// The Croissant metadata.json copick writes (copick/ops/croissant.py `_build_croissant_doc`, impl/mlcroissant.py
// CROISSANT_CONTEXT): key order, context, FileObjects, RecordSets and the optional `copick/splits` table, as
// PyJson so that `pyJsonDumps(doc, 2)` gives copick's bytes. Also the project config copick embeds
// (`copick:config`) and its URL joining. Browser-safe.
import { COPICK_CSVS, type CopickCsv } from "./csv-schema.js";
import { CopickError } from "./errors.js";
import { isPyDict, PyFloat, type PyJson } from "./pyjson.js";

/** A JSON object as PyJson, mutable (documents are patched in place on commit). */
export type PyDict = { [key: string]: PyJson };

export const CONFORMS_TO = "http://mlcommons.org/croissant/1.1";
export const SPLITS_RECORD_SET_ID = "copick/splits";

/** copick's split names with a canonical MLCommons definition (looked up case-insensitively). */
export const STANDARD_SPLIT_URIS: Readonly<Record<string, string>> = {
  train: "https://mlcommons.org/definitions/training_split",
  val: "https://mlcommons.org/definitions/validation_split",
  validation: "https://mlcommons.org/definitions/validation_split",
  test: "https://mlcommons.org/definitions/test_split",
  eval: "https://mlcommons.org/definitions/test_split",
};

/** copick's @context: Croissant's, plus the `copick` namespace, `copick:baseUrl` and `copick:config` (@json). */
export function croissantContext(): PyDict {
  const json = (id: string): PyDict => ({ "@id": id, "@type": "@json" });
  return {
    "@language": "en",
    "@vocab": "https://schema.org/",
    citeAs: "cr:citeAs",
    column: "cr:column",
    conformsTo: "dct:conformsTo",
    containedIn: "cr:containedIn",
    copick: "https://copick.org/schema/",
    "copick:baseUrl": "copick:baseUrl",
    "copick:config": json("copick:config"),
    cr: "http://mlcommons.org/croissant/",
    rai: "http://mlcommons.org/croissant/RAI/",
    data: json("cr:data"),
    dataType: { "@id": "cr:dataType", "@type": "@vocab" },
    dct: "http://purl.org/dc/terms/",
    examples: json("cr:examples"),
    extract: "cr:extract",
    field: "cr:field",
    fileProperty: "cr:fileProperty",
    fileObject: "cr:fileObject",
    fileSet: "cr:fileSet",
    format: "cr:format",
    includes: "cr:includes",
    isLiveDataset: "cr:isLiveDataset",
    jsonPath: "cr:jsonPath",
    key: "cr:key",
    md5: "cr:md5",
    parentField: "cr:parentField",
    path: "cr:path",
    recordSet: "cr:recordSet",
    references: "cr:references",
    regex: "cr:regex",
    repeated: "cr:repeated",
    replace: "cr:replace",
    samplingRate: "cr:samplingRate",
    sc: "https://schema.org/",
    separator: "cr:separator",
    source: "cr:source",
    subField: "cr:subField",
    transform: "cr:transform",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// URLs (impl/mlcroissant.py `_has_protocol`, `_join_url`; ops/croissant.py `_abs_csv_url`)

/** True when `url` has a scheme; a single letter is a Windows drive (`C:\...`), not a scheme. */
export function hasProtocol(url: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  return scheme !== undefined && scheme.length > 1;
}

/** `relative` against `base` with a single `/`; a URL with a scheme, or an empty base, leaves it unchanged. */
export function joinUrl(base: string, relative: string): string {
  if (hasProtocol(relative) || base === "") {
    return relative;
  }
  const rest = relative.replace(/^\/+/, "");
  return base.endsWith("/") ? base + rest : `${base}/${rest}`;
}

/** Where a sidecar's FileObject points: `<baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` with an empty base. */
export function csvContentUrl(baseUrl: string, csv: CopickCsv): string {
  const relative = `Croissant/${csv.csvName}`;
  if (baseUrl === "") {
    return relative;
  }
  return baseUrl.endsWith("/") ? baseUrl + relative : `${baseUrl}/${relative}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The project config copick embeds as `copick:config`

/** A pickable object as copick holds it: its `PickableObject.model_dump()` (all ten fields, floats as floats). */
export interface PickableObjectInfo {
  readonly name: string;
  readonly isParticle: boolean;
  readonly dump: PyDict;
}

/** The project-level settings copick carries over into `copick:config`. */
export interface CopickProjectConfig {
  readonly name: string | null;
  readonly description: string | null;
  readonly version: string | null;
  readonly userId: string | null;
  readonly sessionId: string | null;
  readonly pickableObjects: readonly PickableObjectInfo[];
}

const asInt = (value: PyJson): PyJson => (value instanceof PyFloat ? Math.trunc(value.value) : value);
const asFloat = (value: PyJson): PyJson => (typeof value === "number" || typeof value === "bigint" ? new PyFloat(Number(value)) : value);

/** `PickableObject(**raw).model_dump()`: defaults filled, `go_id` read as `identifier`, ints and floats coerced. */
export function pickableObject(raw: PyJson): PickableObjectInfo {
  if (!isPyDict(raw) || typeof raw.name !== "string" || typeof raw.is_particle !== "boolean") {
    throw new CopickError(`a pickable object needs a string 'name' and a boolean 'is_particle', got ${JSON.stringify(raw)}`);
  }
  const field = (key: string, fallback: PyJson): PyJson => (Object.hasOwn(raw, key) ? (raw[key] as PyJson) : fallback);
  const color = field("color", [100, 100, 100, 255]);
  const metadata = field("metadata", {});
  const dump: PyDict = {
    name: raw.name,
    is_particle: raw.is_particle,
    label: asInt(field("label", 1)),
    color: Array.isArray(color) ? (color as readonly PyJson[]).map(asInt) : color,
    emdb_id: field("emdb_id", null),
    pdb_id: field("pdb_id", null),
    // pydantic's AliasChoices("go_id", "identifier"): the first one present wins.
    identifier: Object.hasOwn(raw, "go_id") ? (raw.go_id as PyJson) : field("identifier", null),
    map_threshold: asFloat(field("map_threshold", null)),
    radius: asFloat(field("radius", null)),
    metadata: metadata === null ? {} : metadata,
  };
  return { name: raw.name, isParticle: raw.is_particle, dump };
}

const optionalString = (raw: PyDict, key: string, fallback: string | null): string | null => {
  const value = Object.hasOwn(raw, key) ? raw[key] : fallback;
  return typeof value === "string" ? value : null;
};

/** `CopickConfig(**raw)`'s project settings, with copick's defaults for the keys a config leaves out. */
export function projectConfig(raw: PyDict): CopickProjectConfig {
  const objects = raw.pickable_objects;
  return {
    name: optionalString(raw, "name", "CoPick"),
    description: optionalString(raw, "description", "Let's CoPick!"),
    version: optionalString(raw, "version", "0.2.0"),
    userId: optionalString(raw, "user_id", null),
    sessionId: optionalString(raw, "session_id", null),
    pickableObjects: Array.isArray(objects) ? (objects as readonly PyJson[]).map(pickableObject) : [],
  };
}

/** The `copick:config` block: the settings and the objects (renamed by `objectNameMap`, the old name kept). */
export function copickConfigBlock(config: CopickProjectConfig, objectNameMap?: ReadonlyMap<string, string>): PyDict {
  return {
    name: config.name,
    description: config.description,
    version: config.version,
    user_id: config.userId,
    session_id: config.sessionId,
    pickable_objects: config.pickableObjects.map((object) => {
      const dump: PyDict = structuredPyClone(object.dump);
      const renamed = objectNameMap?.get(object.name);
      if (renamed !== undefined && renamed !== object.name) {
        dump.name = renamed;
        const metadata: PyDict = isPyDict(dump.metadata) && Object.keys(dump.metadata).length > 0 ? { ...dump.metadata } : {};
        if (!Object.hasOwn(metadata, "portal_original_name")) {
          metadata.portal_original_name = object.name;
        }
        dump.metadata = metadata;
      }
      return dump;
    }),
  };
}

/** A deep copy of a PyDict, key order kept (PyFloat instances are immutable and shared). */
function structuredPyClone(dict: PyDict): PyDict {
  const copy = (value: PyJson): PyJson => {
    if (Array.isArray(value)) {
      return (value as readonly PyJson[]).map(copy);
    }
    if (!isPyDict(value)) {
      return value;
    }
    const out: PyDict = { ...value }; // the spread keeps the recorded key order too
    for (const key of Object.keys(out)) {
      out[key] = copy(out[key] as PyJson);
    }
    return out;
  };
  return copy(dict) as PyDict;
}

// ---------------------------------------------------------------------------------------------------------------
// FileObjects, RecordSets, splits

function fieldList(csv: CopickCsv): PyDict[] {
  return csv.columns.map((column) => ({
    "@type": "cr:Field",
    "@id": `${csv.recordSetId}/${column.name}`,
    dataType: column.dataType,
    source: { fileObject: { "@id": csv.fileObjectId }, extract: { column: column.name } },
  }));
}

function splitsRecordSet(splitNames: readonly string[]): PyDict {
  const id = SPLITS_RECORD_SET_ID;
  return {
    "@type": "cr:RecordSet",
    "@id": id,
    name: "splits",
    description: "Maps split names to MLCommons definition URLs.",
    key: { "@id": `${id}/name` },
    field: [
      { "@type": "cr:Field", "@id": `${id}/name`, dataType: "sc:Text" },
      { "@type": "cr:Field", "@id": `${id}/url`, dataType: "sc:URL" },
    ],
    // Every inline row carries every field (mlcroissant demands it): "" for names without a definition.
    data: splitNames.map((name) => ({ [`${id}/name`]: name, [`${id}/url`]: STANDARD_SPLIT_URIS[name.toLowerCase()] ?? "" })),
  };
}

/** The distinct non-empty splits of `runSplits`, in first-seen order (copick's `_build_splits_recordset`). */
export function splitNamesInOrder(runSplits: Iterable<string | null>): string[] {
  const names = new Set<string>();
  for (const split of runSplits) {
    if (split) {
      names.add(split);
    }
  }
  return [...names];
}

/**
 * Puts the `copick/splits` table and the `copick/runs/split` reference in step with the splits in use: the
 * table (in place, or appended) and the reference when there are splits, neither when there are none. copick's
 * own commit leaves both as the export wrote them; keeping them in step is a deliberate difference.
 */
export function syncSplitsRecordSet(doc: PyDict, splitNames: readonly string[]): void {
  const recordSets = Array.isArray(doc.recordSet) ? (doc.recordSet as PyJson[]) : undefined;
  if (!recordSets) {
    return;
  }
  const index = recordSets.findIndex((rs) => isPyDict(rs) && rs["@id"] === SPLITS_RECORD_SET_ID);
  const runs = recordSets.find((rs) => isPyDict(rs) && rs["@id"] === "copick/runs");
  const fields = isPyDict(runs) && Array.isArray(runs.field) ? (runs.field as PyJson[]) : [];
  const splitField = fields.find((f) => isPyDict(f) && f["@id"] === "copick/runs/split") as PyDict | undefined;
  if (splitNames.length === 0) {
    if (index >= 0) {
      recordSets.splice(index, 1);
    }
    if (splitField) {
      delete splitField.references;
    }
    return;
  }
  const table = splitsRecordSet(splitNames);
  if (index >= 0) {
    recordSets[index] = table;
  } else {
    recordSets.push(table);
  }
  if (splitField) {
    splitField.references = { field: { "@id": `${SPLITS_RECORD_SET_ID}/name` } };
  }
}

export interface CroissantDocInput {
  readonly config: CopickProjectConfig;
  readonly baseUrl: string;
  /** Lowercase hex sha256 of each sidecar's bytes, by RecordSet id. */
  readonly csvSha256: ReadonlyMap<string, string>;
  readonly splitNames: readonly string[];
  readonly datasetName?: string | undefined;
  readonly description?: string | undefined;
  readonly license?: string | undefined;
  readonly citeAs?: string | undefined;
  /** ISO date (YYYY-MM-DD). */
  readonly datePublished: string;
  readonly objectNameMap?: ReadonlyMap<string, string> | undefined;
}

/** copick's `_build_croissant_doc`: the metadata.json of an export, key for key. */
export function buildCroissantDoc(input: CroissantDocInput): PyDict {
  const { config } = input;
  const name = input.datasetName || config.name || "copick-project";
  const doc: PyDict = {
    "@context": croissantContext(),
    "@type": "sc:Dataset",
    name,
    description: input.description || config.description || "Copick project exported as Croissant.",
    conformsTo: CONFORMS_TO,
    version: config.version || "0.1.0",
    license: input.license || "CC-BY-4.0",
    citeAs: input.citeAs || `copick project ${name}`,
    datePublished: input.datePublished,
    "copick:baseUrl": input.baseUrl,
    "copick:config": copickConfigBlock(config, input.objectNameMap),
    distribution: COPICK_CSVS.map((csv) => {
      const sha256 = input.csvSha256.get(csv.recordSetId);
      if (sha256 === undefined) {
        throw new CopickError(`no sha256 for ${csv.csvName}`);
      }
      return {
        "@type": "cr:FileObject",
        "@id": csv.fileObjectId,
        name: csv.fileObjectId,
        contentUrl: csvContentUrl(input.baseUrl, csv),
        encodingFormat: "text/csv",
        sha256,
      };
    }),
    recordSet: COPICK_CSVS.map((csv) => ({
      "@type": "cr:RecordSet",
      "@id": csv.recordSetId,
      name: csv.recordSetName,
      field: fieldList(csv),
    })),
  };
  syncSplitsRecordSet(doc, input.splitNames);
  return doc;
}
