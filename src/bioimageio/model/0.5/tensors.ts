// Model 0.5 tensors (bioimageio.spec model/v0_5.py): tensor ids, per-channel data descriptions, nominal
// values against their dtype, processing `kwargs.axes` and `reference_tensor`.
import { ERROR } from "../../../engine/summary/types.js";
import { pyRepr } from "../../../engine/python-repr.js";
import { defineRule } from "../../../engine/validation/rule.js";
import type { NominalOrOrdinalDataDescr, TensorDataDescr } from "../../../../generated/types/bioimageio/model/0.5.js";
import { axisId, axisSize, kwargsOf, type ModelDescr, type Tensor, tensorId, tensorEntries, tensorsOf, tensorSteps } from "./model.js";

/** Input tensor ids that repeat (the outputs validator stops there, before the output axes' one). */
export function duplicateInputIds(doc: ModelDescr): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const tensor of tensorsOf(doc, "inputs")) {
    const id = tensorId(tensor, "inputs");
    if (seen.has(id)) {
      duplicates.push(id);
    }
    seen.add(id);
  }
  return duplicates;
}

export const uniqueTensorIds = defineRule<ModelDescr>({
  id: "model05.tensors.unique-ids",
  description:
    "no tensor id repeats (as the reference: checked on `outputs` against the inputs validated before them, so only repeats among inputs are found)",
  severity: ERROR,
  messages: ["Value error, Duplicate tensor ids: {ids}"],
  reference: "src/bioimageio/spec/model/v0_5.py:3404",
  // a validator of the model's `outputs` field: runs after the tensors' own validators, before the output axes'
  level: "container",
  *check(doc, context) {
    if (!context.isValid(["outputs"]) || !context.isValid(["inputs"])) {
      return;
    }
    const duplicates = duplicateInputIds(doc);
    if (duplicates.length > 0) {
      yield { loc: ["outputs"], path: ["inputs"], msg: `Value error, Duplicate tensor ids: ${pyRepr(duplicates)}` };
    }
  },
});

/** Bounds of the integer and float dtypes (bioimageio.spec `DTYPE_LIMITS`). */
const DTYPE_LIMITS: Readonly<Record<string, readonly [number, number]>> = {
  float32: [-3.4028235e38, 3.4028235e38],
  float64: [-1.7976931348623157e308, 1.7976931348623157e308],
  uint8: [0, 255],
  int8: [-128, 127],
  uint16: [0, 65535],
  int16: [-32768, 32767],
  uint32: [0, 4294967295],
  int32: [-2147483648, 2147483647],
  uint64: [0, 2 ** 64 - 1],
  int64: [-(2 ** 63), 2 ** 63 - 1],
};

function dataEntries(tensor: Tensor): readonly TensorDataDescr[] {
  const data = tensor.data;
  if (Array.isArray(data)) {
    return data;
  }
  return typeof data === "object" && data !== null ? [data] : [];
}

function incompatibleValues(data: NominalOrOrdinalDataDescr): unknown[] {
  const type = data.type ?? "uint8";
  const incompatible: unknown[] = [];
  for (const value of data.values) {
    const limits = DTYPE_LIMITS[type];
    const bad =
      type === "bool"
        ? typeof value !== "boolean"
        : limits === undefined ||
          ((typeof value === "number" || typeof value === "boolean") && (Number(value) < limits[0] || Number(value) > limits[1])) ||
          (typeof value === "string" && !type.includes("uint")) ||
          (typeof value === "number" && !Number.isInteger(value) && type.includes("int"));
    if (bad) {
      incompatible.push(value);
    }
    if (incompatible.length === 5) {
      incompatible.push("...");
      break;
    }
  }
  return incompatible;
}

