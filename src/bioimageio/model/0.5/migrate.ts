// Model 0.4 -> 0.5 (bioimageio.spec model/v0_5.py `_ModelConv`, `convert_axes`, `_convert_proc`,
// `_InputTensorConv`, `_OutputTensorConv`, `_ArchFileConv`, `_ArchLibConv`). The input is a validated 0.4
// document; what the reference builds with validating constructors (processing kwargs) is checked here too, so
// a conversion fails where the reference's fails, with its message (a MigrationError at the root).
// Deliberate difference: weights keep their `sha256` (the reference drops them, losing the hashes).
import type {
  ImplicitOutputShape,
  InputTensorDescr as Input04,
  ModelDescr as ModelDescr04,
  OutputTensorDescr as Output04,
  ParameterizedInputShape,
  PostprocessingDescr as Post04,
  PreprocessingDescr as Pre04,
} from "../../../../generated/types/bioimageio/model/0.4.js";
import type { ModelDescr as ModelDescr05 } from "../../../../generated/types/bioimageio/model/0.5.js";
import { pyFloat, pyRepr } from "../../../engine/python-repr.js";
import { clipProblem, scaleLinearProblem } from "./processing.js";
import { type MigrationContext, MigrationError } from "../../../engine/runtime/migration-types.js";
import { identifierProblem } from "../../common/identifier.js";

type Json = Record<string, unknown>;
type SizeRefs = ReadonlyMap<string, ReadonlyMap<string, number>>;

const AXIS_TYPES: Readonly<Record<string, string>> = {
  b: "batch",
  t: "time",
  i: "index",
  c: "channel",
  x: "space",
  y: "space",
  z: "space",
};
const AXIS_IDS: Readonly<Record<string, string>> = { b: "batch", t: "time", i: "index", c: "channel" };

/** A failed bare `assert` of the reference's converter, as pydantic reports it. */
function assertionFailed(): MigrationError {
  return new MigrationError([], "Assertion failed, ", "assertion_error");
}

function valueError(message: string): MigrationError {
  return new MigrationError([], `Value error, ${message}`);
}

function isParameterized(shape: Input04["shape"]): shape is ParameterizedInputShape {
  return !Array.isArray(shape);
}

/**
 * A 0.5 channel axis lists one name per channel: a 0.4 size beyond this (2^64 in a stranger's file) is refused
 * rather than allocated. A million names (the reference writes them in 20 s, with 1.3 GB) are 14 MB of YAML, far
 * beyond any real model.
 */
export const MAX_CONVERTED_CHANNELS = 1_000_000;

function isImplicit(shape: Output04["shape"]): shape is ImplicitOutputShape {
  return !Array.isArray(shape);
}

/** A model the converter builds failed on these fields: one ValidationError with an error per field. */
function throwIfAny(failures: readonly MigrationError[]): void {
  const [first, ...more] = failures;
  if (first) {
    throw new MigrationError(first.loc, first.message, first.type, more);
  }
}

/** `ParameterizedSize(min=..., step=...)`, built by the converter: a pydantic model whose fields are positive. */
function parameterizedSize(min: number | undefined, step: number | undefined): { min: number | undefined; step: number | undefined } {
  throwIfAny(
    (["min", "step"] as const)
      .filter((field) => Number({ min, step }[field]) <= 0)
      .map((field) => new MigrationError([field], "Input should be greater than 0", "greater_than")),
  );
  return { min, step };
}

/** The least `std` of 0.5's fixed_zero_mean_unit_variance (`Ge(1e-6)`); 0.4 has no bound. */
const MIN_STD = 1e-6;

const stdTooSmall = (loc: readonly (string | number)[]): MigrationError =>
  new MigrationError(loc, `Input should be greater than or equal to ${MIN_STD}`, "greater_than_equal");

/**
 * The kwargs of 0.4's `zero_mean_unit_variance` in mode `fixed`, as the converter builds them. Along an axis it
 * constructs `FixedZeroMeanUnitVarianceAlongAxisKwargs` (errors located in it: `std.0`); for scalars it
 * `model_construct`s `FixedZeroMeanUnitVarianceKwargs`, which the enclosing descr validates again as its
 * `kwargs` union (errors located in that union, one per branch).
 */
