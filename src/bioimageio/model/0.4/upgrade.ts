// The reference's patch chains for model documents older than 0.4.10 (model/_v0_3_converter.py,
// model/_v0_4_converter.py, and the generic 0.2 helpers they use), run on the raw document before validation:
// 0.3.0 -> ... -> 0.3.6 -> 0.4.0 -> 0.4.1 -> 0.4.5 -> 0.4.7 -> 0.4.9 -> 0.4.10, then DOI and GitHub prefixes and
// empty `config.future`/`config` removed (for every 0.3/0.4 document).
// They mutate the document in place and, like the Python, raise on some malformed input (a `config` that is a
// list, a weights entry that is a number, ...): the caller turns that into the reference's single error.
import {
  isDict,
  isEmptyDict,
  isSequence,
  type PyDict,
  pyContains,
  pyDictUpdate,
  PyError,
  pyGet,
  pyGetItem,
  pyIter,
  pyPop,
  pySetItem,
  pyTruthy,
  pyZip,
} from "../../py-containers.js";
import { withoutDoiPrefixes } from "../../common/cite.js";
import { InvalidIntLiteral, pyIntOf } from "../../format-version.js";

function asNames(values: unknown): PyDict[] {
  return pyIter(values).map((name) => ({ name }));
}

function applyUpdates(targets: PyDict[], updates: unknown): void {
  if (updates === null || updates === undefined) {
    return;
  }
  for (const [target, update] of pyZip(targets, updates)) {
    pyDictUpdate(target as PyDict, update);
  }
}

function v0_3_1ToV0_3_2(data: PyDict): void {
  data.type = "model";
  data.format_version = "0.3.2";
  const future = pyPop(pyGet(pyGet(data, "config", {}), "future", {}), "0.3.2", {});

  const authors = data.authors;
  if (Array.isArray(authors)) {
    const converted = asNames(authors);
    data.authors = converted;
    applyUpdates(converted, pyGet(future, "authors"));
  }

  if (data.packaged_by !== null && data.packaged_by !== undefined) {
    const converted = asNames(data.packaged_by);
    data.packaged_by = converted;
    applyUpdates(converted, pyGet(future, "packaged_by"));
  }

  const weights = data.weights;
  if (isDict(weights)) {
    for (const [format, entry] of Object.entries(weights)) {
      if (!pyContains(entry, "authors")) {
        continue;
      }
      const converted = asNames(pyGetItem(entry, "authors"));
      pySetItem(entry, "authors", converted);
      applyUpdates(converted, pyGet(pyGet(pyGet(future, "weights", {}), format, {}), "authors"));
    }
  }

  if (pyContains(future, "version")) {
    data.version = pyPop(future, "version");
  }
}

function v0_3_2ToV0_3_3(data: PyDict): void {
  data.format_version = "0.3.3";
  if (!pyContains(data, "outputs")) {
    return;
  }
  for (const output of pyIter(data.outputs)) {
    if (pyContains(output, "shape")) {
      const shape = pyGetItem(output, "shape");
      if (isDict(shape) && Object.hasOwn(shape, "reference_input")) {
        shape.reference_tensor = pyPop(shape, "reference_input");
      }
    }
  }
}

/** `convert_model_from_v0_3_to_0_4_0` */
function v0_3ToV0_4_0(data: PyDict): void {
  if (data.format_version === "0.3.0") {
    data.format_version = "0.3.1"; // no breaking change
  }
  if (data.format_version === "0.3.1") {
    v0_3_1ToV0_3_2(data);
  }
  if (data.format_version === "0.3.2") {
    v0_3_2ToV0_3_3(data);
  }
  if (["0.3.3", "0.3.4", "0.3.5"].includes(String(data.format_version))) {
    data.format_version = "0.3.6";
  }
  if (data.format_version !== "0.3.6") {
    return;
  }

  const config = pyGet(data, "config", {});
  if (isEmptyDict(pyGet(config, "future"))) {
    delete (config as PyDict).future;
  }
  if (isEmptyDict(data.config)) {
    delete data.config;
  }
  delete data.language;
  delete data.framework;

  const architecture = pyPop(data, "source", null);
  const architectureSha256 = pyPop(data, "sha256", null);
  const kwargs = pyPop(data, "kwargs", null);
  const stateDict = pyGet(pyGet(data, "weights", {}), "pytorch_state_dict");
  if (stateDict !== null && stateDict !== undefined) {
    if (architecture !== null && architecture !== undefined) {
      pySetItem(stateDict, "architecture", architecture);
    }
    if (architectureSha256 !== null && architectureSha256 !== undefined) {
      pySetItem(stateDict, "architecture_sha256", architectureSha256);
    }
    if (kwargs !== null && kwargs !== undefined) {
      pySetItem(stateDict, "kwargs", kwargs);
    }
  }

  const torchscript = pyPop(pyGet(data, "weights", {}), "pytorch_script", null);
  if (torchscript !== null && torchscript !== undefined) {
    if (!Object.hasOwn(data, "weights")) {
      data.weights = {};
    }
    pySetItem(data.weights, "torchscript", torchscript);
  }
  data.format_version = "0.4.0";
}

