// Phase 4e: data next to the specs (SPDX ids, tag categories) as importable, browser-safe modules.
import type { DataFile } from "./load.js";
import { camelCase } from "./naming.js";

export function dataModulePath(file: DataFile): string {
  return `data/${file.family}/${file.name}.ts`;
}

export function emitData(file: DataFile): string {
  return `export const ${camelCase(file.name)} = ${JSON.stringify(file.data, null, 2)};\n`;
}
