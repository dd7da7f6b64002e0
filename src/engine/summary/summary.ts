// ValidationSummary: the reference's summary with its JSON shape (its details: details.ts).
import { formatMarkdown } from "./format-markdown.js";
import { formatText } from "./format-text.js";
import type { ErrorEntry, SummaryStatus, ValidationDetail, ValidationSummaryJson, WarningEntry } from "./types.js";

export const TOOL_NAME = "bioimage-specs";
export const TOOL_VERSION = "0.1.0";

export interface SummaryInit {
  readonly name: string;
  readonly source_name: string;
  readonly id?: string | null;
  readonly type: string;
  readonly format_version: string;
  readonly status?: SummaryStatus;
  /** A number, or how to compute it when first read (it walks the whole document). */
  readonly metadata_completeness?: number | (() => number);
  readonly details: readonly ValidationDetail[];
}

export class ValidationSummary implements ValidationSummaryJson {
  readonly name: string;
  readonly source_name: string;
  readonly id: string | null;
  readonly type: string;
  readonly format_version: string;
  readonly status: SummaryStatus;
  readonly details: readonly ValidationDetail[];
  readonly env: readonly (readonly [string, string, string, string])[] = [[TOOL_NAME, TOOL_VERSION, "", ""]];
  readonly saved_conda_list = null;
  #completeness: number | (() => number);

  constructor(init: SummaryInit) {
    this.name = init.name;
    this.source_name = init.source_name;
    this.id = init.id ?? null;
    this.type = init.type;
    this.format_version = init.format_version;
    this.details = init.details;
    this.#completeness = init.metadata_completeness ?? 0;
    // The reference: a failed detail makes the summary fail; otherwise the format is valid.
    this.status = init.status ?? (init.details.some((d) => d.status === "failed") ? "failed" : "valid-format");
  }

  /** Share of the description's fields that are given (the reference's `metadata_completeness`). */
  get metadata_completeness(): number {
    if (typeof this.#completeness === "function") {
      this.#completeness = this.#completeness();
    }
    return this.#completeness;
  }

  get errors(): readonly ErrorEntry[] {
    return this.details.flatMap((d) => d.errors);
  }

  get warnings(): readonly WarningEntry[] {
    return this.details.flatMap((d) => d.warnings);
  }

  /** True when the status is valid-format or passed, as the reference's CLI exit code. */
  get ok(): boolean {
    return this.status !== "failed";
  }

  toJSON(): ValidationSummaryJson {
    return {
      name: this.name,
      source_name: this.source_name,
      id: this.id,
      type: this.type,
      format_version: this.format_version,
      status: this.status,
      metadata_completeness: this.metadata_completeness,
      details: this.details,
      env: this.env,
      saved_conda_list: this.saved_conda_list,
    };
  }

  format(kind: "text" | "markdown" = "text"): string {
    return kind === "markdown" ? formatMarkdown(this) : formatText(this);
  }

  /** Prints the text form (the reference's `display()`). */
  display(): void {
    console.log(this.format("text"));
  }
}
