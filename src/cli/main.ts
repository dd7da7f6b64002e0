// The bioimage-specs command line. Thin: each command imports its module on demand, so start-up stays
// close to bare Node. Exit codes: 0 all inputs pass, 1 any input fails validation, 2 usage or read errors.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { TOOL_VERSION } from "../summary/summary.js";

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const WARNING_LEVEL_NAMES = ["info", "warning", "alert", "error"] as const;

function formatVersionArgument(value: string): string {
  if (value === "discover" || value === "latest" || /^\d+(\.\d+){0,2}$/.test(value)) {
    return value;
  }
  throw new InvalidArgumentError('expected "discover", "latest" or a version like 0.5');
}

export function buildProgram(): Command {
  const program = new Command()
    .name("bioimage-specs")
    .description("Validate bioimage.io resource descriptions (and, as they land, Fractal manifests and copick/Croissant projects).")
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command("validate")
    .description("validate description files; prints one line per error or warning with file:line:col, then a status line")
    .argument("<files...>", "rdf.yaml / bioimageio.yaml / .json files")
    .option("--json", "print a JSON array with one validation summary per input, in input order")
    .addOption(new Option("--format-version <version>", "discover, latest or X.Y").default("discover").argParser(formatVersionArgument))
    .addOption(new Option("--warning-level <level>", "warnings at or above this level fail").choices(WARNING_LEVEL_NAMES).default("error"))
    .action(
      async (files: string[], options: { json?: boolean; formatVersion: string; warningLevel: (typeof WARNING_LEVEL_NAMES)[number] }) => {
        const { runValidate } = await import("./validate-command.js");
        process.exitCode = await runValidate(files, {
          json: options.json === true,
          formatVersion: options.formatVersion,
          warningLevel: options.warningLevel,
        });
      },
    );
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
