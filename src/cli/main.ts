// The bioimage-specs command line. A well-formed `validate` line (the command CI runs on every change) is read
// here and run without loading commander; everything else, help and errors included, goes to program.ts.
import { printable } from "../engine/summary/printable.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { forcedKind, readValidateArgs, validateCommandOptions } from "./validate-args.js";

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";

export async function main(argv: readonly string[]): Promise<number> {
  try {
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
