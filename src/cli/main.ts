// The bioimage-specs command line. Thin: each command imports its module on demand, so start-up stays
// close to bare Node. Exit codes: 0 all inputs pass, 1 any input fails validation, 2 usage or read errors.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DOCUMENT_KINDS, kindByName } from "../kinds/registry.js";
import { TOOL_VERSION } from "../summary/summary.js";

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const WARNING_LEVEL_NAMES = ["info", "warning", "alert", "error"] as const;

interface ValidateFlags {
  readonly json?: boolean;
  readonly formatVersion: string;
  readonly warningLevel: (typeof WARNING_LEVEL_NAMES)[number];
  readonly kind?: string;
  readonly strict?: boolean;
  readonly croissantProfile: "mlcroissant" | "spec-1.1";
  readonly collection?: boolean;
  readonly packageRoot?: string;
}

function formatVersionArgument(value: string): string {
  if (value === "discover" || value === "latest" || /^\d+(\.\d+){0,2}$/.test(value)) {
    return value;
  }
  throw new InvalidArgumentError('expected "discover", "latest" or a version like 0.5');
}

export function buildProgram(): Command {
  const program = new Command()
    .name("bioimage-specs")
    .description("Validate bioimage.io resource descriptions, Fractal task manifests and copick/Croissant documents.")
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command("validate")
    .description("validate description files; prints one line per error or warning with file:line:col, then a status line")
    .argument("<files...>", "rdf.yaml / bioimageio.yaml / .json / .ndjson / .csv files")
    .option("--json", "print a JSON array with one validation summary per input, in input order")
    .addOption(
      new Option("--format-version <version>", "discover, latest or X.Y (Fractal manifests: 1 or 2)")
        .default("discover")
        .argParser(formatVersionArgument),
    )
    .addOption(new Option("--warning-level <level>", "warnings at or above this level fail").choices(WARNING_LEVEL_NAMES).default("error"))
    .option("--kind <kind>", `treat every input as this kind instead of detecting it (${DOCUMENT_KINDS.map((k) => k.name).join(", ")})`)
    .option("--strict", "also report what the reference accepts silently (unknown keys, lax values)")
    .addOption(
      new Option("--croissant-profile <profile>", "Croissant checks: mlcroissant's, or also Croissant 1.1's required properties")
        .choices(["mlcroissant", "spec-1.1"])
        .default("mlcroissant"),
    )
    .option("--collection", "Fractal manifests: also apply the rules fractal-server applies when it collects the tasks")
    .option("--package-root <dir>", "Fractal manifests: the installed package's root; every executable must exist under it")
    .action(async (files: string[], options: ValidateFlags) => {
      const kind = options.kind === undefined ? undefined : kindByName(options.kind);
      if (options.kind !== undefined && kind === undefined) {
        program.error(`error: unknown kind "${options.kind}" (known: ${DOCUMENT_KINDS.map((k) => k.name).join(", ")})`, {
          exitCode: EXIT_USAGE,
        });
      }
      const { runValidate } = await import("./validate-command.js");
      process.exitCode = await runValidate(files, {
        json: options.json === true,
        formatVersion: options.formatVersion,
        warningLevel: options.warningLevel,
        strict: options.strict === true,
        croissantProfile: options.croissantProfile,
        collection: options.collection === true,
        ...(options.packageRoot !== undefined ? { packageRoot: options.packageRoot } : {}),
        ...(kind ? { kind } : {}),
      });
    });
  program
    .command("update-format")
    .description("convert a description to the latest format version; YAML on stdout, or written to -o (never when invalid)")
    .argument("<source>", "rdf.yaml / bioimageio.yaml / .json file")
    .option("-o, --output <file>", "write the converted description here (atomically) instead of stdout")
    .option("--keep-defaults", "also write fields that equal their default")
    .action(async (source: string, options: { output?: string; keepDefaults?: boolean }) => {
      const { runUpdateFormat } = await import("./update-format-command.js");
      process.exitCode = await runUpdateFormat(source, {
        ...(options.output ? { output: options.output } : {}),
        keepDefaults: options.keepDefaults === true,
      });
    });
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`bioimage-specs: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return typeof process.exitCode === "number" ? process.exitCode : EXIT_OK;
}
