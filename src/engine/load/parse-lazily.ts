// `parseSource` for callers that can wait: the same result, but `yaml` (100 KB of code to compile) is imported
// only for YAML the fast path cannot read. The CLI validates one file per process; most documents never need it.
// Browser-safe.
import { NEEDS_FULL_YAML, type ParsedSource, type ParseOptions, parseWith } from "./parse-core.js";

export async function parseSourceLazily(text: string, fileName: string, options: ParseOptions = {}): Promise<ParsedSource> {
  const parsed = parseWith(text, fileName, options, undefined);
  return parsed === NEEDS_FULL_YAML ? (parseWith(text, fileName, options, await import("./yaml-full.js")) as ParsedSource) : parsed;
}
