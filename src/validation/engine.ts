// The family-neutral core: shape errors from a generated validator, then the semantic rules.
import type { Rule, RuleContext } from "../rules/types.js";
import type { UnionPoint } from "../runtime/spec-registry-types.js";
import type { ValidateFunction } from "../runtime/validator-types.js";
import { ERROR } from "../summary/types.js";
import { type DocPath, type Issue, issuePath } from "./issue.js";
import { schemaIssues } from "./schema-errors.js";

function isPrefix(prefix: DocPath, path: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/** Where the schema found errors, for `RuleContext.isValid`. */
export function validityOf(issues: readonly Issue[]): RuleContext {
  const errorPaths = issues.filter((i) => i.severity >= ERROR).map(issuePath);
  return {
    isValid: (path) => !errorPaths.some((errorPath) => isPrefix(path, errorPath)),
  };
}

/** A rule that throws is a bug of ours: reported as an error of its own, never a crash of the validation. */
function run<Doc>(rule: Rule<Doc>, doc: Doc, context: RuleContext) {
  try {
    return [...rule.check(doc, context)];
  } catch (error) {
    return [
      {
        loc: [],
        msg: `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}`,
        type: "internal_error",
      },
    ];
  }
}

function findings<Doc>(rule: Rule<Doc>, doc: Doc, context: RuleContext): Issue[] {
  return run(rule, doc, context).map((finding) => {
    const severity = finding.severity ?? ERROR;
    return {
      loc: finding.loc,
      ...(finding.path ? { path: finding.path } : {}),
      msg: finding.msg,
      type: finding.type ?? (severity >= ERROR ? "value_error" : "warning"),
      severity,
      rule: rule.id,
    };
  });
}

/**
 * Field-level rules, then model-level ones (`Rule.level`), which report errors only when no earlier check found
 * an error (`prior`: the shape issues), and warnings only when none found an error or a warning; the first
 * model-level rule that reports blocks the later ones likewise, as pydantic stops at the first failing validator.
 */
export function runRules<Doc>(rules: readonly Rule<Doc>[], doc: Doc, context: RuleContext, prior: readonly Issue[] = []): Issue[] {
  const issues = rules.filter((rule) => rule.level !== "model").flatMap((rule) => findings(rule, doc, context));
  let errors = [...prior, ...issues].some((i) => i.severity >= ERROR);
  let warnings = [...prior, ...issues].some((i) => i.severity < ERROR);
  for (const rule of rules.filter((r) => r.level === "model")) {
    const kept = findings(rule, doc, context).filter((i) => !errors && (i.severity >= ERROR || !warnings));
    errors ||= kept.some((i) => i.severity >= ERROR);
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

/** Shape check with a generated validator, then the rules, which see which parts of the document are valid. */
const sequenceSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function sequenceSet(sequences: readonly string[]): ReadonlySet<string> {
  let set = sequenceSets.get(sequences);
  if (!set) {
    set = new Set(sequences);
    sequenceSets.set(sequences, set);
  }
  return set;
}

export function checkDocument<Doc>(
  doc: unknown,
  validate: ValidateFunction<Doc>,
  unions: readonly UnionPoint[],
  rules: readonly Rule<Doc>[],
  sequences: readonly string[] = [],
): Issue[] {
  const shape = validate(doc) ? [] : schemaIssues(validate.errors ?? [], doc, unions, sequenceSet(sequences));
  return [...shape, ...runRules(rules, doc as Doc, validityOf(shape), shape)];
}
