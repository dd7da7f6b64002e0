// The bioimage-specs command line. A well-formed `validate` line (the command CI runs on every change) is read
// here and run without loading commander; everything else, help and errors included, goes to program.ts.
import { printable } from "../engine/summary/printable.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { forcedKind, readValidateArgs, validateCommandOptions } from "./validate-args.js";

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";

/**
 * The source of `package <source> <output.zip>` (flags anywhere), read before commander: its zip threads then boot
 * while the rest of the CLI loads. Undefined for anything else.
 */
export function zipPackageSource(argv: readonly string[]): string | undefined {
  if (argv[0] !== "package") {
    return undefined;
  }
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--weights-priority-order") {
      i++; // its value
    } else if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (!arg.startsWith("-")) {
      positional.push(arg);
    }
  }
  const [source, output] = positional;
  return positional.length === 2 && source !== undefined && /\.zip$/i.test(output ?? "") ? source : undefined;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const source = zipPackageSource(argv);
    if (source !== undefined) {
      const { startZipThreadsAhead } = await import("../bioimageio/node/zip-threads.js");
      startZipThreadsAhead(source);
    }
    const validate = readValidateArgs(argv);
    const kind = validate && forcedKind(validate.flags);
    if (validate !== undefined && kind !== null) {
      const { runValidate } = await import("./validate-command.js");
      return await runValidate(validate.files, validateCommandOptions(validate.flags, kind));
    }
    const { runProgram } = await import("./program.js");
    return await runProgram(argv);
  } catch (error) {
    process.stderr.write(`bioimage-specs: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
}
