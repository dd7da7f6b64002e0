// A description's text to its value, as the reference reads it: YAML 1.2 whatever the file's suffix (its
// `read_yaml` reads `rdf.json` too, so JSON is read as the YAML it is a subset of), surrogate escapes kept lone
// (ruyaml does not pair them; the validation then refuses such strings). Browser-safe.
import { formatOf, type ParsedSource, type ParseOptions } from "../engine/load/parse-core.js";
import { parseSourceLazily } from "../engine/load/parse-lazily.js";

const MAY_HAVE_SURROGATE_ESCAPES = /\\u[dD][89a-fA-F]/;

export async function parseDescriptionText(
  text: string,
  fileName: string,
  options: Omit<ParseOptions, "format"> = {},
): Promise<ParsedSource> {
  const read = MAY_HAVE_SURROGATE_ESCAPES.test(text) ? (await import("../engine/load/yaml-full.js")).isolateSurrogateEscapes(text) : text;
  return parseSourceLazily(read, fileName, { ...options, format: "yaml" });
}

/** Whether `parseSourceLazily` reads `text` as `parseDescriptionText` does (YAML by its name, no surrogate escapes). */
export function readsAsDescription(text: string, fileName: string): boolean {
  return formatOf(fileName) === "yaml" && !MAY_HAVE_SURROGATE_ESCAPES.test(text);
}