function fixedZeroMeanUnitVariance(mean: unknown, std: unknown, axis: string | null): Json {
  if (axis === null) {
    if (Number(std) < MIN_STD) {
      throwIfAny([
        stdTooSmall(["kwargs", "FixedZeroMeanUnitVarianceKwargs", "std"]),
        new MigrationError(
          ["kwargs", "function-after[_mean_and_std_match(), FixedZeroMeanUnitVarianceAlongAxisKwargs]"],
          "Input should be a valid dictionary or instance of FixedZeroMeanUnitVarianceAlongAxisKwargs",
          "model_type",
        ),
      ]);
    }
    return { id: "fixed_zero_mean_unit_variance", kwargs: { mean, std } };
  }
  const means = Array.isArray(mean) ? mean : [Number(mean)];
  const stds = Array.isArray(std) ? std : [Number(std)];
  throwIfAny(stds.flatMap((value, i) => (Number(value) < MIN_STD ? [stdTooSmall(["std", i])] : [])));
  const problem = means.length === stds.length ? undefined : `Size of \`mean\` (${means.length}) and \`std\` (${stds.length}) must match.`;
  return checked("fixed_zero_mean_unit_variance", { axis, mean: means, std: stds }, problem);
}

/**
 * The input axis the converter builds (`SpaceInputAxis(size=...)`, time, index) refuses a fixed size below 1 in
 * each branch of its size union.
 */
function inputAxisSize(size: AxisSize05): AxisSize05 {
  if (typeof size === "number" && size <= 0) {
    throwIfAny([
      new MigrationError(["size", "constrained-int"], "Input should be greater than 0", "greater_than"),
      ...["ParameterizedSize", "SizeReference"].map(
        (model) => new MigrationError(["size", model], `Input should be a valid dictionary or instance of ${model}`, "model_type"),
      ),
    ]);
  }
  return size;
}

/** The halo of an output axis the converter builds with one (`SpaceOutputAxisWithHalo`, time): at least 1. */
function outputAxisHalo(halo: number): number {
  throwIfAny(halo < 1 ? [new MigrationError(["halo"], "Input should be greater than or equal to 1", "greater_than_equal")] : []);
  return halo;
}

/** An axis size as converted: fixed, parameterized (`step`), data-dependent (`min` only) or a reference. */
type AxisSize05 =
  number | undefined | { min: number | undefined; step?: number | undefined } | { tensor_id: string; axis_id: string; offset: number };

/** `list[i]` as Python reads it: an index past the end raises IndexError, which ends the reference's conversion. */
function item<T>(list: readonly T[], i: number): T {
  if (i >= list.length) {
    throw new MigrationError([], "list index out of range", "IndexError");
  }
  return list[i] as T;
}

