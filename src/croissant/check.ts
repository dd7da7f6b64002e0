// The Croissant checker: mlcroissant's static analysis (`mlc.Dataset(jsonld=...)`), in its stages, with its
// message texts, plus the profile `spec-1.1` (Croissant 1.1's required properties) and, when a file is at hand,
// the checksum mlcroissant verifies when it reads records. Browser-safe: reading files is the caller's
// `hashFile` (src/io/croissant-files.ts does it in Node).
import * as checks from "./checks.js";
import { PY_WHITESPACE, pyRepr } from "../engine/python-repr.js";
import type { DocPath } from "../engine/summary/issue.js";
import { LdContext, LdGraph, type PyNode } from "./jsonld.js";
import {
  assertMandatory,
  buildNode,
  type CroissantVersion,
  Ctx,
  type Finding,
  Node,
  SC,
  truthy,
  validateName,
  assertOptional,
  CANNOT_READ,
} from "./nodes.js";
import { checkDocumentValue } from "../engine/load/limits.js";
import type { CroissantProfile } from "./profiles.js";

/** A file's digest in hex, or undefined when the file is not at hand (remote, missing). */
export type HashFile = (
  contentUrl: string,
  algorithm: "md5" | "sha256",
) => Promise<{ readonly path: string; readonly hex: string } | undefined>;

export interface CroissantCheckOptions {
  readonly profile?: CroissantProfile | undefined;
  /** Verify FileObject checksums of the files it can read. */
  readonly hashFile?: HashFile | undefined;
}

export interface CroissantFinding {
  /** The message as mlcroissant prints it, context included (`[Metadata(x) > FileObject(y)] ...`). */
  readonly msg: string;
  readonly severity: "error" | "warning";
  /** Where in the document (the node the message is about). */
  readonly path: DocPath;
  /** Stable id of the check, e.g. `croissant.mandatory-property` (src/croissant/checks.ts). */
  readonly check: string;
}

export interface CroissantResult {
  /** The version the dataset conforms to, as mlcroissant decided it. */
  readonly version: CroissantVersion | undefined;
  readonly findings: readonly CroissantFinding[];
}

const DATASET = `${SC}Dataset`;
const ML_FIELD_V1 = "http://mlcommons.org/croissant/";

function uniqueSorted(findings: readonly CroissantFinding[], severity: "error" | "warning"): string[] {
  return [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.msg))].sort();
}

/** mlcroissant's `Issues.report()`: sorted, de-duplicated errors, then warnings. */
export function mlcroissantReport(findings: readonly CroissantFinding[]): string {
  let message = "";
  for (const [issues, kind] of [
    [uniqueSorted(findings, "error"), "error(s)"],
    [uniqueSorted(findings, "warning"), "warning(s)"],
  ] as const) {
    if (issues.length > 0) {
      message += `Found the following ${issues.length} ${kind} during the validation:\n`;
      for (const issue of issues) {
        message += `  -  ${issue}\n`;
      }
    }
  }
  return message.trim();
}

function toFinding(finding: Finding): CroissantFinding {
  const msg = finding.node ? `[${finding.node.context()}] ${finding.msg}` : finding.msg;
  return { msg, severity: finding.severity, path: finding.path ?? finding.node?.path ?? [], check: finding.check };
}

/** Keys whose values stay lists even with one element (mlcroissant's `_KEYS_WITH_LIST`). */
function listKeys(): Set<string> {
  const keys = new Set<string>();
  for (const ml of ["http://mlcommons.org/schema/", ML_FIELD_V1]) {
    keys.add(`${ml}field ${ml}RecordSet`);
    keys.add(`${ml}recordSet ${DATASET}`);
    keys.add(`${ml}subField ${ml}Field`);
    keys.add(`${ml}annotation ${ml}Field`);
  }
  keys.add(`${SC}distribution ${DATASET}`);
  return keys;
}

// Python's `\s`: what mlcroissant's `.*\s+.*` finds in an id.
const ID_WHITESPACE = new RegExp(`[${PY_WHITESPACE}]`, "u");

/**
 * `check_valid_ids`: ids with whitespace are refused (rdflib cannot make IRIs of them). Like mlcroissant, it looks
 * into objects and the objects of arrays (not arrays in arrays); an `@id` that is not a string makes it fail.
 */
