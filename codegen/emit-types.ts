// Phase 4a: TypeScript declarations of each spec, by json-schema-to-typescript.
// (quicktype-core was tried too: it merges discriminated unions into one interface and sorts fields
// alphabetically, losing the spec's shape, so it is kept for other languages only.)
import { compile } from "json-schema-to-typescript";
import type { NormalizedSpec } from "./normalize.js";

export async function emitTypes(spec: NormalizedSpec): Promise<string> {
  return compile(spec.typeSchema, spec.typeName, {
    bannerComment: "",
    format: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    additionalProperties: true,
    declareExternallyReferenced: true,
    $refOptions: { resolve: { external: false } },
  });
}
