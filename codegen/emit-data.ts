// Phase 4e: data next to the specs (SPDX ids, tag categories) as importable, browser-safe modules, and lean
// modules derived from them for code that needs only a part (the SPDX list is 128 KB; its ids are 10 KB, and the
// CLI compiles what it imports at every start).
import type { JsonValue } from "./json.js";
import type { DataFile } from "./load.js";
import { camelCase } from "./naming.js";

interface SpdxLicense {
  readonly licenseId: string;
  readonly isDeprecatedLicenseId: boolean;
}

function spdxLicenseIds(data: JsonValue): Record<string, JsonValue> {
  const licenses = (data as { licenses?: readonly SpdxLicense[] }).licenses;
  if (!Array.isArray(licenses)) {
    throw new Error("spdx-licenses.json: no `licenses` list");
  }
  return {
    currentLicenseIds: licenses.filter((l) => !l.isDeprecatedLicenseId).map((l) => l.licenseId),
    deprecatedLicenseIds: licenses.filter((l) => l.isDeprecatedLicenseId).map((l) => l.licenseId),
  };
}

/** Data file name -> [derived module name, its exports]. */
const DERIVED: Readonly<Record<string, readonly [string, (data: JsonValue) => Record<string, JsonValue>]>> = {
  "spdx-licenses": ["spdx-license-ids", spdxLicenseIds],
};

/** The data file as a module, and the modules derived from it: [path under generated/, text]. */
export function emitDataModules(file: DataFile): [string, string][] {
  const modules: [string, string][] = [
    [`data/${file.family}/${file.name}.ts`, `export const ${camelCase(file.name)} = ${JSON.stringify(file.data, null, 2)};\n`],
  ];
  const derived = DERIVED[file.name];
  if (derived !== undefined) {
    const [name, derive] = derived;
    const exports = Object.entries(derive(file.data)).map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};\n`);
    modules.push([`data/${file.family}/${name}.ts`, exports.join("")]);
  }
  return modules;
}
