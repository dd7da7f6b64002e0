// mlcroissant 1.1.0's structure graph, ported for its verdicts: each node class reads its fields from the
// expanded document (`Node.from_jsonld`) and runs its `__post_init__` checks, with the reference's message
// texts and `[Metadata(x) > FileObject(y)]` contexts (mlcroissant/_src/structure_graph/). Browser-safe.
import * as checks from "./checks.js";
import type { RuleInfo } from "../engine/validation/rule.js";
import { pyRepr, pyTypeName as plainTypeName } from "../engine/python-repr.js";
import { type DocPath } from "../engine/summary/issue.js";
import { JsonLiteral, type PyNode, type PyValue, reprPopulated, strPopulated } from "./jsonld.js";
import { checkJsonPath } from "./jsonpath.js";

export type CroissantVersion = "0.8" | "1.0" | "1.1";

export const SC = "https://schema.org/";
const CR = "http://mlcommons.org/croissant/";
const ML_V0 = "http://mlcommons.org/schema/";
const RAI = "http://mlcommons.org/croissant/RAI/";
const DCT_CONFORMS_TO = "http://purl.org/dc/terms/conformsTo";
/** mlcroissant's base IRI for relative ids, stripped from every uuid. */
const BASE_IRI = "cr_base_iri/";

export const VERSION_IRIS: Readonly<Record<string, CroissantVersion>> = {
  "http://mlcommons.org/croissant/0.8": "0.8",
  "http://mlcommons.org/croissant/1.0": "1.0",
  "http://mlcommons.org/croissant/1.1": "1.1",
};

/** One finding, with the node it is about (for the `[...]` context and the document position). */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly msg: string;
  readonly node?: Node;
  /** Document path when there is no node (or a more precise one). */
  readonly path?: DocPath;
  /** The id of the check (src/croissant/checks.ts). */
  readonly check: string;
}

/** The shared state of one validation (mlcroissant's `Context`). */
export class Ctx {
  version: CroissantVersion = "1.0";
  isLiveDataset: unknown = undefined;
  readonly findings: Finding[] = [];
  /** Where each populated node is in the document. */
  readonly pathOf: (value: object) => DocPath | undefined;
  constructor(pathOf: (value: object) => DocPath | undefined) {
    this.pathOf = pathOf;
  }
  get isV0(): boolean {
    return this.version === "0.8";
  }
  get isV1_1(): boolean {
    return this.version === "1.1";
  }
  get ml(): string {
    return this.isV0 ? ML_V0 : CR;
  }
  error(check: RuleInfo, msg: string, node?: Node, path?: DocPath): void {
    this.findings.push({ severity: "error", msg, check: check.id, ...(node ? { node } : {}), ...(path ? { path } : {}) });
  }
  warning(check: RuleInfo, msg: string, node?: Node, path?: DocPath): void {
    this.findings.push({ severity: "warning", msg, check: check.id, ...(node ? { node } : {}), ...(path ? { path } : {}) });
  }
}

type Literal = "Text" | "URL" | "Integer" | "Number" | "Boolean" | "Date" | "DateTime" | "Language";
type NodeClassName =
  | "Metadata"
  | "FileObject"
  | "FileSet"
  | "RecordSet"
  | "Field"
  | "ParentField"
  | "Source"
  | "Extract"
  | "Transform"
  | "CreativeWork"
  | "Person"
  | "Organization";

interface FieldSpec {
  readonly name: string;
  readonly url: (ctx: Ctx) => string;
  readonly cardinality: "ONE" | "MANY" | "LANGUAGE-TAGGED";
  readonly input?: readonly (Literal | NodeClassName)[];
  /** The reference's `from_jsonld` override, called on truthy values. */
  readonly from?: (ctx: Ctx, value: PyValue) => unknown;
  /** Default when absent or invalid: undefined (None), "", or a default_factory's fresh list or node. */
  readonly fallback?: "empty" | "list" | "Source" | "Extract";
  readonly versions?: readonly CroissantVersion[];
  readonly exclusiveWith?: readonly string[];
}

const LITERAL_IRIS: Readonly<Record<Literal, string>> = {
  Text: `${SC}Text`,
  URL: `${SC}URL`,
  Integer: `${SC}Integer`,
  Number: `${SC}Number`,
  Boolean: `${SC}Boolean`,
  Date: `${SC}Date`,
  DateTime: `${SC}DateTime`,
  Language: `${SC}Language`,
};

