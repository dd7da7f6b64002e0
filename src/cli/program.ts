// The bioimage-specs command line as commander reads it (help, errors, every command). Thin: each command
// imports its module on demand, so start-up stays close to bare Node; main.ts loads this module only for what
// it does not read itself.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DOCUMENT_KINDS } from "../kinds/registry.js";
import { TOOL_VERSION } from "../engine/summary/summary.js";
import type { ExportFlags, SplitsSetFlags } from "./copick-command.js";
import type { MergeSummariesFlags } from "./merge-summaries-command.js";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import {
  forcedKind,
  isFormatVersion,
  isJobs,
  parseShard,
  VALIDATE_DEFAULTS,
  type ValidateFlags,
  validateCommandOptions,
} from "./validate-args.js";
import { OUTPUT_FORMATS } from "./output-formats.js";
import { CROISSANT_PROFILES } from "../croissant/profiles.js";
import { WARNING_LEVEL_NAMES } from "../engine/summary/types.js";
import { editDistance } from "../engine/edit-distance.js";

interface PackageFlags {
  readonly weightsPriorityOrder?: string;
  readonly ioChecks?: boolean;
  readonly allowInvalid?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

/** The examples at the end of a command's --help. */
function examples(command: Command, lines: readonly string[]): Command {
  return command.addHelpText("after", `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`);
}

function shardArgument(value: string): string {
  if (parseShard(value) !== undefined) {
    return value;
  }
  throw new InvalidArgumentError("expected i/n with 1 <= i <= n, e.g. 2/8");
}

function jobsArgument(value: string): string {
  if (isJobs(value)) {
    return value;
  }
  throw new InvalidArgumentError('expected a number of threads, or "auto" (0 too) for one per idle core');
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
  examples(program, [
    "bioimage-specs validate rdf.yaml",
    "bioimage-specs validate --format github --summary $GITHUB_STEP_SUMMARY models/*/rdf.yaml",
    "bioimage-specs package rdf.yaml model.zip",
    "bioimage-specs <command> --help",
  ]);
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
    .option("--json", "print a JSON array with one validation summary per input, in input order (as --format json)")
    .addOption(
      new Option("--format <format>", "text: compiler-style lines; json: as --json; github: GitHub Actions annotations")
        .choices(OUTPUT_FORMATS)
        .default(VALIDATE_DEFAULTS.format),
    )
    .option(
      "--summary <file>",
      "also write the summaries to <file>: .md (default; e.g. $GITHUB_STEP_SUMMARY), .json or .html (repeatable)",
      collect,
      [],
    )
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
      new Option(
        "--shard <i/n>",
        "validate only the i-th of n slices of the inputs (sorted, every n-th: one slice per job of a batch)",
      ).argParser(shardArgument),
    )
    .addOption(
      new Option(
        "--jobs <n>",
        'validate on n threads ("auto" or 0: one per idle core, 400 inputs each at least); the output is the same, in input order',
      )
        .default(VALIDATE_DEFAULTS.jobs)
        .argParser(jobsArgument),
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 every input passes, 1 an input fails validation, 2 usage errors or unreadable inputs.\n" +
        "\nExamples:\n" +
        "  $ bioimage-specs validate rdf.yaml                     # a description and its files (IO checks)\n" +
        "  $ bioimage-specs validate model.zip https://host/x/rdf.yaml --no-io-checks\n" +
        "  $ bioimage-specs validate --format github --summary $GITHUB_STEP_SUMMARY **/rdf.yaml   # in GitHub Actions\n" +
        "  $ bioimage-specs validate --json __FRACTAL_MANIFEST__.json > summary.json\n" +
        "  $ bioimage-specs validate --jobs auto --no-io-checks collection/*/rdf.yaml   # on the idle cores\n" +
        "  $ bioimage-specs validate --strict --collection --package-root pkg __FRACTAL_MANIFEST__.json\n" +
        "  $ bioimage-specs validate project/Croissant/metadata.json project/Croissant/*.csv\n",
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
    .option("--force", "replace <output> if it exists (default: refuse)")
    .option("--json", "print the result as JSON ({ source, output, ok, kind, bytes } or { ..., error })")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  $ bioimage-specs package rdf.yaml model.zip\n" +
        "  $ bioimage-specs package https://host/x/rdf.yaml out/ --weights-priority-order onnx,torchscript\n" +
        "  $ bioimage-specs package rdf.yaml model.zip --force --json\n",
    )
    .action(async (source: string, output: string, options: PackageFlags) => {
      const { runPackage } = await import("./io-commands.js");
      process.exitCode = await runPackage(source, output, {
        ...(options.weightsPriorityOrder ? { weightsPriorityOrder: options.weightsPriorityOrder.split(",").map((s) => s.trim()) } : {}),
        performIoChecks: options.ioChecks !== false,
        allowInvalid: options.allowInvalid === true,
        force: options.force === true,
        json: options.json === true,
      });
    });
}

