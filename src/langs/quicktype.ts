// Types for other languages from the canonical specs (their self-contained editor schemas in
// generated/jsonschema), by quicktype-core: Python, Go, Rust, C#, Kotlin. Node-only; loaded on demand.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from "quicktype-core";
import { type SpecKey, specs } from "../../generated/index.js";

export const LANGUAGES = {
  python: { extension: "py", options: { "python-version": "3.7" } },
  go: { extension: "go", options: { package: "bioimagespecs" } },
  rust: { extension: "rs", options: {} },
  csharp: { extension: "cs", options: { namespace: "BioimageSpecs" } },
  kotlin: { extension: "kt", options: { package: "bioimagespecs" } },
} as const satisfies Record<string, { extension: string; options: Record<string, string> }>;

export type Language = keyof typeof LANGUAGES;

/** The generated schema directory: beside dist/src when built, beside src when run from source. */
const JSONSCHEMA_DIR = join(
  import.meta.dirname,
  "..",
  "..",
  ...(import.meta.dirname.includes("/dist/") ? [".."] : []),
  "generated",
  "jsonschema",
);

/** A file name for a spec's code in `language`, e.g. `bioimageio_model_0_5.py`. */
export function outputFileName(key: SpecKey, language: Language): string {
  return `${key.replace(/[^A-Za-z0-9]+/g, "_")}.${LANGUAGES[language].extension}`;
}

/** The source text of the types (and, where quicktype writes them, converters) of one spec. */
export async function generateLanguage(key: SpecKey, language: Language): Promise<string> {
  const schema = await readFile(join(JSONSCHEMA_DIR, `${key}.json`), "utf8");
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name: specs[key].typeName, schema });
  const inputData = new InputData();
  inputData.addInput(input);
  const result = await quicktype({ inputData, lang: language, rendererOptions: { ...LANGUAGES[language].options } });
  return `${result.lines.join("\n")}\n`;
}
