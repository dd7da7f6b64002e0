// pydantic reports errors field by field in declaration order, a model's own validators after its fields;
// the shape check and the rules find them in another order, so they are sorted back.
import type { Issue } from "../engine/summary/issue.js";

type Key = readonly number[];

function rankOf(loc: readonly (string | number)[], rootFields: readonly string[], taskFields: readonly string[]): Key {
  const fieldRank = (fields: readonly string[], name: string | number | undefined): number => {
    const index = fields.indexOf(String(name));
    return index >= 0 ? index : fields.length; // unknown keys, `__root__`
  };
  if (loc.length === 0) {
    return [rootFields.length + 1]; // the manifest's model validators
  }
  const root = fieldRank(rootFields, loc[0]);
  const task = loc[1];
  if (loc[0] !== "task_list" || typeof task !== "number") {
    return [root];
  }
  return [root, task, loc.length === 2 ? taskFields.length + 1 : fieldRank(taskFields, loc[2])];
}

function compare(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0; // same place: keep the order they were found in
}

/** The issues in pydantic's order (stable within one field). */
export function pydanticOrder(issues: readonly Issue[], rootFields: readonly string[], taskFields: readonly string[]): Issue[] {
  return issues
    .map((issue) => ({ issue, key: rankOf(issue.loc, rootFields, taskFields) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ issue }) => issue);
}
