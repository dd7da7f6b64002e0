// `bioimage-specs update-format`: convert to the latest format; print or write the YAML.
import { dumpDescription, toYamlText } from "../bioimageio/dump.js";
import { InvalidDescriptionError, updateFormat } from "../bioimageio/node/update.js";
import { ReadError } from "../engine/node/read-source.js";
import { ParseError } from "../engine/load/parse.js";
import { printable } from "../engine/summary/printable.js";

export async function runUpdateFormat(
  source: string,
  options: { readonly output?: string; readonly keepDefaults: boolean },
): Promise<number> {
  try {
    const description = await updateFormat(source, {
      ...(options.output ? { output: options.output } : {}),
      excludeDefaults: !options.keepDefaults,
    });
    if (!description.valid) {
      process.stderr.write(`${description.validationSummary.format("text")}\n`);
      return 1;
    }
    if (options.output === undefined) {
      process.stdout.write(toYamlText(dumpDescription(description, { excludeDefaults: !options.keepDefaults })));
    } else {
      process.stderr.write(`wrote ${options.output} (${description.type} ${description.formatVersion})\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ReadError || error instanceof ParseError) {
      process.stderr.write(`${printable(error.message, true)}\n`);
      return 2;
    }
    if (error instanceof InvalidDescriptionError) {
      process.stderr.write(`${printable(error.message, true)}\n`);
      return 1;
    }
    throw error;
  }
}
