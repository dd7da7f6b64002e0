// Model 0.5 tensors (bioimageio.spec model/v0_5.py): tensor ids, per-channel data descriptions, nominal
// values against their dtype, processing `kwargs.axes` and `reference_tensor`.
import { ERROR } from "../../../engine/summary/types.js";
import { pyFloat, pyRepr } from "../../../engine/python-repr.js";
import { defineRule, type RuleContext, type RuleFinding } from "../../../engine/validation/rule.js";
import { DATA_TAGS, dataEntryLoc } from "./data-union.js";
import type { NominalOrOrdinalDataDescr, TensorDataDescr } from "../../../../generated/types/bioimageio/model/0.5.js";
import {
  axisId,
  axisSize,
  kwargsOf,
  type ModelDescr,
  type Tensor,
  type TensorField,
  tensorId,
  tensorEntries,
  tensorsOf,
  tensorSteps,
} from "./model.js";

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

/** A tensor's data descriptions with their index in a list (undefined for a single one); items that are no mapping left out. */
function dataEntries(tensor: Tensor): [number | undefined, TensorDataDescr][] {
  const data: unknown = tensor.data;
  const items: [number | undefined, unknown][] = Array.isArray(data) ? data.map((d, j) => [j, d]) : [[undefined, data]];
  return items.filter((item): item is [number | undefined, TensorDataDescr] => typeof item[1] === "object" && item[1] !== null);
}

/**
 * The values `_validate_values_match_type` finds incompatible with the dtype (the first five, then `'...'`), as the
 * reference prints them. `values` is a smart union of lists of int, float, bool and str: a list of numbers with a
 * fraction is a list of floats, so that every value of it is a float (`1.0`), which no integer dtype takes.
 */
function incompatibleValues(data: NominalOrOrdinalDataDescr): string | undefined {
  const type = data.type ?? "uint8";
  const values: readonly unknown[] = data.values;
  const floats = values.every((v) => typeof v === "number") && values.some((v) => typeof v === "number" && !Number.isInteger(v));
  const limits = DTYPE_LIMITS[type];
  const incompatible: string[] = [];
  for (const value of values) {
    const bad =
      type === "bool"
        ? typeof value !== "boolean"
        : limits === undefined ||
          ((typeof value === "number" || typeof value === "boolean") && (Number(value) < limits[0] || Number(value) > limits[1])) ||
          (typeof value === "string" && !type.includes("uint")) ||
          (floats && type.includes("int"));
    if (bad) {
      incompatible.push(floats && typeof value === "number" ? pyFloat(value) : pyRepr(value));
    }
    if (incompatible.length === 5) {
      incompatible.push("'...'");
      break;
    }
  }
  return incompatible.length > 0 ? `Value error, data type '${type}' incompatible with values [${incompatible.join(", ")}]` : undefined;
}

/** pydantic's "'a', 'b' or 'c'" of IntervalOrRatioDataDescr's dtypes (the limits' keys, in the reference's order). */
const INTERVAL_DTYPES = Object.keys(DTYPE_LIMITS).map((t) => `'${t}'`);
const INTERVAL_DTYPES_TEXT = `${INTERVAL_DTYPES.slice(0, -1).join(", ")} or ${INTERVAL_DTYPES[INTERVAL_DTYPES.length - 1] ?? ""}`;

/**
 * A nominal/ordinal description whose values do not fit its dtype fails its branch of the data union (its model
 * validator raises), so pydantic reports every branch: the value error, and why the same mapping is no
 * IntervalOrRatioDataDescr (its `values` are extra; `bool` is no dtype there; there `unit` is not optional).
 */
function* failedNominalBranch(
  field: TensorField,
  i: number,
  j: number | undefined,
  entry: NominalOrOrdinalDataDescr,
  msg: string,
): Generator<RuleFinding> {
  const path = j === undefined ? [field, i, "data"] : [field, i, "data", j];
  const tags = DATA_TAGS[field];
  const interval = dataEntryLoc(field, i, j, "interval");
  yield { loc: dataEntryLoc(field, i, j, "nominal"), path, msg };
  if (entry.type === "bool") {
    yield { loc: [...interval, "type"], path: [...path, "type"], msg: `Input should be ${INTERVAL_DTYPES_TEXT}`, type: "literal_error" };
  }
  if (entry.unit === null) {
    const unit = [...path, "unit"];
    yield { loc: [...interval, "unit", tags.unitLiteral], path: unit, msg: "Input should be 'arbitrary unit'", type: "literal_error" };
    yield { loc: [...interval, "unit", tags.unitSi], path: unit, msg: "Input should be a valid string", type: "string_type" };
  }
  yield { loc: [...interval, "values"], path: [...path, "values"], msg: "Extra inputs are not permitted", type: "extra_forbidden" };
}

/**
 * The union errors of a tensor's data whose nominal descriptions do not fit their dtypes (none when they fit). A list
 * that the schema found valid otherwise also fails its single-description branches.
 */
function* dataValueFailures(field: TensorField, i: number, tensor: Tensor, context: RuleContext): Generator<RuleFinding> {
  const data = tensor.data;
  const list = Array.isArray(data);
  let failed = false;
  for (const [at, entry] of dataEntries(tensor)) {
    if (!("values" in entry) || !context.isValid(at === undefined ? [field, i, "data"] : [field, i, "data", at])) {
      continue;
    }
    const msg = incompatibleValues(entry);
    if (msg === undefined) {
      continue;
    }
    if (list && !failed && context.isValid([field, i, "data"])) {
      const tags = DATA_TAGS[field];
      for (const [tag, name] of [
        [tags.nominal, "NominalOrOrdinalDataDescr"],
        [tags.interval, "IntervalOrRatioDataDescr"],
      ] as const) {
        yield {
          loc: [field, i, "data", tag],
          path: [field, i, "data"],
          msg: `Input should be a valid dictionary or instance of ${name}`,
          type: "model_type",
        };
      }
    }
    failed = true;
    yield* failedNominalBranch(field, i, at, entry, msg);
    if (!list) {
      yield {
        loc: [field, i, "data", DATA_TAGS[field].list],
        path: [field, i, "data"],
        msg: "Input should be an instance of Sequence",
        type: "is_instance_of",
      };
    }
  }
}

export const dataDescriptions = defineRule<ModelDescr>({
  id: "model05.tensors.data",
  description:
    "nominal/ordinal values fit their dtype (else that branch of the data union fails, and pydantic's errors of the other branches come with it); per-channel data descriptions agree in `type` and match the channel axis size",
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
        const failures = [...dataValueFailures(field, i, tensor, context)];
        yield* failures;
        const data = tensor.data;
        if (failures.length > 0 || !context.isValid([field, i, "data"]) || !Array.isArray(data)) {
          continue;
        }
        const dtypes = new Set(dataEntries(tensor).map(([, e]) => e.type ?? ("values" in e ? "uint8" : "float32")));
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
