// validate(document): any parsed document of any family, its kind detected from its content (or given).
import { detectKind, kindByName, type ValidateOptions } from "./kinds/registry.js";
import type { ValidationSummary } from "./engine/summary/summary.js";
import { checkDocumentValue } from "./engine/load/limits.js";
import { documentOf } from "./engine/load/parse-core.js";

/** Validates a parsed document, or what `parseSource` returns (then every entry has its file:line:col). */
export async function validate(input: unknown, given: ValidateOptions = {}): Promise<ValidationSummary> {
  const { document, options } = documentOf(input, given);
  const fileName = options.sourceName ?? "in-memory";
  checkDocumentValue(document, fileName);
  const kind = options.kind === undefined ? detectKind(document, fileName) : kindByName(options.kind);
  if (!kind) {
    throw new Error(`unknown document kind "${options.kind}"`);
  }
  return kind.validate(document, options);
}
