// Types of the registry that codegen writes to generated/index.ts.
import type { ValidatorModule } from "./validator-types.js";

/** Where a discriminated union sits in a document (`*` = any index or key) and the property holding its tag. */
export interface UnionPoint {
  readonly path: readonly string[];
  readonly property: string;
}

export interface SpecEntry<T, K extends string = string> {
  /** `family/type/version`, e.g. `bioimageio/model/0.5`. */
  readonly key: K;
  readonly family: string;
  readonly type: string;
  /** major.minor (or major) of the spec file. */
  readonly version: string;
  /** The exact format version the spec describes (the latest patch), e.g. `0.5.7`. */
  readonly formatVersion: string;
  /** The spec's `$id`. */
  readonly id: string;
  /** Repo-relative path of the canonical schema. */
  readonly specPath: string;
  /** Name of the document type in generated/types. */
  readonly typeName: string;
  readonly unions: readonly UnionPoint[];
  readonly loadValidator: () => Promise<ValidatorModule<T>>;
}
