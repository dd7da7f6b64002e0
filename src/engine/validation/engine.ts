// The family-neutral core: shape errors from a generated validator, then the semantic rules.
import { type Rule, type RuleContext, type RuleFinding, ValidatorRaised } from "./rule.js";
import type { UnionPoint } from "../runtime/spec-registry-types.js";
import type { ValidateFunction } from "../runtime/validator-types.js";
import { ERROR } from "../summary/types.js";
import { type Issue, issuePath } from "../summary/issue.js";
import { PathTrie } from "./path-trie.js";
import { type SchemaWording, schemaIssues } from "./schema-errors.js";

/** Where the schema found errors, for `RuleContext.isValid`: a path is valid when no error is at or below it. */
export function validityOf(issues: readonly Issue[]): RuleContext {
  const errors = issues.filter((i) => i.severity >= ERROR);
  if (errors.length === 0) {
    return { isValid: () => true };
  }
  const errorPaths = new PathTrie(String);
  for (const issue of errors) {
    errorPaths.add(issuePath(issue));
  }
  return { isValid: (path) => errorPaths.countStartingWith(path) === 0 };
}

/** A rule's findings as issues; a rule that throws is a bug of ours, reported as an error of its own, never a crash. */
function findings<Doc>(rule: Rule<Doc>, doc: Doc, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  try {
    for (const finding of rule.check(doc, context)) {
      issues.push(toIssue(finding, rule.id));
    }
  } catch (error) {
    if (error instanceof ValidatorRaised) {
      throw new ValidatorRaised(error.type, error.message, rule.id);
    }
    const msg = `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}`;
    return [toIssue({ loc: [], msg, type: "internal_error" }, rule.id)];
  }
  return issues;
}

function toIssue(finding: RuleFinding, rule: string): Issue {
  const severity = finding.severity ?? ERROR;
  const type = finding.type ?? (severity >= ERROR ? "value_error" : "warning");
  return finding.path
    ? { loc: finding.loc, path: finding.path, msg: finding.msg, type, severity, rule }
    : { loc: finding.loc, msg: finding.msg, type, severity, rule };
}

/** Field-level and model-level rules of a rule list, split once per list. */
interface Levels<Doc> {
  readonly field: readonly Rule<Doc>[];
  readonly container: readonly Rule<Doc>[];
  readonly model: readonly Rule<Doc>[];
}
const levels = new WeakMap<readonly Rule<never>[], Levels<never>>();

function byLevel<Doc>(rules: readonly Rule<Doc>[]): Levels<Doc> {
  const key = rules as readonly Rule<never>[];
  let split = levels.get(key);
  if (!split) {
    split = {
      field: key.filter((rule) => (rule.level ?? "field") === "field"),
      container: key.filter((rule) => rule.level === "container"),
      model: key.filter((rule) => rule.level === "model"),
    };
    levels.set(key, split);
  }
  // A WeakMap has one value type for all its keys: it cannot say that the split of a list of Rule<Doc> holds Rule<Doc>.
  return split as Levels<Doc>;
}

/**
 * Field-level rules, then container-level ones, each seeing the errors found before it, then model-level ones
 * (`Rule.level`), which report errors only when no earlier check found an error (`prior`: the shape issues), and
 * warnings only when none found an error or a warning; the first model-level
 * rule that reports blocks the later ones likewise, as pydantic stops at the first failing validator.
 */
export function runRules<Doc>(rules: readonly Rule<Doc>[], doc: Doc, context: RuleContext, prior: readonly Issue[] = []): Issue[] {
  const { field, container, model } = byLevel(rules);
  const issues: Issue[] = [];
  for (const rule of field) {
    for (const issue of findings(rule, doc, context)) {
      issues.push(issue);
    }
  }
  for (const rule of container) {
    const found = validityOf(issues);
    issues.push(...findings(rule, doc, { isValid: (path) => context.isValid(path) && found.isValid(path) }));
  }
  if (model.length === 0) {
    return issues;
  }
  const isError = (i: Issue): boolean => i.severity >= ERROR;
  let errors = prior.some(isError) || issues.some(isError);
  let warnings = prior.some((i) => !isError(i)) || issues.some((i) => !isError(i));
  for (const rule of model) {
    const kept = findings(rule, doc, context).filter((i) => !errors && (isError(i) || !warnings));
    errors ||= kept.some(isError);
    warnings ||= kept.length > 0;
    issues.push(...kept);
  }
  return issues;
}

/**
 * Rules in stages, as pydantic runs validators: each stage sees the errors of `earlier` and of the stages before
 * it (`context.isValid`), so a model validator runs only when its fields validated, and a later model validator
 * only when the earlier ones passed.
 */
export function runRuleStages<Doc>(stages: readonly (readonly Rule<Doc>[])[], doc: Doc, earlier: readonly Issue[]): Issue[] {
  const issues: Issue[] = [];
  for (const stage of stages) {
    issues.push(...runRules(stage, doc, validityOf([...earlier, ...issues])));
  }
  return issues;
}

const pointerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A set of schema pointers, made once per list. */
function pointerSet(pointers: readonly string[]): ReadonlySet<string> {
  let set = pointerSets.get(pointers);
  if (!set) {
    set = new Set(pointers);
    pointerSets.set(pointers, set);
  }
  return set;
}

/** The shape check alone: a generated validator's errors as issues (see `checkDocument`). */
export function checkShape<Doc>(
  doc: unknown,
  validate: ValidateFunction<Doc>,
  unions: readonly UnionPoint[],
  sequences: readonly string[] = [],
  wording?: SchemaWording,
  tuples: readonly string[] = [],
  laxWords = false,
  strict: readonly string[] = [],
): Issue[] {
  return validate(doc)
    ? []
    : schemaIssues(validate.errors ?? [], doc, unions, pointerSet(sequences), wording, pointerSet(tuples), laxWords, pointerSet(strict));
}

/** Shape check with a generated validator, then the rules, which see which parts of the document are valid. */
export function checkDocument<Doc>(
  doc: unknown,
  validate: ValidateFunction<Doc>,
  unions: readonly UnionPoint[],
  rules: readonly Rule<Doc>[],
  sequences: readonly string[] = [],
  wording?: SchemaWording,
  tuples: readonly string[] = [],
  laxWords = false,
): Issue[] {
  const shape = checkShape(doc, validate, unions, sequences, wording, tuples, laxWords);
  try {
    return [...shape, ...runRules(rules, doc as Doc, validityOf(shape), shape)];
  } catch (error) {
    if (error instanceof ValidatorRaised) {
      return [{ loc: [], msg: error.message, type: error.type, severity: ERROR, rule: error.rule }];
    }
    throw error;
  }
}