function matchesLiteral(type: Literal, value: unknown): boolean {
  switch (type) {
    case "Boolean":
      return typeof value === "boolean";
    case "Integer":
      return typeof value === "number" && Number.isInteger(value);
    case "Number":
      return typeof value === "number" && !Number.isInteger(value);
    default:
      return typeof value === "string";
  }
}

/** Python's `type(value).__name__`; a JSON-LD literal is a string. */
export function pyTypeName(value: unknown): string {
  return value instanceof JsonLiteral ? "str" : plainTypeName(value);
}

/** Python truthiness. */
export function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (value instanceof Node) {
    return value.truthy();
  }
  if (typeof value === "object" && !(value instanceof JsonLiteral)) {
    return Object.keys(value).length > 0;
  }
  return true;
}

/** mlcroissant's `uuid_from_jsonld`: the @id without the base IRI (blank nodes keep their `_:` id). */
export function uuidFromJsonld(value: PyValue): string | string[] {
  if (Array.isArray(value)) {
    return value.map((v) => uuidFromJsonld(v) as string);
  }
  if (typeof value === "object" && value !== null && !(value instanceof JsonLiteral)) {
    const id: unknown = value["@id"];
    return typeof id === "string" ? id : "_:generated";
  }
  if (typeof value === "string") {
    const parts = value.split(BASE_IRI);
    return parts.length === 1 ? value : parts.slice(1).join(BASE_IRI);
  }
  return "_:generated";
}

function pyClassRepr(value: unknown): string {
  return `<class '${pyTypeName(value)}'>`;
}

const uuidField = (ctx: Ctx, value: PyValue): unknown => uuidFromJsonld(value);

function dataTypesFrom(_ctx: Ctx, value: PyValue): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => dataTypesFrom(_ctx, v));
  }
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "object" && value !== null && !(value instanceof JsonLiteral)) {
    const id: unknown = value["@id"];
    return typeof id === "string" ? id : null;
  }
  return [];
}

function jsonFrom(ctx: Ctx, value: PyValue): unknown {
  // rdflib hands the JSON literal over as text, which mlcroissant json-loads.
  return value instanceof JsonLiteral ? value.value : undefined;
}

const field = (
  name: string,
  url: string | ((ctx: Ctx) => string),
  cardinality: FieldSpec["cardinality"],
  input: FieldSpec["input"] | ((ctx: Ctx, value: PyValue) => unknown),
  extra: Partial<Pick<FieldSpec, "fallback" | "versions" | "exclusiveWith">> = {},
): FieldSpec => ({
  name,
  url: typeof url === "string" ? () => url : url,
  cardinality,
  ...(typeof input === "function" ? { from: input } : input ? { input } : {}),
  ...extra,
});

const text = (name: string, url: string | ((ctx: Ctx) => string), cardinality: FieldSpec["cardinality"] = "ONE"): FieldSpec =>
  field(name, url, cardinality, ["Text"]);
const ml = (term: string) => (ctx: Ctx) => ctx.ml + term;
const containedInUrl = (ctx: Ctx): string => (ctx.isV1_1 ? `${CR}containedIn` : `${SC}containedIn`);

function containedInFrom(ctx: Ctx, value: PyValue): unknown {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === "object" && item !== null && !Array.isArray(item) && !(item instanceof JsonLiteral)) {
      const node = item as PyNode;
      const isSource =
        [`${ctx.ml}fileObject`, `${ctx.ml}fileSet`, `${ctx.ml}recordSet`].some((k) => k in node) || node["@type"] === `${ctx.ml}source`;
      if (isSource) {
        return buildNode(ctx, "Source", node);
      }
    }
    return uuidFromJsonld(item);
  });
}

const RAI_TEXT_ONE = [
  "dataCollection",
  "dataCollectionMissingData",
  "dataCollectionRawData",
  "dataImputationProtocol",
  "dataDataManipulationProtocol",
  "annotationsPerItem",
  "dataSocialImpact",
  "dataReleaseMaintenancePlan",
];
const RAI_TEXT_MANY = [
  "dataCollectionType",
  "dataPreprocessingProtocol",
  "dataAnnotationProtocol",
  "dataAnnotationPlatform",
  "dataAnnotationAnalysis",
  "annotatorDemographics",
  "machineAnnotationTools",
  "dataBiases",
  "dataUseCases",
  "dataLimitations",
  "personalSensitiveInformation",
];

