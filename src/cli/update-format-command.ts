// `bioimage-specs update-format`: convert to the latest format; print or write the YAML (`--json`: one JSON
// object with the result, the YAML text when there is no -o, and the summary).
import { dumpDescription, toYamlText } from "../bioimageio/dump.js";
import { InvalidDescriptionError, updateFormat } from "../bioimageio/node/update.js";
import { ReadError } from "../engine/node/read-source.js";
import { ParseError } from "../engine/load/parse.js";
import { printable } from "../engine/summary/printable.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { printJson } from "./output.js";

export async function runUpdateFormat(
  source: string,
  options: { readonly output?: string; readonly keepDefaults: boolean; readonly json: boolean },
): Promise<number> {
  const context = { source, output: options.output ?? null };
  try {
    const description = await updateFormat(source, {
      ...(options.output ? { output: options.output } : {}),
      excludeDefaults: !options.keepDefaults,
    });
    const result = { ...context, ok: description.valid, type: description.type, format_version: description.formatVersion };
    if (!description.valid) {
      process.stderr.write(`${description.validationSummary.format("text")}\n`);
      if (options.json) {
        printJson({ ...result, summary: description.validationSummary });
      }
      return EXIT_INVALID;
    }
    const yaml =
      options.output === undefined ? toYamlText(dumpDescription(description, { excludeDefaults: !options.keepDefaults })) : undefined;
    if (options.json) {
      printJson({ ...result, ...(yaml === undefined ? {} : { yaml }), summary: description.validationSummary });
    } else if (yaml !== undefined) {
      process.stdout.write(yaml);
    } else {
      process.stderr.write(`wrote ${options.output} (${description.type} ${description.formatVersion})\n`);
    }
    return EXIT_OK;
  } catch (error) {
    const code =
      error instanceof ReadError || error instanceof ParseError
        ? EXIT_USAGE
        : error instanceof InvalidDescriptionError
          ? EXIT_INVALID
          : undefined;
    if (code === undefined) {
      throw error;
    }
    process.stderr.write(`${printable((error as Error).message, true)}\n`);
    if (options.json) {
      printJson({ ...context, ok: false, error: (error as Error).message });
    }
    return code;
  }
}
