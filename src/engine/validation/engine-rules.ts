// The rule ids the engine reports for every family: shape errors and files that cannot be read.
import { ERROR } from "../summary/types.js";
import { defineRuleInfo } from "./rule.js";

/** Shape errors: what the generated validator of a spec finds, worded as pydantic words them. */
export const SCHEMA = defineRuleInfo({
  id: "schema",
  description: "the document has the shape its spec (specs/<family>/<type>/<version>.json) describes",
  severity: ERROR,
  messages: ["{pydantic's message}"],
  reference: { none: "the spec's JSON Schema, written from the reference's models; the messages are pydantic's" },
});

/** A file that cannot be read, unzipped or parsed (YAML, JSON, NDJSON, CSV): the reason, at its position. */
export const LOAD = defineRuleInfo({
  id: "load",
  description: "the file can be read and parsed (YAML, JSON, NDJSON, CSV; a zip package can be opened)",
  severity: ERROR,
  messages: ["{reason}"],
  reference: { none: "the reading and parsing of the file, before any family's checks" },
});
