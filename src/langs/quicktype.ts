// `bioimage-specs codegen --lang`: types for other languages from the package's editor schemas
// (generated/jsonschema). Node-only; loaded on demand. The generation itself is in languages.ts.
import { readEditorSchema } from "../engine/node/editor-schemas.js";
import { type SpecKey, specs } from "../../generated/index.js";
import { quicktypeSource, type Language } from "./languages.js";

export { LANGUAGES, type Language, outputFileName } from "./languages.js";

/** The source text of the types (and, where quicktype writes them, converters) of one spec. */
export async function generateLanguage(key: SpecKey, language: Language): Promise<string> {
  const schema = await readEditorSchema(key);
  return quicktypeSource(schema, specs[key].typeName, key, language);
}
