// Model 0.5 axes (bioimageio.spec model/v0_5.py): one batch axis at most and unique axis ids per tensor
// (`TensorDescrBase._validate_axes`), and size references that resolve (`ModelDescr._validate_axis`).
import { ERROR } from "../../../engine/summary/types.js";
import { defineRule, type Rule, type RuleFinding, ValidatorRaised } from "../../../engine/validation/rule.js";
import { pyFloat, pyModelRepr, pyModelStr, pyRepr, pyReprAt } from "../../../engine/python-repr.js";
import type { BatchAxis } from "../../../../generated/types/bioimageio/model/0.5.js";
import {
  type Axis,
  axisId,
  axisScale,
  axisSize,
  axisUnit,
  type ModelDescr,
  type Tensor,
  type TensorField,
  tensorId,
  tensorEntries,
  tensorsOf,
} from "./model.js";
import { duplicateInputIds } from "./tensors.js";

/** Python's int() of an infinite float (a size computed with a tiny scale). */
const OVERFLOW = "cannot convert float infinity to integer";

function batchAxisRepr(axis: BatchAxis): string {
  return pyModelRepr("BatchAxis", { id: axisId(axis), description: axis.description ?? "", type: "batch", size: axis.size ?? null });
}

export const batchAndUniqueAxisIds = defineRule<ModelDescr>({
  id: "model05.axes.unique-ids",
  description: "a tensor has at most one batch axis and no two axes with the same id",
  severity: ERROR,
  messages: ["Value error, Only one batch axis (per tensor) allowed, but got {axes}", "Value error, Duplicate axis ids: {ids}"],
  reference: "src/bioimageio/spec/model/v0_5.py:1618",
  *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      for (const [i, tensor] of tensorEntries(doc, field)) {
        if (!context.isValid([field, i, "axes"])) {
          continue;
        }
        const loc = [field, i, "axes"];
        const batchAxes = tensor.axes.filter((a) => a.type === "batch");
        if (batchAxes.length > 1) {
          yield {
            loc,
            msg: `Value error, Only one batch axis (per tensor) allowed, but got [${batchAxes.map(batchAxisRepr).join(", ")}]`,
          };
          continue;
        }
        const seen = new Set<string>();
        const duplicates = new Set<string>();
        for (const axis of tensor.axes) {
          const id = axisId(axis);
          (seen.has(id) ? duplicates : seen).add(id);
        }
        if (duplicates.size > 0) {
          yield { loc, msg: `Value error, Duplicate axis ids: ${pyRepr(duplicates)}` };
        }
      }
    }
  },
});

interface Independent {
  readonly tensor: Tensor;
  readonly axis: Axis;
}

/** Axes whose size is fixed or parameterized: the only valid targets of a size reference. */
function independentAxes(tensors: readonly Tensor[], field: TensorField): Map<string, Independent> {
  const out = new Map<string, Independent>();
  for (const tensor of tensors) {
    for (const axis of tensor.axes) {
      const kind = axisSize(axis).kind;
      if (axis.type !== "batch" && (kind === "fixed" || kind === "parameterized")) {
        out.set(`${tensorId(tensor, field)}\u0000${axisId(axis)}`, { tensor, axis });
      }
    }
  }
  return out;
}

function minimumSize(axis: Axis): number | undefined {
  const size = axisSize(axis);
  return size.kind === "fixed" ? size.value : size.kind === "parameterized" ? size.value.min : undefined;
}