function convertAxes(
  axes: string,
  shape: Input04["shape"] | Output04["shape"],
  tensorType: "input" | "output",
  halo: readonly number[] | null | undefined,
  sizeRefs: SizeRefs,
  context: MigrationContext,
  loc: readonly (string | number)[],
): Json[] {
  const out: Json[] = [];
  [...axes].forEach((a, i) => {
    const axisType = AXIS_TYPES[a] ?? a;
    if (axisType === "batch") {
      out.push({ type: "batch" });
      return;
    }
    let scale = 1.0;
    let size: AxisSize05;
    if (Array.isArray(shape)) {
      size = item(shape, i);
    } else if (tensorType === "input" && isParameterized(shape as Input04["shape"])) {
      const { min, step } = shape as ParameterizedInputShape;
      size = item(step, i) === 0 ? item(min, i) : parameterizedSize(item(min, i), item(step, i));
    } else {
      const implicit = shape as ImplicitOutputShape;
      const ref = String(implicit.reference_tensor);
      const [referenceId, origAxisId] = ref.split(".").length === 2 ? (ref.split(".") as [string, string]) : [ref, a];
      const axisId = AXIS_IDS[origAxisId] ?? a;
      const origScale = item(implicit.scale, i);
      if (!origScale) {
        size = Math.trunc(2 * Number(item(implicit.offset, i))); // the old way to insert a new axis
      } else {
        scale = 1 / origScale;
        // channel and index axes have no scale any more: the scaled reference size becomes an offset
        const offsetFromScale =
          axisType === "channel" || axisType === "index" ? origScale * (sizeRefs.get(referenceId)?.get(origAxisId) ?? 0) : 0;
        const offset = Math.trunc(offsetFromScale + 2 * Number(item(implicit.offset, i)));
        size = { tensor_id: tensorIdOf(referenceId), axis_id: axisId, offset };
      }
    }
    const reference = typeof size === "object" && "tensor_id" in size ? size : undefined;
    switch (axisType) {
      case "time":
        if (tensorType === "input") {
          out.push({ type: "time", size: inputAxisSize(size), scale });
        } else if (halo === null || halo === undefined) {
          out.push({ type: "time", size, scale });
        } else {
          if (typeof size === "number") {
            throw assertionFailed(); // `assert not isinstance(size, int)`: an output time axis with halo has no fixed size
          }
          out.push({ type: "time", size, scale, halo: outputAxisHalo(item(halo, i)) });
        }
        return;
      case "index":
        if (tensorType === "output" && typeof size === "object" && "step" in size) {
          size = { min: size.min }; // a data-dependent size
        }
        out.push({ type: "index", size: tensorType === "input" ? inputAxisSize(size) : size });
        return;
      case "channel": {
        if (typeof size === "object" && "step" in size) {
          throw assertionFailed(); // `assert not isinstance(size, ParameterizedSize)`
        }
        const count = reference ? reference.offset : Number(size);
        if (reference) {
          context.note([...loc, "axes", i], "Conversion of channel size from an implicit output shape may be wrong");
        }
        if (count < 1) {
          // the ChannelAxis the converter builds refuses an empty list of names
          throw new MigrationError(["channel_names"], "List should have at least 1 item after validation, not 0", "too_short");
        }
        if (count > MAX_CONVERTED_CHANNELS) {
          throw valueError(`${count} channels cannot be converted: at most ${MAX_CONVERTED_CHANNELS} channel names are written`);
        }
        out.push({ type: "channel", channel_names: Array.from({ length: count }, (_, c) => `channel${c}`) });
        return;
      }
      case "space":
        if (tensorType === "input") {
          out.push({ type: "space", id: a, size: inputAxisSize(size), scale });
        } else if (halo === null || halo === undefined || item(halo, i) === 0) {
          out.push({ type: "space", id: a, size, scale });
        } else if (typeof size === "number") {
          throw new MigrationError([], `output axis with halo and fixed size (here ${size}) not allowed`, "NotImplementedError");
        } else {
          out.push({ type: "space", id: a, size, scale, halo: outputAxisHalo(item(halo, i)) });
        }
        return;
      default:
        out.push({ type: axisType, size });
    }
  });
  return out;
}

/** An axis letter as a 0.5 axis id: `AxisId` normalises b, t, i, c to batch, time, index, channel. */
function axisIdOf(letter: string): string {
  return AXIS_IDS[letter] ?? letter;
}

function axesIds(axes: string | null | undefined): string[] | null {
  return axes === null || axes === undefined ? null : [...axes].map(axisIdOf);
}

/** The one tensor axis not named in `axes` (nor batch), if any; more than one is an error. */
function complementAxis(tensorAxes: string, axes: string | null | undefined): string | null {
  if (axes === null || axes === undefined) {
    return null;
  }
  const named = new Set([...axes, "b"]);
  const complement = [...tensorAxes].filter((a) => !named.has(a));
  if (complement.length > 1) {
    throw valueError(
      `Expected none or a single complement axis, but axes '${axes}' for tensor dims '${tensorAxes}' leave '${pyRepr(complement)}'.`,
    );
  }
  return complement[0] === undefined ? null : axisIdOf(complement[0]);
}

function checked(id: string, kwargs: Json, problem: string | undefined): Json {
  if (problem !== undefined) {
    throw valueError(problem);
  }
  return { id, kwargs };
}

