// Types of the registry that codegen writes to generated/index.ts.
import type { FieldTree } from "./field-tree.js";
import type { AnyPatch, ValidatorModule } from "./validator-types.js";

/**
 * Where a union sits in a document (`[]` = any array index, `*` = any map key) and how the reference names the
 * branch in an error's `loc` (pydantic inserts the branch tag after the union's position):
 * - `tag`: a discriminated union; the tag is the value of `property`.
 * - `presence`: a callable discriminator on whether `property` is present (model 0.5 `with_halo`/`wo_halo`).
 * - `branch`: a smart union (`anyOf` with `x-loc-tag` on its branches); the tag is that of the branch whose
 *   schema reported the error, recognised by schema-path prefixes (the branch itself and the `$defs` it reaches).
 * Computed by codegen (codegen/normalize.ts), read by the runtime (src/engine/validation/schema-errors.ts).
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
      readonly branches: readonly {
        readonly tag: string;
        readonly schemaPrefixes: readonly string[];
        /** The branch is an array: the definitions it reaches fail only below one of its indexes. */
        readonly array?: true;
      }[];
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
  /** Schema pointers of arrays that are Python `tuple`s: pydantic words their type and length errors as a tuple's. */
  readonly tuples: readonly string[];
  /** Schema pointers of pydantic's strict types (`StrictInt`): lax mode neither coerces them nor words their errors. */
  readonly strict: readonly string[];
  /**
   * Schema pointers of the strings pydantic-core reads as Rust text (a constrained `str`, a Literal, a URL): there a
   * string that is not well-formed unicode (a lone surrogate) is refused; a plain `str` passes it on.
   */
  readonly decodedStrings: readonly string[];
  /** The shipped validator, which accepts any patch of the format version (the runtime bumps the patch first). */
  readonly loadValidator: () => Promise<ValidatorModule<AnyPatch<T>>>;
  readonly loadFields: () => Promise<{ readonly fieldTree: FieldTree }>;
}