const FIELDS: Readonly<Record<NodeClassName, readonly FieldSpec[]>> = {
  Metadata: [
    field("cite_as", (ctx) => (ctx.isV0 ? `${SC}citation` : `${CR}citeAs`), "ONE", ["Text"]),
    field("conforms_to", DCT_CONFORMS_TO, "MANY", ["Text"], { fallback: "list" }),
    field("creators", `${SC}creator`, "MANY", ["Organization", "Person"], { fallback: "list" }),
    field("date_created", `${SC}dateCreated`, "ONE", ["Date", "DateTime"]),
    field("date_modified", `${SC}dateModified`, "ONE", ["Date", "DateTime"]),
    field("date_published", `${SC}datePublished`, "ONE", ["Date", "DateTime"]),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    text("keywords", `${SC}keywords`, "MANY"),
    field("in_language", `${SC}inLanguage`, "MANY", ["Language", "Text"]),
    field("license", `${SC}license`, "MANY", ["CreativeWork", "Text", "URL"]),
    field("name", `${SC}name`, "LANGUAGE-TAGGED", ["Text"], { fallback: "empty" }),
    field("publisher", `${SC}publisher`, "MANY", ["Organization", "Person"], { fallback: "list" }),
    field("same_as", `${SC}sameAs`, "MANY", ["URL"]),
    field("sd_licence", `${SC}sdLicense`, "MANY", ["CreativeWork", "Text", "URL"]),
    field("url", `${SC}url`, "ONE", ["URL"]),
    field("version", `${SC}version`, "ONE", ["Integer", "Number", "Text"]),
    field("sd_version", ml("sdVersion"), "ONE", ["Integer", "Number", "Text"]),
    field("distribution", `${SC}distribution`, "MANY", ["FileObject", "FileSet"], { fallback: "list" }),
    field("record_sets", ml("recordSet"), "MANY", ["RecordSet"], { fallback: "list" }),
    field("data_collection_timeframe", `${RAI}dataCollectionTimeFrame`, "MANY", ["Date", "DateTime"]),
    ...RAI_TEXT_ONE.map((t) => text(t, RAI + t)),
    ...RAI_TEXT_MANY.map((t) => text(t, RAI + t, "MANY")),
  ],
  CreativeWork: [
    text("name", `${SC}name`, "LANGUAGE-TAGGED"),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    field("url", `${SC}url`, "ONE", ["URL"]),
  ],
  Person: [
    text("name", `${SC}name`, "LANGUAGE-TAGGED"),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    text("email", `${SC}email`),
    field("url", `${SC}url`, "ONE", ["URL"]),
  ],
  Organization: [
    text("name", `${SC}name`, "LANGUAGE-TAGGED"),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    field("url", `${SC}url`, "ONE", ["URL"]),
  ],
  FileObject: [
    field("content_url", `${SC}contentUrl`, "ONE", ["URL"]),
    text("content_size", `${SC}contentSize`),
    field("contained_in", containedInUrl, "MANY", containedInFrom, { fallback: "list" }),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    text("encoding_formats", `${SC}encodingFormat`, "MANY"),
    text("md5", ml("md5")),
    field("name", `${SC}name`, "ONE", ["Text"], { fallback: "empty" }),
    field("same_as", `${SC}sameAs`, "MANY", ["URL"]),
    text("sha256", `${SC}sha256`),
    field("source", ml("source"), "ONE", ["Source"], { fallback: "Source" }),
  ],
  FileSet: [
    field("contained_in", containedInUrl, "MANY", containedInFrom, { fallback: "list" }),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    text("encoding_formats", `${SC}encodingFormat`, "MANY"),
    text("excludes", ml("excludes"), "MANY"),
    text("includes", ml("includes"), "MANY"),
    field("name", `${SC}name`, "ONE", ["Text"], { fallback: "empty" }),
  ],
  RecordSet: [
    field("annotations", ml("annotation"), "MANY", (ctx, v) => buildFromJsonld(ctx, "Field", v), { fallback: "list" }),
    field("data", ml("data"), "MANY", jsonFrom),
    field("data_types", ml("dataType"), "MANY", dataTypesFrom, { fallback: "list" }),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    field("examples", ml("examples"), "MANY", jsonFrom),
    field("is_enumeration", ml("isEnumeration"), "ONE", ["Boolean"]),
    field("key", (ctx) => (ctx.isV0 ? `${SC}key` : `${CR}key`), "MANY", uuidField),
    field("name", `${SC}name`, "LANGUAGE-TAGGED", ["Text"], { fallback: "empty" }),
    field("fields", ml("field"), "MANY", ["Field"], { fallback: "list" }),
  ],
  Field: [
    field("annotations", ml("annotation"), "MANY", (ctx, v) => buildFromJsonld(ctx, "Field", v), { fallback: "list" }),
    text("array_shape", ml("arrayShape")),
    text("description", `${SC}description`, "LANGUAGE-TAGGED"),
    field("data_types", ml("dataType"), "MANY", dataTypesFrom, { fallback: "list" }),
    field("equivalentProperty", ml("equivalentProperty"), "MANY", ["URL"]),
    field("is_array", ml("isArray"), "ONE", ["Boolean"]),
    field("is_enumeration", ml("isEnumeration"), "ONE", ["Boolean"], { versions: ["0.8"] }),
    field("name", `${SC}name`, "LANGUAGE-TAGGED", ["Text"], { fallback: "empty" }),
    field("parent_field", ml("parentField"), "ONE", ["ParentField"]),
    field("references", ml("references"), "ONE", ["Source"], { fallback: "Source" }),
    field("repeated", ml("repeated"), "ONE", ["Boolean"]),
    field("source", ml("source"), "ONE", ["Source"], { fallback: "Source" }),
    field("sub_fields", ml("subField"), "MANY", (ctx, v) => buildFromJsonld(ctx, "Field", v), { fallback: "list" }),
    field("value", `${SC}value`, "ONE", (_ctx, v) => v),
  ],
  ParentField: [field("references", ml("references"), "ONE", ["Source"]), field("source", ml("source"), "ONE", ["Source"])],
  Source: [
    field("distribution", `${SC}distribution`, "ONE", uuidField, { versions: ["0.8"] }),
    field("extract", ml("extract"), "ONE", ["Extract"], { fallback: "Extract" }),
    field("field", ml("field"), "ONE", uuidField, { exclusiveWith: ["file_object", "file_set", "distribution"] }),
    field("file_object", ml("fileObject"), "ONE", uuidField),
    field("file_set", ml("fileSet"), "ONE", uuidField),
    text("format", ml("format")),
    field("sampling_rate", ml("samplingRate"), "ONE", ["Integer"]),
    field("transforms", ml("transform"), "MANY", ["Transform"], { fallback: "list" }),
  ],
  Extract: [
    field("column", ml("column"), "ONE", ["Text"], { exclusiveWith: ["file_property", "json_path"] }),
    text("file_property", ml("fileProperty")),
    text("json_path", ml("jsonPath")),
  ],
  Transform: [
    text("format", ml("format")),
    text("json_path", ml("jsonPath")),
    field("read_lines", ml("readLines"), "ONE", ["Boolean"]),
    text("regex", ml("regex")),
    text("replace", ml("replace")),
    field("sampling_rate", ml("samplingRate"), "ONE", ["Integer"]),
    text("separator", ml("separator")),
    field("un_archive", ml("unArchive"), "ONE", ["Boolean"]),
  ],
};

