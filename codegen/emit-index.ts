// Phase 4d: generated/index.ts maps (family, type, version) to the spec's metadata, type and validator,
// and generated/types/index.ts gathers the types into namespaces.
import { createModuleEmitter } from "./emitter.js";
import type { NormalizedSpec } from "./normalize.js";
import { compareVersions } from "./json.js";
import { camelCase, generatedPaths, relativeSpecifier, specKey, typeAlias, versionIdentifier } from "./naming.js";

export interface Layout {
  /** Repo-relative directory of the generated files, e.g. `generated`. */
  readonly generatedDir: string;
  /** Repo-relative directory of the hand-written runtime, e.g. `src/engine/runtime`. */
  readonly runtimeDir: string;
  /**
   * Repo-relative path of the module the generated validators import (Ajv's helpers and the wording of errors),
   * e.g. `src/engine/validation/ajv-runtime.ts`: validation, which words errors, sits above the runtime's types.
   */
  readonly validatorRuntime: string;
  /**
   * Repo-relative directory of the hand-written family folders, e.g. `src`: the migration body into a version is
   * `<familiesDir>/<family>/<type>/<version>/migrate.ts`.
   */
  readonly familiesDir: string;
  /** Repo-relative directory of the specs, e.g. `specs`. */
  readonly specsDir: string;
}

export function emitIndex(specs: readonly NormalizedSpec[], layout: Layout): string {
  const self = `${layout.generatedDir}/index.ts`;
  const module = createModuleEmitter();
  module.importTypes(relativeSpecifier(self, `${layout.runtimeDir}/spec-registry-types.ts`), ["SpecEntry"]);
  for (const spec of specs) {
    const file = spec.resolved.spec;
    module.importTypes(relativeSpecifier(self, `${layout.generatedDir}/${generatedPaths.types(file)}`), [
      `${spec.typeName} as ${typeAlias(file)}`,
    ]);
  }
  module.interface(
    "SpecTypes",
    specs.map((spec) => ({ name: specKey(spec.resolved.spec), type: typeAlias(spec.resolved.spec) })),
    "The document type of every spec, by `family/type/version`.",
  );
  module.typeAlias("SpecKey", "keyof SpecTypes", { docs: "`family/type/version` of every spec." });
  const entries = specs.map((spec) => {
    const file = spec.resolved.spec;
    const validator = relativeSpecifier(self, `${layout.generatedDir}/${generatedPaths.validator(file)}`);
    const fieldTree = relativeSpecifier(self, `${layout.generatedDir}/${generatedPaths.fields(file)}`);
    const members = [
      `key: ${JSON.stringify(specKey(file))}`,
      `family: ${JSON.stringify(file.family)}`,
      `type: ${JSON.stringify(file.type)}`,
      `version: ${JSON.stringify(file.version)}`,
      `formatVersion: ${JSON.stringify(spec.formatVersion)}`,
      `id: ${JSON.stringify(spec.resolved.id)}`,
      `specPath: ${JSON.stringify(`${layout.specsDir}/${file.path}`)}`,
      `typeName: ${JSON.stringify(spec.typeName)}`,
      `unions: ${JSON.stringify(spec.unions)}`,
      `sequences: ${JSON.stringify(spec.sequences)}`,
      `tuples: ${JSON.stringify(spec.tuples)}`,
      `strict: ${JSON.stringify(spec.strict)}`,
      `decodedStrings: ${JSON.stringify(spec.decodedStrings)}`,
      `loadValidator: () => import(${JSON.stringify(validator)})`,
      `loadFields: () => import(${JSON.stringify(fieldTree)})`,
    ];
    return `${JSON.stringify(specKey(file))}: {\n${members.join(",\n")},\n}`;
  });
  module.constant("specs", `{\n${entries.join(",\n")},\n}`, {
    type: "{ readonly [K in SpecKey]: SpecEntry<SpecTypes[K], K> }",
    docs: "Every spec: metadata, its unions (for the reference's `loc`), and its validator and field tree, loaded on demand.",
  });
  return module.print();
}

/** Latest version first within each family/type. */
export function latestByType(specs: readonly NormalizedSpec[]): Map<string, NormalizedSpec> {
  const latest = new Map<string, NormalizedSpec>();
  for (const spec of specs) {
    const key = `${spec.resolved.spec.family}/${spec.resolved.spec.type}`;
    const current = latest.get(key);
    if (!current || compareVersions(spec.resolved.spec.version, current.resolved.spec.version) > 0) {
      latest.set(key, spec);
    }
  }
  return latest;
}

/**
 * generated/types/index.ts: one namespace per family (`bioimageio.model.v0_5.ModelDescr`; kebab-case types camelCased), plus the
 * latest version of each type under its plain name (`ModelDescr`), like the reference's top-level exports.
 */
export function emitTypesIndex(specs: readonly NormalizedSpec[], layout: Layout): Map<string, string> {
  const files = new Map<string, string>();
  const families = [...new Set(specs.map((s) => s.resolved.spec.family))].sort();
  const top = createModuleEmitter();
  for (const family of families) {
    const familySpecs = specs.filter((s) => s.resolved.spec.family === family);
    const types = [...new Set(familySpecs.map((s) => s.resolved.spec.type))].sort();
    const familyModule = createModuleEmitter();
    for (const type of types) {
      const typeModule = createModuleEmitter();
      for (const spec of familySpecs.filter((s) => s.resolved.spec.type === type)) {
        typeModule.exportTypeNamespace(versionIdentifier(spec.resolved.spec.version), `./${spec.resolved.spec.version}.js`);
      }
      files.set(`types/${family}/${type}/index.ts`, typeModule.print());
      // A type directory may be kebab-case (`cdp-pick`); its namespace is the camelCase identifier (`cdpPick`).
      familyModule.exportTypeNamespace(camelCase(type), `./${type}/index.js`);
    }
    files.set(`types/${family}/index.ts`, familyModule.print());
    top.exportTypeNamespace(family, `./${family}/index.js`);
  }
  const seen = new Map<string, string>();
  for (const spec of [...latestByType(specs).values()].sort((a, b) => (a.typeName < b.typeName ? -1 : 1))) {
    const where = specKey(spec.resolved.spec);
    const clash = seen.get(spec.typeName);
    if (clash !== undefined) {
      throw new Error(`specs ${clash} and ${where} both name their document type ${spec.typeName}`);
    }
    seen.set(spec.typeName, where);
    top.statement(
      `export type { ${spec.typeName} } from ${JSON.stringify(relativeSpecifier(`${layout.generatedDir}/types/index.ts`, `${layout.generatedDir}/${generatedPaths.types(spec.resolved.spec)}`))};`,
    );
  }
  files.set("types/index.ts", top.print());
  return files;
}
