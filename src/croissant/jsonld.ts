// The part of JSON-LD that Croissant documents use, read the way mlcroissant reads them (rdflib expands the
// document to RDF, then `recursively_populate_jsonld` rebuilds a tree of expanded IRIs): terms and CURIEs
// through `@context`, `@vocab`, type coercion (`@id`, `@vocab`, `@json`), language maps, nodes merged by `@id`.
// Keys that expand to nothing are dropped, as in RDF. Browser-safe.
import type { DocPath } from "../engine/summary/issue.js";
import { isRecord, setEntry } from "../engine/records.js";

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
}

interface LdNode {
  readonly id: string;
  readonly types: string[];
  readonly props: Map<string, LdValue[]>;
  path: DocPath;
}

interface TermDefinition {
  readonly id: string | undefined;
  readonly type?: string;
  readonly container?: string;
}

const HAS_WHITESPACE = /\s/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The active context: prefixes and terms of the document's `@context` (an object, as mlcroissant requires). */
export class LdContext {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly vocab: string | undefined;
  readonly language: string | undefined;
  private readonly terms = new Map<string, TermDefinition>();

  constructor(raw: Readonly<Record<string, unknown>>) {
    this.raw = raw;
    this.vocab = typeof raw["@vocab"] === "string" ? raw["@vocab"] : undefined;
    this.language = typeof raw["@language"] === "string" ? raw["@language"] : undefined;
    for (const [term, definition] of Object.entries(raw)) {
      if (term.startsWith("@")) {
        continue;
      }
      if (typeof definition === "string") {
        this.terms.set(term, { id: definition });
      } else if (isRecord(definition)) {
        // Without @id a term maps to itself, expanded through @vocab (JSON-LD 1.1).
        this.terms.set(term, {
          id: typeof definition["@id"] === "string" ? definition["@id"] : definition["@id"] === null ? undefined : term,
          ...(typeof definition["@type"] === "string" ? { type: definition["@type"] } : {}),
          ...(typeof definition["@container"] === "string" ? { container: definition["@container"] } : {}),
        });
      } else if (definition === null) {
        this.terms.set(term, { id: undefined });
      }
    }
  }

  /** A CURIE or absolute IRI (no term lookup): `cr:Field` -> `http://mlcommons.org/croissant/Field`. */
  private expandCurie(value: string): string | undefined {
    const colon = value.indexOf(":");
    if (colon > 0) {
      const prefix = value.slice(0, colon);
      const suffix = value.slice(colon + 1);
      if (suffix.startsWith("//")) {
        return value;
      }
      const definition = this.terms.get(prefix);
      if (definition?.id !== undefined && definition.id !== value) {
        const base = this.expandCurie(definition.id);
        return base === undefined ? undefined : base + suffix;
      }
      return value;
    }
    return undefined;
  }

  /** A property key, an `@type` value or a `@vocab`-coerced value. */
  expandVocab(value: string): string | undefined {
    const definition = this.terms.get(value);
    if (definition) {
      if (definition.id === undefined) {
        return undefined;
      }
      // A term defined as itself (`"name": {"@container": ...}`) is not looked up again.
      const curie = definition.id === value ? undefined : this.expandCurie(definition.id);
      return curie ?? this.expandCurie(definition.id) ?? (this.vocab !== undefined ? this.vocab + definition.id : undefined);
    }
    return this.expandCurie(value) ?? (this.vocab !== undefined ? this.vocab + value : undefined);
  }

  /** An `@id` (document-relative): CURIEs and absolute IRIs expand, relative ids stay as written. */
  expandId(value: string): string {
    return SCHEME.test(value) ? (this.expandCurie(value) ?? value) : value;
  }

  definition(term: string): TermDefinition | undefined {
    return this.terms.get(term);
  }
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

