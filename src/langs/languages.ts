// Types in other languages from one spec's self-contained editor schema, by quicktype-core. Shared by
// `bioimage-specs codegen --lang` and by codegen (generated/langs/), so both write the same code.
import { InputData, JSONSchemaInput, FetchingJSONSchemaStore, quicktype } from "quicktype-core";

export const LANGUAGES = {
  python: { extension: "py" },
  go: { extension: "go" },
  rust: { extension: "rs" },
  csharp: { extension: "cs" },
  kotlin: { extension: "kt" },
} as const satisfies Record<string, { extension: string }>;

export type Language = keyof typeof LANGUAGES;

/** `bioimageio/model/0.5` -> `bioimageio_model_0_5`: a valid module, package or namespace segment in each language. */
export function moduleName(key: string): string {
  return key.replace(/[^A-Za-z0-9]+/g, "_");
}

/**
 * Where a spec's code goes, relative to the output folder: one file per spec, and for Go one package folder
 * per spec (the specs share type names such as `Author`, which one Go package cannot hold twice).
 */
export function outputFileName(key: string, language: Language): string {
  const name = moduleName(key);
  return language === "go" ? `${name}/${name}.go` : `${name}.${LANGUAGES[language].extension}`;
}

/** `bioimageio/model/0.5` -> `["bioimageio", "model", "v0_5"]`, `copick/cdp-pick/1.27` -> `["copick", "cdp_pick", "v1_27"]`. */
function namespaceParts(key: string): string[] {
  return key.split("/").map((part, i, all) => (i === all.length - 1 ? `v${part}` : part).replace(/[^A-Za-z0-9]+/g, "_"));
}

const pascal = (part: string): string =>
  part.replace(/(^|_)([a-z])/g, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`).replace(/_(?=[A-Z])/g, "");

/** Each spec in a package or namespace of its own, for the same reason as Go's folders. */
function rendererOptions(key: string, language: Language): Record<string, string> {
  switch (language) {
    case "python":
      return { "python-version": "3.7" };
    case "go":
      return { package: moduleName(key) };
    case "rust":
      return {};
    case "csharp":
      return { namespace: ["BioimageSpecs", ...namespaceParts(key).map(pascal)].join(".") };
    case "kotlin":
      return { package: ["bioimagespecs", ...namespaceParts(key)].join(".") };
  }
}

/** The source text of the types (and, where quicktype writes them, converters) of the spec `key`. */
export async function quicktypeSource(schemaText: string, typeName: string, key: string, language: Language): Promise<string> {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name: typeName, schema: schemaText });
  const inputData = new InputData();
  inputData.addInput(input);
  const result = await quicktype({ inputData, lang: language, rendererOptions: rendererOptions(key, language) });
  return `${result.lines.join("\n")}\n`;
}
