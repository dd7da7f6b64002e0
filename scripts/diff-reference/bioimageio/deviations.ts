// The deliberate differences from the reference, each with its reason (the README's fidelity section lists the
// same). A difference of the harness that matches none of these is a bug to fix.
import type { Difference } from "./verdict.js";

export interface Deviation {
  readonly measure: Difference["measure"];
  readonly key: RegExp;
  readonly reason: string;
}

export const DEVIATIONS: readonly Deviation[] = [];

/** The reason of the deviation a difference is, or undefined when it is not a listed one. */
export function listedDeviation(difference: Difference): string | undefined {
  return DEVIATIONS.find((d) => d.measure === difference.measure && d.key.test(difference.key))?.reason;
}
