// loadDescription from anywhere (Node): a yaml/json file, a folder, a zip package, an http(s) URL, or bytes;
// parse with positions, build, and (by default, as the reference) check the referenced files.
import { nodeSha256, sha256OfFile } from "../../engine/node/hash.js";
import { fileSource, type OpenedSource, openSource, type SourceInput } from "./sources.js";
import { settings as currentSettings, type Settings } from "../../engine/node/settings.js";
import type { ParsedSource } from "../../engine/load/parse-core.js";
import { parseDescriptionText } from "../parse.js";
import type { ValidationSummary } from "../../engine/summary/summary.js";
import {
  type BioimageioSpecKey,
  type BuildOptions,
  buildDescription,
  type DatasetDescription,
  type InvalidDescr,
  type LoadedDescription,
  type ModelDescription,
  type ResourceDescr,
} from "../build.js";
import { type HashCache, ioChecks } from "../io-checks.js";

export interface LoadOptions extends Omit<BuildOptions, "locate" | "sourceName" | "io"> {
  /** Check referenced files: existence, sha256 values, test tensors, ... (default BIOIMAGEIO_PERFORM_IO_CHECKS, true). */
  readonly performIoChecks?: boolean;
  /** source -> sha256 (or null): files neither downloaded nor hashed; checked files are added to it. */
  readonly knownFiles?: Record<string, string | null>;
  /** Expected sha256 of the source itself. */
  readonly sha256?: string | null;
  /** Overwrite declared sha256 values with the actual ones (what `updateHashes` does). */
  readonly updateHashes?: boolean;
  /** For bytes and streams: the folder relative references resolve against (default: cwd). */
  readonly root?: string;
  readonly settings?: Settings | undefined;
  /** Download progress on stderr (default: on a terminal, not on CI). */
  readonly progress?: boolean;
  /** sha256 values computed before, which the IO checks may reuse (a language server keeps them between edits). */
  readonly hashCache?: HashCache | undefined;
}

interface SourceLoadOptions extends LoadOptions {
  /** Changes the parsed document before it is validated (packaging drops weights formats before they are fetched). */
  readonly transform?: (content: unknown) => unknown;
  /** Files whose declared hash is checked by the caller while it reads them (packaging). */
  readonly hashedElsewhere?: (source: string) => boolean;
}

/** A loaded description with where it came from (what packaging and update-hashes need). */
export interface LoadedSource {
  readonly description: LoadedDescription;
  readonly opened: OpenedSource;
  readonly parsed: ParsedSource;
}

/** Loads and keeps the source open for its references: the caller closes `opened`. */
export async function loadSource(source: SourceInput, options: SourceLoadOptions = {}): Promise<LoadedSource> {
  const s = options.settings ?? currentSettings();
  const opened = await openSource(source, { sha256: options.sha256, root: options.root, progress: options.progress, settings: s });
  try {
    const positionName =
      opened.kind === "file" || opened.kind === "bytes" ? opened.sourceName : `${opened.sourceName.replace(/\/+$/, "")}/${opened.fileName}`;
    return await buildFromSource(opened, await parseDescriptionText(opened.text, positionName, s.documentLimits), options, s);
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/**
 * A description file already read and parsed (`parseDescriptionText`; an editor's buffer, saved or not), validated
 * as `loadDescription(path)` validates the file: its references resolve next to `path`.
 */
export async function loadParsedFile(parsed: ParsedSource, path: string, options: LoadOptions = {}): Promise<LoadedDescription> {
  const s = options.settings ?? currentSettings();
  const opened = fileSource("", path, path, { progress: options.progress, settings: s });
  return (await buildFromSource(opened, parsed, options, s)).description;
}

async function buildFromSource(opened: OpenedSource, parsed: ParsedSource, options: SourceLoadOptions, s: Settings): Promise<LoadedSource> {
  const performIoChecks = options.performIoChecks ?? s.performIoChecks;
  const knownFiles = options.knownFiles ?? {};
  const { transform, hashedElsewhere, ...buildOptions } = options;
  const description = await buildDescription(transform ? transform(parsed.value) : parsed.value, {
    ...buildOptions,
    sourceName: opened.sourceName,
    locate: (docPath) => parsed.locate(docPath),
    context: {
      file_name: opened.fileName,
      original_source_name: opened.sourceName,
      root: opened.root,
      perform_io_checks: performIoChecks,
      update_hashes: options.updateHashes === true,
      known_files: knownFiles,
      ...options.context,
    },
    ...(performIoChecks
      ? {
          io: ioChecks({
            resolver: opened.resolver,
            knownFiles,
            updateHashes: options.updateHashes === true,
            createHasher: nodeSha256,
            hashFile: sha256OfFile,
            ...(hashedElsewhere ? { hashedElsewhere } : {}),
            hashCache: options.hashCache,
          }),
        }
      : {}),
  });
  return { description, opened, parsed };
}

/** Loads and validates a bioimage.io description from a file, folder, zip, URL or bytes (the reference's `load_description`). */
export async function loadDescription(source: SourceInput, options: LoadOptions = {}): Promise<LoadedDescription> {
  const { description, opened } = await loadSource(source, options);
  await opened.close();
  return description;
}

export async function loadDescriptionAndValidateFormatOnly(source: SourceInput, options: LoadOptions = {}): Promise<ValidationSummary> {
  return (await loadDescription(source, options)).validationSummary;
}

function expectType<K extends BioimageioSpecKey>(
  description: LoadedDescription,
  type: string,
  source: SourceInput,
): ResourceDescr<K> | InvalidDescr {
  if (description.valid && description.type !== type) {
    const name = typeof source === "string" || source instanceof URL ? source.toString() : "in-memory";
    throw new Error(`${name}: expected a ${type} description, but found type '${description.type}'`);
  }
  return description as ResourceDescr<K> | InvalidDescr; // a valid one of this type has one of its specs
}

/**
 * `loadDescription` that also requires a model (an invalid description is returned as is, to show its summary).
 * A valid result is typed by its `specKey`; with `formatVersion: "latest"` it is a model 0.5.
 */
export async function loadModelDescription(
  source: SourceInput,
  options: LoadOptions & { readonly formatVersion: "latest" },
): Promise<ResourceDescr<"bioimageio/model/0.5"> | InvalidDescr>;
export async function loadModelDescription(source: SourceInput, options?: LoadOptions): Promise<ModelDescription | InvalidDescr>;
export async function loadModelDescription(source: SourceInput, options: LoadOptions = {}): Promise<ModelDescription | InvalidDescr> {
  return expectType(await loadDescription(source, options), "model", source);
}

export async function loadDatasetDescription(
  source: SourceInput,
  options: LoadOptions & { readonly formatVersion: "latest" },
): Promise<ResourceDescr<"bioimageio/dataset/0.3"> | InvalidDescr>;
export async function loadDatasetDescription(source: SourceInput, options?: LoadOptions): Promise<DatasetDescription | InvalidDescr>;
export async function loadDatasetDescription(source: SourceInput, options: LoadOptions = {}): Promise<DatasetDescription | InvalidDescr> {
  return expectType(await loadDescription(source, options), "dataset", source);
}