function checkIds(value: unknown, ctx: Ctx, path: DocPath): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === "@id" && typeof item !== "string") {
      ctx.error(checks.MLCROISSANT_FAILURE, `${CANNOT_READ}: the \`@id\` ${pyRepr(item)} is not a string (TypeError)`, undefined, [
        ...path,
        key,
      ]);
    } else if (key === "@id" && ID_WHITESPACE.test(item)) {
      ctx.error(
        checks.ID_WHITESPACE,
        `The dataset contains a wrong \`@id\`: '${item}'. Note that currently we do not support \`@id\`s containing whitespaces (not even if URL-escaped).`,
        undefined,
        [...path, key],
      );
    }
    if (Array.isArray(item)) {
      item.forEach((entry, i) => checkIds(entry, ctx, [...path, key, i]));
    } else {
      checkIds(item, ctx, [...path, key]);
    }
  }
}

/** The nodes of the structure graph (`Metadata.nodes()`). */
function graphNodes(metadata: Node): Node[] {
  const recordSets = (metadata.get("record_sets") as Node[] | undefined) ?? [];
  const fields = recordSets.flatMap((rs) => (rs.get("fields") as Node[] | undefined) ?? []);
  return [
    metadata,
    ...((metadata.get("distribution") as Node[] | undefined) ?? []),
    ...recordSets,
    ...fields,
    ...fields.flatMap((f) => (f.get("sub_fields") as Node[] | undefined) ?? []),
  ];
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => v instanceof Node) : [];
}

function sourceOf(node: Node, name: "source" | "references"): Node | undefined {
  const value = node.get(name);
  return value instanceof Node && value.truthy() ? value : undefined;
}

/** `from_nodes_to_graph` and `check_graph`: edges, duplicate ids, entry nodes, data types. */
function structureGraph(metadata: Node): { byUuid: Map<string, Node>; edges: [Node, Node][] } {
  const nodes = graphNodes(metadata);
  const inDegree = new Map<Node, number>(nodes.map((n) => [n, 0]));
  const byUuid = new Map<string, Node>();
  for (const node of nodes) {
    const existing = byUuid.get(node.uuid);
    if (existing) {
      node.error(checks.DUPLICATE_ID, `Duplicate nodes with the same identifier: ${existing.uuid}`);
    }
    byUuid.set(node.uuid, node);
  }
  const edges: [Node, Node][] = [];
  const addEdge = (uuid: string | undefined, to: Node): void => {
    const from = uuid === undefined ? undefined : byUuid.get(uuid);
    if (!from) {
      to.error(
        checks.DANGLING_REFERENCE,
        `There is a reference to node with UUID "${uuid ?? "None"}" in node "${to.uuid}", but this node doesn't exist.`,
      );
      return;
    }
    edges.push([from, to]);
    inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
  };
  for (const file of asNodes(metadata.get("distribution"))) {
    for (const container of (file.get("contained_in") as unknown[] | undefined) ?? []) {
      const uuid = container instanceof Node ? container.sourceUuid() : typeof container === "string" ? container : undefined;
      if (uuid) {
        addEdge(uuid, file);
      }
    }
  }
  for (const recordSet of asNodes(metadata.get("record_sets"))) {
    for (const field of asNodes(recordSet.get("fields"))) {
      addEdge(recordSet.uuid, field);
      const source = sourceOf(field, "source");
      if (source) {
        addEdge(source.sourceUuid(), recordSet);
      }
      const references = sourceOf(field, "references");
      if (references) {
        const uuid = references.sourceUuid();
        addEdge(uuid, uuid !== undefined && byUuid.get(uuid)?.cls === "Field" ? field : recordSet);
      }
      for (const subField of asNodes(field.get("sub_fields"))) {
        const subSource = sourceOf(subField, "source");
        if (subSource) {
          addEdge(subSource.sourceUuid(), recordSet);
        }
        const subReferences = sourceOf(subField, "references");
        if (subReferences) {
          // The reference looks up the parent field's reference here (mlcroissant graph.py), kept as is.
          const parentUuid = references?.sourceUuid();
          addEdge(subReferences.sourceUuid(), parentUuid !== undefined && byUuid.get(parentUuid)?.cls === "Field" ? subField : recordSet);
        }
      }
    }
  }
  // Entry record sets (nothing flows into them) without inline data must get every field from a value.
  for (const recordSet of nodes.filter((n) => n.cls === "RecordSet" && (inDegree.get(n) ?? 0) === 0 && !truthy(n.get("data")))) {
    for (const field of asNodes(recordSet.get("fields"))) {
      const source = sourceOf(field, "source");
      const value = field.get("value");
      if (!source && value === undefined && !truthy(field.get("sub_fields"))) {
        field.error(
          checks.FIELD_SOURCE,
          `Field ${field.uuid} does not define \`source\` or \`value\`. Please specify exactly one of them.`,
        );
      } else if (value !== undefined && !truthy(field.get("data_types"))) {
        field.error(
          checks.DATA_TYPE,
          `Field "${field.uuid}" defines a constant value but omits ${field.ctx.ml}dataType. Please declare the data type.`,
        );
      } else if (source) {
        field.error(
          checks.FIELD_SOURCE,
          `Malformed source data: ${source.sourceUuid() ?? "None"}. It does not refer to any existing node. Have you used ${field.ctx.ml}field or ${SC}distribution to indicate the source field or the source distribution? If you specified a field, it should contain all the names from the RecordSet separated by \`/\`, e.g.: "record_set_name/field_name"`,
        );
      }
    }
  }
  for (const field of nodes.filter((n) => n.cls === "Field")) {
    dataType(field, byUuid, new Set());
  }
  return { byUuid, edges };
}

