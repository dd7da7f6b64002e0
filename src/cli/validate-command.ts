// `bioimage-specs validate`: read, detect the kind (or use --kind), validate, print text or JSON, exit code.
import { dirname } from "node:path";
import { nodeHashFile } from "../io/copick-files.js";
import { fileExists } from "../io/file-exists.js";
import { ReadError, readSourceFile } from "../io/read-source.js";
import { detectKind, type DocumentKind, type KindValidationOptions } from "../kinds/registry.js";
import { ParseError } from "../load/parse.js";
import { detail, ValidationSummary } from "../summary/summary.js";
import { ERROR } from "../summary/types.js";

export interface ValidateCommandOptions extends KindValidationOptions {
  readonly json: boolean;
  /** Forced kind; otherwise detected from each document's content. */
  readonly kind?: DocumentKind;
}

/** A summary for an input that could not be read or parsed, so that --json keeps one entry per input. */
function unreadableSummary(path: string, error: ReadError | ParseError): ValidationSummary {
  const position = error instanceof ParseError ? { file: path, line: error.line, col: error.col } : undefined;
  return new ValidationSummary({
    name: "bioimage-specs validation",
    source_name: path,
    type: "unknown",
    format_version: "unknown",
    details: [
      detail("read and parse the source", [
        {
          loc: [],
          msg: error.reason,
          type: error instanceof ParseError ? "parse_error" : "read_error",
          severity: ERROR,
          rule: "load",
          ...(position ? { position } : {}),
        },
      ]),
    ],
  });
}

export async function runValidate(files: readonly string[], options: ValidateCommandOptions): Promise<number> {
  let code = 0;
  const summaries: ValidationSummary[] = [];
  for (const file of files) {
    try {
      const source = await readSourceFile(file);
      const kind = options.kind ?? detectKind(source.value, file);
      // Files next to a Croissant are at hand: their checksums are verified.
      const summary = await kind.validate(source, { ...options, hashFile: nodeHashFile(dirname(file)), fileExists });
      summaries.push(summary);
      code = Math.max(code, summary.ok ? 0 : 1);
      if (!options.json) {
        process.stdout.write(`${summary.format("text")}\n`);
      }
    } catch (error) {
      if (!(error instanceof ReadError || error instanceof ParseError)) {
        throw error;
      }
      code = 2;
      summaries.push(unreadableSummary(file, error));
      if (!options.json) {
        process.stderr.write(`${error.message}\n`);
      }
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
  }
  return code;
}