/** The first problem with `axis`'s size reference, as `_validate_axis` raises it (one per field). */
function sizeReferenceProblem(
  field: TensorField,
  i: number,
  tensor: Tensor,
  a: number,
  axis: Axis,
  valid: ReadonlyMap<string, Independent>,
): string | undefined {
  const size = axisSize(axis);
  if (axis.type === "batch" || size.kind !== "reference") {
    return undefined;
  }
  const ref = size.value;
  const refStr = (): string => pyModelStr({ tensor_id: ref.tensor_id, axis_id: ref.axis_id, offset: ref.offset ?? 0 });
  const target = valid.get(`${ref.tensor_id}\u0000${ref.axis_id}`);
  if (!target) {
    return `Invalid tensor axis reference at ${field}[${i}].axes[${a}].size: ${refStr()}.`;
  }
  const ownTensorId = tensorId(tensor, field);
  if (ref.tensor_id === ownTensorId && ref.axis_id === axisId(axis)) {
    return `Self-referencing not allowed for ${field}[${i}].axes[${a}].size: ${refStr()}`;
  }
  if (axis.type === "channel" && target.axis.type !== "channel") {
    return "A channel axis' size may only reference another fixed size channel axis.";
  }
  const unit = axisUnit(axis);
  const refUnit = axisUnit(target.axis);
  if (unit !== refUnit) {
    return `The units of an axis and its reference axis need to match, but '${unit ?? "None"}' != '${refUnit ?? "None"}'.`;
  }
  const halo = "halo" in axis ? axis.halo : undefined;
  if (typeof halo === "number") {
    const refSize = minimumSize(target.axis) ?? 0;
    const minSize = Math.trunc((refSize * axisScale(target.axis)) / axisScale(axis) + (ref.offset ?? 0));
    if (!Number.isFinite(minSize)) {
      // Python's int() of the float that overflowed (a tiny scale): not a ValueError, so the reference's validation
      // ends with it
      throw new ValidatorRaised("OverflowError", OVERFLOW);
    }
    if (minSize - 2 * halo < 1) {
      return `axis ${axisId(axis)} with minimum size ${BigInt(minSize)} is too small for halo ${pyReprAt(axis, "halo")}.`;
    }
    const refHalo = (halo * axisScale(axis)) / axisScale(target.axis);
    if (refHalo !== Math.trunc(refHalo)) {
      const id = `${ownTensorId}.${axisId(axis)}`;
      const refId = `${ref.tensor_id}.${ref.axis_id}`;
      return `Inferred halo for ${refId} is not an integer (${pyFloat(refHalo)} = ${id}.halo ${halo} * ${id}.scale ${pyFloat(axisScale(axis))} / ${refId}.scale ${pyFloat(axisScale(target.axis))}).`;
    }
  }
  return undefined;
}

const SIZE_REFERENCES = {
  id: "model05.axes.size-references",
  description:
    "a size reference points at a fixed or parameterized axis of an input (or, for outputs, an output), not at itself, with the same unit, leaving room for the halo",
  severity: ERROR,
  messages: [
    "Value error, Invalid tensor axis reference at {field}[{i}].axes[{a}].size: {reference}.",
    "Value error, Self-referencing not allowed for {field}[{i}].axes[{a}].size: {reference}",
    "Value error, A channel axis' size may only reference another fixed size channel axis.",
    "Value error, The units of an axis and its reference axis need to match, but '{unit}' != '{reference unit}'.",
    "Value error, axis {id} with minimum size {size} is too small for halo {halo}.",
    "Value error, Inferred halo for {reference} is not an integer ({halo} = {axis}.halo {halo} * {axis}.scale {scale} / {reference}.scale {scale}).",
    OVERFLOW,
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:3224",
} as const;

/**
 * `_validate_input_axes` / `_validate_output_axes`: validators of the model's `inputs` and `outputs` fields, so they
 * run after the tensors' own validators, and outputs see the inputs only when those validated (pydantic's
 * info.data), hence follow-on errors.
 */
function sizeReferencesOf(field: TensorField): Rule<ModelDescr> {
  return defineRule<ModelDescr>({
    ...SIZE_REFERENCES,
    level: "container",
    *check(doc, context) {
      if (!context.isValid([field]) || (field === "outputs" && context.isValid(["inputs"]) && duplicateInputIds(doc).length > 0)) {
        return;
      }
      const inputRefs = independentAxes(context.isValid(["inputs"]) ? tensorsOf(doc, "inputs") : [], "inputs");
      const tensors = tensorsOf(doc, field);
      const shared = field === "inputs" ? inputRefs : new Map([...inputRefs, ...independentAxes(tensors, "outputs")]);
      const finding = firstProblem(field, tensors, shared);
      if (finding) {
        yield finding;
      }
    },
  });
}

export const inputSizeReferences = sizeReferencesOf("inputs");
export const outputSizeReferences = sizeReferencesOf("outputs");

function firstProblem(field: TensorField, tensors: readonly Tensor[], shared: ReadonlyMap<string, Independent>): RuleFinding | undefined {
  // The reference adds the tensor's own axes to the shared targets; they are among them already.
  for (const [i, tensor] of tensors.entries()) {
    for (const [a, axis] of tensor.axes.entries()) {
      const problem = sizeReferenceProblem(field, i, tensor, a, axis, shared);
      if (problem) {
        return { loc: [field], path: [field, i, "axes", a, "size"], msg: `Value error, ${problem}` };
      }
    }
  }
  return undefined;
}

export const axesRules = [batchAndUniqueAxisIds] as const;