/** Root `dependencies` move to the pytorch_state_dict weights entry. */
function v0_4_0ToV0_4_1(data: PyDict): void {
  const dependencies = pyPop(data, "dependencies", null);
  const weights = pyGet(data, "weights", {});
  if (pyTruthy(dependencies) && pyTruthy(weights) && isDict(weights)) {
    const entry = weights.pytorch_state_dict;
    if (pyTruthy(entry) && isDict(entry)) {
      entry.dependencies = dependencies;
    }
  }
  data.format_version = "0.4.1";
}

/** A `parent` `{uri: ...}` becomes its uri; any other parent is dropped. */
function v0_4_4ToV0_4_5(data: PyDict): void {
  const parent = pyPop(data, "parent", null);
  if (isDict(parent) && Object.hasOwn(parent, "uri")) {
    data.parent = parent.uri;
  }
  data.format_version = "0.4.5";
}

const withoutSlashes = (name: string): string => name.replaceAll("/", "").replaceAll("\\", "");

/** generic `remove_slashes_from_names` */
function removeSlashesFromNames(data: PyDict): void {
  if (typeof data.name === "string") {
    data.name = withoutSlashes(data.name);
  }
  for (const group of ["authors", "maintainers"] as const) {
    const persons = data[group];
    if (isSequence(persons)) {
      data[group] = [...persons].map((person) =>
        isDict(person) && typeof person.name === "string" ? { ...person, name: withoutSlashes(person.name) } : person,
      );
    }
  }
}

const GITHUB = "https://github.com/";

/** generic `remove_gh_prefix` */
function removeGithubPrefix(data: PyDict): void {
  for (const group of ["authors", "maintainers"] as const) {
    const persons = data[group];
    if (!Array.isArray(persons)) {
      continue;
    }
    for (const person of persons) {
      if (isDict(person) && typeof person.github_user === "string" && person.github_user.startsWith(GITHUB)) {
        person.github_user = person.github_user.slice(GITHUB.length);
      }
    }
  }
}

function majorMinor(formatVersion: string): [number, number] {
  const parts = formatVersion.split(".").slice(0, 2);
  const numbers = parts.map((part) => {
    try {
      return pyIntOf(part);
    } catch (error) {
      throw error instanceof InvalidIntLiteral ? new PyError("ValueError", error.message) : error;
    }
  });
  return [numbers[0] ?? 0, numbers[1] ?? 0];
}

/** `convert_from_older_format` of model 0.4: mutates `data`. */
export function convertModelFromOlderFormat(data: PyDict): void {
  if (typeof data.format_version !== "string") {
    return;
  }
  const [major, minor] = majorMinor(data.format_version);
  const order = major !== 0 ? major : minor - 4; // (major, minor) compared with (0, 4)
  if (order < 0) {
    v0_3ToV0_4_0(data);
  } else if (order > 0) {
    return;
  }
  if (data.format_version === "0.4.0") {
    v0_4_0ToV0_4_1(data);
  }
  if (["0.4.1", "0.4.2", "0.4.3", "0.4.4"].includes(String(data.format_version))) {
    v0_4_4ToV0_4_5(data);
  }
  if (data.format_version === "0.4.5" || data.format_version === "0.4.6") {
    removeSlashesFromNames(data);
    data.format_version = "0.4.7";
  }
  if (data.format_version === "0.4.7" || data.format_version === "0.4.8") {
    data.format_version = "0.4.9";
  }
  if (data.format_version === "0.4.9") {
    const config = data.config;
    const bioimageio = isDict(config) ? config.bioimageio : undefined;
    if (isDict(bioimageio)) {
      if (bioimageio.nickname !== null && bioimageio.nickname !== undefined) {
        data.id = bioimageio.nickname;
      }
      if (bioimageio.nickname_icon !== null && bioimageio.nickname_icon !== undefined) {
        data.id_emoji = bioimageio.nickname_icon;
      }
    }
    data.format_version = "0.4.10";
  }
  if (isSequence(data.cite)) {
    data.cite = withoutDoiPrefixes(data.cite);
  }
  removeGithubPrefix(data);
  const config = Object.hasOwn(data, "config") ? data.config : {};
  if (isDict(config) && isEmptyDict(config.future)) {
    delete config.future;
  }
  if (isEmptyDict(data.config)) {
    delete data.config;
  }
}
