// Views of a model 0.5 document the rules share: defaults the reference fills in (axis ids, scales).
import type {
  DataDependentSize,
  ModelDescr,
  ParameterizedSize,
  PostprocessingDescr,
  PreprocessingDescr,
  SigmoidDescr,
  SizeReference,
} from "../../../../generated/types/bioimageio/model/0.5.js";
import { isObjectValue, isRecord } from "../../../engine/records.js";

export type { ModelDescr };
export type InputTensor = ModelDescr["inputs"][number];
export type OutputTensor = ModelDescr["outputs"][number];
export type Tensor = InputTensor | OutputTensor;
export type Axis = Tensor["axes"][number];
export type TensorField = "inputs" | "outputs";

const DEFAULT_AXIS_IDS: Readonly<Record<Axis["type"], string>> = {
  batch: "batch",
  channel: "channel",
  index: "index",
  time: "time",
  space: "x",
};

/** The axis id, with the reference's default for its type when none is given. */
export function axisId(axis: Axis): string {
  return typeof axis.id === "string" ? axis.id : (DEFAULT_AXIS_IDS[axis.type] ?? axis.type);
}

export function tensorId(tensor: Tensor, field: TensorField): string {
  return typeof tensor.id === "string" ? tensor.id : field === "inputs" ? "input" : "output";
}

/** Batch, channel and index axes have scale 1; time and space default to 1. */
export function axisScale(axis: Axis): number {
  return (axis.type === "time" || axis.type === "space") && typeof axis.scale === "number" ? axis.scale : 1;
}

export function axisUnit(axis: Axis): string | null {
  return (axis.type === "time" || axis.type === "space") && typeof axis.unit === "string" ? axis.unit : null;
}

export type AxisSize =
  | { readonly kind: "fixed"; readonly value: number }
  | { readonly kind: "parameterized"; readonly value: ParameterizedSize }
  | { readonly kind: "reference"; readonly value: SizeReference }
  | { readonly kind: "data-dependent"; readonly value: DataDependentSize }
  | { readonly kind: "none" };

/** Classifies an axis size; a channel axis's size is its number of channel names. */
export function axisSize(axis: Axis): AxisSize {
  if (axis.type === "channel") {
    return { kind: "fixed", value: Array.isArray(axis.channel_names) ? axis.channel_names.length : 0 };
  }
  const size = axis.size;
  if (typeof size === "number") {
    return { kind: "fixed", value: size };
  }
  if (typeof size === "object" && size !== null) {
    if ("tensor_id" in size) {
      return { kind: "reference", value: size };
    }
    if ("step" in size) {
      return { kind: "parameterized", value: size };
    }
    return { kind: "data-dependent", value: size };
  }
  return { kind: "none" };
}

export function tensorsOf(doc: ModelDescr, field: "inputs"): readonly InputTensor[];
export function tensorsOf(doc: ModelDescr, field: "outputs"): readonly OutputTensor[];
export function tensorsOf(doc: ModelDescr, field: TensorField): readonly Tensor[];
export function tensorsOf(doc: ModelDescr, field: TensorField): readonly Tensor[] {
  const tensors: readonly Tensor[] | undefined = doc[field];
  return Array.isArray(tensors) ? tensors : [];
}

/**
 * The tensors of a field that are objects, with their index: rules that look into a tensor before knowing it is
 * valid skip one that is not even an object (null, a string), whose parts have no type at all.
 */
export function tensorEntries(doc: ModelDescr, field: "inputs"): [number, InputTensor][];
export function tensorEntries(doc: ModelDescr, field: "outputs"): [number, OutputTensor][];
export function tensorEntries(doc: ModelDescr, field: TensorField): [number, Tensor][];
export function tensorEntries(doc: ModelDescr, field: TensorField): [number, Tensor][] {
  return [...tensorsOf(doc, field).entries()].filter(([, tensor]) => isObjectValue(tensor));
}

export type ProcessingKey = "preprocessing" | "postprocessing";
export type ProcessingStep = PreprocessingDescr | PostprocessingDescr;

export interface TensorSteps {
  readonly field: TensorField;
  readonly i: number;
  readonly key: ProcessingKey;
  readonly tensor: Tensor;
  readonly steps: readonly ProcessingStep[];
}

/** Each tensor's processing steps (an input's preprocessing, an output's postprocessing), inputs first. */
export function* tensorSteps(doc: ModelDescr): Generator<TensorSteps> {
  for (const [i, tensor] of tensorsOf(doc, "inputs").entries()) {
    const steps = isRecord(tensor) ? tensor.preprocessing : undefined;
    yield { field: "inputs", i, key: "preprocessing", tensor, steps: Array.isArray(steps) ? steps : [] };
  }
  for (const [i, tensor] of tensorsOf(doc, "outputs").entries()) {
    const steps = isRecord(tensor) ? tensor.postprocessing : undefined;
    yield { field: "outputs", i, key: "postprocessing", tensor, steps: Array.isArray(steps) ? steps : [] };
  }
}

/** The kinds of step that take kwargs (all but sigmoid). */
export type StepWithKwargs = Exclude<ProcessingStep, SigmoidDescr>;

/** The `kwargs` of a step whose kind takes any. */
export function kwargsOf(step: ProcessingStep): StepWithKwargs["kwargs"] {
  return "kwargs" in step ? step.kwargs : undefined;
}
