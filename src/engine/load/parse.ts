// Parsing with everything at hand, synchronously (parse-core.ts has the formats; yaml-full.ts the `yaml` half).
// Callers that can wait use parse-lazily.ts, which loads `yaml` only for documents that need it. Browser-safe.
import { type ParsedSource, type ParseOptions, parseWith } from "./parse-core.js";
import { parseYamlFull } from "./yaml-full.js";

export { ParseError } from "./parse-error.js";
export { formatOf, type ParsedSource, type ParseOptions, type SourceFormat } from "./parse-core.js";

const FULL_YAML = { parseYamlFull };

export function parseSource(text: string, fileName: string, options: ParseOptions = {}): ParsedSource {
  return parseWith(text, fileName, options, FULL_YAML) as ParsedSource;
}
