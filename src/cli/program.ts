// The bioimage-specs command line as commander reads it (help, errors, every command). Thin: each command
// imports its module on demand, so start-up stays close to bare Node; main.ts loads this module only for what
// it does not read itself.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DOCUMENT_KINDS } from "../kinds/registry.js";
import { TOOL_VERSION } from "../engine/summary/summary.js";
import type { ExportFlags, SplitsSetFlags } from "./copick-command.js";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { forcedKind, isFormatVersion, isJobs, VALIDATE_DEFAULTS, type ValidateFlags, validateCommandOptions } from "./validate-args.js";
import { CROISSANT_PROFILES } from "../croissant/profiles.js";
import { WARNING_LEVEL_NAMES } from "../engine/summary/types.js";

interface PackageFlags {
  readonly weightsPriorityOrder?: string;
  readonly ioChecks?: boolean;
  readonly allowInvalid?: boolean;
}

function jobsArgument(value: string): string {
  if (isJobs(value)) {
    return value;
  }
  throw new InvalidArgumentError('expected a number of threads, or "auto" (0 too) for one per core');
}

function formatVersionArgument(value: string): string {
  if (isFormatVersion(value)) {
    return value;
  }
  throw new InvalidArgumentError('expected "discover", "latest" or a version like 0.5');
}

/**
 * The program with the command `argv` names, or with every command (for help, and for commander's error on an
 * unknown command): defining the others would only cost start-up time.
 */
export function buildProgram(argv: readonly string[] = []): Command {
  const program = new Command()
    .name("bioimage-specs")
    .description("Validate bioimage.io resource descriptions, Fractal task manifests and copick/Croissant documents.")
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const named = COMMANDS[argv[0] ?? ""];
  for (const add of named ? [named] : Object.values(COMMANDS)) {
    add(program);
  }
  return program;
}

function addValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("validate description files; prints one line per error or warning with file:line:col, then a status line")
    .argument("<files...>", "rdf.yaml / bioimageio.yaml / .json / .ndjson / .csv files")
    .option("--json", "print a JSON array with one validation summary per input, in input order")
    .addOption(
      new Option("--format-version <version>", "discover, latest or X.Y (Fractal manifests: 1 or 2)")
        .default(VALIDATE_DEFAULTS.formatVersion)
        .argParser(formatVersionArgument),
    )
    .addOption(
      new Option("--warning-level <level>", "warnings at or above this level fail")
        .choices(WARNING_LEVEL_NAMES)
        .default(VALIDATE_DEFAULTS.warningLevel),
    )
    .option("--kind <kind>", `treat every input as this kind instead of detecting it (${DOCUMENT_KINDS.map((k) => k.name).join(", ")})`)
    .option("--strict", "also report what the reference accepts silently (unknown keys, lax values)")
    .option("--io-checks", "bioimage.io: check referenced files, sha256 values and test tensors (default for local sources)")
    .option("--no-io-checks", "bioimage.io: skip the checks that read referenced files")
    .addOption(
      new Option("--croissant-profile <profile>", "Croissant checks: mlcroissant's, or also Croissant 1.1's required properties")
        .choices(CROISSANT_PROFILES)
        .default(VALIDATE_DEFAULTS.croissantProfile),
    )
    .option("--collection", "Fractal manifests: also apply the rules fractal-server applies when it collects the tasks")
    .option("--package-root <dir>", "Fractal manifests: the installed package's root; every executable must exist under it")
    .addOption(
      new Option("--jobs <n>", 'validate on n worker threads ("auto" or 0: one per core); the output is the same, in input order')
        .default(VALIDATE_DEFAULTS.jobs)
        .argParser(jobsArgument),
    )
    .action(async (files: string[], flags: ValidateFlags) => {
      const kind = forcedKind(flags);
      if (kind === null) {
        program.error(`error: unknown kind "${flags.kind ?? ""}" (known: ${DOCUMENT_KINDS.map((k) => k.name).join(", ")})`, {
          exitCode: EXIT_USAGE,
        });
      }
      const { runValidate } = await import("./validate-command.js");
      process.exitCode = await runValidate(files, validateCommandOptions(flags, kind ?? undefined));
    });
}