function convertProcessing(step: Pre04 | Post04, tensorAxes: string): Json {
  const kwargs = ("kwargs" in step ? step.kwargs : {}) as Json;
  switch (step.name) {
    case "binarize":
      return { id: "binarize", kwargs: { threshold: kwargs.threshold } };
    case "clip": {
      const clip = { min: kwargs.min ?? null, max: kwargs.max ?? null };
      return checked("clip", clip, clipProblem(clip));
    }
    case "sigmoid":
      return { id: "sigmoid" };
    case "scale_linear": {
      const axis = complementAxis(tensorAxes, kwargs.axes as string | undefined);
      const gain = kwargs.gain ?? 1.0;
      const offset = kwargs.offset ?? 0.0;
      if (axis === null && (Array.isArray(gain) || Array.isArray(offset))) {
        throw assertionFailed();
      }
      if (axis !== null) {
        // ScaleLinearAlongAxisKwargs' fields first: `float | NotEmpty[list[float]]`, which an empty list fails
        throwIfAny(
          Object.entries({ gain, offset }).flatMap(([field, value]) =>
            Array.isArray(value) && value.length === 0
              ? [
                  new MigrationError([field, "float"], "Input should be a valid number", "float_type"),
                  new MigrationError([field, "list[float]"], "List should have at least 1 item after validation, not 0", "too_short"),
                ]
              : [],
          ),
        );
      }
      const converted = axis === null ? { gain, offset } : { axis, gain, offset };
      return checked("scale_linear", converted, scaleLinearProblem(converted)?.problem);
    }
    case "scale_mean_variance":
      return {
        id: "scale_mean_variance",
        kwargs: {
          axes: axesIds(kwargs.axes as string | undefined),
          reference_tensor: tensorIdOf(String(kwargs.reference_tensor)),
          eps: kwargs.eps ?? 1e-6,
        },
      };
    case "zero_mean_unit_variance": {
      const axes = kwargs.axes as string | undefined;
      if (kwargs.mode === "fixed") {
        const axis = complementAxis(tensorAxes, axes);
        const { mean, std } = kwargs;
        if (axis === null) {
          if (Array.isArray(mean)) {
            throw valueError("Expected single float value for mean, not <list>");
          }
          if (Array.isArray(std)) {
            throw valueError("Expected single float value for std, not <list>");
          }
        }
        return fixedZeroMeanUnitVariance(mean, std, axis);
      }
      let ids = axesIds(axes) ?? [];
      if (kwargs.mode === "per_dataset") {
        ids = ["batch", ...ids];
      }
      return { id: "zero_mean_unit_variance", kwargs: { axes: ids.length === 0 ? null : ids, eps: kwargs.eps ?? 1e-6 } };
    }
    case "scale_range": {
      const min = (kwargs.min_percentile as number | undefined) ?? 0.0;
      const max = (kwargs.max_percentile as number | undefined) ?? 100.0;
      const converted = {
        axes: axesIds(kwargs.axes as string | undefined),
        min_percentile: min,
        max_percentile: max,
        eps: kwargs.eps ?? 1e-6,
      };
      return checked("scale_range", converted, min >= max ? `min_percentile ${pyFloat(min)} >= max_percentile ${pyFloat(max)}` : undefined);
    }
  }
}

function person(value: Json): Json {
  return {
    name: value.name,
    github_user: value.github_user ?? null,
    affiliation: value.affiliation ?? null,
    email: value.email ?? null,
    orcid: value.orcid ?? null,
  };
}

function persons(values: readonly unknown[] | null | undefined): Json[] | null {
  return values === null || values === undefined ? null : values.map((v) => person(v as Json));
}

function linked(value: { id?: unknown; version_number?: number | null }): Json {
  return {
    id: `${String(value.id)}${value.version_number === null || value.version_number === undefined ? "" : `/${value.version_number}`}`,
  };
}

/** "file.py:Callable" (or a URL with one extra colon) -> source + callable; anything else: both the whole string. */
function architectureFromFile(architecture: string, sha256: unknown, kwargs: unknown): Json {
  let source = architecture;
  let callable = architecture;
  const colons = architecture.split(":").length - 1;
  if (architecture.startsWith("http") && colons === 2) {
    const [http = "", path = "", name = ""] = architecture.split(":");
    source = `${http}:${path}`;
    callable = name;
  } else if (!architecture.startsWith("http") && colons === 1) {
    [source = "", callable = ""] = architecture.split(":");
  }
  return { callable: identifier(callable), source, sha256: sha256 ?? null, kwargs: kwargs ?? {} };
}

/** The converter builds `Identifier(callable)`: a name that is not one fails the conversion with its error. */
function identifier(name: string): string {
  const problem = identifierProblem(name);
  if (problem !== undefined) {
    throw new MigrationError([], problem, problem.startsWith("Value error") ? "value_error" : "string_too_short");
  }
  return name;
}