const ATOMIC_TYPES = new Set([
  ...["Boolean", "Date", "DateTime", "Float", "Integer", "Text", "Time", "URL"].map((t) => SC + t),
  ...["Float16", "Float32", "Float64", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64"].map(
    (t) => ML_FIELD_V1 + t,
  ),
]);
const SEMANTIC_TYPES = new Set([`${SC}AudioObject`, `${ML_FIELD_V1}BoundingBox`, `${SC}ImageObject`, `${SC}VideoObject`]);

/** `Field.data_type`: the field's own type, else its source field's; an error when there is none. */
function dataType(field: Node, byUuid: ReadonlyMap<string, Node>, seen: Set<Node>): void {
  if (truthy(field.get("sub_fields")) || seen.has(field)) {
    return;
  }
  seen.add(field);
  const types = (field.get("data_types") as unknown[] | undefined) ?? [];
  if (types.some((t) => typeof t === "string" && (ATOMIC_TYPES.has(t) || SEMANTIC_TYPES.has(t)))) {
    return;
  }
  const sourceUuid = (field.get("source") as Node | undefined)?.sourceUuid();
  const source = sourceUuid === undefined ? undefined : byUuid.get(sourceUuid);
  if (source?.cls !== "Field") {
    const got = `[${types.map((t) => (typeof t === "string" ? `rdflib.term.URIRef(${pyRepr(t)})` : pyRepr(t))).join(", ")}]`;
    field.error(
      checks.DATA_TYPE,
      `The field does not specify a valid ${field.ctx.ml}dataType, neither does any of its predecessor. Got: ${got}`,
    );
    return;
  }
  dataType(source, byUuid, seen);
}

/** `Metadata.validate_license`. */
function validateLicense(metadata: Node): void {
  const license = metadata.get("license");
  if (license === undefined) {
    return;
  }
  const items = Array.isArray(license) ? license : [license];
  if (items.some((item) => typeof item !== "string" && !(item instanceof Node && item.cls === "CreativeWork"))) {
    metadata.error(checks.LICENSE, `License should be a list of str or CreativeWork. Got: ${pyRepr(license)}`);
    delete metadata.values.license;
  } else if (!Array.isArray(license)) {
    // a single license becomes a list of one, which is there even when its one string is empty
    metadata.values.license = [license];
  }
}

