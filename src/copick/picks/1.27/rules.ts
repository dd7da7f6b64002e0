// copick picks rules (copick/models.py CopickPoint.validate_transformation).
import type { CopickPicksFile } from "../../../../generated/types/copick/picks/1.27.js";
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule, type Rule } from "../../../engine/validation/rule.js";

/** numpy.allclose(a, b) with its default tolerances. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

const transformLastRow = defineRule<CopickPicksFile>({
  id: "copick.picks.transform-last-row",
  description: "a point's 4x4 transformation ends with the row [0, 0, 0, 1]",
  severity: ERROR,
  messages: [
    "Assertion failed, Last element of transformation matrix must be 1.0.",
    "Assertion failed, Last row of transformation matrix must be [0, 0, 0, 1].",
  ],
  reference: "src/copick/models.py:183",
  *check(doc, context) {
    if (!Array.isArray(doc.points)) {
      return;
    }
    for (const [i, point] of doc.points.entries()) {
      const loc = ["points", i, "transformation_"];
      const matrix = point.transformation_;
      if (!matrix || !context.isValid(loc)) {
        continue;
      }
      const last = matrix[3] ?? [];
      if (last[3] !== 1) {
        yield { loc, msg: "Assertion failed, Last element of transformation matrix must be 1.0.", type: "assertion_error" };
      } else if (![0, 0, 0, 1].every((expected, j) => close(last[j] ?? Number.NaN, expected))) {
        yield { loc, msg: "Assertion failed, Last row of transformation matrix must be [0, 0, 0, 1].", type: "assertion_error" };
      }
    }
  },
});

export const picksRulesV1_27: readonly Rule<CopickPicksFile>[] = [transformLastRow];
