// The package's editor schemas (generated/jsonschema: one self-contained JSON Schema per spec, with the specs'
// titles, descriptions, defaults and examples), found upwards from this module: from src/, dist/src/ or the
// bundled dist/cli/, in the repository or where the package is installed. Node-only.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

let found: string | undefined;

export function editorSchemaDir(): string {
  if (found !== undefined) {
    return found;
  }
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "generated", "jsonschema");
    if (existsSync(candidate)) {
      found = candidate;
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error("generated/jsonschema not found next to bioimage-specs");
    }
  }
}

/** The editor schema's text of a spec, by its key (`bioimageio/model/0.5`). */
export function readEditorSchema(key: string): Promise<string> {
  return readFile(join(editorSchemaDir(), `${key}.json`), "utf8");
}