/** The longest 0.5 `TensorId` (a 0.4 tensor name has no bound). */
const MAX_TENSOR_ID_LENGTH = 32;

/**
 * The converter builds `TensorId(name)` of a 0.4 tensor name, already an identifier: only its `MaxLen(32)`, checked
 * after the identifier's validators (so worded for a sequence, in code points), can fail the conversion.
 */
function tensorIdOf(name: string): string {
  const length = [...name].length;
  if (length > MAX_TENSOR_ID_LENGTH) {
    throw new MigrationError([], `Value should have at most ${MAX_TENSOR_ID_LENGTH} items after validation, not ${length}`, "too_long");
  }
  return name;
}

function architectureFromLibrary(architecture: string, kwargs: unknown): Json {
  const parts = architecture.split(".");
  const callable = parts.pop() ?? "";
  return { import_from: parts.join("."), callable: identifier(callable), kwargs: kwargs ?? {} };
}

/** The 0.4 `architecture` is a file callable when it names a file (`x.py:Callable` or a URL), else a library import. */
function isCallableFromFile(architecture: string): boolean {
  return architecture.includes(":");
}

function dependencies(value: unknown): Json | null {
  if (value === null || value === undefined) {
    return null;
  }
  const text = String(value);
  return { source: text.startsWith("conda:") ? text.slice("conda:".length) : text };
}

function convertWeights(weights: Json): Json {
  const entry = (format: string, build: (w: Json) => Json): Json | null => {
    const w = weights[format] as Json | null | undefined;
    return w === null || w === undefined ? null : { ...build(w), ...(typeof w.sha256 === "string" ? { sha256: w.sha256 } : {}) };
  };
  return {
    keras_hdf5: entry("keras_hdf5", (w) => ({
      authors: persons(w.authors as unknown[]),
      source: w.source,
      tensorflow_version: w.tensorflow_version ?? "1.15",
      parent: w.parent ?? null,
    })),
    onnx: entry("onnx", (w) => ({
      source: w.source,
      authors: persons(w.authors as unknown[]),
      parent: w.parent ?? null,
      opset_version: w.opset_version ?? 15,
    })),
    pytorch_state_dict: entry("pytorch_state_dict", (w) => {
      const architecture = String(w.architecture);
      return {
        source: w.source,
        authors: persons(w.authors as unknown[]),
        parent: w.parent ?? null,
        architecture: isCallableFromFile(architecture)
          ? architectureFromFile(architecture, w.architecture_sha256, w.kwargs)
          : architectureFromLibrary(architecture, w.kwargs),
        pytorch_version: w.pytorch_version ?? "1.10",
        dependencies: dependencies(w.dependencies),
      };
    }),
    tensorflow_js: entry("tensorflow_js", (w) => ({
      source: w.source,
      authors: persons(w.authors as unknown[]),
      parent: w.parent ?? null,
      tensorflow_version: w.tensorflow_version ?? "1.15",
    })),
    tensorflow_saved_model_bundle: entry("tensorflow_saved_model_bundle", (w) => ({
      authors: persons(w.authors as unknown[]),
      parent: w.parent ?? null,
      source: w.source,
      tensorflow_version: w.tensorflow_version ?? "1.15",
      dependencies: dependencies(w.dependencies),
    })),
    torchscript: entry("torchscript", (w) => ({
      source: w.source,
      authors: persons(w.authors as unknown[]),
      parent: w.parent ?? null,
      pytorch_version: w.pytorch_version ?? "1.10",
    })),
  };
}

const NAME_CHARACTERS = /[A-Za-z0-9_+\- ()]/;

/**
 * Returns the 0.5 document as the reference's `convert_as_dict` builds it (optional fields it passes as None are
 * null here); it is validated as 0.5 right after, which is what makes the cast to ModelDescr05 safe to use.
 */