/** The JSON-LD type of each class (`None` for Source, Extract, Transform, ParentField). */
export function jsonldType(cls: NodeClassName, ctx: Ctx): string | null {
  switch (cls) {
    case "Metadata":
      return `${SC}Dataset`;
    case "FileObject":
      return ctx.isV0 ? `${SC}FileObject` : `${CR}FileObject`;
    case "FileSet":
      return ctx.isV0 ? `${SC}FileSet` : `${CR}FileSet`;
    case "RecordSet":
      return `${ctx.ml}RecordSet`;
    case "Field":
      return `${ctx.ml}Field`;
    case "CreativeWork":
    case "Person":
    case "Organization":
      return SC + cls;
    default:
      return null;
  }
}

/** `constants.FROM_CROISSANT`: the IRI mlcroissant names a missing property by. */
function propertyIri(ctx: Ctx, name: string): string {
  const spec = [...FIELDS.Metadata, ...FIELDS.FileObject, ...FIELDS.FileSet, ...FIELDS.Field].find((f) => f.name === name);
  return spec ? spec.url(ctx) : "None";
}

function fieldsFor(cls: NodeClassName, ctx?: Ctx): readonly FieldSpec[] {
  return FIELDS[cls].filter((f) => !ctx || !f.versions || f.versions.includes(ctx.version));
}

export class Node {
  readonly cls: NodeClassName;
  readonly ctx: Ctx;
  readonly id: string;
  readonly values: Record<string, unknown>;
  parents: Node[] = [];
  readonly path: DocPath | undefined;
  /** Nodes made from a default factory use a fresh context in the reference: their issues are never seen. */
  readonly detached: boolean;

  constructor(cls: NodeClassName, ctx: Ctx, id: string, values: Record<string, unknown>, path: DocPath | undefined, detached = false) {
    this.cls = cls;
    this.ctx = ctx;
    this.id = id;
    this.values = values;
    this.path = path;
    this.detached = detached;
  }