export const dataDescriptions = defineRule<ModelDescr>({
  id: "model05.tensors.data",
  description: "nominal/ordinal values fit their dtype; per-channel data descriptions agree in `type` and match the channel axis size",
  severity: ERROR,
  messages: [
    "Value error, data type '{type}' incompatible with values {values}",
    "Value error, Tensor data descriptions per channel need to agree in their data `type`, but found {types}.",
    "Value error, Got tensor data descriptions for {n} channels, but '{axis}' axis has size {size}.",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:813",
  *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      for (const [i, tensor] of tensorEntries(doc, field)) {
        if (!context.isValid([field, i, "data"])) {
          continue;
        }
        const data = tensor.data;
        const entries = dataEntries(tensor);
        for (const [j, entry] of entries.entries()) {
          if (!("values" in entry)) {
            continue;
          }
          const bad = incompatibleValues(entry);
          if (bad.length > 0) {
            const loc = Array.isArray(data) ? [field, i, "data", j] : [field, i, "data"];
            yield { loc, msg: `Value error, data type '${entry.type ?? "uint8"}' incompatible with values ${pyRepr(bad)}` };
          }
        }
        if (!Array.isArray(data)) {
          continue;
        }
        const dtypes = new Set(entries.map((e) => e.type ?? ("values" in e ? "uint8" : "float32")));
        if (dtypes.size > 1) {
          yield {
            loc: [field, i, "data"],
            msg: `Value error, Tensor data descriptions per channel need to agree in their data \`type\`, but found ${pyRepr(dtypes)}.`,
          };
          continue;
        }
        if (!context.isValid([field, i, "axes"])) {
          continue;
        }
        const channel = tensor.axes.find((a) => a.type === "channel");
        const size = channel ? axisSize(channel) : undefined;
        if (channel && size?.kind === "fixed" && size.value !== data.length) {
          yield {
            loc: [field, i],
            path: [field, i, "data"],
            msg: `Value error, Got tensor data descriptions for ${data.length} channels, but '${axisId(channel)}' axis has size ${size.value}.`,
          };
        }
      }
    }
  },
});

export const processingAxes = defineRule<ModelDescr>({
  id: "model05.processing.kwargs-axes",
  description: "`kwargs.axes` of a pre- or postprocessing step name axes of its tensor",
  severity: ERROR,
  messages: [
    "Value error, `preprocessing.i.kwargs.axes` needs to be subset of axes ids",
    "Value error, `kwargs.axes` needs to be subset of axes ids",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:1787",
  // a tensor's model validator: runs after the validators of its fields (its axes', its steps' kwargs')
  level: "container",
  *check(doc, context) {
    for (const { field, i, key, tensor, steps } of tensorSteps(doc)) {
      if (!context.isValid([field, i])) {
        continue;
      }
      const ids = new Set(tensor.axes.map(axisId));
      for (const [s, step] of steps.entries()) {
        const kwargs = kwargsOf(step);
        const axes = kwargs && "axes" in kwargs ? kwargs.axes : undefined;
        if (Array.isArray(axes) && axes.some((a) => !ids.has(String(a)))) {
          yield {
            loc: [field, i],
            path: [field, i, key, s, "kwargs", "axes"],
            msg:
              key === "preprocessing"
                ? "Value error, `preprocessing.i.kwargs.axes` needs to be subset of axes ids"
                : "Value error, `kwargs.axes` needs to be subset of axes ids",
          };
          break;
        }
      }
    }
  },
});

export const referenceTensors = defineRule<ModelDescr>({
  id: "model05.processing.reference-tensor",
  description: "a preprocessing `reference_tensor` names an input; a postprocessing one an input or output",
  severity: ERROR,
  messages: [
    "Value error, `reference_tensor` '{reference}' not found. Valid input tensor references are: {ids}.",
    "Value error, `reference_tensor` '{reference}' not found. Valid tensor references are: {ids}.",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:3355",
  *check(doc, context) {
    if (!context.isValid([])) {
      return; // a model-level validator: runs only on a valid model
    }
    const inputIds = new Set(tensorsOf(doc, "inputs").map((t) => tensorId(t, "inputs")));
    const allIds = new Set([...inputIds, ...tensorsOf(doc, "outputs").map((t) => tensorId(t, "outputs"))]);
    for (const { field, i, key, steps } of tensorSteps(doc)) {
      const valid = field === "inputs" ? inputIds : allIds;
      for (const [s, step] of steps.entries()) {
        const kwargs = kwargsOf(step);
        const ref = kwargs && "reference_tensor" in kwargs ? kwargs.reference_tensor : undefined;
        if (typeof ref === "string" && !valid.has(ref)) {
          const which = field === "inputs" ? "Valid input tensor references are" : "Valid tensor references are";
          yield {
            loc: [],
            path: [field, i, key, s, "kwargs", "reference_tensor"],
            msg: `Value error, \`reference_tensor\` '${ref}' not found. ${which}: ${pyRepr(valid)}.`,
          };
          return;
        }
      }
    }
  },
});

export const tensorRules = [dataDescriptions, referenceTensors] as const;