function addPackageCommand(program: Command): void {
  program
    .command("package")
    .description("write a bioimage.io package: a zip (when <output> ends in .zip) or a folder with rdf.yaml and every referenced file")
    .argument("<source>", "rdf.yaml / bioimageio.yaml, a folder, a zip package or an http(s) URL")
    .argument("<output>", "output .zip file or folder")
    .option("--weights-priority-order <formats>", "models: keep only the first of these weights formats present (comma-separated)")
    .option("--no-io-checks", "skip checking referenced files and hashes before packaging")
    .option("--allow-invalid", "keep a zip package that does not validate after writing")
    .action(async (source: string, output: string, options: PackageFlags) => {
      const { runPackage } = await import("./io-commands.js");
      process.exitCode = await runPackage(source, output, {
        ...(options.weightsPriorityOrder ? { weightsPriorityOrder: options.weightsPriorityOrder.split(",").map((s) => s.trim()) } : {}),
        performIoChecks: options.ioChecks !== false,
        allowInvalid: options.allowInvalid === true,
      });
    });
}

function addUpdateHashesCommand(program: Command): void {
  program
    .command("update-hashes")
    .description("recompute every sha256 of a bioimage.io description and write the changed values into the file")
    .argument("<source>", "rdf.yaml / bioimageio.yaml file")
    .option("-o, --output <file>", "write the updated description here instead of in place")
    .action(async (source: string, options: { readonly output?: string }) => {
      const { runUpdateHashes } = await import("./io-commands.js");
      process.exitCode = await runUpdateHashes(source, options.output);
    });
}

function addUpdateFormatCommand(program: Command): void {
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
}

