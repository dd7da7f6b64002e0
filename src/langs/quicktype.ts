// `bioimage-specs codegen --lang`: types for other languages from the package's editor schemas
// (generated/jsonschema). Node-only; loaded on demand. The generation itself is in languages.ts.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type SpecKey, specs } from "../../generated/index.js";
import { quicktypeSource, type Language } from "./languages.js";

export { LANGUAGES, type Language, outputFileName } from "./languages.js";

/** generated/jsonschema of the package: found upwards from this module (src/, dist/src/ or the bundled dist/cli/). */
function jsonSchemaDir(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "generated", "jsonschema");
    if (existsSync(candidate)) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error("generated/jsonschema not found next to bioimage-specs");
    }
  }
}

/** The source text of the types (and, where quicktype writes them, converters) of one spec. */
export async function generateLanguage(key: SpecKey, language: Language): Promise<string> {
  const schema = await readFile(join(jsonSchemaDir(), `${key}.json`), "utf8");
  return quicktypeSource(schema, specs[key].typeName, key, language);
}