/** Whether the structure graph has a cycle (Kahn's algorithm leaves nodes behind). */
function hasCycle(edges: readonly [Node, Node][]): boolean {
  const inDegree = new Map<Node, number>();
  const next = new Map<Node, Node[]>();
  for (const [from, to] of edges) {
    inDegree.set(from, inDegree.get(from) ?? 0);
    inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const ready = [...inDegree].filter(([, n]) => n === 0).map(([node]) => node);
  let seen = 0;
  for (let node = ready.pop(); node !== undefined; node = ready.pop()) {
    seen += 1;
    for (const to of next.get(node) ?? []) {
      const left = (inDegree.get(to) ?? 0) - 1;
      inDegree.set(to, left);
      if (left === 0) {
        ready.push(to);
      }
    }
  }
  return seen < inDegree.size;
}

/**
 * `_add_operations_for_file_object` chains one ReadLines per `readLines` transform of every source by which a
 * FileSet is contained in a FileObject (`operation >> ReadLines(...)`). Operations define only `__rrshift__`, which
 * Python does not try between two operands of one type: a second ReadLines in a chain is a TypeError there.
 */
function readLinesTwice(edges: readonly [Node, Node][]): boolean {
  return edges.some(([file, fileSet]) => {
    if (file.cls !== "FileObject" || fileSet.cls !== "FileSet") {
      return false;
    }
    const formats = file.get("encoding_formats");
    if (Array.isArray(formats) && formats.includes("git+https")) {
      return false;
    }
    const sources = asNodes(fileSet.get("contained_in")).filter((s) => s.cls === "Source" && s.get("file_object") === file.uuid);
    const readLines = sources.flatMap((s) => asNodes(s.get("transforms")).filter((t) => truthy(t.get("read_lines"))));
    return readLines.length > 1;
  });
}

/** `RecordSet.check_joins_in_fields` (stage 3: the operation graph). */
function checkJoins(metadata: Node, byUuid: ReadonlyMap<string, Node>): void {
  const parentUuid = (uuid: string): string | null => {
    const node = byUuid.get(uuid);
    if (!node) {
      metadata.ctx.error(checks.JOIN, `Node with uuid=${uuid} does not exist. This error might have been found during a Join operation.`);
      return null;
    }
    return node.cls === "Field" ? (node.parents[node.parents.length - 1]?.uuid ?? null) : node.uuid;
  };
  for (const recordSet of asNodes(metadata.get("record_sets"))) {
    const joins = new Set<string>();
    const sources = new Set<string | null>();
    for (const field of asNodes(recordSet.get("fields"))) {
      const sourceUuid = (field.get("source") as Node | undefined)?.sourceUuid();
      const referencesUuid = (field.get("references") as Node | undefined)?.sourceUuid();
      if (sourceUuid) {
        sources.add(parentUuid(sourceUuid));
      }
      if (sourceUuid && referencesUuid) {
        const a = parentUuid(sourceUuid);
        const b = parentUuid(referencesUuid);
        joins.add(JSON.stringify([a, b]));
        joins.add(JSON.stringify([b, a]));
      }
    }
    const list = [...sources];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = [list[i] ?? null, list[j] ?? null];
        if (!joins.has(JSON.stringify(pair))) {
          const names = pair.map((p) => (p === null ? "None" : pyRepr(p))).sort();
          recordSet.error(
            checks.JOIN,
            `You try to use the sources with names (${names.join(", ")}) as sources, but you didn't declare a join between them. Use \`ml:references\` to declare a join. Please, refer to the documentation for more information.`,
          );
        }
      }
    }
  }
}

/** Croissant 1.1's required dataset properties (docs/croissant-spec-1.1.md, "Required"). */
function checkSpec11(metadata: Node): void {
  assertMandatory(metadata, "conforms_to", "description", "license", "name", "url", "creators", "date_published");
}

/** `Download._check_hash`, for the FileObjects whose file is at hand. */
async function checkHashes(metadata: Node, hashFile: HashFile): Promise<void> {
  if (metadata.ctx.isV0) {
    return; // 0.8 datasets were never hash-checked
  }
  for (const file of asNodes(metadata.get("distribution"))) {
    const url = file.get("content_url");
    if (file.cls !== "FileObject" || typeof url !== "string" || truthy(file.get("contained_in"))) {
      continue;
    }
    const md5 = file.get("md5");
    const sha256 = file.get("sha256");
    const expected = typeof md5 === "string" && md5 !== "" ? md5 : typeof sha256 === "string" && sha256 !== "" ? sha256 : undefined;
    if (expected === undefined) {
      continue;
    }
    const digest = await hashFile(url, expected === md5 ? "md5" : "sha256");
    if (!digest) {
      continue;
    }
    const base64 = hexToBase64(digest.hex);
    if (digest.hex !== expected && base64 !== expected) {
      file.error(
        checks.CHECKSUM_MISMATCH,
        `Hash of downloaded file ${digest.path} is not identical with the reference in the Croissant JSON-LD. Expected: ${expected} - Got: ${digest.hex} (hex) / ${base64} (base64)`,
      );
    }
  }
}

function hexToBase64(hex: string): string {
  let binary = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  }
  return btoa(binary);
}

/**
 * Where mlcroissant would raise a Python exception (no report at all), an error that says so; the analysis ends
 * there as mlcroissant's does.
 */
function failed(ctx: Ctx, graph: LdGraph): boolean {
  for (const reason of new Set(graph.context.failures)) {
    ctx.error(checks.MLCROISSANT_FAILURE, `${CANNOT_READ}: ${reason}`, undefined, ["@context"]);
  }
  return graph.context.failures.length > 0;
}

function result(ctx: Ctx, version: CroissantVersion | undefined): CroissantResult {
  return { version, findings: ctx.findings.map(toFinding) };
}

