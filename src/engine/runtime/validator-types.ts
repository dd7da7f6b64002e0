// Types of the precompiled validators in generated/validators (Ajv's standalone functions).

/** One error as Ajv reports it. */
export interface ValidatorError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled validator: a type guard that leaves its errors on `errors` (null when valid). */
export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors: ValidatorError[] | null;
}

/**
 * A document as written, at any patch of its format version: what the shipped validators accept
 * (`format_version: "0.5.4"` for a model 0.5, whose type says "0.5.7", the patch the runtime reads it as).
 */
export type AnyPatch<T> = T extends { readonly format_version: string } ? Omit<T, "format_version"> & { format_version: string } : T;

/** What every module in generated/validators exports. */
export interface ValidatorModule<T> {
  readonly validate: ValidateFunction<T>;
}
