// Which kind of document a file is (detected by content, or forced with --kind) and how to validate it.
// Each kind's validator is imported on demand, so the CLI loads only what its inputs need.
import type { ValidationSummary } from "../summary/summary.js";
import type { SourcePosition } from "../summary/types.js";
import type { DocPath } from "../validation/issue.js";

/** A parsed document and, when it came from a file, how to find positions in it (a ParsedSource is one). */
export interface DocumentInput {
  readonly value: unknown;
  readonly fileName: string;
  readonly locate?: (path: DocPath) => SourcePosition;
}

export interface KindValidationOptions {
  /** bioimage.io: "discover", "latest" or "X.Y". */
  readonly formatVersion?: string;
  readonly warningLevel?: "info" | "warning" | "alert" | "error";
  /** Report what the reference accepts silently (unknown keys, lax values). */
  readonly strict?: boolean;
}

export interface DocumentKind {
  /** The name used with `--kind`. */
  readonly name: string;
  readonly description: string;
  /** True when a parsed document looks like this kind (checked in registry order). */
  readonly detect: (value: unknown, fileName: string) => boolean;
  readonly validate: (input: DocumentInput, options: KindValidationOptions) => Promise<ValidationSummary>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const bioimageioKind: DocumentKind = {
  name: "bioimageio",
  description: "bioimage.io resource description (rdf.yaml / bioimageio.yaml)",
  detect: (value) => isRecord(value) && ("format_version" in value || "type" in value),
  async validate(input, options) {
    const { buildDescription } = await import("../bioimageio/build.js");
    const description = await buildDescription(input.value, {
      ...(options.formatVersion ? { formatVersion: options.formatVersion } : {}),
      ...(options.warningLevel ? { warningLevel: options.warningLevel } : {}),
      sourceName: input.fileName,
      ...(input.locate ? { locate: input.locate } : {}),
    });
    return description.validationSummary;
  },
};

/** In detection order: the first whose `detect` accepts a document wins; bioimage.io is the fallback. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [bioimageioKind];

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.name === name);
}

export function detectKind(value: unknown, fileName: string): DocumentKind {
  return DOCUMENT_KINDS.find((kind) => kind.detect(value, fileName)) ?? bioimageioKind;
}
