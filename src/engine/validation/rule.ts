// The shape of a semantic rule: what JSON Schema cannot say (cross-field references, uniqueness by key,
// warnings with severities). One file per family of rules; each rule has an id and reports the reference's loc.
// Every rule, and every id an issue carries without a rule object, declares what the rule catalogue
// (docs/rules.md) says about it next to its check (`RuleInfo`); the definitions are registered as they load.
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

/**
 * Thrown by a rule where the reference's validator raises an exception that is not a validation error (an
 * `IndexError` on a list shorter than its axes): the reference's validation of the document ends there, and that
 * exception, at the document's loc, is all its summary says (no other error, no warning).
 */
export class ValidatorRaised extends Error {
  constructor(
    /** The exception's class name, the reference's error type (`IndexError`). */
    readonly type: string,
    message: string,
    /** The id of the rule that raised it (the engine sets it). */
    readonly rule = "",
  ) {
    super(message);
    this.name = "ValidatorRaised";
  }
}

export interface RuleContext {
  /**
   * True when the schema found no error at or below `path`. Like pydantic, which runs a validator only
   * on fields that validated, a rule reads a part of the document only when it is valid: the document's
   * static type is only true there.
   */
  isValid(path: DocPath): boolean;
}

/** A place in the reference's repository, `path:line`, at the revision its family's catalogue pins. */
export type ReferenceLine = `${string}:${number}`;

/** What the catalogue says about a rule id. */
export interface RuleInfo {
  /** Stable id, e.g. `model05.axes.unique-ids`; docs/rules.md#<id> links to it. */
  readonly id: string;
  /** One line: what the rule enforces. */
  readonly description: string;
  /** The severities of what it reports. */
  readonly severity: Severity | readonly [Severity, ...Severity[]];
  /**
   * What it reports, worded as the reference words it; `{name}` stands for a value filled in. The catalogue's
   * test holds each rule's findings to these.
   */
  readonly messages: readonly [string, ...string[]];
  /** Where the reference makes the check; `{ none }` says why no reference does (a check of ours). */
  readonly reference: ReferenceLine | { readonly none: string };
}

/** A reference implementation: a repository and the revision the rules' `path:line` are read at. */
export interface ReferenceSource {
  /** e.g. `bioimageio.spec 0.5.7.2` */
  readonly name: string;
  /** e.g. `https://github.com/bioimage-io/spec-bioimage-io` */
  readonly repository: string;
  /** A tag or commit of the repository. */
  readonly revision: string;
}

/** Rules that run for one type and version (or for every one of a family), as the catalogue lists them. */
export interface RuleScope {
  /** e.g. `model 0.5`, `manifest 2`, `every type` */
  readonly name: string;
  readonly rules: readonly RuleInfo[];
  /** When the scope's rules follow another revision than the family's. */
  readonly reference?: ReferenceSource;
}

/** A family's part of the rule catalogue (docs/rules.md). */
export interface FamilyRules {
  /** e.g. `bioimage.io` */
  readonly family: string;
  /** The reference the family's rules follow (none for the engine's own ids). */
  readonly reference?: ReferenceSource;
  readonly scopes: readonly RuleScope[];
}

export interface Rule<Doc> extends RuleInfo {
  /**
   * `model`: a check the reference makes in a model-level `after` validator. Those run only when every field
   * validated, and the reference collects warnings by validating again with warnings raised as errors, so a
   * model-level warning appears only when no field raised an error or a warning. `container`: a validator that runs
   * after those of the models nested below it (a nested model's model validator, or the description's own
   * `@field_validator("outputs")`): those rules run after the `field` ones, in the order listed, each seeing
   * (`context.isValid`) the errors of the `field` rules and of the `container` rules before it. Default `field`.
   */
  readonly level?: "field" | "container" | "model";
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

/** The first definition of each id, in the order the modules loaded, with its metadata serialised. */
const definitions = new Map<string, { readonly info: RuleInfo; readonly serialized: string }>();
/** Ids defined again with other metadata (a rule factory makes one rule per call, with the same metadata). */
const redefined = new Set<string>();

function catalogued(info: RuleInfo): string {
  return JSON.stringify([info.description, info.severity, info.messages, info.reference]);
}

function register<T extends RuleInfo>(info: T): T {
  const known = definitions.get(info.id);
  if (!known) {
    definitions.set(info.id, { info, serialized: catalogued(info) });
  } else if (known.info !== info && known.serialized !== catalogued(info)) {
    redefined.add(info.id);
  }
  return info;
}

/** Every rule id defined so far (by the modules loaded), and the ids defined twice with different metadata. */
export function definedRules(): { readonly rules: readonly RuleInfo[]; readonly conflicting: readonly string[] } {
  return { rules: [...definitions.values()].map((d) => d.info), conflicting: [...redefined] };
}

export function defineRule<Doc>(rule: Rule<Doc>): Rule<Doc> {
  return register(rule);
}

/** An id that issues carry without a rule object: a step of loading, dispatching or converting reports it. */
export function defineRuleInfo(info: RuleInfo): RuleInfo {
  return register(info);
}

export function defineIoRule<Doc>(rule: IoRule<Doc>): IoRule<Doc> {
  return register(rule);
}

/** What a rule that reads referenced files gets besides validity: the files, resolved like the description's. */
export interface IoRuleContext extends RuleContext {
  /** Streams a referenced file (a relative path or URL as written in the description). */
  open(source: string): AsyncIterable<Uint8Array>;
  /** True when the file is listed in `knownFiles`: the caller vouches for it, and it may not be readable. */
  isKnown(source: string): boolean;
  /** Records something the rule could not check, shown in the summary. */
  notChecked(what: string): void;
  /**
   * True while nothing at all was found (no warning either): the reference collects warnings in a second pass
   * that turns each into an error, so a warning of a model-level validator shows only on an otherwise spotless model.
   */
  spotless(): boolean;
  /** Adds files the rule made (the reference's generated covers): their names are set at `path`, their bytes kept with the description. */
  generated(path: DocPath, files: readonly GeneratedFile[]): void;
}

/** A file made by a check rather than read from the source. */
export interface GeneratedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A rule that needs file IO (test tensors, documentation, sample images); runs only with IO checks on. */
export interface IoRule<Doc> extends RuleInfo {
  check(doc: Doc, context: IoRuleContext): AsyncIterable<RuleFinding>;
}
