// Model 0.4 tensors and processing (bioimageio.spec model/v0_4.py): axes letters, shape lengths, processing
// kwargs, per-tensor checks, unique names, and the model-level output shape and reference checks.
import { ERROR } from "../../../engine/summary/types.js";
import { pyFloat, pyIntListRepr, pyModelStr, pyRepr } from "../../../engine/python-repr.js";
import { defineRule, type RuleFinding, ValidatorRaised } from "../../../engine/validation/rule.js";
import {
  isDefined,
  isObjectValue,
  type InputTensor,
  type ModelDescr,
  objectSteps,
  type OutputTensor,
  processingKwargs,
  type ProcessingStep,
  type StepWithKwargs,
  type TensorField,
  tensorsOf,
} from "./model.js";

const SEQUENCE_TAG = "json-or-python[json=list[int],python=chain[is-instance[Sequence],function-wrap[sequence_validator()]]]";

function lettersProblem(axes: string, alphabet: string): string | undefined {
  if ([...axes].some((c) => !alphabet.includes(c))) {
    return `Value error, ${pyRepr(axes)} is not restricted to ${pyRepr(alphabet)}`;
  }
  return new Set(axes).size === [...axes].length ? undefined : "Value error, Entries are not unique.";
}

export const axesLetters = defineRule<ModelDescr>({
  id: "model04.axes.letters",
  description: "tensor `axes` use the letters `bitczyx`, processing `kwargs.axes` the letters `czyx`, each at most once",
  severity: ERROR,
  messages: ["Value error, {axes} is not restricted to {letters}", "Value error, Entries are not unique."],
  reference: "src/bioimageio/spec/model/v0_4.py:85",
  *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      for (const [i, tensor] of tensorsOf(doc, field).entries()) {
        const loc = [field, i, "axes"];
        const problem =
          isObjectValue(tensor) && typeof tensor.axes === "string" && context.isValid(loc)
            ? lettersProblem(tensor.axes, "bitczyx")
            : undefined;
        if (problem) {
          yield { loc, msg: problem };
        }
      }
    }
    for (const { step, path, loc } of processingKwargs(doc)) {
      const axes = "axes" in step.kwargs ? step.kwargs.axes : undefined;
      const problem = typeof axes === "string" && context.isValid([...path, "axes"]) ? lettersProblem(axes, "czyx") : undefined;
      if (problem) {
        yield { loc: [...loc, "axes"], path: [...path, "axes"], msg: problem };
      }
    }
  },
});

/** The error of a smart-union shape branch, with the error pydantic also reports for the list branch. */
function shapeFindings(field: TensorField, i: number, tag: string, msg: string): RuleFinding[] {
  const path = [field, i, "shape"];
  return [
    { loc: [...path, SEQUENCE_TAG], path, msg: "Input should be an instance of Sequence", type: "is_instance_of" },
    { loc: [...path, tag], path, msg: `Value error, ${msg}` },
  ];
}

