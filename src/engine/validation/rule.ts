// The shape of a semantic rule: what JSON Schema cannot say (cross-field references, uniqueness by key,
// warnings with severities). One file per family of rules; each rule has an id and reports the reference's loc.
import type { Loc, Severity } from "../summary/types.js";
import type { DocPath } from "../summary/issue.js";

export interface RuleFinding {
  /** The reference's loc. */
  readonly loc: Loc;
  /** Where in the document, when it differs from `loc` (a union tag in loc, or a more precise place). */
  readonly path?: DocPath;
  readonly msg: string;
  /** Default `value_error` for errors, `warning` for warnings. */
  readonly type?: string;
  /** Default: error (50). */
  readonly severity?: Severity;
}

export interface RuleContext {
  /**
   * True when the schema found no error at or below `path`. Like pydantic, which runs a validator only
   * on fields that validated, a rule reads a part of the document only when it is valid: the document's
   * static type is only true there.
   */
  isValid(path: DocPath): boolean;
}

export interface Rule<Doc> {
  /** Stable id, e.g. `model05.axes.unique-ids`. */
  readonly id: string;
  /** One line: what the rule enforces. */
  readonly description: string;
  /**
   * `model`: a check the reference makes in a model-level `after` validator. Those run only when every field
   * validated, and the reference collects warnings by validating again with warnings raised as errors, so a
   * model-level warning appears only when no field raised an error or a warning. Default `field`.
   */
  readonly level?: "field" | "model";
  check(doc: Doc, context: RuleContext): Iterable<RuleFinding>;
}

/**
 * The declared fields of a generated type, without its index signature: an open object accepts any key, and a
 * rule reading a misspelled one should not compile.
 */
export type Declared<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * The fields of `T` (by name, checked), their values not: for a rule that reads a part before it knows that part
 * is valid (a before-validator, or rules shared by several document types), and checks each value itself.
 */
export type Unchecked<T> = { readonly [K in keyof Declared<T>]?: unknown };

export function defineRule<Doc>(rule: Rule<Doc>): Rule<Doc> {
  return rule;
}

/** What a rule that reads referenced files gets besides validity: the files, resolved like the description's. */
export interface IoRuleContext extends RuleContext {
  /** Streams a referenced file (a relative path or URL as written in the description). */
  open(source: string): AsyncIterable<Uint8Array>;
  /** True when the file is listed in `knownFiles`: the caller vouches for it, and it may not be readable. */
  isKnown(source: string): boolean;
  /** Records something the rule could not check, shown in the summary. */
  notChecked(what: string): void;
}

/** A rule that needs file IO (test tensors, documentation, sample images); runs only with IO checks on. */
export interface IoRule<Doc> {
  readonly id: string;
  readonly description: string;
  check(doc: Doc, context: IoRuleContext): AsyncIterable<RuleFinding>;
}