  get(name: string): unknown {
    return this.values[name];
  }

  get name(): unknown {
    return this.values.name;
  }

  /** The reference's `uuid`: the id (1.x) or the name path (0.8). */
  get uuid(): string {
    if (this.ctx.isV0) {
      const parent = this.parents[this.parents.length - 1];
      return this.parents.length <= 1 || !parent
        ? this.name === undefined
          ? ""
          : strPopulated(this.name)
        : `${parent.uuid}/${strPopulated(this.name)}`;
    }
    return this.id;
  }

  /** A Source is truthy when its uuid is not None (an empty one too); other nodes always are. */
  truthy(): boolean {
    return this.cls !== "Source" || this.sourceUuid() !== undefined;
  }

  /**
   * `Source.uuid`: `field or file_object or file_set` (0.8: `field or distribution`), Python's `or`: the first
   * non-empty one, else the last as it is (an empty id, the base IRI's, is a uuid that refers to no node).
   */
  sourceUuid(): string | undefined {
    const names = this.ctx.isV0 ? ["field", "distribution"] : ["field", "file_object", "file_set"];
    const values = names.map((name) => this.values[name]);
    const found = values.find((value) => typeof value === "string" && value !== "") ?? values.at(-1);
    return typeof found === "string" ? found : undefined;
  }

  context(): string {
    return [...this.parents, this]
      .map(
        (node) => `${node.cls}(${typeof node.name === "string" ? node.name : node.name === undefined ? "None" : reprPopulated(node.name)})`,
      )
      .join(" > ");
  }

  error(check: RuleInfo, msg: string): void {
    if (!this.detached) {
      this.ctx.error(check, msg, this);
    }
  }

  warning(check: RuleInfo, msg: string): void {
    if (!this.detached) {
      this.ctx.warning(check, msg, this);
    }
  }
}

function isDict(value: unknown): value is PyNode {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonLiteral) && !(value instanceof Node)
  );
}

/** `Node.from_jsonld` for a dict or a list of dicts. */
export function buildFromJsonld(ctx: Ctx, cls: NodeClassName, value: PyValue): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => buildFromJsonld(ctx, cls, item));
  }
  if (!isDict(value)) {
    ctx.error(checks.NODE_TYPE, `${jsonldType(cls, ctx) ?? cls} should be a dict with keys. Got "${strPopulated(value)}"`);
    return undefined;
  }
  return buildNode(ctx, cls, value);
}

function valueFromInputTypes(ctx: Ctx, value: PyValue, spec: FieldSpec, owner: PyNode): unknown {
  if (value === undefined) {
    return undefined;
  }
  if (isDict(value) && spec.cardinality === "LANGUAGE-TAGGED") {
    return value;
  }
  const input = spec.input ?? [];
  for (const type of input) {
    if (type in LITERAL_IRIS) {
      if (matchesLiteral(type as Literal, value)) {
        return value;
      }
    } else if (isDict(value) && (value["@type"] ?? null) === jsonldType(type as NodeClassName, ctx)) {
      return buildNode(ctx, type as NodeClassName, value);
    }
  }
  const types = input.map((t) => (t in LITERAL_IRIS ? LITERAL_IRIS[t as Literal] : (jsonldType(t as NodeClassName, ctx) ?? "None")));
  const where = ctx.pathOf(isDict(value) ? value : owner);
  if (isDict(value)) {
    const uuid = ctx.isV0 ? strPopulated(value[`${SC}name`]) : uuidFromJsonld(value);
    ctx.error(
      checks.NODE_TYPE,
      `"${strPopulated(uuid)}" should have an attribute ${types.map((t) => `"@type": "${t}"`).join(" or ")}. Got ${value["@type"] ?? "None"} instead.`,
      undefined,
      where,
    );
  } else {
    ctx.error(checks.VALUE_TYPE, `\`${spec.name}\` should have type ${types.join(" or ")}, but got ${pyTypeName(value)}`, undefined, where);
  }
  return spec.fallback === "empty" ? "" : spec.fallback === undefined ? undefined : MISSING;
}

const MISSING = Symbol("missing");

function checkExpectedType(ctx: Ctx, jsonld: PyNode, expected: string | null): void {
  const actual = jsonld["@type"] ?? null;
  if (actual !== expected) {
    const name = jsonld[`${SC}name`];
    ctx.error(
      checks.NODE_TYPE,
      `"${name === undefined ? "<unknown node>" : strPopulated(name)}" should have an attribute "@type": "${expected ?? "None"}". Got ${actual ?? "None"} instead.`,
      undefined,
      ctx.pathOf(jsonld),
    );
  }
}

