// `parseSource` for callers that can wait: the same result, but `yaml` (100 KB of code to compile) is imported
// only for documents the fast YAML path cannot read, and for JSON (whose positions `yaml` finds). The CLI
// validates one file per process; most descriptions never need it. Browser-safe.
import { NEEDS_FULL_YAML, type ParsedSource, type ParseOptions, parseWith } from "./parse-core.js";

export async function parseSourceLazily(text: string, fileName: string, options: ParseOptions = {}): Promise<ParsedSource> {
  const parsed = parseWith(text, fileName, options, undefined);
  return parsed === NEEDS_FULL_YAML ? (parseWith(text, fileName, options, await import("./yaml-full.js")) as ParsedSource) : parsed;
}
