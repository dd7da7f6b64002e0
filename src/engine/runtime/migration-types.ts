// Types of the migration chain that codegen writes to generated/migrations.ts.

export type Loc = readonly (string | number)[];

/** What a migration step records about a change it made (the reference logs these). */
export interface MigrationNote {
  readonly loc: Loc;
  readonly msg: string;
}

export interface MigrationContext {
  note(loc: Loc, msg: string): void;
}

/** One step from a version of a type to the next; the body never mutates its input. */
export interface MigrationStep<From, To> {
  readonly from: string;
  readonly to: string;
  readonly run: (doc: From, context: MigrationContext) => To;
}

/** A conversion that cannot be done (e.g. a halo on a fixed-size output), naming the field. */
export class MigrationError extends Error {
  readonly loc: Loc;
  /** The error type the reference reports (`value_error`, or the Python exception's name). */
  readonly type: string;
  /** Further errors of the same failure (a model the converter builds can fail on several fields). */
  readonly more: readonly MigrationError[];
  constructor(loc: Loc, message: string, type = "value_error", more: readonly MigrationError[] = []) {
    super(message);
    this.name = "MigrationError";
    this.loc = loc;
    this.type = type;
    this.more = more;
  }
}
