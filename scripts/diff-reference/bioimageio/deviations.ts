// The deliberate differences from the reference, each with its reason (the README's fidelity section lists the
// same). A difference of the harness that matches none of these is a bug to fix.
import type { Difference } from "./verdict.js";

export interface Deviation {
  readonly measure: Difference["measure"];
  readonly key: RegExp;
  readonly reason: string;
}

export const DEVIATIONS: readonly Deviation[] = [
  {
    measure: "crash",
    key: /^crash reference: /,
    reason:
      "the reference raises instead of answering (a bug of its own, e.g. a converter meeting a value of the wrong type); we report the problem in the summary",
  },
  {
    measure: "messages",
    key: /^message error : {2}<> Value error, N channels cannot be converted: at most N channel names are written$/,
    reason:
      "converting a model 0.4 with billions of channels to 0.5, the reference writes one channel name each until it runs out of memory (an empty MemoryError, after minutes); we refuse more than 1,000,000 channel names at once",
  },
];

/** The reason of the deviation a difference is, or undefined when it is not a listed one. */
export function listedDeviation(difference: Difference): string | undefined {
  return DEVIATIONS.find((d) => d.measure === difference.measure && d.key.test(difference.key))?.reason;
}
