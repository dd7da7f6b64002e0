// `bioimage-specs copick export` and `bioimage-specs copick splits list|set|clear`: copick's export-croissant and
// set-splits. Errors are one line each on stderr (exit 2; 1 when the export would not validate).
import { readFile } from "node:fs/promises";
import { CopickError } from "../copick/errors.js";
import { ExportValidationError, exportCroissant } from "../copick/node/export.js";
import { CopickRootMLC } from "../copick/node/mlc-root.js";
import { openCopickProject } from "../copick/node/open.js";
import { type FsArgs, child, exists, locate, locationText, readOptional } from "../copick/node/location.js";
import { isRecord } from "../engine/records.js";
import { compareCodePoints } from "../engine/python-repr.js";
import { checkSplitRuns, mergeSplitInputs, parseSplitsCsv, splitAssignments } from "../copick/splits.js";
import { ReadError } from "../engine/node/read-source.js";
import { ParseError } from "../engine/load/parse-error.js";
import { printable } from "../engine/summary/printable.js";
import { EXIT_INVALID } from "./exit-codes.js";
import { progressLine } from "./output.js";

export interface ExportFlags {
  readonly projectRoot: string;
  /** `--fs-args`: s3fs arguments (JSON) for an s3:// project root. */
  readonly fsArgs?: string;
  readonly baseUrl?: string;
  readonly force?: boolean;
  readonly datasetName?: string;
  readonly description?: string;
  readonly license?: string;
  readonly citeAs?: string;
  readonly datePublished?: string;
  /** commander's `--no-file-sha256`. */
  readonly fileSha256: boolean;
  /** commander's `--no-validate`. */
  readonly validate: boolean;
  readonly runs?: string;
  readonly tomograms: string[];
  readonly features: string[];
  readonly picks: string[];
  readonly meshes: string[];
  readonly segmentations: string[];
  readonly objects?: string;
  readonly tomoTypeMap?: string;
  readonly objectNameMap?: string;
  readonly split: string[];
  readonly splitsFile?: string;
  readonly sessionIdTemplate?: string;
  readonly picksPortalMeta?: string;
  readonly picksAuthor?: string;
  readonly segmentationsPortalMeta?: string;
  readonly segmentationsAuthor?: string;
  readonly tomogramsPortalMeta?: string;
  readonly tomogramsAuthor?: string;
  readonly json?: boolean;
  /** An export without runs fails (exit 1) instead of warning. */
  readonly strict?: boolean;
}

/** copick's parse_list: comma-separated, trimmed. */
const list = (value: string | undefined): string[] | undefined => (value ? value.split(",").map((item) => item.trim()) : undefined);

