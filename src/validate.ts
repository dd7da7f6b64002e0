// validate(document): any parsed document of any family, its kind detected from its content (or given).
import { detectKind, type KindValidationOptions, kindByName } from "./kinds/registry.js";
import type { ValidationSummary } from "./engine/summary/summary.js";
import { checkDocumentValue } from "./engine/load/limits.js";

export interface ValidateOptions extends KindValidationOptions {
  /** Force a kind (`bioimageio`, ...) instead of detecting it. */
  readonly kind?: string;
  /** Shown as the summary's `source_name`. */
  readonly sourceName?: string;
}

export async function validate(document: unknown, options: ValidateOptions = {}): Promise<ValidationSummary> {
  const fileName = options.sourceName ?? "in-memory";
  checkDocumentValue(document, fileName);
  const kind = options.kind === undefined ? detectKind(document, fileName) : kindByName(options.kind);
  if (!kind) {
    throw new Error(`unknown document kind "${options.kind}"`);
  }
  return kind.validate({ value: document, fileName }, options);
}
