// loadDescription for local files: parse with positions, then buildDescription.
import { readSourceFile } from "../io/read-source.js";
import type { ValidationSummary } from "../summary/summary.js";
import { type BuildOptions, buildDescription, type LoadedDescription, type ResourceDescr } from "./build.js";

export type LoadOptions = Omit<BuildOptions, "locate" | "sourceName">;

/** Loads and validates an rdf.yaml / bioimageio.yaml (or .json) file; every summary entry carries file:line:col. */
export async function loadDescription(path: string, options: LoadOptions = {}): Promise<LoadedDescription> {
  const source = await readSourceFile(path);
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return buildDescription(source.value, {
    ...options,
    sourceName: path,
    locate: (docPath) => source.locate(docPath),
    context: { file_name: fileName, root: path.slice(0, Math.max(0, path.length - fileName.length - 1)) || ".", ...options.context },
  });
}

export async function loadDescriptionAndValidateFormatOnly(path: string, options: LoadOptions = {}): Promise<ValidationSummary> {
  return (await loadDescription(path, options)).validationSummary;
}

function expectType(description: LoadedDescription, type: string, path: string): ResourceDescr | LoadedDescription {
  if (description.valid && description.type !== type) {
    throw new Error(`${path}: expected a ${type} description, but found type '${description.type}'`);
  }
  return description;
}

/** `loadDescription` that also requires a model (an invalid description is returned as is, to show its summary). */
export async function loadModelDescription(path: string, options: LoadOptions = {}): Promise<LoadedDescription> {
  return expectType(await loadDescription(path, options), "model", path);
}

export async function loadDatasetDescription(path: string, options: LoadOptions = {}): Promise<LoadedDescription> {
  return expectType(await loadDescription(path, options), "dataset", path);
}
