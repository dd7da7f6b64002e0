// Phase 4c: the JSON Schema meta-schemas (draft-07, 2019-09, 2020-12, as Ajv ships them) as standalone validators,
// for checking the schemas that documents carry (Fractal's `args_schema_*`): compiling a meta-schema at run time
// took longer than validating a hundred documents. Ajv's English messages stay in the code (the args-schema check
// shows them), formats are annotations, unknown keywords are allowed.
import type { Ajv as AjvCore } from "ajv";
import { Ajv } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { toEsmValidator } from "./emit-validators.js";

const META_OPTIONS = { strict: false, allErrors: true, validateFormats: false, code: { source: true, esm: true, lines: true } } as const;

/** The drafts, their meta-schema's $id and the Ajv class that holds it. */
export const META_SCHEMAS: readonly { readonly draft: string; readonly id: string; readonly ajv: () => AjvCore }[] = [
  { draft: "draft-07", id: "http://json-schema.org/draft-07/schema", ajv: () => new Ajv(META_OPTIONS) },
  { draft: "2019-09", id: "https://json-schema.org/draft/2019-09/schema", ajv: () => new Ajv2019(META_OPTIONS) },
  { draft: "2020-12", id: "https://json-schema.org/draft/2020-12/schema", ajv: () => new Ajv2020(META_OPTIONS) },
];

/** The standalone ESM source of one meta-schema's validator, exported as `validate`. */
export function emitMetaValidator(draft: string, runtimeSpecifier: string): string {
  const meta = META_SCHEMAS.find((m) => m.draft === draft);
  if (!meta) {
    throw new Error(`no meta-schema for ${draft}`);
  }
  const ajv = meta.ajv();
  if (!ajv.getSchema(meta.id)) {
    throw new Error(`Ajv holds no meta-schema ${meta.id}`);
  }
  return toEsmValidator(standaloneModule.default(ajv, { validate: meta.id }), runtimeSpecifier, false);
}

export function metaValidatorDeclarations(draft: string, runtimeSpecifier: string): string {
  return [
    `import type { ValidateFunction } from "${runtimeSpecifier}";`,
    "",
    `/** Checks a schema against the ${draft} meta-schema (errors with Ajv's messages). */`,
    "export declare const validate: ValidateFunction<Readonly<Record<string, unknown>>>;",
    "",
  ].join("\n");
}
