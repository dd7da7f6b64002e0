// The generator as pure phases: (spec tree) -> resolve -> normalize -> emit -> format -> files.
import { emitDataModules } from "./emit-data.js";
import { emitFields } from "./emit-fields.js";
import { emitIndex, emitTypesIndex, type Layout } from "./emit-index.js";
import { emitJsonSchema } from "./emit-jsonschema.js";
import { emitLangs } from "./emit-langs.js";
import { emitMetaValidator, META_SCHEMAS, metaValidatorDeclarations } from "./emit-meta-validators.js";
import { emitMigrations } from "./emit-migrations.js";
import { emitTypes } from "./emit-types.js";
import { emitValidator } from "./emit-validators.js";
import { formatGenerated } from "./format.js";
import type { SpecTree } from "./load.js";
import { generatedPaths, relativeSpecifier } from "./naming.js";
import { hasAnyPatchVersion, type NormalizedSpec, normalizeSpec } from "./normalize.js";
import { resolveSpecs } from "./resolve.js";

export const DEFAULT_LAYOUT: Layout = {
  generatedDir: "generated",
  runtimeDir: "src/engine/runtime",
  validatorRuntime: "src/engine/validation/ajv-runtime.ts",
  familiesDir: "src",
  specsDir: "specs",
};

function validatorDeclarations(
  typeName: string,
  typesSpecifier: string,
  typesRuntimeSpecifier: string,
  runtimeSpecifier: string,
  anyPatchVersion: boolean,
): string {
  return [
    `import type { ${anyPatchVersion ? "AnyPatch, " : ""}ValidateFunction } from "${typesRuntimeSpecifier}";`,
    `import type { ${typeName} } from "${typesSpecifier}";`,
    "",
    `export { describeErrors, type SchemaErrorDescription } from "${runtimeSpecifier}";`,
    "",
    anyPatchVersion
      ? `/** Checks the shape of a ${typeName} as written (any patch of its format version; the semantic rules need \`validate\` from bioimage-specs). Errors carry messages; \`describeErrors\` words them as the reference does. */`
      : `/** Checks the shape of a ${typeName} (the semantic rules need \`validate\` from bioimage-specs). Errors carry messages; \`describeErrors\` words them as the reference does. */`,
    `export declare const validate: ValidateFunction<${anyPatchVersion ? `AnyPatch<${typeName}>` : typeName}>;`,
    "",
  ].join("\n");
}

/** All generated files, keyed by their path below the generated directory, in sorted order. */
export async function generate(tree: SpecTree, layout: Layout = DEFAULT_LAYOUT): Promise<Map<string, string>> {
  const normalized = resolveSpecs(tree).map(normalizeSpec);
  /** `headed`: the emitter wrote the header itself (JSON has no comments). */
  const files = new Map<string, { text: string; source: string; headed?: boolean }>();
  const at = (path: string): string => `${layout.generatedDir}/${path}`;
  const allSpecs = `${layout.specsDir}/`;

  for (const spec of normalized) {
    const file = spec.resolved.spec;
    const source = `${layout.specsDir}/${file.path}`;
    files.set(generatedPaths.types(file), { text: await emitTypes(spec), source });
    const validatorPath = generatedPaths.validator(file);
    files.set(validatorPath, {
      text: emitValidator(spec.validatorSchema, relativeSpecifier(at(validatorPath), layout.validatorRuntime)),
      source,
    });
    files.set(generatedPaths.jsonSchema(file), { text: emitJsonSchema(spec, source), source, headed: true });
    const fieldsPath = generatedPaths.fields(file);
    files.set(fieldsPath, { text: emitFields(spec, relativeSpecifier(at(fieldsPath), `${layout.runtimeDir}/field-tree.ts`)), source });
    const declarationsPath = generatedPaths.validatorTypes(file);
    files.set(declarationsPath, {
      text: validatorDeclarations(
        spec.typeName,
        relativeSpecifier(at(declarationsPath), at(generatedPaths.types(file))),
        relativeSpecifier(at(declarationsPath), `${layout.runtimeDir}/validator-types.ts`),
        relativeSpecifier(at(declarationsPath), layout.validatorRuntime),
        hasAnyPatchVersion(spec.resolved.bundled),
      ),
      source,
    });
  }
  for (const { draft } of META_SCHEMAS) {
    const validatorPath = `validators/json-schema/${draft}.js`;
    const declarationsPath = `validators/json-schema/${draft}.d.ts`;
    const source = `ajv's ${draft} meta-schema`;
    files.set(validatorPath, {
      text: emitMetaValidator(draft, relativeSpecifier(at(validatorPath), layout.validatorRuntime)),
      source,
    });
    files.set(declarationsPath, {
      text: metaValidatorDeclarations(draft, relativeSpecifier(at(declarationsPath), `${layout.runtimeDir}/validator-types.ts`)),
      source,
    });
  }
  const editorSchema = (spec: NormalizedSpec): string => files.get(generatedPaths.jsonSchema(spec.resolved.spec))?.text ?? "";
  for (const { path, text, spec } of await emitLangs(normalized, editorSchema)) {
    files.set(path, { text, source: `${layout.specsDir}/${spec.resolved.spec.path}` });
  }
  for (const [path, text] of emitTypesIndex(normalized, layout)) {
    files.set(path, { text, source: allSpecs });
  }
  files.set("index.ts", { text: emitIndex(normalized, layout), source: allSpecs });
  files.set("migrations.ts", { text: emitMigrations(normalized, layout), source: allSpecs });
  for (const data of tree.data) {
    for (const [path, text] of emitDataModules(data)) {
      files.set(path, { text, source: `${layout.specsDir}/${data.path}` });
    }
  }

  const out = new Map<string, string>();
  for (const path of [...files.keys()].sort()) {
    const { text, source, headed } = files.get(path) as { text: string; source: string; headed?: boolean };
    out.set(path, headed ? text : await formatGenerated(path, text, source));
  }
  return out;
}
