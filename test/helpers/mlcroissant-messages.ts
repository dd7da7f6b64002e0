// mlcroissant's messages as they can be compared across processes (the differential run and the recorded
// verdicts): what differs from run to run there, or is named after the machine, is normalised on both sides.
import { compareCodePoints } from "../../src/engine/python-repr.js";

/**
 * Blank nodes have names of their own on each side (rdflib draws random ones, `_:N` and 32 hex digits, and
 * mlcroissant random UUIDs for nodes without an id; ours are `_:bN` and `_:generated`).
 */
const BLANK_NODE = /_:(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|N[0-9a-f]{32}|b\d+|generated)/g;
/** rdflib resolves relative IRIs against mlcroissant's base, under its working directory: relative here. */
const BASE_IRI = /file:\/\/[^\s'"]*?\/cr_base_iri\//g;
/** Python prints a set of strings in an order that changes from one process to the next: sorted here. */
const PY_STR_SET = /\{('(?:[^'\\]|\\.)*'(?:, '(?:[^'\\]|\\.)*')*)\}/g;

export function normaliseMlcroissantMessage(msg: string): string {
  return msg
    .replace(BASE_IRI, "")
    .replace(BLANK_NODE, "_:…")
    .replace(PY_STR_SET, (_, items: string) => `{${items.split(", ").sort().join(", ")}}`);
}

/** The messages as a sorted set, normalised. */
export function comparableMessages(messages: Iterable<string>): string[] {
  return [...new Set([...messages].map(normaliseMlcroissantMessage))].sort(compareCodePoints);
}