function addUpdateHashesCommand(program: Command): void {
  program
    .command("update-hashes")
    .description("recompute every sha256 of a bioimage.io description and write the changed values into the file")
    .argument("<source>", "rdf.yaml / bioimageio.yaml file")
    .option("-o, --output <file>", "write the updated description here instead of in place")
    .option("--json", "print the result as JSON ({ source, output, ok, changes: [{ path, from, to }], summary })")
    .addHelpText(
      "after",
      "\nOnly the hash values change in the file (a missing sha256 is added after its source); comments and layout stay.\n" +
        "\nExamples:\n" +
        "  $ bioimage-specs update-hashes rdf.yaml\n" +
        "  $ bioimage-specs update-hashes rdf.yaml -o updated.yaml --json\n",
    )
    .action(async (source: string, options: { readonly output?: string; readonly json?: boolean }) => {
      const { runUpdateHashes } = await import("./io-commands.js");
      process.exitCode = await runUpdateHashes(source, options.output, options.json === true);
    });
}

function addUpdateFormatCommand(program: Command): void {
  program
    .command("update-format")
    .description("convert a description to the latest format version; YAML on stdout, or written to -o (never when invalid)")
    .argument("<source>", "rdf.yaml / bioimageio.yaml / .json file")
    .option("-o, --output <file>", "write the converted description here (atomically) instead of stdout")
    .option("--keep-defaults", "also write fields that equal their default")
    .option("--json", "print the result as JSON ({ source, output, ok, type, format_version, yaml (without -o), summary })")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  $ bioimage-specs update-format rdf.yaml                 # the 0.5 YAML on stdout\n" +
        "  $ bioimage-specs update-format rdf.yaml -o rdf.yaml     # in place, only when the result is valid\n",
    )
    .action(async (source: string, options: { output?: string; keepDefaults?: boolean; json?: boolean }) => {
      const { runUpdateFormat } = await import("./update-format-command.js");
      process.exitCode = await runUpdateFormat(source, {
        ...(options.output ? { output: options.output } : {}),
        keepDefaults: options.keepDefaults === true,
        json: options.json === true,
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
    .addHelpText(
      "after",
      "\nNeeds quicktype-core, an optional peer dependency: npm install quicktype-core@^26 next to bioimage-specs.\n" +
        "\nExamples:\n" +
        "  $ bioimage-specs codegen --lang python --out types/\n" +
        "  $ bioimage-specs codegen --lang go --out go/ --spec bioimageio/model/0.5 --spec fractal/manifest/2\n",
    )
    .action(async (options: { lang: "python" | "go" | "rust" | "csharp" | "kotlin"; out: string; spec?: string[] }) => {
      const { runCodegen } = await import("./codegen-command.js");
      process.exitCode = await runCodegen(options.lang, options.out, options.spec ?? []);
    });
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const FS_ARGS_HELP = "s3fs arguments for an s3:// Croissant, as in a copick config's croissant_fs_args (default: the AWS environment)";

/** `copick export` and `copick splits list|set|clear` (copick's export-croissant and set-splits). */
function addCopickCommands(program: Command): void {
  const copick = examples(program.command("copick").description("copick projects on Croissant: export, splits"), [
    "bioimage-specs copick export filesystem.json --project-root proj --base-url https://data.example.org/proj",
    "bioimage-specs copick splits list proj",
  ]);
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
    .option("--strict", "fail (exit 1, nothing written) when no run would be exported, instead of warning")
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
  examples(exportCommand, [
    "bioimage-specs copick export filesystem.json --project-root proj --base-url https://data.example.org/proj",
    'bioimage-specs copick export filesystem.json --project-root proj --base-url "" --split train=TS_001,TS_002 --split val=TS_003',
    'bioimage-specs copick export filesystem.json --project-root proj --base-url "" --runs TS_001 --strict --json',
  ]);
  exportCommand.action(async (config: string, flags: ExportFlags) => {
    const { runCopickExport } = await import("./copick-command.js");
    process.exitCode = await runCopickExport(config, flags);
  });

  const splits = examples(copick.command("splits").description("list and edit the ML splits of a copick Croissant (runs.csv)"), [
    "bioimage-specs copick splits list proj",
    "bioimage-specs copick splits set proj --split test=TS_004 --unassign TS_001",
    "bioimage-specs copick splits clear proj --runs TS_001",
  ]);
  examples(splits.command("list").description("print each split with its runs, and the unassigned runs"), [
    "bioimage-specs copick splits list proj",
    "bioimage-specs copick splits list s3://bucket/proj/Croissant/metadata.json --json",
  ])
    .argument("<croissant>", "metadata.json, its Croissant/ folder or the project folder (a path or s3://)")
    .option("--fs-args <json>", FS_ARGS_HELP)
    .option("--json", "print {split: [runs]} as JSON")
    .action(async (croissant: string, flags: { json?: boolean; fsArgs?: string }) => {
      const { runSplitsList } = await import("./copick-command.js");
      process.exitCode = await runSplitsList(croissant, flags);
    });
  examples(splits.command("set").description("assign runs to splits in one commit (copick's set-splits)"), [
    "bioimage-specs copick splits set proj --split train=TS_001,TS_002 --split val=TS_003",
    "bioimage-specs copick splits set proj --splits-file splits.csv --clear-all",
  ])
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
  examples(splits.command("clear").description("clear the split of some runs (default: all)"), [
    "bioimage-specs copick splits clear proj",
    "bioimage-specs copick splits clear proj --runs TS_001,TS_002",
  ])
    .argument("<croissant>", "metadata.json, its Croissant/ folder or the project folder (a path or s3://)")
    .option("--fs-args <json>", FS_ARGS_HELP)
    .option("--runs <runs>", "comma-separated runs (default: all)")
    .option("--json", "print the resulting {split: [runs]} as JSON")
    .action(async (croissant: string, flags: { runs?: string; json?: boolean; fsArgs?: string }) => {
      const { runSplitsClear } = await import("./copick-command.js");
      process.exitCode = await runSplitsClear(croissant, flags);
    });
}

function addLspCommand(program: Command): void {
  examples(
    program
      .command("lsp")
      .description("run the language server (diagnostics, hover, completion, code actions) for editors")
      .option("--stdio", "talk JSON-RPC over stdin and stdout (the only transport; editors pass it)"),
    ["bioimage-specs lsp --stdio   # as an editor starts it"],
  ).action(async () => {
    const { runLanguageServer } = await import("../lsp/server.js");
    runLanguageServer(); // it ends the process when the editor says `exit`
  });
}

function addMergeSummariesCommand(program: Command): void {
  examples(
    program
      .command("merge-summaries")
      .description("merge the --json outputs of several validate runs (the shards of a batch) into one result and exit code")
      .argument("<files...>", "JSON arrays of validation summaries, as `validate --json` prints them")
      .option("--json", "print the merged JSON array (sorted by source) instead of the failures and the total line")
      .option("--summary <file>", "also write the merged summaries to <file>: .md, .json or .html (repeatable)", collect, [])
      .addHelpText(
        "after",
        "\nExit codes: as one validate run over every input: 0 all pass, 1 one fails, 2 one was unreadable (or a file here is).\n",
      ),
    [
      "bioimage-specs validate --json --shard 1/2 models/*/rdf.yaml > shard-1.json   # on one machine",
      "bioimage-specs validate --json --shard 2/2 models/*/rdf.yaml > shard-2.json   # on another",
      "bioimage-specs merge-summaries --summary report.html shard-*.json",
    ],
  ).action(async (files: string[], flags: MergeSummariesFlags) => {
    const { runMergeSummaries } = await import("./merge-summaries-command.js");
    process.exitCode = await runMergeSummaries(files, flags);
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
  "merge-summaries": addMergeSummariesCommand,
  lsp: addLspCommand,
};

/** The command a mistyped one most likely meant: a prefix of it (`validate-format`), or a few edits away. */
export function suggestCommand(name: string): string | undefined {
  const known = Object.keys(COMMANDS);
  const lower = name.toLowerCase();
  const prefixed = known.filter((command) => lower.startsWith(command) || command.startsWith(lower)).sort((a, b) => b.length - a.length);
  if (prefixed[0] !== undefined && lower.length >= 3) {
    return prefixed[0];
  }
  const [best] = known.map((command) => ({ command, d: editDistance(lower, command) })).sort((a, b) => a.d - b.d);
  return best && best.d <= Math.max(2, Math.floor(best.command.length / 3)) ? best.command : undefined;
}

/** The command line read by commander: the exit code (a usage error: EXIT_USAGE, worded on stderr). */
export async function runProgram(argv: readonly string[]): Promise<number> {
  const name = argv[0];
  if (name !== undefined && !name.startsWith("-") && name !== "help" && COMMANDS[name] === undefined) {
    const suggestion = suggestCommand(name);
    process.stderr.write(
      `bioimage-specs: unknown command '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; see bioimage-specs --help\n`,
    );
    return EXIT_USAGE;
  }
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
