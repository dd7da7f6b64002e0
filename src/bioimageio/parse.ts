// A description's text to its value, as the reference reads it: YAML 1.2 whatever the file's suffix (its
// `read_yaml` reads `rdf.json` too, so JSON is read as the YAML it is a subset of). Browser-safe.
import type { ParsedSource, ParseOptions } from "../engine/load/parse-core.js";
import { parseSourceLazily } from "../engine/load/parse-lazily.js";

export function parseDescriptionText(text: string, fileName: string, options: Omit<ParseOptions, "format"> = {}): Promise<ParsedSource> {
  return parseSourceLazily(text, fileName, { ...options, format: "yaml" });
}