/** The version a dataset declares (`CroissantVersion.from_jsonld`), reporting an unknown one. */
export function versionFrom(ctx: Ctx, conformsTo: PyValue, path: DocPath | undefined): CroissantVersion {
  if (!truthy(conformsTo)) {
    return "0.8";
  }
  const candidates = Array.isArray(conformsTo) ? conformsTo : [conformsTo];
  for (const candidate of candidates) {
    if (typeof candidate === "string" && VERSION_IRIS[candidate]) {
      return VERSION_IRIS[candidate];
    }
  }
  ctx.error(
    checks.CONFORMS_TO,
    `At least one of the provided conformsTo should be a valid CroissantVersion. Got: ${typeof conformsTo === "string" ? conformsTo : reprPopulated(conformsTo)}`,
    undefined,
    path,
  );
  return "0.8";
}

function buildNode(ctx: Ctx, cls: NodeClassName, jsonld: PyNode): Node {
  if (cls === "Metadata") {
    ctx.version = versionFrom(ctx, jsonld[DCT_CONFORMS_TO], ctx.pathOf(jsonld));
    ctx.isLiveDataset = jsonld[`${ctx.ml}isLiveDataset`];
  }
  checkExpectedType(ctx, jsonld, jsonldType(cls, ctx));
  const values: Record<string, unknown> = {};
  for (const spec of FIELDS[cls]) {
    let value: unknown = jsonld[spec.url(ctx)];
    if (spec.from) {
      value = truthy(value) ? spec.from(ctx, value as PyValue) : value;
    } else if (Array.isArray(value)) {
      value = value.map((v) => valueFromInputTypes(ctx, v as PyValue, spec, jsonld)).filter((v) => v !== MISSING);
    } else {
      value = valueFromInputTypes(ctx, value as PyValue, spec, jsonld);
    }
    if (spec.cardinality === "MANY" && truthy(value)) {
      value = Array.isArray(value) ? value : [value];
    } else if (spec.cardinality === "ONE" && Array.isArray(value)) {
      value = value[0];
      ctx.warning(checks.CARDINALITY, `\`${spec.name}\` has cardinality \`ONE\`, but got a list`, undefined, ctx.pathOf(jsonld));
    }
    if (value !== undefined && value !== null && value !== MISSING) {
      values[spec.name] = value;
    }
  }
  for (const spec of FIELDS[cls]) {
    if (!(spec.name in values) && spec.fallback !== undefined) {
      values[spec.name] =
        spec.fallback === "empty" ? "" : spec.fallback === "list" ? [] : new Node(spec.fallback, ctx, "_:generated", {}, undefined, true);
    }
  }
  const id = uuidFromJsonld(jsonld);
  const node = new Node(cls, ctx, typeof id === "string" ? id : "_:generated", values, ctx.pathOf(jsonld));
  postInit(node);
  return node;
}

// ---------------------------------------------------------------------------------------------------------
// __post_init__ checks, per class.

