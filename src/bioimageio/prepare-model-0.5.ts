// Model 0.5 before-validators: `IntervalOrRatioDataDescr._replace_inf` (JSON has no infinity; the range
// bound "no limit" is null).
import { WARNING } from "../summary/types.js";
import type { Issue } from "../validation/issue.js";
import type { Content, Prepared } from "./prepare.js";

const INFINITE = new Set<unknown>(["inf", "-inf", ".inf", "-.inf", Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function replaceInRange(data: unknown, loc: (string | number)[], issues: Issue[]): unknown {
  if (!isRecord(data) || !Array.isArray(data.range) || !data.range.some((v) => INFINITE.has(v))) {
    return data;
  }
  issues.push({
    loc,
    path: [...loc, "range"],
    msg: "replaced 'inf' value",
    type: "warning",
    severity: WARNING,
    rule: "model05.data.replace-inf",
  });
  return { ...data, range: data.range.map((v) => (INFINITE.has(v) ? null : v)) };
}

export function replaceInfiniteDataRanges(content: Content): Prepared {
  const issues: Issue[] = [];
  const out: Content = { ...content };
  for (const field of ["inputs", "outputs"] as const) {
    const tensors = content[field];
    if (!Array.isArray(tensors)) {
      continue;
    }
    out[field] = tensors.map((tensor, i) => {
      if (!isRecord(tensor)) {
        return tensor;
      }
      const data = tensor.data;
      const replaced = Array.isArray(data)
        ? data.map((entry, j) => replaceInRange(entry, [field, i, "data", j], issues))
        : replaceInRange(data, [field, i, "data"], issues);
      return replaced === data ? tensor : { ...tensor, data: replaced };
    });
  }
  return { content: out, issues };
}
