// `Version` (`_internal/version_type.py`): anything Python's `packaging.version.Version` parses (PEP 440).
import { pyNumberKind } from "../../engine/py-numbers.js";
import { isPyInt, pyRepr, pyStrAt } from "../../engine/python-repr.js";
import { ERROR, type Loc } from "../../engine/summary/types.js";
import type { RuleFinding } from "../../engine/validation/rule.js";
import { defineRule } from "../../engine/validation/rule.js";
import type { SharedFields } from "./doc.js";

// packaging's VERSION_PATTERN: epoch, release, pre, post, dev and local segments, case-insensitive.
const PEP440 =
  /^\s*v?(?:(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\s*$/i;

/**
 * What `Version` parses: Python's `str()` of the value (`1e-07` for the YAML float `1e-7`); `container`, the
 * mapping that holds it, knows a number's Python kind (`1.0`, an int's own digits beyond 2^53).
 */
function versionText(value: string | number, container?: object, key?: string): string {
  if (typeof value !== "number") {
    return value;
  }
  if (container !== undefined && key !== undefined && pyNumberKind(container, key) !== undefined) {
    return pyStrAt(container, key);
  }
  // (where a copy lost the note, an int beyond 2^53 is printed as JavaScript writes it, which is how generated
  // documents write it)
  return isPyInt(value) ? String(value) : pyRepr(value);
}

export function isPep440Version(value: string | number): boolean {
  return PEP440.test(versionText(value));
}

export function versionFinding(value: string | number, loc: Loc, container?: object): RuleFinding | undefined {
  const key = loc.at(-1);
  return isPep440Version(value)
    ? undefined
    : { loc, msg: `Value error, Invalid version: ${pyRepr(versionText(value, container, typeof key === "string" ? key : undefined))}` };
}

/** The top-level `version` (format 0.2 and 0.3 descriptions, models). */
export const versionPep440 = defineRule<SharedFields>({
  id: "common.version.pep440",
  description: "the version is a PEP 440 version",
  severity: ERROR,
  messages: ["Value error, Invalid version: {version}"],
  reference: "src/bioimageio/spec/_internal/version_type.py:9",
  *check(doc, context) {
    const value = doc.version;
    const finding =
      (typeof value === "string" || typeof value === "number") && context.isValid(["version"])
        ? versionFinding(value, ["version"], doc)
        : undefined;
    if (finding) {
      yield finding;
    }
  },
});