const DATE = /^\d{4}(?:-?\d{2}(?:-?\d{2})?)?(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const SEMVER =
  /^(0|[1-9]\d*)(\.(0|[1-9]\d*)(\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?)?)?$/;
const NAME_REGEX = /^[a-zA-Z0-9\-_.]+$/;
const FILE_PROPERTIES = ["content", "filename", "filepath", "fullpath", "lines", "lineNumbers"];

function pyException(cls: string, arg: string): string {
  return `${cls}(${pyRepr(arg)})`;
}

function castDate(node: Node, name: string): void {
  const check = (value: unknown): boolean => {
    if (typeof value === "string") {
      if (!DATE.test(value)) {
        node.error(
          checks.DATE,
          `ValueError({${pyRepr(`Dates or DateTimes should follow the [ISO 8601 format](https://en.wikipedia.org/wiki/ISO_8601). Got ${value}`)}})`,
        );
        return false;
      }
      return true;
    }
    if (value !== undefined) {
      node.error(checks.DATE, pyException("ValueError", `Wrong type for a date. Expected Date or Datetime. Got: ${pyRepr(value)}`));
      return false;
    }
    return true;
  };
  const value = node.get(name);
  if (Array.isArray(value)) {
    value.every(check);
  } else {
    check(value);
  }
}

function castVersion(node: Node, name: string): void {
  const value = node.get(name);
  if (typeof value === "string" && !SEMVER.test(value)) {
    node.warning(
      checks.VERSION,
      pyException(
        "WarningException",
        `Version doesn't follow MAJOR.MINOR.PATCH: ${value}. For more information refer to: https://semver.org/spec/v2.0.0.html`,
      ),
    );
  } else if (value !== undefined && typeof value !== "string" && typeof value !== "number") {
    node.error(
      checks.VERSION,
      pyException("ErrorException", `The version should be a string or a number. Got: <class '${pyTypeName(value)}'>.`),
    );
  }
}

function checkExclusive(node: Node): void {
  const specs = fieldsFor(node.cls, node.ctx);
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const spec of specs) {
    if (!spec.exclusiveWith) {
      continue;
    }
    const group = [spec, ...spec.exclusiveWith.flatMap((name) => byName.get(name) ?? [])];
    if (group.filter((s) => truthy(node.get(s.name))).length !== 1) {
      if (!node.detached) {
        node.ctx.error(
          checks.EXCLUSIVE_PROPERTIES,
          `${jsonldType(node.cls, node.ctx) ?? node.cls} should have one of the following properties ${group.map((s) => s.url(node.ctx)).join(" or ")}.`,
          undefined,
          node.path,
        );
      }
    }
  }
}

function validateName(node: Node): void {
  const name = node.name;
  if (!node.ctx.isV1_1 && typeof name !== "string") {
    node.error(checks.NAME, `The name should be a string. Got: ${pyClassRepr(name)}.`);
    if (node.ctx.isV0 && truthy(name)) {
      // The check goes on to measure and match the name as a string (0.8 names follow a pattern).
      node.error(checks.MLCROISSANT_FAILURE, `${CANNOT_READ}: the name ${strPopulated(name)} is not a string (TypeError)`);
    }
  } else if (typeof name !== "string" && !isDict(name)) {
    node.error(checks.NAME, `The name should be a string or dict. Got: ${pyClassRepr(name)}.`);
    return;
  }
  if (!truthy(name) || !node.ctx.isV0 || typeof name !== "string") {
    return;
  }
  if (name.length > 255) {
    node.error(checks.NAME, `The name "${name}" is too long (>255 characters).`);
  }
  if (!NAME_REGEX.test(name)) {
    node.error(checks.NAME, `The name "${name}" contains forbidden characters.`);
  }
}

export function assertMandatory(node: Node, ...names: string[]): void {
  for (const name of names) {
    if (!truthy(name === "id" ? node.id : node.get(name))) {
      node.error(checks.MANDATORY_PROPERTY, `Property "${propertyIri(node.ctx, name)}" is mandatory, but does not exist.`);
    }
  }
}

/** Python's `value is None` for a property as the node holds it. */
const isAbsent = (value: unknown): boolean => value === undefined || value === null;

function assertOptional(node: Node, ...names: string[]): void {
  for (const name of names) {
    if (!truthy(node.get(name))) {
      node.warning(checks.RECOMMENDED_PROPERTY, `Property "${propertyIri(node.ctx, name)}" is recommended, but does not exist.`);
    }
  }
}

function postInit(node: Node): void {
  const ctx = node.ctx;
  if (node.cls === "Extract") {
    const property = node.get("file_property");
    if (property !== undefined && !(typeof property === "string" && FILE_PROPERTIES.includes(property))) {
      node.error(
        checks.FILE_PROPERTY,
        pyException(
          "ValueError",
          `Property fileProperty can only have values in \`fullpath\`, \`filepath\` and \`content\`. Got: ${String(property)}`,
        ),
      );
    }
  }
  if (node.cls === "Metadata") {
    for (const name of ["date_created", "date_modified", "date_published", "data_collection_timeframe"]) {
      castDate(node, name);
    }
    castVersion(node, "version");
    castVersion(node, "sd_version");
  }
  checkExclusive(node);
  const uuidField = ctx.isV0 ? "name" : "id";
  switch (node.cls) {
    case "FileObject":
      validateName(node);
      assertMandatory(node, "encoding_formats", uuidField);
      if (!truthy(node.get("contained_in"))) {
        assertMandatory(node, "content_url");
        // `there_exists_at_least_one_property`: a property is there when it is not None (an empty string is there)
        if (!truthy(ctx.isLiveDataset) && isAbsent(node.get("md5")) && isAbsent(node.get("sha256"))) {
          node.error(checks.CHECKSUM, "At least one of these properties should be defined: ['md5', 'sha256'].");
        }
      }
      break;
    case "FileSet":
      validateName(node);
      assertMandatory(node, "includes", "encoding_formats", uuidField);
      break;
    case "RecordSet":
      validateName(node);
      assertMandatory(node, uuidField);
      checkInlineData(node);
      break;
    case "Field":
      checkField(node);
      break;
    case "Transform":
      checkTransform(node);
      break;
    default:
      break;
  }
}

function checkInlineData(node: Node): void {
  const data = node.get("data");
  if (data === undefined) {
    return;
  }
  const dataIri = `${node.ctx.ml}data`;
  if (!Array.isArray(data)) {
    node.error(checks.INLINE_DATA, `${dataIri} should declare a list. Got: ${pyClassRepr(data)}.`);
    return;
  }
  if (data.length === 0) {
    node.error(checks.INLINE_DATA, `${dataIri} should declare a non empty list.`);
  }
  const fields = (node.get("fields") as Node[] | undefined) ?? [];
  const expected = new Set(fields.map((f) => (node.ctx.isV0 ? String(f.name) : f.id)));
  for (const [i, line] of data.entries()) {
    if (!isDict(line)) {
      node.error(checks.INLINE_DATA, `${dataIri} should declare a list of dict. Got: a list of ${pyClassRepr(line)}.`);
      return;
    }
    const keys = new Set(Object.keys(line));
    if (keys.size !== expected.size || [...keys].some((k) => !expected.has(k))) {
      node.error(
        checks.INLINE_DATA,
        `Line #${i} doesn't have the expected columns. Expected: ${pyRepr(new Set([...expected].sort()))}. Got: ${pyRepr(new Set([...keys].sort()))}.`,
      );
    }
  }
}

/** How a failure of mlcroissant (a Python exception instead of a report) is worded. */
export const CANNOT_READ = "mlcroissant 1.1 cannot read this document";

/** `Source.check_source`: a JSONPath jsonpath_rw cannot read. */
function checkSource(field: Node, source: unknown): void {
  const extract = source instanceof Node ? source.get("extract") : undefined;
  const jsonPath = extract instanceof Node ? extract.get("json_path") : undefined;
  if (typeof jsonPath !== "string" || jsonPath === "") {
    return;
  }
  const { lexerError, parserError } = checkJsonPath(jsonPath);
  if (lexerError !== undefined) {
    field.error(checks.JSON_PATH, `Wrong JSONPath (https://goessner.net/articles/JsonPath/): ${lexerError}`);
  } else if (parserError !== undefined) {
    // jsonpath_rw's parser raises an exception mlcroissant does not catch.
    field.error(checks.MLCROISSANT_FAILURE, `${CANNOT_READ}: jsonpath_rw cannot parse the JSONPath ${pyRepr(jsonPath)} (${parserError})`);
  }
}

function checkField(node: Node): void {
  validateName(node);
  assertMandatory(node, node.ctx.isV0 ? "name" : "id");
  const value = node.get("value");
  const source = node.get("source");
  if (value !== undefined && truthy(source)) {
    node.error(checks.FIELD_SOURCE, `Field ${node.uuid} defines both \`source\` and \`value\`. Please specify exactly one of them.`);
  }
  if (truthy(source)) {
    checkSource(node, source);
  }
  const dataTypes = node.get("data_types");
  node.values.data_types = dataTypes === undefined || dataTypes === null ? [] : Array.isArray(dataTypes) ? dataTypes : [dataTypes];
  const arrayShape = node.get("array_shape");
  if (truthy(arrayShape) && !truthy(node.get("is_array"))) {
    node.error(checks.ARRAY_SHAPE, `Field ${node.uuid} defines \`array_shape\`, but \`is_array\` is False.`);
  }
  if (typeof arrayShape === "string" && arrayShape !== "" && !arrayShape.split(",").every((dim) => /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(dim))) {
    node.error(
      checks.ARRAY_SHAPE,
      `Field ${node.uuid}'s attribute array_shape \`${arrayShape}\` cannot be parsed as a tuple of comma-separated values.`,
    );
  }
}

function checkTransform(node: Node): void {
  const strings = ["format", "json_path", "regex", "replace", "separator"].filter((name) => truthy(node.get(name))).length;
  if (strings > 1) {
    node.error(
      checks.TRANSFORM,
      "Too many string transforms. Exactly one of these properties should be defined: format, json_path, regex, replace, separator.",
    );
  }
  if (strings === 0 && !truthy(node.get("read_lines")) && !truthy(node.get("un_archive"))) {
    node.error(
      checks.TRANSFORM,
      "At least one transform must be defined. Choose among: format, json_path, regex, replace, separator, read_lines, un_archive.",
    );
  }
}

export { buildNode, validateName, assertOptional };
export type { NodeClassName };