/**
 * Checks a parsed Croissant document. Like mlcroissant, a stage that finds errors ends the analysis: JSON-LD
 * expansion, then the nodes and the structure graph, then the operation graph (joins).
 */
export async function checkCroissant(doc: unknown, options: CroissantCheckOptions = {}): Promise<CroissantResult> {
  checkDocumentValue(doc, "metadata.json");
  const expanded: { graph?: LdGraph } = {};
  const ctx = new Ctx((value) => expanded.graph?.pathOf(value));
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    ctx.error(checks.DOCUMENT, "The current JSON-LD doesn't extend https://schema.org/Dataset.", undefined, []);
    return result(ctx, undefined);
  }
  const record = doc as Record<string, unknown>;
  const rawContext = record["@context"] ?? {};
  if (typeof rawContext !== "object" || rawContext === null || Array.isArray(rawContext)) {
    // The reference's message, unformatted placeholder included (mlcroissant core/rdf.py).
    ctx.error(checks.CONTEXT, "@context should be a dictionary. Got: {existing_context}", undefined, ["@context"]);
    return result(ctx, undefined);
  }
  checkIds(record, ctx, []);
  if (ctx.findings.some((f) => f.check === checks.MLCROISSANT_FAILURE.id)) {
    return result(ctx, undefined);
  }
  const graph = new LdGraph(record, new LdContext(rawContext as Record<string, unknown>));
  expanded.graph = graph;
  if (failed(ctx, graph)) {
    return result(ctx, undefined);
  }
  const entry =
    graph.roots.find((node) => node.types.includes(DATASET)) ?? [...graph.nodes.values()].find((node) => node.types.includes(DATASET));
  if (!entry) {
    ctx.error(checks.DOCUMENT, "The current JSON-LD doesn't extend https://schema.org/Dataset.", undefined, []);
    return result(ctx, undefined);
  }
  const populated = graph.populate(entry, listKeys());
  if (failed(ctx, graph)) {
    return result(ctx, undefined);
  }
  const metadata = buildNode(ctx, "Metadata", populated as PyNode);
  for (const file of asNodes(metadata.get("distribution"))) {
    file.parents = [metadata];
  }
  // A record set or a field that is not an object was reported and left as None there: setting its parents
  // then fails (AttributeError).
  const notNodes = (list: unknown) => Array.isArray(list) && list.some((item) => !(item instanceof Node));
  const setFieldParents = (fields: unknown, parents: Node[]): boolean =>
    notNodes(fields) ||
    asNodes(fields).some((field) => {
      field.parents = [metadata, ...parents];
      return setFieldParents(field.get("sub_fields"), [...parents, field]);
    });
  const recordSets = metadata.get("record_sets");
  if (
    notNodes(recordSets) ||
    asNodes(recordSets).some((recordSet) => {
      recordSet.parents = [metadata];
      return setFieldParents(recordSet.get("fields"), [recordSet]);
    })
  ) {
    ctx.error(checks.MLCROISSANT_FAILURE, `${CANNOT_READ}: a record set or a field is not an object (AttributeError)`, undefined, []);
    return result(ctx, undefined);
  }
  const { byUuid, edges } = structureGraph(metadata);
  validateName(metadata);
  validateLicense(metadata);
  if (ctx.isV0) {
    assertMandatory(metadata, "name");
  }
  assertOptional(metadata, "cite_as", "date_published", "license", "version");
  if (options.profile === "spec-1.1") {
    checkSpec11(metadata);
  }
  if (!ctx.findings.some((f) => f.severity === "error")) {
    if (hasCycle(edges)) {
      // The operation graph walks the structure graph in topological order (networkx), which has none.
      ctx.error(
        checks.MLCROISSANT_FAILURE,
        `${CANNOT_READ}: its nodes depend on each other in a cycle (NetworkXUnfeasible)`,
        undefined,
        [],
      );
      return result(ctx, undefined);
    }
    if (readLinesTwice(edges)) {
      ctx.error(
        checks.MLCROISSANT_FAILURE,
        `${CANNOT_READ}: a FileSet reads the lines of its FileObject twice (TypeError: unsupported operand type(s) for >>: 'ReadLines' and 'ReadLines')`,
        undefined,
        [],
      );
      return result(ctx, undefined);
    }
    checkJoins(metadata, byUuid);
  }
  if (options.hashFile) {
    await checkHashes(metadata, options.hashFile);
  }
  return result(ctx, ctx.version);
}
