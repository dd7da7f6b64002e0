// The part of JSON-LD that Croissant documents use, read the way mlcroissant reads them (rdflib expands the
// document to RDF, then `recursively_populate_jsonld` rebuilds a tree of expanded IRIs): terms and CURIEs
// through `@context`, `@vocab`, type coercion (`@id`, `@vocab`, `@json`), language maps, nodes merged by `@id`.
// Keys that expand to nothing are dropped, as in RDF. Browser-safe.
import type { DocPath } from "../engine/summary/issue.js";
import { isRecord, setEntry } from "../engine/records.js";
import { compareCodePoints, isPyInt, pyRepr } from "../engine/python-repr.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON literal (`@type: @json`), kept apart from plain values as rdflib keeps it a string. */
export class JsonLiteral {
  readonly value: Json;
  constructor(value: Json) {
    this.value = value;
  }
}

/** A reference to a node by IRI that is not described in the document (or a coerced IRI value). */
export interface IriRef {
  readonly "@id": string;
}

/**
 * A node as mlcroissant sees it after expansion: `@id` (relative ids are kept as written, like mlcroissant
 * after it strips its base IRI; blank nodes are `_:bN`), `@type` (the first type), and expanded properties.
 */
export interface PyNode {
  readonly "@id": string;
  readonly "@type"?: string;
  readonly [iri: string]: PyValue;
}

export type PyValue = undefined | boolean | number | string | JsonLiteral | IriRef | PyNode | Record<string, string> | PyValue[];

interface LdValue {
  readonly kind: "literal" | "iri" | "node" | "json";
  readonly value: unknown;
  readonly language?: string;
  /** A typed literal's datatype IRI. */
  readonly datatype?: string;
}

interface LdNode {
  readonly id: string;
  readonly types: string[];
  readonly props: Map<string, LdValue[]>;
  path: DocPath;
}

interface TermDefinition {
  readonly id: string | undefined;
  /** Whether the term is used as a prefix in compact IRIs: its IRI ends with a generic delimiter. */
  readonly prefix: boolean;
  readonly type?: string;
  readonly container?: string;
  /** The term's own `@language` (null: none), instead of the context's. */
  readonly language?: unknown;
}

