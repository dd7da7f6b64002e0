// Views of a model 0.5 document the rules share: defaults the reference fills in (axis ids, scales).
import type { ModelDescr } from "../../../../generated/types/bioimageio/model/0.5.js";

export type { ModelDescr };
export type InputTensor = ModelDescr["inputs"][number];
export type OutputTensor = ModelDescr["outputs"][number];
export type Tensor = InputTensor | OutputTensor;
export type Axis = Tensor["axes"][number];
export type TensorField = "inputs" | "outputs";

const DEFAULT_AXIS_IDS: Readonly<Record<string, string>> = {
  batch: "batch",
  channel: "channel",
  index: "index",
  time: "time",
  space: "x",
};

/** The axis id, with the reference's default for its type when none is given. */
export function axisId(axis: Axis): string {
  const id = (axis as { id?: string | null }).id;
  return typeof id === "string" ? id : (DEFAULT_AXIS_IDS[axis.type] ?? axis.type);
}

export function tensorId(tensor: Tensor, field: TensorField): string {
  const id = (tensor as { id?: string | null }).id;
  return typeof id === "string" ? id : field === "inputs" ? "input" : "output";
}

/** Batch, channel and index axes have scale 1; time and space default to 1. */
export function axisScale(axis: Axis): number {
  const scale = (axis as { scale?: number | null }).scale;
  return typeof scale === "number" ? scale : 1;
}

export function axisUnit(axis: Axis): string | null {
  const unit = (axis as { unit?: string | null }).unit;
  return typeof unit === "string" ? unit : null;
}

export interface SizeReferenceValue {
  readonly tensor_id: string;
  readonly axis_id: string;
  readonly offset?: number;
}

export interface ParameterizedSizeValue {
  readonly min: number;
  readonly step: number;
}

export type AxisSize =
  | { readonly kind: "fixed"; readonly value: number }
  | { readonly kind: "parameterized"; readonly value: ParameterizedSizeValue }
  | { readonly kind: "reference"; readonly value: SizeReferenceValue }
  | { readonly kind: "data-dependent" }
  | { readonly kind: "none" };

/** Classifies an axis size; a channel axis's size is its number of channel names. */
export function axisSize(axis: Axis): AxisSize {
  if (axis.type === "channel") {
    const names = (axis as { channel_names?: unknown }).channel_names;
    return { kind: "fixed", value: Array.isArray(names) ? names.length : 0 };
  }
  const size = (axis as { size?: unknown }).size;
  if (typeof size === "number") {
    return { kind: "fixed", value: size };
  }
  if (typeof size === "object" && size !== null) {
    if ("tensor_id" in size) {
      return { kind: "reference", value: size as SizeReferenceValue };
    }
    if ("step" in size) {
      return { kind: "parameterized", value: size as ParameterizedSizeValue };
    }
    return { kind: "data-dependent" };
  }
  return { kind: "none" };
}

export function tensorsOf(doc: ModelDescr, field: TensorField): readonly Tensor[] {
  const tensors = doc[field] as readonly Tensor[] | undefined;
  return Array.isArray(tensors) ? tensors : [];
}