/** copick's parse_mapping: `a:b,c:d` (an entry without `:` maps to itself). */
function mapping(value: string | undefined): Map<string, string> | undefined {
  if (!value) {
    return undefined;
  }
  return new Map(
    value.split(",").map((pair) => {
      const at = pair.indexOf(":");
      return at < 0 ? [pair.trim(), pair.trim()] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** `k=v,k=v` (copick's `_parse_kv`): only whether it is set matters here (portal-only options are refused). */
function keyValues(value: string | undefined): Record<string, string> | undefined {
  if (!value) {
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const pair of value
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const at = pair.indexOf("=");
    if (at < 0) {
      throw new CopickError(`Expected 'key=value' in '${pair}'.`);
    }
    out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return out;
}

async function splitsInput(options: readonly string[], file: string | undefined): Promise<Map<string, string[]> | undefined> {
  let fromFile: Map<string, string[]> | undefined;
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new ReadError(file, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
    }
    fromFile = parseSplitsCsv(text, file);
  }
  return mergeSplitInputs(options, fromFile);
}

/** `--fs-args` JSON: an object of s3fs arguments. */
function fsArgsOf(json: string | undefined): FsArgs | undefined {
  if (json === undefined) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new CopickError(`--fs-args is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) {
    throw new CopickError('--fs-args must be a JSON object, e.g. \'{"endpoint_url": "http://localhost:9000"}\'');
  }
  return value;
}

/** Runs `work`; a CopickError, ReadError or ParseError becomes its message on stderr and exit code 2. */
async function reported(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CopickError || error instanceof ReadError || error instanceof ParseError) {
      process.stderr.write(`bioimage-specs: ${printable(error.message, true)}\n`);
      return error instanceof ExportValidationError ? 1 : 2;
    }
    throw error;
  }
}

export function runCopickExport(configPath: string, flags: ExportFlags): Promise<number> {
  return reported(async () => {
    const root = await openCopickProject(configPath);
    // An export without runs is almost always a wrong overlay/static root or --runs: said before anything is written
    const selected = list(flags.runs);
    const runs = (await root.runs()).filter((run) => selected === undefined || selected.includes(run.name));
    if (runs.length === 0) {
      const where = selected === undefined ? "under the project's roots" : `named by --runs (${selected.join(", ")})`;
      process.stderr.write(`warning: ${configPath}: no runs ${where}: the export would describe no data\n`);
      if (flags.strict) {
        process.stderr.write("bioimage-specs: nothing exported (--strict)\n");
        return EXIT_INVALID;
      }
    }
    const { settings } = await import("../engine/node/settings.js");
    const progress = flags.fileSha256 ? progressLine(settings().ci) : undefined;
    let result;
    try {
      result = await exportCroissant(root, flags.projectRoot, {
        fsArgs: fsArgsOf(flags.fsArgs),
        baseUrl: flags.baseUrl,
        datasetName: flags.datasetName,
        description: flags.description,
        license: flags.license,
        citeAs: flags.citeAs,
        datePublished: flags.datePublished,
        validate: flags.validate,
        computeFileSha256: flags.fileSha256,
        force: flags.force === true,
        runs: list(flags.runs),
        tomograms: flags.tomograms.length > 0 ? flags.tomograms : undefined,
        features: flags.features.length > 0 ? flags.features : undefined,
        picks: flags.picks.length > 0 ? flags.picks : undefined,
        meshes: flags.meshes.length > 0 ? flags.meshes : undefined,
        segmentations: flags.segmentations.length > 0 ? flags.segmentations : undefined,
        objects: list(flags.objects),
        tomoTypeMap: mapping(flags.tomoTypeMap),
        objectNameMap: mapping(flags.objectNameMap),
        splits: await splitsInput(flags.split, flags.splitsFile),
        sessionIdTemplate: flags.sessionIdTemplate,
        picksPortalMeta: keyValues(flags.picksPortalMeta),
        picksAuthor: list(flags.picksAuthor),
        segmentationsPortalMeta: keyValues(flags.segmentationsPortalMeta),
        segmentationsAuthor: list(flags.segmentationsAuthor),
        tomogramsPortalMeta: keyValues(flags.tomogramsPortalMeta),
        tomogramsAuthor: list(flags.tomogramsAuthor),
        onProgress: progress && (({ files, bytes }) => progress.update(`hashing picks and meshes: ${files} files`, bytes)),
      });
    } finally {
      progress?.done();
    }
    for (const warning of result.warnings) {
      process.stderr.write(`warning: ${warning}\n`);
    }
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const counts = Object.entries(result.rowCounts)
        .map(([id, n]) => `${n} ${id.replace("copick/", "")}`)
        .join(", ");
      process.stdout.write(`wrote ${result.metadataPath} (${counts})\n`);
    }
    return 0;
  });
}

/** The metadata.json of `<croissant>` (a path or s3://): the file itself, or a Croissant folder, or a project folder. */
async function croissantPath(path: string, fsArgs: FsArgs | undefined): Promise<string> {
  const location = locate(path, fsArgs);
  if (location.kind === "local" && !(await exists(location))) {
    throw new ReadError(path, "no such file");
  }
  const isFile = async (candidate: typeof location): Promise<boolean> => {
    try {
      return (await readOptional(candidate)) !== undefined;
    } catch (error) {
      if (error instanceof ReadError && error.reason === "is a directory") {
        return false;
      }
      throw error;
    }
  };
  for (const candidate of [location, child(location, "metadata.json"), child(location, "Croissant", "metadata.json")]) {
    if (await isFile(candidate)) {
      return locationText(candidate);
    }
  }
  throw new ReadError(path, "no metadata.json there, in this folder or in its Croissant/");
}

async function openCroissant(path: string, fsArgsJson: string | undefined): Promise<CopickRootMLC> {
  const fsArgs = fsArgsOf(fsArgsJson);
  return CopickRootMLC.open(await croissantPath(path, fsArgs), { fsArgs });
}

function printSplits(root: CopickRootMLC, json: boolean): void {
  const splits = root.splits();
  if (json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(splits), null, 2)}\n`);
    return;
  }
  const unassigned = root.index.runNames.filter((run) => root.index.getSplit(run) === null).sort(compareCodePoints);
  for (const [split, runs] of splits) {
    process.stdout.write(`${split} (${runs.length}): ${runs.join(", ")}\n`);
  }
  process.stdout.write(`unassigned (${unassigned.length})${unassigned.length > 0 ? `: ${unassigned.join(", ")}` : ""}\n`);
}

export function runSplitsList(croissant: string, flags: { json?: boolean; fsArgs?: string }): Promise<number> {
  return reported(async () => {
    printSplits(await openCroissant(croissant, flags.fsArgs), flags.json === true);
    return 0;
  });
}

export interface SplitsSetFlags {
  readonly split: string[];
  readonly splitsFile?: string;
  readonly clearAll?: boolean;
  readonly unassign?: string;
  readonly json?: boolean;
  readonly fsArgs?: string;
}

/** copick's `set-splits`: the mapping, `--clear-all` first and `--unassign` last, in one commit. */
export function runSplitsSet(croissant: string, flags: SplitsSetFlags): Promise<number> {
  return reported(async () => {
    const mapping = await splitsInput(flags.split, flags.splitsFile);
    const unassign = list(flags.unassign) ?? [];
    if (mapping === undefined && !flags.clearAll && unassign.length === 0) {
      throw new CopickError("Nothing to do — pass at least one of --split / --splits-file / --clear-all / --unassign.");
    }
    const root = await openCroissant(croissant, flags.fsArgs);
    const runs = new Set(root.index.runNames);
    checkSplitRuns(splitAssignments(mapping), runs);
    const unknown = unassign.filter((run) => !runs.has(run)).sort(compareCodePoints);
    if (unknown.length > 0) {
      throw new CopickError(`Unassign references unknown runs: [${unknown.map((run) => `'${run}'`).join(", ")}]`);
    }
    await root.batch(async () => {
      await root.setSplits(mapping ?? new Map(), { clearExisting: flags.clearAll === true });
      if (unassign.length > 0) {
        await root.clearSplits(unassign);
      }
    });
    printSplits(root, flags.json === true);
    return 0;
  });
}

export function runSplitsClear(croissant: string, flags: { runs?: string; json?: boolean; fsArgs?: string }): Promise<number> {
  return reported(async () => {
    const root = await openCroissant(croissant, flags.fsArgs);
    await root.clearSplits(list(flags.runs));
    printSplits(root, flags.json === true);
    return 0;
  });
}