export const shapeLengths = defineRule<ModelDescr>({
  id: "model04.shape.lengths",
  description:
    "a parameterized input shape has as many `step`s as `min`s; an implicit output shape as many `offset`s as `scale`s, and no zero offset for a new axis",
  severity: ERROR,
  messages: [
    "Input should be an instance of Sequence",
    "Value error, `min` and `step` required to have the same length",
    "Value error, scale {scale} has to have same length as offset {offset}!",
    "Value error, `offset` must not be zero if `scale` is none/zero",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:560",
  *check(doc, context) {
    const valid = (field: TensorField, i: number, tensor: InputTensor | OutputTensor): boolean =>
      isObjectValue(tensor) && context.isValid([field, i, "shape"]);
    for (const [i, tensor] of tensorsOf(doc, "inputs").entries()) {
      if (!valid("inputs", i, tensor)) {
        continue;
      }
      const shape = tensor.shape;
      if (!Array.isArray(shape) && shape.min.length !== shape.step.length) {
        yield* shapeFindings(
          "inputs",
          i,
          "function-after[matching_lengths(), ParameterizedInputShape]",
          "`min` and `step` required to have the same length",
        );
      }
    }
    for (const [i, tensor] of tensorsOf(doc, "outputs").entries()) {
      if (!valid("outputs", i, tensor)) {
        continue;
      }
      const shape = tensor.shape;
      if (Array.isArray(shape)) {
        continue;
      }
      const tag = "function-after[matching_lengths(), ImplicitOutputShape]";
      if (shape.scale.length !== shape.offset.length) {
        yield* shapeFindings(
          "outputs",
          i,
          tag,
          `scale ${floatList(shape.scale)} has to have same length as offset ${pyRepr(shape.offset)}!`,
        );
      } else if (shape.scale.some((scale, k) => scale === null && !shape.offset[k])) {
        yield* shapeFindings("outputs", i, tag, "`offset` must not be zero if `scale` is none/zero");
      }
    }
  },
});

const floatList = (values: readonly (number | null)[]): string => `[${values.map((v) => (v === null ? "None" : pyFloat(v))).join(", ")}]`;

function isIdentityOr(value: unknown, identity: number): boolean {
  return value === identity || (Array.isArray(value) && value.every((v) => v === identity));
}

function kwargsProblem(step: StepWithKwargs): string | undefined {
  switch (step.name) {
    case "scale_linear": {
      const kwargs = step.kwargs;
      return isIdentityOr(kwargs.gain ?? 1, 1) && isIdentityOr(kwargs.offset ?? 0, 0)
        ? "Redunt linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0."
        : undefined;
    }
    case "zero_mean_unit_variance": {
      const kwargs = step.kwargs;
      const mode = typeof kwargs.mode === "string" ? kwargs.mode : "fixed";
      if (mode === "fixed" && (!isDefined(kwargs.mean) || !isDefined(kwargs.std))) {
        return "`mean` and `std` are required for `mode: fixed`.";
      }
      return mode !== "fixed" && (isDefined(kwargs.mean) || isDefined(kwargs.std))
        ? `\`mean\` and \`std\` not allowed for \`mode: ${mode}\``
        : undefined;
    }
    case "scale_range": {
      const kwargs = step.kwargs;
      const min = typeof kwargs.min_percentile === "number" ? kwargs.min_percentile : 0;
      const max = typeof kwargs.max_percentile === "number" ? kwargs.max_percentile : 100;
      const show = (value: unknown, fallback: string): string => (typeof value === "number" ? pyRepr(value) : fallback);
      return min >= max
        ? `min_percentile ${show(kwargs.min_percentile, "0.0")} >= max_percentile ${show(kwargs.max_percentile, "100.0")}`
        : undefined;
    }
    default:
      return undefined;
  }
}

export const processingKwargsRule = defineRule<ModelDescr>({
  id: "model04.processing.kwargs",
  description:
    "`scale_linear` is not the identity; `zero_mean_unit_variance` has `mean` and `std` exactly for `mode: fixed`; `scale_range` percentiles are ordered",
  severity: ERROR,
  messages: [
    "Value error, Redunt linear scaling not allowd. Set `gain` != 1.0 and/or `offset` != 0.0.",
    "Value error, `mean` and `std` are required for `mode: fixed`.",
    "Value error, `mean` and `std` not allowed for `mode: {mode}`",
    "Value error, min_percentile {min} >= max_percentile {max}",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:684",
  *check(doc, context) {
    for (const { path, loc, step } of processingKwargs(doc)) {
      const problem = context.isValid(path) ? kwargsProblem(step) : undefined;
      if (problem) {
        yield { loc, path, msg: `Value error, ${problem}` };
      }
    }
  },
});

/** Python's `list[i]`: past the end it raises, which ends the reference's validation of the document. */
function pyItem(list: readonly number[], i: number): number | undefined {
  if (i >= list.length) {
    throw new ValidatorRaised("IndexError", "list index out of range");
  }
  return list[i];
}

function inputProblem(tensor: InputTensor): string | undefined {
  const b = tensor.axes.indexOf("b");
  if (b >= 0) {
    const sizes = Array.isArray(tensor.shape) ? tensor.shape : tensor.shape.min;
    if (!Array.isArray(tensor.shape) && pyItem(tensor.shape.step, b) !== 0) {
      return "Input shape step has to be zero in the batch dimension (the batch dimension can always be increased, but `step` should specify how to increase the minimal shape to find the largest single batch shape)";
    }
    if (pyItem(sizes, b) !== 1) {
      return "Input shape has to be 1 in the batch dimension b.";
    }
  }
  for (const [, step] of objectSteps(tensor.preprocessing)) {
    const axes = kwarg(step, "axes");
    if (typeof axes === "string" && [...axes].some((a) => !tensor.axes.includes(a))) {
      return "`kwargs.axes` needs to be subset of `axes`";
    }
  }
  return undefined;
}

/** A step's `kwargs.axes` or `kwargs.reference_tensor`, for the kinds of step that take it. */
function kwarg(step: ProcessingStep, name: "axes" | "reference_tensor"): unknown {
  const kwargs = "kwargs" in step && isObjectValue(step.kwargs) ? step.kwargs : undefined;
  if (kwargs === undefined) {
    return undefined;
  }
  return name === "axes"
    ? "axes" in kwargs
      ? kwargs.axes
      : undefined
    : "reference_tensor" in kwargs
      ? kwargs.reference_tensor
      : undefined;
}

/** The reference's str() of an output shape, as in its messages. */
function shapeStr(shape: OutputTensor["shape"]): string {
  return Array.isArray(shape)
    ? pyRepr(shape)
    : `${pyModelStr({ reference_tensor: shape.reference_tensor })} scale=${floatList(shape.scale)} offset=${pyRepr(shape.offset)}`;
}

/** Output axes named by a postprocessing step: its `kwargs.axes`, or "" for steps without that field. */
const AXES_FIELD = new Set(["scale_linear", "zero_mean_unit_variance", "scale_range", "scale_mean_variance"]);

function outputProblem(tensor: OutputTensor): string | undefined {
  const length = Array.isArray(tensor.shape) ? tensor.shape.length : tensor.shape.scale.length;
  if (tensor.halo && tensor.halo.length > 0 && tensor.halo.length !== length) {
    return `halo ${pyRepr(tensor.halo)} has to have same length as shape ${shapeStr(tensor.shape)}!`;
  }
  for (const [, step] of objectSteps(tensor.postprocessing)) {
    const axes = AXES_FIELD.has(step.name) ? (kwarg(step, "axes") ?? null) : "";
    if (typeof axes !== "string") {
      return `Expected ${pyRepr(axes)} to be a string`;
    }
    if ([...axes].some((a) => !tensor.axes.includes(a))) {
      return "`kwargs.axes` needs to be subset of axes";
    }
  }
  return undefined;
}

export const tensorChecks = defineRule<ModelDescr>({
  id: "model04.tensors.tensor",
  description:
    "an input's batch axis has size 1 (step 0) and its preprocessing axes are its axes; an output's halo matches its shape and its postprocessing axes are its axes",
  severity: ERROR,
  messages: [
    "Value error, Input shape step has to be zero in the batch dimension (the batch dimension can always be increased, but `step` should specify how to increase the minimal shape to find the largest single batch shape)",
    "Value error, Input shape has to be 1 in the batch dimension b.",
    "Value error, `kwargs.axes` needs to be subset of `axes`",
    "Value error, halo {halo} has to have same length as shape {shape}!",
    "Value error, Expected {axes} to be a string",
    "Value error, `kwargs.axes` needs to be subset of axes",
    "list index out of range",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:929",
  *check(doc, context) {
    for (const [i, tensor] of tensorsOf(doc, "inputs").entries()) {
      const problem = context.isValid(["inputs", i]) ? inputProblem(tensor) : undefined;
      if (problem) {
        yield { loc: ["inputs", i], msg: `Value error, ${problem}` };
      }
    }
    for (const [i, tensor] of tensorsOf(doc, "outputs").entries()) {
      const problem = context.isValid(["outputs", i]) ? outputProblem(tensor) : undefined;
      if (problem) {
        yield { loc: ["outputs", i], msg: `Value error, ${problem}` };
      }
    }
  },
});

export const uniqueNames = defineRule<ModelDescr>({
  id: "model04.tensors.unique-names",
  description: "no two inputs (or two outputs) share a name",
  severity: ERROR,
  messages: ["Value error, Duplicate tensor descriptor names"],
  reference: "src/bioimageio/spec/model/v0_4.py:1143",
  *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      if (!context.isValid([field])) {
        continue;
      }
      const names = doc[field].map((t) => t.name);
      if (new Set(names).size !== names.length) {
        yield { loc: [field], msg: "Value error, Duplicate tensor descriptor names" };
      }
    }
  },
});

type AnyTensor = InputTensor | OutputTensor;

/** A Python exception that escapes a model validator: the reference reports it at the root under its class name. */
class Raised extends Error {
  constructor(
    readonly pyClass: string,
    message: string,
  ) {
    super(message);
  }
}

function lookup(tensors: ReadonlyMap<string, AnyTensor>, name: string): AnyTensor {
  const tensor = tensors.get(name);
  if (!tensor) {
    throw new Raised("KeyError", pyRepr(name));
  }
  return tensor;
}

/** `ModelDescr._get_min_shape` */
function minShape(tensor: AnyTensor, tensors: ReadonlyMap<string, AnyTensor>, depth = 0): number[] {
  const shape = tensor.shape;
  if (Array.isArray(shape)) {
    return shape;
  }
  if ("min" in shape) {
    return shape.min;
  }
  if (depth > 100) {
    throw new Raised("RecursionError", "maximum recursion depth exceeded in comparison");
  }
  let refShape = minShape(lookup(tensors, shape.reference_tensor), tensors, depth + 1);
  const expanded = shape.scale.flatMap((s, k) => (s === null ? [k] : []));
  if (expanded.length > 0) {
    refShape = shape.scale.map((_, k) => {
      if (expanded.includes(k)) {
        return 1;
      }
      const size = refShape[k - expanded.filter((e) => e < k).length];
      if (size === undefined) {
        throw new Raised("IndexError", "list index out of range");
      }
      return size;
    });
  }
  const scale = shape.scale.map((s) => s ?? 0);
  const n = Math.min(refShape.length, scale.length, shape.offset.length);
  return refShape.slice(0, n).map((size, k) => Math.trunc(size * (scale[k] ?? 0) + 2 * (shape.offset[k] ?? 0)));
}

function outputShapeProblem(doc: ModelDescr): string | undefined {
  const tensors = new Map<string, AnyTensor>([...doc.inputs, ...doc.outputs].map((t) => [t.name, t]));
  for (const out of doc.outputs) {
    const shape = out.shape;
    if (!Array.isArray(shape)) {
      const reference = lookup(tensors, shape.reference_tensor);
      const ndimRef = Array.isArray(reference.shape)
        ? reference.shape.length
        : "min" in reference.shape
          ? reference.shape.min.length
          : reference.shape.scale.length;
      const ndimOut = shape.scale.filter((s) => s !== null).length;
      if (ndimRef !== ndimOut) {
        const note = shape.scale.includes(null)
          ? ` Note that expanded dimensions (\`scale\`: null) are not counted for ${out.name}'sdimensionality here.`
          : "";
        return `Referenced tensor '${shape.reference_tensor}' with ${ndimRef} dimensions does not match output tensor '${out.name}' with ${ndimOut} dimensions.${note}`;
      }
    }
    const minimal = minShape(out, tensors);
    const halo = out.halo && out.halo.length > 0 ? out.halo : minimal.map(() => 0);
    if (minimal.some((size, k) => size - 2 * (halo[k] ?? 0) < 1 && k < halo.length)) {
      const haloMsg = out.halo && out.halo.length > 0 ? ` for halo ${pyIntListRepr(out.halo)}` : "";
      return `Minimal shape ${pyIntListRepr(minimal)} of output ${out.name} is too small${haloMsg}.`;
    }
  }
  return undefined;
}

function referenceProblem(doc: ModelDescr): string | undefined {
  const inputNames = new Set(doc.inputs.map((t) => t.name));
  const lists = [
    ...doc.inputs.map((tensor) => ["inputs", tensor, tensor.preprocessing] as const),
    ...doc.outputs.map((tensor) => ["outputs", tensor, tensor.postprocessing] as const),
  ];
  for (const [field, tensor, steps] of lists) {
    for (const [, step] of objectSteps(steps)) {
      const ref = kwarg(step, "reference_tensor");
      if (typeof ref !== "string") {
        continue;
      }
      if (!inputNames.has(ref)) {
        return field === "inputs" ? `'${ref}' not found in inputs` : `${ref} not found in inputs`;
      }
      if (field === "inputs" && ref === tensor.name) {
        return `invalid self reference for preprocessing of tensor ${tensor.name}`;
      }
    }
  }
  return undefined;
}

export const modelTensors = defineRule<ModelDescr>({
  id: "model04.tensors.model",
  description:
    "tensor names are unique across inputs and outputs; implicit output shapes reference a tensor of matching dimensionality and leave room for the halo; processing `reference_tensor`s name inputs",
  severity: ERROR,
  messages: [
    "Value error, Duplicate tensor descriptor names across inputs/outputs",
    "Value error, Referenced tensor '{reference}' with {n} dimensions does not match output tensor '{output}' with {m} dimensions.{note}",
    "Value error, Minimal shape {shape} of output {output} is too small{halo}.",
    "Value error, '{reference}' not found in inputs",
    "Value error, {reference} not found in inputs",
    "Value error, invalid self reference for preprocessing of tensor {name}",
    "'{name}'",
    "list index out of range",
    "maximum recursion depth exceeded in comparison",
  ],
  reference: "src/bioimageio/spec/model/v0_4.py:1153",
  *check(doc, context) {
    if (!context.isValid([])) {
      return; // model validators: they run only on a valid model, and stop at the first problem
    }
    const names = [...doc.inputs, ...doc.outputs].map((t) => t.name);
    try {
      const problem =
        new Set(names).size !== names.length
          ? "Duplicate tensor descriptor names across inputs/outputs"
          : (outputShapeProblem(doc) ?? referenceProblem(doc));
      if (problem) {
        yield { loc: [], msg: `Value error, ${problem}` };
      }
    } catch (error) {
      if (!(error instanceof Raised)) {
        throw error;
      }
      yield { loc: [], msg: error.message, type: error.pyClass };
    }
  },
});