function addCodegenCommand(program: Command): void {
  program
    .command("codegen")
    .description("types for other languages from the canonical specs (quicktype)")
    .addOption(
      new Option("--lang <language>", "target language").choices(["python", "go", "rust", "csharp", "kotlin"]).makeOptionMandatory(),
    )
    .requiredOption("--out <dir>", "directory to write one file per spec into")
    .option("--spec <key...>", "only these specs, e.g. bioimageio/model/0.5 (default: all)")
    .action(async (options: { lang: "python" | "go" | "rust" | "csharp" | "kotlin"; out: string; spec?: string[] }) => {
      const { runCodegen } = await import("./codegen-command.js");
      process.exitCode = await runCodegen(options.lang, options.out, options.spec ?? []);
    });
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const FS_ARGS_HELP = "s3fs arguments for an s3:// Croissant, as in a copick config's croissant_fs_args (default: the AWS environment)";

/** `copick export` and `copick splits list|set|clear` (copick's export-croissant and set-splits). */
function addCopickCommands(program: Command): void {
  const copick = program.command("copick").description("copick projects on Croissant: export, splits");
  const exportCommand = copick
    .command("export")
    .description("export a copick project to <project-root>/Croissant/ (metadata.json + CSVs), byte-compatible with copick")
    .argument("<config>", "copick config JSON (filesystem or mlcroissant)")
    .requiredOption("--project-root <dir>", "project root (a path or s3://bucket/prefix); Croissant/ is written under it")
    .option(
      "--fs-args <json>",
      "s3fs arguments for an s3:// project root, as in a copick config's *_fs_args (default: the AWS environment)",
    )
    .option("--base-url <url>", 'URL that resolves to the project root at read time (required; "" writes relative URLs)')
    .option("--force", "overwrite an existing Croissant/metadata.json")
    .option("--dataset-name <name>", "dataset title (default: the config's name)")
    .option("--description <text>", "dataset description")
    .option("--license <license>", "dataset license", "CC-BY-4.0")
    .option("--cite-as <text>", "citation (default: copick project <name>)")
    .option("--date-published <date>", "ISO date (default: today)")
    .option("--no-file-sha256", "skip the sha256 of picks and meshes")
    .option("--no-validate", "skip checking the result before writing it")
    .option("--runs <names>", "comma-separated runs to include")
    .option("--tomograms <uri>", "copick URI selecting tomograms, e.g. wbp@10.0 (repeatable)", collect, [])
    .option("--features <uri>", "copick URI selecting features, e.g. wbp@10.0:sobel (repeatable)", collect, [])
    .option("--picks <uri>", "copick URI selecting picks, e.g. 'ribosome:*/*' (repeatable)", collect, [])
    .option("--meshes <uri>", "copick URI selecting meshes (repeatable)", collect, [])
    .option("--segmentations <uri>", "copick URI selecting segmentations, e.g. 'membrane:*/*@10.0' (repeatable)", collect, [])
    .option("--objects <names>", "comma-separated objects whose density maps go into objects.csv")
    .option("--tomo-type-map <map>", "rename tomo types, e.g. wbp-raw:wbp,denoised-cryocare:denoised")
    .option("--object-name-map <map>", "rename objects, e.g. cytosolic-ribosome:ribosome")
    .option("--split <NAME=R1,R2>", "assign runs to a split (repeatable)", collect, [])
    .option("--splits-file <csv>", "CSV with columns split,run (--split wins for a split it names)")
    .option("--json", "print the result (metadata path, warnings, row counts) as JSON");
  for (const flag of [
    "--session-id-template <template>",
    "--picks-portal-meta <k=v,...>",
    "--picks-author <names>",
    "--segmentations-portal-meta <k=v,...>",
    "--segmentations-author <names>",
    "--tomograms-portal-meta <k=v,...>",
    "--tomograms-author <names>",
  ]) {
    exportCommand.option(flag, "CryoET Data Portal sources only (refused here)");
  }
  exportCommand.action(async (config: string, flags: ExportFlags) => {
    const { runCopickExport } = await import("./copick-command.js");
    process.exitCode = await runCopickExport(config, flags);
  });

  const splits = copick.command("splits").description("list and edit the ML splits of a copick Croissant (runs.csv)");
  splits
    .command("list")
    .argument("<croissant>", "metadata.json, its Croissant/ folder or the project folder (a path or s3://)")
    .option("--fs-args <json>", FS_ARGS_HELP)
    .option("--json", "print {split: [runs]} as JSON")
    .action(async (croissant: string, flags: { json?: boolean; fsArgs?: string }) => {
      const { runSplitsList } = await import("./copick-command.js");
      process.exitCode = await runSplitsList(croissant, flags);
    });
  splits
    .command("set")
    .argument("<croissant>", "metadata.json, its Croissant/ folder or the project folder, a path or s3:// (Mode A: written in place)")
    .option("--fs-args <json>", FS_ARGS_HELP)
    .option("--split <NAME=R1,R2>", "assign runs to a split (repeatable)", collect, [])
    .option("--splits-file <csv>", "CSV with columns split,run (--split wins for a split it names)")
    .option("--clear-all", "clear every run's split first")
    .option("--unassign <runs>", "comma-separated runs whose split is cleared last")
    .option("--json", "print the resulting {split: [runs]} as JSON")
    .action(async (croissant: string, flags: SplitsSetFlags) => {
      const { runSplitsSet } = await import("./copick-command.js");
      process.exitCode = await runSplitsSet(croissant, flags);
    });
  splits
    .command("clear")
    .argument("<croissant>", "metadata.json, its Croissant/ folder or the project folder (a path or s3://)")
    .option("--fs-args <json>", FS_ARGS_HELP)
    .option("--runs <runs>", "comma-separated runs (default: all)")
    .option("--json", "print the resulting {split: [runs]} as JSON")
    .action(async (croissant: string, flags: { runs?: string; json?: boolean; fsArgs?: string }) => {
      const { runSplitsClear } = await import("./copick-command.js");
      process.exitCode = await runSplitsClear(croissant, flags);
    });
}

/** Each command by name, in the order help lists them. */
const COMMANDS: Readonly<Record<string, (program: Command) => void>> = {
  validate: addValidateCommand,
  package: addPackageCommand,
  "update-hashes": addUpdateHashesCommand,
  "update-format": addUpdateFormatCommand,
  codegen: addCodegenCommand,
  copick: addCopickCommands,
};

/** The command line read by commander: the exit code (a usage error: EXIT_USAGE, worded on stderr). */
export async function runProgram(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram(argv).parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return typeof process.exitCode === "number" ? process.exitCode : EXIT_OK;
}
