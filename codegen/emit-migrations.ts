// Phase 4c: the typed migration chain. For every type with several versions, one step per consecutive pair,
// each delegating to a hand-written body `<familiesDir>/<family>/<type>/<to>/migrate.ts` (export `migrate`).
// A missing body is a missing module, and a body of the wrong signature fails `satisfies`: both type errors.
import { createModuleEmitter } from "./emitter.js";
import type { Layout } from "./emit-index.js";
import { compareVersions } from "./json.js";
import { camelCase, generatedPaths, pascalCase, relativeSpecifier, typeAlias } from "./naming.js";
import type { NormalizedSpec } from "./normalize.js";

export interface MigrationStepInfo {
  readonly family: string;
  readonly type: string;
  readonly from: NormalizedSpec;
  readonly to: NormalizedSpec;
  /** Repo-relative path of the hand-written body. */
  readonly bodyPath: string;
}

export function migrationSteps(specs: readonly NormalizedSpec[], layout: Layout): MigrationStepInfo[] {
  const byType = new Map<string, NormalizedSpec[]>();
  for (const spec of specs) {
    const key = `${spec.resolved.spec.family}/${spec.resolved.spec.type}`;
    byType.set(key, [...(byType.get(key) ?? []), spec]);
  }
  const steps: MigrationStepInfo[] = [];
  for (const key of [...byType.keys()].sort()) {
    const versions = (byType.get(key) ?? []).sort((a, b) => compareVersions(a.resolved.spec.version, b.resolved.spec.version));
    for (let i = 0; i + 1 < versions.length; i++) {
      const from = versions[i] as NormalizedSpec;
      const to = versions[i + 1] as NormalizedSpec;
      if (to.resolved.spec.schema["x-migrate-from-previous"] === false) {
        continue; // versions that are read side by side, never converted (e.g. Fractal manifest 1 and 2)
      }
      const { family, type } = from.resolved.spec;
      steps.push({
        family,
        type,
        from,
        to,
        bodyPath: `${layout.familiesDir}/${family}/${type}/${to.resolved.spec.version}/migrate.ts`,
      });
    }
  }
  return steps;
}

export function emitMigrations(specs: readonly NormalizedSpec[], layout: Layout): string {
  const self = `${layout.generatedDir}/migrations.ts`;
  const module = createModuleEmitter();
  const steps = migrationSteps(specs, layout);
  if (steps.length > 0) {
    module.importTypes(relativeSpecifier(self, `${layout.runtimeDir}/migration-types.ts`), ["MigrationContext", "MigrationStep"]);
    module.importValues(relativeSpecifier(self, `${layout.runtimeDir}/migration-chain.ts`), ["runMigrationChain"]);
  }
  const involved = new Map<string, NormalizedSpec>();
  for (const step of steps) {
    involved.set(typeAlias(step.from.resolved.spec), step.from);
    involved.set(typeAlias(step.to.resolved.spec), step.to);
  }
  for (const [alias, spec] of [...involved.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    module.importTypes(relativeSpecifier(self, `${layout.generatedDir}/${generatedPaths.types(spec.resolved.spec)}`), [
      `${spec.typeName} as ${alias}`,
    ]);
  }
  const stepName = (step: MigrationStepInfo): string =>
    camelCase(
      `${step.family} ${step.type} ${step.from.resolved.spec.version.replaceAll(".", "_")} to ${step.to.resolved.spec.version.replaceAll(".", "_")}`,
    );
  for (const step of steps) {
    module.importValues(relativeSpecifier(self, step.bodyPath), [`migrate as ${stepName(step)}`]);
  }

  const typeKeys = [...new Set(steps.map((s) => `${s.family}/${s.type}`))];
  const registry = typeKeys.map((key) => {
    const own = steps.filter((s) => `${s.family}/${s.type}` === key);
    const items = own.map(
      (s) =>
        `{ from: ${JSON.stringify(s.from.resolved.spec.version)}, to: ${JSON.stringify(s.to.resolved.spec.version)}, run: ${stepName(s)} } satisfies MigrationStep<${typeAlias(s.from.resolved.spec)}, ${typeAlias(s.to.resolved.spec)}>`,
    );
    return `${JSON.stringify(key)}: [\n${items.join(",\n")},\n]`;
  });
  module.constant("migrationSteps", registry.length === 0 ? "{} as const" : `{\n${registry.join(",\n")},\n} as const`, {
    docs: "Each step from one version of a type to the next, by `family/type`, oldest first.",
  });

  for (const key of typeKeys) {
    const own = steps.filter((s) => `${s.family}/${s.type}` === key);
    // A chain is contiguous: only steps from its start (a later opt-out starts a new chain).
    const versions = [own[0]?.from as NormalizedSpec, ...own.map((s) => s.to)];
    const name = `migrate${pascalCase(key)}`;
    const overloads: string[] = [];
    versions.forEach((fromSpec, i) => {
      const later = versions.slice(i).map((s) => JSON.stringify(s.resolved.spec.version));
      const latest = versions[versions.length - 1] as NormalizedSpec;
      for (const [j, target] of versions.slice(i).entries()) {
        const targets = j === versions.length - 1 - i ? [later[j], '"latest"'] : [later[j]];
        overloads.push(
          `(doc: ${typeAlias(fromSpec.resolved.spec)}, from: ${JSON.stringify(fromSpec.resolved.spec.version)}, to: ${targets.join(" | ")}, context?: MigrationContext): ${typeAlias((target === latest ? latest : target).resolved.spec)}`,
        );
      }
    });
    module.function(
      name,
      overloads,
      `(doc: unknown, from: string, to: string, context?: MigrationContext): unknown {\n  return runMigrationChain(migrationSteps[${JSON.stringify(key)}], doc, from, to, context);\n}`,
      `Migrate a ${key} document from its version to a later one (or "latest"), typed from input to output version.`,
    );
  }
  return module.print();
}
