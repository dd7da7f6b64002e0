// Runs consecutive migration steps; the generated `migrate<Type>` functions give it its types.
import type { MigrationContext, MigrationNote, MigrationStep } from "./migration-types.js";
import { checkDocumentValue } from "../load/limits.js";

/** A context that collects notes in `notes`. */
export function collectingContext(notes: MigrationNote[] = []): MigrationContext & { readonly notes: MigrationNote[] } {
  return {
    notes,
    note(loc, msg) {
      notes.push({ loc, msg });
    },
  };
}

export function runMigrationChain(
  steps: readonly MigrationStep<never, unknown>[],
  doc: unknown,
  from: string,
  to: string,
  context: MigrationContext = collectingContext(),
): unknown {
  checkDocumentValue(doc, "in-memory");
  const start = steps.findIndex((step) => step.from === from);
  const target = to === "latest" ? (steps[steps.length - 1]?.to ?? from) : to;
  if (from === target) {
    return doc;
  }
  const end = steps.findIndex((step) => step.to === target);
  if (start < 0 || end < start) {
    throw new Error(`no migration from ${from} to ${to}`);
  }
  let current = doc;
  for (const step of steps.slice(start, end + 1)) {
    current = (step.run as (doc: unknown, context: MigrationContext) => unknown)(current, context);
  }
  return current;
}
