// validate(document): any parsed document of any family, its kind detected from its content (or given).
import { detectKind, kindByName, type ValidateOptions } from "./kinds/registry.js";
import type { ValidationSummary } from "./engine/summary/summary.js";
import { checkDocumentValue } from "./engine/load/limits.js";

export async function validate(document: unknown, options: ValidateOptions = {}): Promise<ValidationSummary> {
  const fileName = options.sourceName ?? "in-memory";
  checkDocumentValue(document, fileName);
  const kind = options.kind === undefined ? detectKind(document, fileName) : kindByName(options.kind);
  if (!kind) {
    throw new Error(`unknown document kind "${options.kind}"`);
  }
  return kind.validate(document, options);
}