// What rdflib's context takes for keywords (NODE_KEYS) and for the end of a prefix IRI (URI_GEN_DELIMS).
const NODE_KEYS = new Set([
  "@graph",
  "@id",
  "@included",
  "@json",
  "@list",
  "@nest",
  "@none",
  "@reverse",
  "@set",
  "@type",
  "@value",
  "@language",
]);
const GEN_DELIM_END = /[:/?#[\]@]$/;
const NOT_TERMS = new Set(["@vocab", "@version", "@import", "@protected", "@propagate", "@language", "@base"]);

/** `_prep_expand`: [is a term, prefix, rest]. A `//` after the colon makes the whole an IRI. */
function prepExpand(expr: string): [boolean, string | undefined, string] {
  const colon = expr.indexOf(":");
  if (colon < 0) {
    return [true, undefined, expr];
  }
  const local = expr.slice(colon + 1);
  return local.startsWith("//") ? [false, undefined, expr] : [false, expr.slice(0, colon), local];
}

/**
 * The active context: the document's `@context` (an object, as mlcroissant requires) read as rdflib 6's JSON-LD
 * context reads it (rdflib/plugins/shared/jsonld/context.py): term IRIs expanded through the other terms and
 * `@vocab`, prefixes only for IRIs that end with a generic delimiter, relative IRIs kept as written (rdflib
 * resolves them against mlcroissant's base IRI, which mlcroissant strips again).
 */
export class LdContext {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly vocab: string | undefined;
  readonly language: string | undefined;
  /** The context's `@language` as written (rdflib checks it when it makes a literal of it). */
  readonly rawLanguage: unknown;
  /** Where mlcroissant (or rdflib under it) raises a Python exception instead of reporting: what and why. */
  readonly failures: string[] = [];
  private readonly terms = new Map<string, TermDefinition>();

  constructor(raw: Readonly<Record<string, unknown>>) {
    this.raw = raw;
    this.vocab = typeof raw["@vocab"] === "string" ? raw["@vocab"] : undefined;
    this.language = typeof raw["@language"] === "string" ? raw["@language"] : undefined;
    this.rawLanguage = raw["@language"];
    const vocab = raw["@vocab"];
    if (pyTruthy(vocab) && typeof vocab !== "string") {
      this.failures.push(`its @vocab ${pyRepr(vocab)} is not a string (TypeError)`);
    }
    for (const [term, definition] of Object.entries(raw)) {
      if (NOT_TERMS.has(term)) {
        continue;
      }
      if (isRecord(definition)) {
        // rdflib expands a term's @type (when truthy) and @id (unless null) as strings.
        const coercion = definition["@type"];
        const idref = definition["@reverse"] ?? definition["@id"];
        if ((pyTruthy(coercion) && typeof coercion !== "string") || (idref !== undefined && idref !== null && typeof idref !== "string")) {
          this.failures.push(`the term ${pyRepr(term)} has an @type or an @id that is not a string (TypeError)`);
        }
        // rdflib keeps a term's @container as a set (of its items, when it is a list): a mapping or a list in it is
        // unhashable (JSON-LD allows only strings there)
        const containers = definition["@container"];
        const unhashable = (v: unknown) => isRecord(v) || Array.isArray(v);
        if (Array.isArray(containers) ? containers.some(unhashable) : isRecord(containers)) {
          this.failures.push(
            `the term ${pyRepr(term)} has an @container that is not a string or a list of them (TypeError: unhashable type)`,
          );
        }
      }
      let id: string | undefined;
      let type: string | undefined;
      let container: string | undefined;
      let language: unknown;
      if (isRecord(definition)) {
        const coercion = definition["@type"];
        if (typeof coercion === "string") {
          type = ["@id", "@type", "@vocab"].includes(coercion) ? coercion : this.recExpand(coercion);
        }
        const idref = definition["@reverse"] ?? definition["@id"];
        if (idref === "@type") {
          id = RDF_TYPE;
          type = "@vocab";
        } else if (typeof idref === "string") {
          id = this.recExpand(idref);
        } else if (idref === undefined) {
          id = term.includes(":") ? this.recExpand(term) : this.vocab ? this.vocab + term : undefined;
        }
        if ("@language" in definition) {
          language = definition["@language"];
        }
        container = typeof definition["@container"] === "string" ? definition["@container"] : undefined;
      } else if (typeof definition === "string") {
        id = this.recExpand(definition);
      }
      this.terms.set(term, {
        id,
        prefix: id !== undefined && GEN_DELIM_END.test(id),
        ...(type !== undefined ? { type } : {}),
        ...(container !== undefined ? { container } : {}),
        ...(language !== undefined ? { language } : {}),
      });
    }
  }

  /**
   * `_get_source_id`: a name's IRI as the raw context or the terms read so far define it. A definition JSON-LD does
   * not allow (not a string, a map or null: a boolean, a number, a list) comes back as it is, and rdflib then
   * fails on it where it expands through it (`sourceIri`).
   */
  private sourceId(key: string): unknown {
    const term = this.raw[key];
    if (term === null || term === undefined) {
      return this.terms.get(key)?.id;
    }
    return isRecord(term) ? term["@id"] : term;
  }

  /**
   * The IRI `sourceId` gives, where rdflib adds a string to it (a prefix) or looks into it (a term): a value that
   * is not a string is a Python TypeError there. rdflib uses a prefix's value unless it is null, a term's only when
   * it is truthy (`_get_source_id(...) or name`); unused, such a definition is harmless (the term has no IRI).
   */
  private sourceIri(key: string, asPrefix: boolean): string | undefined {
    const id = this.sourceId(key);
    if (typeof id === "string" || id === undefined || id === null || !(asPrefix || pyTruthy(id))) {
      return typeof id === "string" ? id : undefined;
    }
    const definition = this.raw[key];
    const why = isRecord(definition)
      ? `whose @id ${pyRepr(id)} is not a string`
      : `defined as ${pyRepr(id)}, which is not a string, a map or null`;
    this.failures.push(`the @context expands through the term ${pyRepr(key)}, ${why} (JSON-LD allows nothing else; TypeError)`);
    return undefined;
  }

  /** `_rec_expand`: a term definition's IRI, expanded until it no longer changes. */
  private recExpand(expr: string, prev?: string, depth = 0): string {
    if (expr === prev || NODE_KEYS.has(expr)) {
      return expr;
    }
    if (depth > 100) {
      this.failures.push(`the @context defines ${pyRepr(expr.slice(0, 60))} through itself, without end (RecursionError)`);
      return expr;
    }
    const [, prefix, rest] = prepExpand(expr);
    let next: string;
    if (prefix) {
      const raw = this.sourceId(prefix);
      let iri = raw === null || raw === undefined ? undefined : this.sourceIri(prefix, true);
      if (raw === null || raw === undefined) {
        if (`${prefix}:` === this.vocab) {
          return expr;
        }
        iri = this.terms.get(prefix)?.id;
      }
      next = iri === undefined ? expr : iri + rest;
    } else {
      next = this.sourceIri(rest, false) || rest;
      if (!next.includes(":") && this.vocab) {
        return this.vocab + next;
      }
    }
    return this.recExpand(next, expr, depth + 1);
  }

  /**
   * `Context.expand`: a term's IRI, a compact IRI through its prefix, a blank node as is; a bare term through
   * `@vocab` (undefined without one); anything else as an IRI (relative ones as written).
   */
  expand(value: string, useVocab = true): string | undefined {
    if (useVocab) {
      const term = this.terms.get(value);
      if (term) {
        return term.id;
      }
    }
    const [isTerm, prefix, rest] = prepExpand(value);
    if (prefix === "_") {
      return value;
    }
    if (prefix !== undefined) {
      const namespace = this.terms.get(prefix);
      if (namespace?.prefix && namespace.id) {
        return namespace.id + rest;
      }
    } else if (isTerm && useVocab) {
      return this.vocab ? this.vocab + value : undefined;
    }
    return value;
  }

  /** A property key, an `@type` value or a `@vocab`-coerced value (`expand`, else the value as an IRI). */
  expandVocab(value: string): string | undefined {
    return this.expand(value);
  }

  /**
   * `Context.resolve` of an `@id`: compact IRIs expanded (no terms, no `@vocab`), blank nodes as is; undefined
   * for an IRI with a space, of which rdflib makes no node.
   */
  expandId(value: string): string | undefined {
    const iri = this.expand(value, false) ?? value;
    if (iri.startsWith("_:")) {
      return iri;
    }
    const resolved = resolveIri(iri);
    return resolved.includes(" ") ? undefined : resolved;
  }

  definition(term: string): TermDefinition | undefined {
    return this.terms.get(term);
  }
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// eslint-disable-next-line no-control-regex -- Python's URL parser strips exactly these (WHATWG C0 control or space)
const LEADING_C0_OR_SPACE = /^[\x00-\x20]+/;

/**
 * rdflib's `norm_url` of an `@id` against mlcroissant's base IRI, the base taken off again as mlcroissant does
 * (`uuid_to_jsonld`): Python's URL parser drops leading spaces and control characters and every tab and line
 * break, so `" "` and `""` are the base itself (the id `""`) and `" x"` is `x`; the path of a relative reference
 * is normalised (`a/./b`, `a//b` and `a/c/../b` are `a/b`). An IRI with a scheme keeps its form; a relative path
 * that climbs out of the base stays as written.
 */
function resolveIri(iri: string): string {
  if (iri.includes("://")) {
    return iri;
  }
  const cleaned = iri.replace(LEADING_C0_OR_SPACE, "").replace(/[\t\r\n]/g, "");
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(cleaned) || cleaned.startsWith("/")) {
    return cleaned;
  }
  const end = cleaned.search(/[?#]/);
  const path = end < 0 ? cleaned : cleaned.slice(0, end);
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") {
      if (segments.pop() === undefined) {
        return cleaned;
      }
    } else if (segment !== "." && segment !== "") {
      segments.push(segment);
    }
  }
  const trailing = path !== "" && /(?:^|\/)(?:\.{1,2})?$/.test(path) && segments.length > 0 ? "/" : "";
  return segments.join("/") + trailing + (end < 0 ? "" : cleaned.slice(end));
}

/** Python's truth of a JSON value. */
function pyTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isRecord(value) ? Object.keys(value).length > 0 : Boolean(value);
}

