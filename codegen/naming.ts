// Names and paths derived from a spec's (family, type, version): one place, so every emitter agrees.
import type { SpecFile } from "./load.js";

export function specKey(spec: Pick<SpecFile, "family" | "type" | "version">): string {
  return `${spec.family}/${spec.type}/${spec.version}`;
}

/** `0.5` -> `v0_5` (a namespace name, as the reference's modules `v0_5`). */
export function versionIdentifier(version: string): string {
  return `v${version.replaceAll(".", "_")}`;
}

export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** A file-unique alias for a spec's document type, e.g. `BioimageioModelV0_5`. */
export function typeAlias(spec: Pick<SpecFile, "family" | "type" | "version">): string {
  return `${pascalCase(spec.family)}${pascalCase(spec.type)}${versionIdentifier(spec.version).toUpperCase()}`;
}

/** Generated file paths, relative to generated/. */
export const generatedPaths = {
  types: (spec: Pick<SpecFile, "family" | "type" | "version">) => `types/${specKey(spec)}.ts`,
  validator: (spec: Pick<SpecFile, "family" | "type" | "version">) => `validators/${specKey(spec)}.js`,
  validatorTypes: (spec: Pick<SpecFile, "family" | "type" | "version">) => `validators/${specKey(spec)}.d.ts`,
  fields: (spec: Pick<SpecFile, "family" | "type" | "version">) => `fields/${specKey(spec)}.ts`,
  jsonSchema: (spec: Pick<SpecFile, "family" | "type" | "version">) => `jsonschema/${specKey(spec)}.json`,
};

/** The relative module specifier from generated file `from` to generated-or-repo file `to` (both repo-relative). */
export function relativeSpecifier(from: string, to: string): string {
  const fromParts = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join("/");
  return `${up === 0 ? "./" : "../".repeat(up)}${rest}`.replace(/\.ts$/, ".js");
}
