// Reading a well-formed `validate` command line without commander (main.ts tries that first: loading and setting
// up commander is a few milliseconds of a start-up that should stay close to bare Node's). The choices, defaults
// and version syntax are shared with commander's declaration (program.ts, which also writes the help); the
// option names are listed in both, and test/cli/validate-args.test.ts checks that both read every case alike.
// Anything this reader does not take as it is (help, `--`, an unknown or malformed option, a value commander would
// refuse) goes to commander, which words the error.
import { CROISSANT_PROFILES, type CroissantProfile } from "../croissant/profiles.js";
import { WARNING_LEVEL_NAMES, type WarningLevelName } from "../engine/summary/types.js";
import { type DocumentKind, kindByName } from "../kinds/registry.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output-formats.js";
import type { ValidateCommandOptions } from "./validate-command.js";

/** The flags commander gives the validate action. */
export interface ValidateFlags {
  readonly json?: boolean;
  /** text (default), json (as --json) or github (annotations). */
  readonly format: OutputFormat;
  /** Summary files to write (`--summary`, repeatable): .md, .json or .html. */
  readonly summary: readonly string[];
  readonly formatVersion: string;
  readonly warningLevel: WarningLevelName;
  readonly kind?: string;
  readonly strict?: boolean;
  readonly croissantProfile: CroissantProfile;
  readonly collection?: boolean;
  readonly packageRoot?: string;
  /** true: --io-checks, false: --no-io-checks, undefined: on for local sources. */
  readonly ioChecks?: boolean;
  /** `--shard i/n`: only the i-th of n slices of the inputs. */
  readonly shard?: string;
  /** Worker threads: a count, 0 or "auto" for one per idle core (validate-jobs.ts workerCount). */
  readonly jobs: string;
}

export const VALIDATE_DEFAULTS = {
  format: "text",
  formatVersion: "discover",
  warningLevel: "error",
  croissantProfile: "mlcroissant",
  jobs: "1",
} as const;

/** `i/n` with 1 <= i <= n: the i-th of n slices. */
export function parseShard(value: string): { readonly index: number; readonly count: number } | undefined {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  return match && index >= 1 && index <= count ? { index, count } : undefined;
}

export function isFormatVersion(value: string): boolean {
  return value === "discover" || value === "latest" || /^\d+(\.\d+){0,2}$/.test(value);
}

/** `--jobs`: a number of threads, or "auto" (0 too) for one per idle core. */
export function isJobs(value: string): boolean {
  return value === "auto" || /^\d{1,4}$/.test(value);
}

type OptionSpec =
  | { readonly key: keyof ValidateFlags; readonly flag: true | false }
  | { readonly key: keyof ValidateFlags; readonly accepts: (value: string) => boolean; readonly repeatable?: true };

/** Each option as typed on the command line; program.ts declares the same ones (with their help) to commander. */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  "--json": { key: "json", flag: true },
  "--format": { key: "format", accepts: (v) => (OUTPUT_FORMATS as readonly string[]).includes(v) },
  "--summary": { key: "summary", accepts: () => true, repeatable: true },
  "--format-version": { key: "formatVersion", accepts: isFormatVersion },
  "--warning-level": { key: "warningLevel", accepts: (v) => (WARNING_LEVEL_NAMES as readonly string[]).includes(v) },
  "--kind": { key: "kind", accepts: () => true },
  "--strict": { key: "strict", flag: true },
  "--io-checks": { key: "ioChecks", flag: true },
  "--no-io-checks": { key: "ioChecks", flag: false },
  "--croissant-profile": { key: "croissantProfile", accepts: (v) => (CROISSANT_PROFILES as readonly string[]).includes(v) },
  "--collection": { key: "collection", flag: true },
  "--package-root": { key: "packageRoot", accepts: () => true },
  "--shard": { key: "shard", accepts: (v) => parseShard(v) !== undefined },
  "--jobs": { key: "jobs", accepts: isJobs },
};

/** The options this reader takes (a test checks commander declares the same). */
export const VALIDATE_OPTION_NAMES: readonly string[] = Object.keys(OPTIONS);

/** `validate <files...> [options]` read as commander would, or undefined for commander to read. */
export function readValidateArgs(argv: readonly string[]): { files: string[]; flags: ValidateFlags } | undefined {
  if (argv[0] !== "validate") {
    return undefined;
  }
  const flags: Record<string, unknown> = { ...VALIDATE_DEFAULTS, summary: [] };
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const spec = OPTIONS[equals < 0 ? arg : arg.slice(0, equals)];
    if (spec === undefined) {
      return undefined;
    }
    if ("flag" in spec) {
      if (equals >= 0) {
        return undefined;
      }
      flags[spec.key] = spec.flag;
      continue;
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || (equals < 0 && value.startsWith("-")) || !spec.accepts(value)) {
      return undefined;
    }
    flags[spec.key] = spec.repeatable ? [...(flags[spec.key] as string[]), value] : value;
  }
  return files.length > 0 ? { files, flags: flags as unknown as ValidateFlags } : undefined;
}

/** The kind `--kind` names: undefined when no kind is forced, null when the name is unknown. */
export function forcedKind(flags: ValidateFlags): DocumentKind | undefined | null {
  return flags.kind === undefined ? undefined : (kindByName(flags.kind) ?? null);
}

/** What runValidate takes, from the flags and the forced kind. */
export function validateCommandOptions(flags: ValidateFlags, kind: DocumentKind | undefined): ValidateCommandOptions {
  return {
    output: flags.json === true ? "json" : flags.format,
    summaryFiles: flags.summary,
    formatVersion: flags.formatVersion,
    warningLevel: flags.warningLevel,
    strict: flags.strict === true,
    croissantProfile: flags.croissantProfile,
    collection: flags.collection === true,
    packageRoot: flags.packageRoot,
    ioChecks: flags.ioChecks,
    forcedKind: kind,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
    jobs: flags.jobs === "auto" ? 0 : Number(flags.jobs),
  };
}
