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

/** What every module in generated/validators exports. */
export interface ValidatorModule<T> {
  readonly validate: ValidateFunction<T>;
}
