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

export function runRules<Doc>(rules: readonly Rule<Doc>[], doc: Doc, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(doc, context)) {
      const severity = finding.severity ?? ERROR;
      issues.push({
        loc: finding.loc,
        ...(finding.path ? { path: finding.path } : {}),
        msg: finding.msg,
        type: finding.type ?? (severity >= ERROR ? "value_error" : "warning"),
        severity,
        rule: rule.id,
      });
    }
  }
  return issues;
}

/** Shape check with a generated validator, then the rules, which see which parts of the document are valid. */
export function checkDocument<Doc>(
  doc: unknown,
  validate: ValidateFunction<Doc>,
  unions: readonly UnionPoint[],
  rules: readonly Rule<Doc>[],
): Issue[] {
  const shape = validate(doc) ? [] : schemaIssues(validate.errors ?? [], doc, unions);
  return [...shape, ...runRules(rules, doc as Doc, validityOf(shape))];
}