/** An RDF graph is a set of triples: a value a node already has for a property is not added again. */
function withoutRepeats(values: readonly LdValue[]): LdValue[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const kind = value.kind === "node" ? "iri" : value.kind; // a node and a reference to it are one object
    const key = JSON.stringify([kind, value.kind === "json" ? JSON.stringify(value.value) : value.value, value.language, value.datatype]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The expanded graph of a document: every node by id, the top-level nodes in order, and where each node is. */
export class LdGraph {
  readonly nodes = new Map<string, LdNode>();
  readonly roots: LdNode[] = [];
  private blankCount = 0;
  private readonly paths = new WeakMap<object, DocPath>();
  readonly context: LdContext;

  constructor(doc: Record<string, unknown>, context: LdContext) {
    this.context = context;
    const items = Array.isArray(doc["@graph"]) ? (doc["@graph"] as unknown[]) : [doc];
    items.forEach((item, i) => {
      if (isRecord(item)) {
        const node = this.node(item, items === doc["@graph"] ? ["@graph", i] : []);
        if (node) {
          this.roots.push(node);
        }
      }
    });
  }

  private newBlank(): string {
    return `_:b${this.blankCount++}`;
  }

  /** `_to_rdf_id`: a blank node's label as is, an IRI resolved; undefined when rdflib makes no node of it. */
  private rdfId(id: string): string | undefined {
    return id.startsWith("_:") && id.length > 2 ? id : this.context.expandId(id);
  }

  /** rdflib's `_add_to_graph`: the node an object describes, its types and properties; undefined for none. */
  private node(object: Record<string, unknown>, path: DocPath): LdNode | undefined {
    if (pyTruthy(object["@value"])) {
      return undefined;
    }
    const rawId = object["@id"];
    const id = typeof rawId === "string" ? this.rdfId(rawId) : this.newBlank();
    if (id === undefined) {
      return undefined;
    }
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, types: [], props: new Map(), path };
      this.nodes.set(id, node);
    }
    for (const [key, value] of Object.entries(object)) {
      if (key === "@context" || key === "@id") {
        continue;
      }
      if (key === "@type") {
        const typeTerm = this.context.definition("@type");
        if (typeTerm?.type === "@json" || typeTerm?.container === "@list") {
          // A context that makes @type a JSON literal or a list: rdflib gives the node no IRI type.
          node.types.push(
            typeTerm.type === "@json"
              ? `{'@type': ${pyRepr(RDF_JSON)}, '@value': ${pyRepr(sortedJson(value))}}`
              : `{'@id': ${pyRepr(this.newBlank())}}`,
          );
          continue;
        }
        for (const type of this.typeValues(value, [...path, key])) {
          if (!node.types.includes(type)) {
            node.types.push(type);
          }
        }
        continue;
      }
      const term = this.context.definition(key);
      const iri = term ? term.id : this.context.expand(key);
      if (!iri || iri.startsWith("_:")) {
        continue;
      }
      const values = this.values(value, term, [...path, key]);
      if (values.length > 0) {
        node.props.set(iri, withoutRepeats([...(node.props.get(iri) ?? []), ...values]));
      }
    }
    return node;
  }

  /**
   * The values of `@type` as mlcroissant prints them: IRIs as strings; what rdflib makes of anything else (a
   * blank node, a literal) as the Python dict its JSON-LD serializer writes, which mlcroissant takes for a type.
   */
  private typeValues(value: unknown, path: DocPath): string[] {
    const items = (Array.isArray(value) ? value : [value]).flatMap((item) => (Array.isArray(item) ? item : [item]));
    return items.flatMap((item): string[] => {
      if (item === null || item === undefined) {
        return [];
      }
      if (typeof item === "string") {
        const iri = this.context.expand(item) || item;
        const id = this.rdfId(iri);
        return id === undefined ? [] : [id.startsWith("_:") ? `{'@id': ${pyRepr(id)}}` : id];
      }
      if (isRecord(item)) {
        if (pyTruthy(item["@value"]) || "@language" in item || "@value" in item) {
          return [`{'@value': ${pyRepr(item["@value"])}}`];
        }
        const node = this.node(item, path);
        return node ? [node.id.startsWith("_:") ? `{'@id': ${pyRepr(node.id)}}` : node.id] : [];
      }
      // A number or a boolean: a literal typed `@vocab` (expanded through @vocab, if any).
      const vocab = this.context.vocab;
      if (vocab === undefined) {
        return [`{'@value': ${pyRepr(item)}}`];
      }
      const lexical = typeof item === "boolean" ? String(item) : pyRepr(item);
      return [`{'@type': ${pyRepr(`${vocab}@vocab`)}, '@value': ${pyRepr(lexical)}}`];
    });
  }

  /** `container`: whether the value is a property's whole value, which rdflib reads through the term's container. */
  private values(value: unknown, term: TermDefinition | undefined, path: DocPath, container = true): LdValue[] {
    if (value === null || value === undefined) {
      return [];
    }
    if (term?.type === "@json") {
      return [{ kind: "json", value }];
    }
    if (Array.isArray(value)) {
      return value.flatMap((item, i) => this.values(item, term, [...path, i], false));
    }
    if (isRecord(value)) {
      if (term?.container === "@language" && container) {
        // rdflib reads every key of the object as a language (`@value` and `@id` too, which are no valid tags),
        // except `@none`, whose values are read as they are. Each entry (or each item of a list) is a literal in
        // that language; rdflib gives numbers and booleans their datatype instead, and an object becomes its
        // Python str().
        return Object.entries(value).flatMap(([language, texts]) =>
          language === "@none"
            ? this.values(texts, term, [...path, language], false)
            : (Array.isArray(texts) ? texts : [texts]).flatMap((text): LdValue[] => {
                if (text === null || language.includes(" ") || !this.validLanguage(language)) {
                  return [];
                }
                const literal = isRecord(text) || Array.isArray(text) ? pyRepr(text) : text;
                const tagged = typeof literal === "string" && language !== "";
                return [{ kind: "literal" as const, value: literal, ...(tagged ? { language } : {}) }];
              }),
        );
      }
      if ("@value" in value) {
        const language = value["@language"];
        if (pyTruthy(language)) {
          if (typeof language !== "string" || language.includes(" ") || !this.validLanguage(language)) {
            return [];
          }
          return value["@value"] === null ? [] : [{ kind: "literal", value: value["@value"], language }];
        }
        const datatype = typeof value["@type"] === "string" ? this.context.expand(value["@type"]) : undefined;
        return value["@value"] === null ? [] : [{ kind: "literal", value: value["@value"], ...(datatype ? { datatype } : {}) }];
      }
      const keys = Object.keys(value);
      if (keys.length === 1 && typeof value["@id"] === "string") {
        const id = this.rdfId(value["@id"]);
        return id === undefined ? [] : [{ kind: "iri", value: id }];
      }
      const node = this.node(value, path);
      return node ? [{ kind: "node", value: node.id }] : [];
    }
    if (term?.type !== undefined && (typeof value !== "string" || !["@id", "@vocab"].includes(term.type))) {
      // A typed literal: the term's datatype, or for an @id or @vocab term `@id`/`@vocab` through @vocab.
      const datatype = this.context.expand(term.type);
      return [{ kind: "literal", value, ...(datatype ? { datatype } : {}) }];
    }
    if (typeof value === "string") {
      if (term?.type === "@id") {
        const id = this.rdfId(value);
        return id === undefined ? [] : [{ kind: "iri", value: id }];
      }
      if (term?.type === "@vocab") {
        const id = this.rdfId(this.context.expand(value) || value);
        return id === undefined ? [] : [{ kind: "iri", value: id }];
      }
      const language = this.plainLanguage(term);
      return [{ kind: "literal", value, ...(language !== undefined ? { language } : {}) }];
    }
    if (typeof value !== "number" || isPyInt(value)) {
      this.plainLanguage(term); // rdflib checks the tag of integers and booleans too (then drops it)
    }
    return [{ kind: "literal", value }];
  }

  /** The language of a plain string: the term's, else the context's; checked as rdflib checks tags. */
  private plainLanguage(term: TermDefinition | undefined): string | undefined {
    const language = term !== undefined && "language" in term ? term.language : this.context.rawLanguage;
    if (language === null || language === undefined || language === "") {
      return undefined;
    }
    if (typeof language !== "string") {
      this.context.failures.push(`the language ${pyRepr(language)} is not a string (rdflib raises TypeError)`);
      return undefined;
    }
    return this.validLanguage(language) ? language : undefined;
  }

  /** rdflib refuses a literal whose language tag is not letters, then hyphen-separated alphanumerics. */
  private validLanguage(language: string): boolean {
    if (language === "" || /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/.test(language)) {
      return true;
    }
    this.context.failures.push(`${pyRepr(language)} is not a valid language tag (rdflib raises ValueError)`);
    return false;
  }

  /** Where a populated node (or the node with this id) comes from in the document. */
  pathOf(value: object): DocPath | undefined {
    return this.paths.get(value);
  }

  /**
   * The dataset node as mlcroissant's `recursively_populate_jsonld` leaves it, on the nodes as rdflib's JSON-LD
   * serializer writes them (keys sorted; literals as `@value` objects; references as `{"@id"}`). It is a port, in
   * place as there: a node reached again is processed again, and its names and descriptions, whose keys are then
   * rdflib URIRefs (unequal to the strings the first pass compares with), get the generic treatment.
   */
  populate(entry: LdNode, listKeys: ReadonlySet<string>): PyNode {
    const serialized = new Map<string, Record<string, unknown>>();
    for (const node of this.nodes.values()) {
      const out: Record<string, unknown> = { "@id": node.id };
      if (node.types.length > 0) {
        out["@type"] = [...node.types];
      }
      for (const iri of [...node.props.keys()].sort(compareCodePoints)) {
        setEntry(out, iri, (node.props.get(iri) ?? []).map(serializedValue));
      }
      this.paths.set(out, node.path);
      serialized.set(node.id, out);
    }
    const uriKeys = URIREF_KEYS;
    const failures = this.context.failures;
    const raw = this.context.raw;
    const populate = (value: unknown, depth: number): unknown => {
      if (depth > 450) {
        failures.push("its nodes refer to each other too deeply (RecursionError)");
        return value;
      }
      if (!isRecord(value)) {
        return value;
      }
      if ("@value" in value) {
        return value["@type"] === RDF_JSON ? new JsonLiteral(JSON.parse(String(value["@value"])) as Json) : value["@value"];
      }
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "@id") {
        const target = serialized.get(String(value["@id"]));
        return target ? populate(target, depth + 1) : value;
      }
      const converted = uriKeys.get(value) ?? new Set<string>();
      uriKeys.set(value, converted);
      const uriAtStart = new Set(converted);
      for (const [key, item] of Object.entries(value)) {
        if (key === "@type" && Array.isArray(item)) {
          value[key] = item[0];
          converted.add(key);
        } else if (Array.isArray(item)) {
          if (converted.has(key) && !uriAtStart.has(key)) {
            // A visit of this node from inside this loop turned the key into a URIRef, which the string no longer finds.
            failures.push("a node refers back to itself through its properties (KeyError)");
            return value;
          }
          delete value[key];
          if ((key === NAME || key === DESCRIPTION) && !converted.has(key)) {
            converted.add(key);
            setEntry(value, key, languageValue(item, raw, failures));
            continue;
          }
          converted.add(key);
          const populated = item.map((child) => populate(child, depth + 1));
          setEntry(value, key, listKeys.has(`${key} ${String(value["@type"] ?? "")}`) || populated.length !== 1 ? populated : populated[0]);
        }
      }
      return value;
    };
    const root = serialized.get(entry.id) ?? {};
    return populate(root, 0) as PyNode;
  }
}

