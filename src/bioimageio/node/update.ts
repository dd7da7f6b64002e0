// updateFormat / saveBioimageioYamlOnly (Node): convert a description to the latest format and write it.
import { writeFileAtomic } from "../../engine/node/atomic-write.js";
import { buildDescription, type LoadedDescription, type ResourceDescr } from "../build.js";
import { type DumpOptions, dumpDescription, toYamlText } from "../dump.js";
import { loadDescription } from "./load.js";
import { checkDocumentValue } from "../../engine/load/limits.js";

/** A description that cannot be written: it is invalid (after conversion); the summary says why. */
export class InvalidDescriptionError extends Error {
  readonly description: LoadedDescription;
  constructor(message: string, description: LoadedDescription) {
    super(message);
    this.name = "InvalidDescriptionError";
    this.description = description;
  }
}

/** Writes the description's YAML (temp file + rename: never a partial file). */
export async function saveBioimageioYamlOnly(rd: ResourceDescr, file: string, options: DumpOptions = {}): Promise<void> {
  await writeFileAtomic(file, toYamlText(dumpDescription(rd, options)));
}

export interface UpdateFormatOptions {
  /** Where to write the converted YAML; nothing is written when absent. */
  readonly output?: string;
  /** Leave out fields equal to their defaults (default true, as the reference). */
  readonly excludeDefaults?: boolean;
  /** Check referenced files while loading a file source (the reference's `perform_io_checks`; default false: converting needs no files). */
  readonly performIoChecks?: boolean;
}

/**
 * Converts a description (a file path, parsed content, or a description) to the latest format version.
 * Unlike the reference, an invalid result is never written: it throws InvalidDescriptionError instead.
 */
export async function updateFormat(
  source: string | ResourceDescr | Record<string, unknown>,
  options: UpdateFormatOptions = {},
): Promise<LoadedDescription> {
  if (typeof source !== "string") {
    checkDocumentValue(source, "in-memory");
  }
  const description =
    typeof source === "string"
      ? await loadDescription(source, { formatVersion: "latest", performIoChecks: options.performIoChecks ?? false })
      : await buildDescription(isDescription(source) ? dumpDescription(source) : source, { formatVersion: "latest" });
  if (options.output !== undefined) {
    if (!description.valid) {
      throw new InvalidDescriptionError(
        `${options.output}: not written, the converted description is invalid:\n${description.validationSummary.format("text")}`,
        description,
      );
    }
    await saveBioimageioYamlOnly(description, options.output, { excludeDefaults: options.excludeDefaults ?? true });
  }
  return description;
}

function isDescription(value: ResourceDescr | Record<string, unknown>): value is ResourceDescr {
  return value.valid === true && "specKey" in value && "validationSummary" in value;
}
