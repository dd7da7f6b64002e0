// Findings about input fractal-server accepts but rewrites (lax booleans, stripped keys and strings): warnings
// that name the stored form, which `--strict` turns into errors.
import type { RuleFinding } from "../engine/validation/rule.js";
import { WARNING } from "../engine/summary/types.js";
import type { DocPath } from "../engine/summary/issue.js";
import { pyRepr } from "../engine/python-repr.js";

/** The issue type that marks a lax-input finding (shown as a warning unless strict). */
export const LAX_VALUE = "lax_value";

export function laxFinding(loc: DocPath, msg: string, path?: DocPath): RuleFinding {
  return { loc, msg, type: LAX_VALUE, severity: WARNING, ...(path ? { path } : {}) };
}

/** A string fractal-server stores stripped. */
export function strippedFinding(loc: DocPath, raw: string, stored: string): RuleFinding {
  return laxFinding(loc, `${pyRepr(raw)} is stored as ${pyRepr(stored)} (fractal-server strips surrounding whitespace)`);
}

/** A dictionary key fractal-server stores stripped. */
export function strippedKeyFinding(loc: DocPath, key: string, stored: string): RuleFinding {
  return laxFinding(loc, `key ${pyRepr(key)} is stored as ${pyRepr(stored)} (fractal-server strips dictionary keys)`, [...loc, key]);
}