/** The keys of populated nodes that are rdflib URIRefs there (and `@type`, whose value is one). */
const URIREF_KEYS = new WeakMap<object, Set<string>>();

/** Python's repr() of a populated value: URIRef keys and types as rdflib prints them. */
export function reprPopulated(value: unknown): string {
  if (value instanceof JsonLiteral) {
    return pyRepr(value.value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(reprPopulated).join(", ")}]`;
  }
  if (isRecord(value)) {
    const uris = URIREF_KEYS.get(value);
    const uri = (text: string) => `rdflib.term.URIRef(${pyRepr(text)})`;
    return `{${Object.entries(value)
      .map(([key, item]) =>
        key === "@type"
          ? `'@type': ${uris?.has(key) ? uri(String(item)) : reprPopulated(item)}`
          : `${uris?.has(key) ? uri(key) : pyRepr(key)}: ${reprPopulated(item)}`,
      )
      .join(", ")}}`;
  }
  return pyRepr(value);
}

/** Python's str() of a populated value, as an f-string prints it: a string itself, None for nothing, else repr(). */
export function strPopulated(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "None" : reprPopulated(value);
}

const NAME = "https://schema.org/name";
const DESCRIPTION = "https://schema.org/description";
const RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON";
const PLAIN_TYPES = new Set(["boolean", "integer", "double", "string"].map((t) => `http://www.w3.org/2001/XMLSchema#${t}`));

/** A value as rdflib's JSON-LD serializer writes it. */
function serializedValue(value: LdValue): Record<string, unknown> {
  switch (value.kind) {
    case "json":
      return { "@type": RDF_JSON, "@value": sortedJson(value.value) };
    case "literal":
      if (value.language !== undefined) {
        return { "@language": value.language, "@value": value.value };
      }
      return value.datatype !== undefined && !PLAIN_TYPES.has(value.datatype)
        ? { "@type": value.datatype, "@value": lexical(value.value) }
        : { "@value": value.value };
    default:
      return { "@id": value.value };
  }
}

/** `json.dumps(value, sort_keys=True)`: what rdflib keeps of a JSON literal (objects come back sorted). */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(sortedJson).join(",")}]`;
  }
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort(compareCodePoints)
      .map((key) => `${JSON.stringify(key)}:${sortedJson(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The lexical form rdflib gives a typed literal made of a JSON value. */
function lexical(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "boolean" ? String(value) : pyRepr(value);
}

/**
 * mlcroissant's names and descriptions (first pass): one value in the context's language (or none) as a plain
 * value, language-tagged values as a language map, anything else as rdflib wrote it.
 */
function languageValue(values: unknown[], raw: Readonly<Record<string, unknown>>, failures: string[]): unknown {
  const first = values[0];
  if (values.length === 1 && isRecord(first) && "@value" in first) {
    if (!("@language" in raw)) {
      // The context's @language is read as the default before the comparison.
      failures.push("its @context has no @language, which mlcroissant reads for every name and description (KeyError)");
      return first["@value"];
    }
    if (("@language" in first ? first["@language"] : raw["@language"]) === raw["@language"]) {
      return first["@value"];
    }
  }
  if (values.every((v) => isRecord(v) && "@language" in v)) {
    return Object.fromEntries(
      values.map((v) => [String((v as Record<string, unknown>)["@language"]), (v as Record<string, unknown>)["@value"]]),
    );
  }
  return values;
}