export function migrate(doc: ModelDescr04, context: MigrationContext): ModelDescr05 {
  const inputSizeRefs = new Map<string, Map<string, number>>();
  for (const input of doc.inputs) {
    const sizes = isParameterized(input.shape) ? input.shape.min : input.shape;
    inputSizeRefs.set(input.name, new Map([...input.axes].map((a, i) => [a, sizes[i] ?? 0])));
  }
  const outputSizeRefs = new Map(inputSizeRefs);
  for (const output of doc.outputs) {
    if (!isImplicit(output.shape)) {
      const sizes = output.shape;
      outputSizeRefs.set(output.name, new Map([...output.axes].map((a, i) => [a, sizes[i] ?? 0])));
    }
  }
  // The reference puts the inputs' sizes last: they win over an output of the same name.
  for (const [name, sizes] of inputSizeRefs) {
    outputSizeRefs.set(name, sizes);
  }

  // Python's zip(tensors, test tensors, sample tensors or [None]*n) stops at the shortest list.
  const sampleInputs = doc.sample_inputs ?? [];
  const sampleOutputs = doc.sample_outputs ?? [];
  const inputCount = Math.min(
    doc.inputs.length,
    doc.test_inputs.length,
    sampleInputs.length > 0 ? sampleInputs.length : Number.POSITIVE_INFINITY,
  );
  const outputCount = Math.min(
    doc.outputs.length,
    doc.test_outputs.length,
    sampleOutputs.length > 0 ? sampleOutputs.length : Number.POSITIVE_INFINITY,
  );
  // in the converter's order, which decides the error a conversion fails with: an input's axes, its
  // preprocessing, then its id; an output's axes, its id, then its postprocessing
  const inputs = doc.inputs.slice(0, inputCount).map((input, i) => {
    const axes = convertAxes(input.axes, input.shape, "input", null, inputSizeRefs, context, ["inputs", i]);
    const preprocessing = (input.preprocessing ?? []).map((step) => convertProcessing(step, input.axes));
    return {
      axes,
      id: tensorIdOf(input.name),
      test_tensor: { source: doc.test_inputs[i] },
      sample_tensor: i < sampleInputs.length ? { source: sampleInputs[i] } : null,
      data: { type: input.data_type },
      preprocessing: [...preprocessing, { id: "ensure_dtype", kwargs: { dtype: "float32" } }],
    };
  });
  const outputs = doc.outputs.slice(0, outputCount).map((output, i) => ({
    axes: convertAxes(output.axes, output.shape, "output", output.halo, outputSizeRefs, context, ["outputs", i]),
    id: tensorIdOf(output.name),
    test_tensor: { source: doc.test_outputs[i] },
    sample_tensor: i < sampleOutputs.length ? { source: sampleOutputs[i] } : null,
    data: output.data_type === "bool" ? { type: "bool", values: [false, true] } : { type: output.data_type },
    postprocessing: (output.postprocessing ?? []).map((step) => convertProcessing(step, output.axes)),
  }));

  const trainingData = doc.training_data;
  const converted: Json = {
    attachments:
      doc.attachments === null || doc.attachments === undefined ? [] : (doc.attachments.files ?? []).map((source) => ({ source })),
    authors: doc.authors.map((a) => person(a as unknown as Json)),
    cite: (doc.cite ?? []).map((c) => ({ text: c.text, doi: c.doi ?? null, url: c.url ?? null })),
    config: doc.config ?? {},
    covers: doc.covers ?? [],
    description: doc.description,
    documentation: doc.documentation,
    format_version: "0.5.7",
    git_repo: doc.git_repo ?? null,
    icon: doc.icon ?? null,
    id: doc.id ?? null,
    id_emoji: doc.id_emoji ?? null,
    license: doc.license,
    links: doc.links ?? [],
    maintainers: (doc.maintainers ?? []).map((m) => person(m as unknown as Json)),
    name: [...doc.name].map((c) => (NAME_CHARACTERS.test(c) ? c : " ")).join(""),
    tags: doc.tags ?? [],
    type: doc.type,
    uploader: doc.uploader ?? null,
    version: doc.version ?? null,
    inputs,
    outputs,
    parent: doc.parent === null || doc.parent === undefined ? null : linked(doc.parent),
    training_data:
      trainingData === null || trainingData === undefined ? null : "type" in trainingData ? trainingData : linked(trainingData),
    packaged_by: (doc.packaged_by ?? []).map((a) => person(a as unknown as Json)),
    run_mode: doc.run_mode ?? null,
    timestamp: doc.timestamp,
    weights: convertWeights(doc.weights as unknown as Json),
  };
  return converted as unknown as ModelDescr05;
}