  private node(object: Record<string, unknown>, path: DocPath): LdNode | undefined {
    const rawId = object["@id"];
    // rdflib cannot make an IRI of an @id with whitespace: such a node becomes a blank node.
    const id = typeof rawId === "string" && !HAS_WHITESPACE.test(rawId) ? this.context.expandId(rawId) : this.newBlank();
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, types: [], props: new Map(), path };
      this.nodes.set(id, node);
    }
    const types = object["@type"];
    for (const type of Array.isArray(types) ? types : types === undefined ? [] : [types]) {
      const expanded = typeof type === "string" ? this.context.expandVocab(type) : undefined;
      if (expanded !== undefined && !node.types.includes(expanded)) {
        node.types.push(expanded);
      }
    }
    for (const [key, value] of Object.entries(object)) {
      if (key.startsWith("@")) {
        continue;
      }
      const iri = this.context.expandVocab(key);
      if (iri === undefined) {
        continue;
      }
      const values = this.values(value, this.context.definition(key), [...path, key]);
      if (values.length > 0) {
        node.props.set(iri, [...(node.props.get(iri) ?? []), ...values]);
      }
    }
    return node;
  }

  private values(value: unknown, term: TermDefinition | undefined, path: DocPath): LdValue[] {
    if (value === null || value === undefined) {
      return [];
    }
    if (term?.type === "@json") {
      return [{ kind: "json", value }];
    }
    if (Array.isArray(value)) {
      return value.flatMap((item, i) => this.values(item, term, [...path, i]));
    }
    if (isRecord(value)) {
      if (term?.container === "@language" && !("@value" in value) && !("@id" in value)) {
        // rdflib keeps a non-string entry as a plain literal (no language).
        return Object.entries(value).flatMap(([language, text]) =>
          text === null ? [] : [{ kind: "literal" as const, value: text, ...(typeof text === "string" ? { language } : {}) }],
        );
      }
      if ("@value" in value) {
        const language = typeof value["@language"] === "string" ? value["@language"] : undefined;
        return [{ kind: "literal", value: value["@value"], ...(language !== undefined ? { language } : {}) }];
      }
      const keys = Object.keys(value);
      if (keys.length === 1 && typeof value["@id"] === "string") {
        return HAS_WHITESPACE.test(value["@id"]) ? [] : [{ kind: "iri", value: this.context.expandId(value["@id"]) }];
      }
      const node = this.node(value, path);
      return node ? [{ kind: "node", value: node.id }] : [];
    }
    if (typeof value === "string") {
      if (term?.type === "@id") {
        return HAS_WHITESPACE.test(value) ? [] : [{ kind: "iri", value: this.context.expandId(value) }];
      }
      if (term?.type === "@vocab") {
        const iri = this.context.expandVocab(value);
        return iri === undefined ? [] : [{ kind: "iri", value: iri }];
      }
      const language = this.context.language;
      return [{ kind: "literal", value, ...(language !== undefined && term?.type === undefined ? { language } : {}) }];
    }
    return [{ kind: "literal", value }];
  }

  /** Where a populated node (or the node with this id) comes from in the document. */
  pathOf(value: object): DocPath | undefined {
    return this.paths.get(value);
  }

  /**
   * The node as mlcroissant's `recursively_populate_jsonld` returns it: properties with one value unboxed
   * (except `listKeys` for the node's type), names and descriptions as a string or a language map,
   * references to described nodes replaced by the nodes themselves.
   */
  populate(node: LdNode, listKeys: ReadonlySet<string>, seen: ReadonlySet<string> = new Set()): PyNode {
    const out: Record<string, PyValue> = { "@id": node.id };
    const type = node.types[0];
    if (type !== undefined) {
      out["@type"] = type;
    }
    const inner = new Set([...seen, node.id]);
    for (const [iri, values] of node.props) {
      if (iri === "https://schema.org/name" || iri === "https://schema.org/description") {
        setEntry(out, iri, this.languageValue(values));
        continue;
      }
      const populated = values.map((value) => this.populateValue(value, listKeys, inner));
      setEntry(out, iri, listKeys.has(`${iri} ${type ?? ""}`) || populated.length !== 1 ? populated : populated[0]);
    }
    this.paths.set(out, node.path);
    return out as PyNode;
  }

  private languageValue(values: readonly LdValue[]): PyValue {
    const first = values[0];
    if (values.length === 1 && first?.kind === "literal" && (first.language ?? this.context.language) === this.context.language) {
      return first.value as PyValue;
    }
    if (values.length > 0 && values.every((v) => v.kind === "literal" && v.language !== undefined)) {
      return Object.fromEntries(values.map((v) => [v.language as string, String(v.value)]));
    }
    return values.map((v) => (v.kind === "literal" ? (v.value as PyValue) : undefined));
  }

  private populateValue(value: LdValue, listKeys: ReadonlySet<string>, seen: ReadonlySet<string>): PyValue {
    switch (value.kind) {
      case "json":
        return new JsonLiteral(value.value as Json);
      case "literal":
        return value.value as PyValue;
      case "iri":
      case "node": {
        const id = value.value as string;
        const target = this.nodes.get(id);
        // A node only described by its id has no triples of its own: it stays a reference.
        if (!target || seen.has(id) || (value.kind === "iri" && target.props.size === 0 && target.types.length === 0)) {
          return { "@id": id };
        }
        return this.populate(target, listKeys, seen);
      }
    }
  }
}
