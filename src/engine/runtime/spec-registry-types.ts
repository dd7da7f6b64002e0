// Types of the registry that codegen writes to generated/index.ts.
import type { FieldTree } from "./field-tree.js";
import type { ValidatorModule } from "./validator-types.js";

/**
 * Where a union sits in a document (`[]` = any array index, `*` = any map key) and how the reference names the chosen branch in
 * error locations: by the value of a tag property, by the presence of a property, or by the branch whose
 * schema reported the error (schema-path prefixes). Computed by codegen (codegen/normalize.ts).
 */
export type UnionPoint = (
  | {
      readonly path: readonly string[];
      readonly kind: "tag";
      readonly property: string;
      /** The tag values of the branches, in order (pydantic lists them when a tag matches none). */
      readonly tags: readonly string[];
    }
  | {
      readonly path: readonly string[];
      readonly kind: "presence";
      readonly property: string;
      readonly present: string;
      readonly absent: string;
    }
  | {
      readonly path: readonly string[];
      readonly kind: "branch";
      readonly branches: readonly { readonly tag: string; readonly schemaPrefixes: readonly string[] }[];
    }
) & {
  /** Applies only inside these branches of enclosing discriminated unions (`at`: that union's path length). */
  readonly when?: readonly UnionGuard[];
};

/** Inside a branch of an enclosing union at path length `at`: its tag `property` equals `equals`, or is (not) `present`. */
export type UnionGuard =
  | { readonly at: number; readonly property: string; readonly equals: string }
  | { readonly at: number; readonly property: string; readonly present: boolean };

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
  /** Schema pointers of arrays that are Python `Sequence`s: pydantic refuses a string there as `sequence_str`. */
  readonly sequences: readonly string[];
  readonly loadValidator: () => Promise<ValidatorModule<T>>;
  readonly loadFields: () => Promise<{ readonly fieldTree: FieldTree }>;
}
